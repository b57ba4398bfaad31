//! The scenario outside the app: as a link fragment, as a scenario file, and the
//! results tables as CSV or pasted text. Readers are for untrusted input: they never
//! panic and say in plain English what is wrong.

pub mod link;
pub mod scenario_file;
pub mod table_export;
pub mod table_import;

use crate::data::line::Line;
use crate::data::scenario::{FundingOption, MatchRule, Scenario};

/// The oldest format version that can carry `scenario` without what agreements added
/// (see [`uses_agreements`]), for links and files alike, so what is shared opens in as
/// many versions of the calculator as can open it. Version 3 only adds a match-funding
/// rule on a share of the grants; everything else is written as version 2, byte for
/// byte as before.
pub fn version_for(scenario: &Scenario) -> u32 {
    let grant_rule =
        |option: &FundingOption| matches!(option.match_rule, MatchRule::MinimumShareOfGrant(_));
    if scenario.options.iter().any(grant_rule) {
        3
    } else {
        2
    }
}

/// Whether `scenario` holds anything that link format 5 and file format 4 added: a
/// line's terms, an option's agreement, or an uplift to more than two decimal places.
/// Only such scenarios are written in those versions, so every other link and file is
/// byte for byte what it was and still opens in older calculators.
pub fn uses_agreements(scenario: &Scenario) -> bool {
    fn line_needs<K>(line: &Line<K>) -> bool {
        !line.terms.is_plain() || line.uplift.percent.as_percent().is_none()
    }
    scenario.options.iter().any(|option| {
        !option.agreement.is_plain()
            || option.partners.iter().any(line_needs)
            || option.cost_lines.iter().any(line_needs)
    })
}

/// Whether `scenario` holds anything that link format 6 and file format 5 added: an
/// appraisal beyond the defaults, an option's benefits, or version details. Only such
/// scenarios are written in those versions; every other link and file is byte for
/// byte what it was.
pub fn uses_appraisal(scenario: &Scenario) -> bool {
    !scenario.appraisal.is_plain()
        || !scenario.version.is_empty()
        || (scenario.options.iter()).any(|option| !option.benefits.is_none())
}
