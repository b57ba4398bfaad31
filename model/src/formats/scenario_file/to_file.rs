//! The model as the file's types: members holding their default are left out
//! (`docs/scenario-format.md`, "Optional members").

use super::layout::{
    ActivityFile, Amount, ExtensionFile, File, LineFile, MatchRuleFile, OptionFile, ScenarioV2,
    Signed, UpliftFile, Whole, YearsFile,
};
use super::FORMAT_NAME;
use crate::data::line::{Line, LineKind, LineList, Uplift};
use crate::data::money::{format_plain_pounds, to_pence, Percent};
use crate::data::scenario::{FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;

/// The file for `scenario`, in the oldest version that holds it.
pub fn file(scenario: &Scenario) -> File<ScenarioV2> {
    let position = |index: usize| Whole(index as u64 + 1);
    File {
        format: FORMAT_NAME.to_string(),
        version: Whole(u64::from(crate::formats::version_for(scenario))),
        scenario: ScenarioV2 {
            title: scenario.title.clone(),
            baseline_option: position(scenario.baseline),
            shown_option: position(scenario.active),
            options: scenario.options.iter().map(option).collect(),
        },
    }
}

/// Pounds as plain text with two decimal places: `"52000.00"`.
fn pounds(amount: Decimal) -> Amount {
    Amount(format_plain_pounds(to_pence(amount)))
}

/// A percentage as plain text with two decimal places: `"2.50"`.
fn percent(value: Percent) -> Amount {
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
        partners: option.partners.iter().map(line).collect(),
        cost_lines: option.cost_lines.iter().map(line).collect(),
        match_rule: match_rule(option.match_rule),
        activity: ActivityFile {
            referrals_per_year: Whole(u64::from(activity.referrals_per_year)),
            completions_per_year: Whole(u64::from(activity.completions_per_year)),
            demand_change_percent: Signed(i64::from(activity.demand_change_percent)),
        },
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

/// A partner or a cost line, its annual amount named for its list.
fn line<K: LineKind>(line: &Line<K>) -> LineFile {
    let annual = Some(pounds(line.annual));
    let (annual_contribution, annual_cost) = match K::LIST {
        LineList::Partners => (annual, None),
        LineList::CostLines => (None, annual),
    };
    LineFile {
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
            percent: percent(line.uplift.percent),
            from_year: Whole(u64::from(line.uplift.from_year)),
        }),
    }
}
