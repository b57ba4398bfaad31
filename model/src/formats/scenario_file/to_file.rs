//! The model as the file's types: members holding their default are left out
//! (`docs/scenario-format.md`, "Optional members").

use super::agreement_file::{write_agreement, write_terms, AGREEMENT_VERSION};
use super::appraisal_file::{write_appraisal, write_benefits, write_version, APPRAISAL_VERSION};
use super::layout::{
    ActivityFile, Amount, ExtensionFile, File, LineFile, MatchRuleFile, OptionFile, ScenarioV2,
    Signed, UpliftFile, Whole, YearsFile,
};
use super::FORMAT_NAME;
use crate::data::line::{Line, LineKind, LineList, Partner, Uplift};
use crate::data::money::{format_plain_pounds, to_pence, Percent, Rate};
use crate::data::scenario::{FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;

/// The file for `scenario`, in the oldest version that holds it.
pub fn file(scenario: &Scenario) -> File<ScenarioV2> {
    let position = |index: usize| Whole(index as u64 + 1);
    File {
        format: FORMAT_NAME.to_string(),
        version: Whole(version(scenario)),
        fingerprint: Some(crate::figures::fingerprint::fingerprint(scenario)),
        scenario: ScenarioV2 {
            title: scenario.title.clone(),
            baseline_option: position(scenario.baseline),
            shown_option: position(scenario.active),
            options: scenario.options.iter().map(option).collect(),
            appraisal: write_appraisal(scenario),
            version_details: write_version(&scenario.version),
        },
    }
}

/// The oldest version that holds `scenario`: 5 with an appraisal, benefits or version
/// details; 4 with terms or agreements (or uplifts to more than two decimal places);
/// else 2 or 3 as links choose.
fn version(scenario: &Scenario) -> u64 {
    if crate::formats::uses_appraisal(scenario) {
        APPRAISAL_VERSION
    } else if crate::formats::uses_agreements(scenario) {
        AGREEMENT_VERSION
    } else {
        u64::from(crate::formats::version_for(scenario))
    }
}

/// Pounds as plain text with two decimal places: `"52000.00"`.
pub(super) fn pounds(amount: Decimal) -> Amount {
    Amount(format_plain_pounds(to_pence(amount)))
}

/// A percentage as plain text with two decimal places: `"2.50"`.
pub(super) fn percent(value: Percent) -> Amount {
    Amount(value.label().trim_end_matches('%').to_string())
}

/// A rate as plain text with two decimal places, or as many as it has: `"2.50"`,
/// `"2.345"`.
fn rate(value: Rate) -> Amount {
    Amount(value.label().trim_end_matches('%').to_string())
}

fn option(option: &FundingOption) -> OptionFile {
    let start = option.start;
    let activity = option.activity;
    OptionFile {
        name: option.name.clone(),
        start: format!("{:04}-{:02}", start.year(), start.month()),
        initial_term_years: Whole(u64::from(option.initial_years)),
        extensions: option
            .extensions
            .iter()
            .map(|e| ExtensionFile {
                months: Whole(u64::from(e.months)),
                taken_up: e.taken,
            })
            .collect(),
        partners: (option.partners.iter())
            .map(|partner| line(partner, &option.partners))
            .collect(),
        cost_lines: (option.cost_lines.iter())
            .map(|cost| line(cost, &option.partners))
            .collect(),
        match_rule: match_rule(option.match_rule),
        activity: ActivityFile {
            referrals_per_year: Whole(u64::from(activity.referrals_per_year)),
            completions_per_year: Whole(u64::from(activity.completions_per_year)),
            demand_change_percent: Signed(i64::from(activity.demand_change_percent)),
        },
        agreement: write_agreement(option),
        benefits: write_benefits(&option.benefits),
    }
}

fn match_rule(rule: MatchRule) -> MatchRuleFile {
    let mut file = MatchRuleFile::default();
    match rule {
        MatchRule::NoRule => {}
        MatchRule::MinimumLocalShare(share) => file.minimum_local_share = Some(percent(share)),
        MatchRule::MinimumLocalAmount(amount) => file.minimum_local_amount = Some(pounds(amount)),
        MatchRule::MinimumShareOfGrant(share) => file.minimum_share_of_grant = Some(percent(share)),
    }
    file
}

/// A partner or a cost line, its annual amount named for its list, in an option with
/// `partners` (which a lead names).
fn line<K: LineKind>(line: &Line<K>, partners: &[Partner]) -> LineFile {
    let annual = Some(pounds(line.annual));
    let (annual_contribution, annual_cost) = match K::LIST {
        LineList::Partners => (annual, None),
        LineList::CostLines => (None, annual),
    };
    let mut file = LineFile {
        name: line.name.clone(),
        kind: line.kind.code().to_string(),
        annual_contribution,
        annual_cost,
        amounts_by_year: YearsFile(
            line.year_amounts
                .iter()
                .map(|(year, amount)| (year.to_string(), pounds(*amount)))
                .collect(),
        ),
        uplift: (line.uplift != Uplift::NONE).then(|| UpliftFile {
            percent: rate(line.uplift.percent),
            from_year: Whole(u64::from(line.uplift.from_year)),
        }),
        amount_set: None,
        basis_figure: None,
        group: None,
        overspend_share: None,
        underspend_share: None,
        maximum: None,
        lead: None,
        fixed_cost: None,
    };
    write_terms(&mut file, &line.terms, partners);
    file
}
