//! The scenario outside the app: as a link fragment, as a scenario file, and the
//! results tables as CSV or pasted text. Readers are for untrusted input: they never
//! panic and say in plain English what is wrong.

pub mod link;
pub mod scenario_file;
pub mod table_export;
pub mod table_import;

use crate::data::scenario::{MatchRule, Scenario};

/// The oldest format version that can carry `scenario`, for links and files alike, so
/// what is shared opens in as many versions of the calculator as can open it. Version
/// 3 only adds a match-funding rule on a share of the grants; everything else is
/// written as version 2, byte for byte as before.
pub fn version_for(scenario: &Scenario) -> u32 {
    let grant_rule = |option: &crate::FundingOption| {
        matches!(option.match_rule, MatchRule::MinimumShareOfGrant(_))
    };
    if scenario.options.iter().any(grant_rule) {
        3
    } else {
        2
    }
}
