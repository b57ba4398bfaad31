//! Prints, one a line as `name<TAB>fragment`, the scenarios the browser benchmark opens:
//! the South Yorkshire example, the large document, and the scaling series.

#[path = "../tests/common/scenarios.rs"]
mod scenarios;

use funding_calculator::model::link;
use funding_calculator::model::presets::Preset;

fn main() {
    println!(
        "South Yorkshire example\t{}",
        link::encode(&Preset::SouthYorkshire.scenario())
    );
    println!(
        "Large: 30 partners, 10 years + 4 extensions\t{}",
        link::encode(&scenarios::large())
    );
    for partners in [5, 50, 200] {
        println!(
            "{partners} partners, 10 years\t{}",
            link::encode(&scenarios::sized(partners, 10))
        );
    }
    for years in [2, 10, 20] {
        println!(
            "30 partners, {years} years\t{}",
            link::encode(&scenarios::sized(30, years))
        );
    }
}
