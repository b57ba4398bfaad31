//! The figures golden fixtures check: the lines a scenario shows, written down when a
//! link or file format version was released and compared ever after.

use funding_model::data::line::LineKind;
use funding_model::data::scenario::{FundingOption, MatchRule};
use funding_model::figures::report::describe_balance;
use funding_model::{format_gbp, Report, Scenario};

/// The lines a golden fixture checks: what the decoded link must show. Version 1
/// fixtures hold one option's lines (`with_options` false); later ones name each option
/// and add its spending plan, match-funding rule and activity where it has them.
pub fn figures(scenario: &Scenario, with_options: bool) -> Vec<String> {
    let mut lines = vec![format!("title: {}", scenario.title)];
    for (index, option) in scenario.options.iter().enumerate() {
        if with_options {
            let mut roles = String::new();
            if index == scenario.baseline {
                roles.push_str(" | baseline");
            }
            if index == scenario.active {
                roles.push_str(" | shown");
            }
            lines.push(format!("option {}: {}{roles}", index + 1, option.name));
        }
        lines.extend(option_figures(option));
    }
    lines
}

pub fn option_figures(option: &FundingOption) -> Vec<String> {
    let report = Report::build(option);
    let mut lines = vec![
        format!("pool per year: {}", report.pool_per_year.label()),
        format!(
            "initial term total: {}",
            format_gbp(report.initial_term_total)
        ),
        format!("chosen total: {}", format_gbp(report.chosen_total)),
    ];
    lines.extend(
        report
            .years
            .iter()
            .map(|y| format!("year: {} = {}", y.year.label(), format_gbp(y.pool))),
    );
    lines.extend(report.partners.iter().map(|p| {
        format!(
            "partner: {} | {} | {} | {}",
            p.name,
            p.kind.label(),
            format_gbp(p.total),
            p.share.map_or("-".to_string(), |s| s.label())
        )
    }));
    lines.extend(report.cost_lines.iter().map(|c| {
        format!(
            "cost line: {} | {} | {}",
            c.name,
            c.kind.label(),
            format_gbp(c.total)
        )
    }));
    if let Some(balance) = report.balance {
        lines.push(format!(
            "spending total: {}",
            format_gbp(report.spending_total)
        ));
        lines.extend(report.years.iter().map(|y| {
            format!(
                "year spending: {} = {} | {}",
                y.year.name(),
                format_gbp(y.spending),
                describe_balance(y.balance)
            )
        }));
        lines.push(format!("balance: {}", describe_balance(balance)));
    }
    let matching = report.match_funding;
    if let Some(met) = matching.met {
        let rule = match matching.rule {
            MatchRule::MinimumLocalShare(share) => {
                format!("local share at least {}", share.label())
            }
            MatchRule::MinimumLocalAmount(amount) => {
                format!("local at least {}", format_gbp(amount))
            }
            MatchRule::MinimumShareOfGrant(share) => {
                format!("local at least {} of the grants", share.label())
            }
            MatchRule::NoRule => "none".to_string(),
        };
        lines.push(format!(
            "match: {rule} | local {} | grants {} | local share {} | {}",
            format_gbp(matching.local_total),
            format_gbp(matching.grant_total),
            matching.local_share.map_or("-".to_string(), |s| s.label()),
            if met { "met" } else { "not met" }
        ));
    }
    if let Some(activity) = report.activity {
        let money = |m: Option<_>| m.map_or("-".to_string(), format_gbp);
        lines.push(format!(
            "activity: {} referrals | {} completions | cost {} | {} a referral | {} a completion | completion rate {}",
            activity.referrals,
            activity.completions,
            format_gbp(activity.cost),
            money(activity.value.cost_per_referral),
            money(activity.value.cost_per_completion),
            activity.value.completion_rate.map_or("-".to_string(), |r| r.label()),
        ));
    }
    lines
}

/// A golden link fixture's fragment and the figure lines it must open with.
pub fn golden_link(text: &str) -> (&str, Vec<&str>) {
    let mut lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty());
    let fragment = lines
        .next()
        .and_then(|l| l.strip_prefix("link: "))
        .expect("a golden link starts with `link: `");
    (fragment, lines.collect())
}
