//! Helpers shared by the test files (and, through `#[path]`, the benchmarks).
pub mod link_sizes;
pub mod scenarios;

use funding_calculator::model::Scenario;

/// Ids are not part of links or files: compare scenarios with ids numbered as
/// decoding does (partners from 1, then extensions).
pub fn renumbered(mut scenario: Scenario) -> Scenario {
    let mut id = 1;
    for partner in &mut scenario.partners {
        partner.id = id;
        id += 1;
    }
    for extension in &mut scenario.extensions {
        extension.id = id;
        id += 1;
    }
    scenario
}
