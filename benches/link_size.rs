//! Prints how long scenario links are, ours against deflated JSON in base64url.
//! Run with `cargo bench --bench link_size`; the table goes in docs/benchmarks.md.

#[path = "../tests/common/link_sizes.rs"]
mod link_sizes;
#[path = "../tests/common/scenarios.rs"]
mod scenarios;

use funding_calculator::model::presets::Preset;
use link_sizes::{table, LinkSize};

fn main() {
    let rows = [
        LinkSize::measure(
            "South Yorkshire example",
            &Preset::SouthYorkshire.scenario(),
        ),
        LinkSize::measure("Cleveland example", &Preset::Cleveland2022.scenario()),
        LinkSize::measure(
            "Large: 30 partners, 10 years, 4 extensions",
            &scenarios::large(),
        ),
    ];
    println!("{}", table(&rows));
}
