//! The working of the spending plan's figures, the balance, the match funding's
//! share and value for money: the figures [`super::working`] leaves to this module.

use super::report::Report;
use super::working::{sum_words, Figure, Working};
use crate::data::money::{group_thousands, to_pence};
use crate::figures::analysis::exact_share_label;
use crate::format_gbp;
use rust_decimal::Decimal;

pub(super) fn working(report: &Report, figure: Figure) -> Option<Working> {
    let work = |title: String, figure: String, steps: Vec<String>| {
        Some(Working {
            title,
            figure,
            steps,
        })
    };
    match figure {
        Figure::YearSpending(year) => {
            let figures = report.years.get(year)?;
            work(
                format!("Spending, {}", figures.year.label()),
                format_gbp(figures.spending),
                vec![
                    "The sum of the cost lines that year, each pro-rated by month as the contributions are:".to_string(),
                    format!("{}.", sum_words(&figures.costs, figures.spending)),
                ],
            )
        }
        Figure::YearBalance(year) => {
            let figures = report.years.get(year)?;
            work(
                format!("Balance, {}", figures.year.label()),
                format_gbp(figures.balance),
                vec![format!(
                    "The pool less spending that year: {} − {} = {}.",
                    format_gbp(figures.pool),
                    format_gbp(figures.spending),
                    format_gbp(figures.balance)
                )],
            )
        }
        Figure::RunningBalance(year) => {
            let balances: Vec<Decimal> = report
                .years
                .get(..=year)?
                .iter()
                .map(|y| y.balance)
                .collect();
            let running = report.years[year].cumulative_balance;
            work(
                format!("Running balance, {}", report.years[year].year.label()),
                format_gbp(running),
                vec![
                    "The balances of the years so far added together:".to_string(),
                    format!("{}.", sum_words(&balances, running)),
                ],
            )
        }
        Figure::SpendingTotal => {
            let totals: Vec<Decimal> = report.cost_lines.iter().map(|c| c.total).collect();
            work(
                "Spending for the term taken up".to_string(),
                format_gbp(report.spending_total),
                vec![
                    "The sum of the cost lines' totals for the term taken up:".to_string(),
                    format!("{}.", sum_words(&totals, report.spending_total)),
                ],
            )
        }
        Figure::Balance => {
            let balance = report.balance?;
            work(
                "Balance for the term taken up".to_string(),
                format_gbp(balance),
                vec![format!(
                    "The pool less spending over the term taken up: {} − {} = {}.",
                    format_gbp(report.chosen_total),
                    format_gbp(report.spending_total),
                    format_gbp(balance)
                )],
            )
        }
        Figure::CostLineTotal(line) => {
            let cost = report.cost_lines.get(line)?;
            let parts: Vec<Decimal> = report.years.iter().map(|y| y.costs[line]).collect();
            work(
                format!("{}, total for the term taken up", cost.name),
                format_gbp(cost.total),
                vec![
                    "The sum of its cost in each year of the term taken up:".to_string(),
                    format!("{}.", sum_words(&parts, cost.total)),
                ],
            )
        }
        Figure::LocalShare => local_share(report),
        Figure::CompletionRate => completion_rate(report),
        Figure::CostPerReferral | Figure::CostPerCompletion => {
            cost_per(report, figure == Figure::CostPerReferral)
        }
        _ => None,
    }
}

fn local_share(report: &Report) -> Option<Working> {
    let funding = &report.match_funding;
    let share = funding.local_share?;
    let total = funding.local_total + funding.grant_total;
    let exact = exact_share_label(to_pence(funding.local_total), to_pence(total));
    Some(Working {
        title: "Local partners' share of the total".to_string(),
        figure: share.label(),
        steps: vec![
            format!(
                "Local partners' total divided by the total with the grants: {} ÷ ({} + {} = {}) = {exact}.",
                format_gbp(funding.local_total),
                format_gbp(funding.local_total),
                format_gbp(funding.grant_total),
                format_gbp(total)
            ),
            format!("Rounded to two decimal places, halves away from zero: {}. A rule is judged on the exact share, not the rounded one.", share.label()),
        ],
    })
}

fn cost_per(report: &Report, per_referral: bool) -> Option<Working> {
    let activity = report.activity?;
    let (count, cost, what) = if per_referral {
        (
            activity.referrals,
            activity.value.cost_per_referral?,
            "referral",
        )
    } else {
        (
            activity.completions,
            activity.value.cost_per_completion?,
            "completion",
        )
    };
    let of = if report.balance.is_some() {
        "spending"
    } else {
        "the pooled budget"
    };
    Some(Working {
        title: format!("Cost per {what}"),
        figure: format_gbp(cost),
        steps: vec![format!(
            "{} of {of} for the term taken up ÷ {} {what}s expected over it = {}, rounded to the penny.",
            format_gbp(activity.cost),
            group_thousands(u64::from(count)),
            format_gbp(cost)
        )],
    })
}

fn completion_rate(report: &Report) -> Option<Working> {
    let activity = report.activity?;
    let rate = activity.value.completion_rate?;
    let exact = exact_share_label(
        i64::from(activity.completions),
        i64::from(activity.referrals),
    );
    Some(Working {
        title: "Completion rate".to_string(),
        figure: rate.label(),
        steps: vec![
            format!(
                "Completions divided by referrals over the term taken up: {} ÷ {} = {exact}.",
                group_thousands(u64::from(activity.completions)),
                group_thousands(u64::from(activity.referrals))
            ),
            format!(
                "Rounded to two decimal places, halves away from zero: {}.",
                rate.label()
            ),
        ],
    })
}
