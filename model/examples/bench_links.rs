//! Prints, one a line as `name<TAB>partners<TAB>contract years<TAB>fragment`, the
//! scenarios the browser benchmark opens: the South Yorkshire example, the large
//! document, and the scaling series. Partners and years are of the option shown, the
//! years those of the term it takes up.

#[path = "../tests/common/scenarios.rs"]
mod scenarios;

use funding_model::data::presets::Preset;
use funding_model::link;
use funding_model::{Report, Scenario};

fn row(name: &str, scenario: &Scenario) {
    let option = scenario.active_option();
    println!(
        "{name}\t{}\t{}\t{}",
        option.partners.len(),
        Report::build(option).years.len(),
        link::encode(scenario)
    );
}

fn main() {
    row(
        "South Yorkshire example",
        &Preset::SouthYorkshire.scenario(),
    );
    row(
        "Large: 30 partners, 10 years + 4 extensions",
        &scenarios::large(),
    );
    for partners in [5, 50, 200] {
        row(
            &format!("{partners} partners, 10 years"),
            &scenarios::sized(partners, 10),
        );
    }
    for years in [2, 10, 20] {
        row(
            &format!("30 partners, {years} years"),
            &scenarios::sized(30, years),
        );
    }
}
