//! Every option's key figures side by side, with each one's difference from the
//! baseline in pounds and per cent.

use super::report::Report;
use crate::data::money::{div_round, format_gbp, to_pence};
use crate::data::scenario::Scenario;
use rust_decimal::Decimal;
use std::rc::Rc;

/// One row of the comparison: a figure for each option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    /// As "Pooled budget in year 1".
    pub label: String,
    /// In option order; `None` where the figure does not apply (no spending plan, no
    /// completions expected, a partner not in that option).
    pub values: Vec<Option<Decimal>>,
}

/// The label of the row holding each option's total for the term it takes up.
pub const TERM_TAKEN_UP: &str = "Total for the term taken up";

/// The comparison of a scenario's options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub option_names: Vec<String>,
    pub baseline: usize,
    pub rows: Vec<ComparisonRow>,
}

impl Comparison {
    /// Each option's total for the term it takes up.
    pub fn term_taken_up(&self) -> Option<&ComparisonRow> {
        self.rows.iter().find(|row| row.label == TERM_TAKEN_UP)
    }

    /// Figures of every option, from each option's report (in option order).
    pub fn build(scenario: &Scenario, reports: &[Rc<Report>]) -> Comparison {
        let row = |label: &str, value: &dyn Fn(&Report) -> Option<Decimal>| ComparisonRow {
            label: label.to_string(),
            values: reports.iter().map(|report| value(report)).collect(),
        };
        let mut rows = vec![
            row("Pooled budget in year 1", &|r| {
                Some(r.years.first().map_or(Decimal::ZERO, |y| y.pool))
            }),
            row("Initial term total", &|r| Some(r.initial_term_total)),
            row("Total with every extension", &|r| {
                r.term_totals.last().map(|t| t.total)
            }),
            row(TERM_TAKEN_UP, &|r| Some(r.chosen_total)),
        ];
        rows.extend(group_rows(reports));
        rows.extend(partner_rows(reports));
        rows.push(row("Spending for the term taken up", &|r| {
            r.balance.map(|_| r.spending_total)
        }));
        rows.push(row("Balance for the term taken up", &|r| r.balance));
        rows.push(row("Cost per completion", &|r| {
            r.activity.and_then(|a| a.value.cost_per_completion)
        }));
        Comparison {
            option_names: scenario
                .options
                .iter()
                .enumerate()
                .map(|(index, option)| option_name(&option.name, index))
                .collect(),
            baseline: scenario
                .baseline
                .min(scenario.options.len().saturating_sub(1)),
            rows,
        }
    }
}

/// A row per partner, matched across options by name, in order of first sight; where
/// an option has two partners of one name, the first counts. Found through a sorted
/// index, so hundreds of partners in ten options take no longer than a list of them.
fn partner_rows(reports: &[Rc<Report>]) -> Vec<ComparisonRow> {
    let mut rows: Vec<ComparisonRow> = Vec::new();
    let mut index: Vec<(&str, usize)> = Vec::new();
    for (option, report) in reports.iter().enumerate() {
        for partner in &report.partners {
            let row = match index.binary_search_by(|(name, _)| (*name).cmp(&partner.name)) {
                Ok(found) => index[found].1,
                Err(place) => {
                    index.insert(place, (&partner.name, rows.len()));
                    rows.push(ComparisonRow {
                        label: format!("{}: total for the term taken up", partner.name),
                        values: vec![None; reports.len()],
                    });
                    rows.len() - 1
                }
            };
            rows[row].values[option].get_or_insert(partner.total);
        }
    }
    rows
}

/// A row per funding group, matched across options by name, where any option has two
/// groups or more: "Grants: total for the term taken up".
fn group_rows(reports: &[Rc<Report>]) -> Vec<ComparisonRow> {
    if !reports.iter().any(|report| report.groups.len() > 1) {
        return Vec::new();
    }
    let mut rows: Vec<ComparisonRow> = Vec::new();
    for (option, report) in reports.iter().enumerate() {
        for group in &report.groups {
            let label = format!("{}: total for the term taken up", group.name);
            let row = match rows.iter().position(|row| row.label == label) {
                Some(row) => row,
                None => {
                    // An option without the group gets nothing from it.
                    rows.push(ComparisonRow {
                        label,
                        values: vec![Some(Decimal::ZERO); reports.len()],
                    });
                    rows.len() - 1
                }
            };
            rows[row].values[option] = Some(group.total);
        }
    }
    rows
}

/// Whether a comparison row is a funding group's.
pub fn is_group_row(row: &ComparisonRow, reports: &[Rc<Report>]) -> bool {
    reports.iter().any(|report| {
        (report.groups.iter())
            .any(|group| row.label == format!("{}: total for the term taken up", group.name))
    })
}

/// An option's name, or a numbered placeholder while it is blank.
pub fn option_name(name: &str, position: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("Option {} (no name yet)", position + 1)
    } else {
        name.to_string()
    }
}

/// How a figure differs from the baseline's: the difference in pounds, and in
/// hundredths of a percent of the baseline (`None` when the baseline is nothing). One
/// computation for the page's words and the report's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference {
    pub pounds: Decimal,
    pub hundredths: Option<i128>,
}

impl Difference {
    /// `None` when either figure is missing.
    pub fn between(value: Option<Decimal>, baseline: Option<Decimal>) -> Option<Difference> {
        let (value, baseline) = (value?, baseline?);
        let pounds = value - baseline;
        let base_pence = i128::from(to_pence(baseline));
        let hundredths = (base_pence != 0).then(|| {
            div_round(
                i128::from(to_pence(pounds.abs())) * 10_000,
                base_pence.abs(),
            )
        });
        Some(Difference { pounds, hundredths })
    }

    fn percent(hundredths: i128) -> String {
        format!("{}.{:02}%", hundredths / 100, hundredths % 100)
    }

    /// As a change of a subject in a sentence: "rise by £213,468.00 (19.73%)", "fall
    /// by £1.00", "stay the same"; "rises", "falls", "stays" for a `singular` subject.
    pub fn as_change(self, singular: bool) -> String {
        let s = if singular { "s" } else { "" };
        if self.pounds.is_zero() {
            return format!("stay{s} the same");
        }
        let verb = if self.pounds.is_sign_negative() {
            "fall"
        } else {
            "rise"
        };
        let verb = format!("{verb}{s}");
        let amount = format_gbp(self.pounds.abs());
        match self.hundredths {
            Some(h) => format!("{verb} by {amount} ({})", Difference::percent(h)),
            None => format!("{verb} by {amount}"),
        }
    }

    /// As a committee report says it, with no bracket inside another: "£213,468.00
    /// (18.37%) more", "£212,000.00 (80.92%) less", "£1.00 more", "the same".
    pub fn in_words(self) -> String {
        if self.pounds.is_zero() {
            return "the same".to_string();
        }
        let direction = if self.pounds.is_sign_negative() {
            "less"
        } else {
            "more"
        };
        let amount = format_gbp(self.pounds.abs());
        match self.hundredths {
            Some(h) => format!("{amount} ({}) {direction}", Difference::percent(h)),
            None => format!("{amount} {direction}"),
        }
    }
}

/// How a figure differs from the baseline's, as the page shows it: "−£212,000.00
/// (−80.92%)", "+£10,000.00 (+3.82%)", "No difference", or with "no % change from
/// £0.00" when the baseline is nothing. `None` when either figure is missing.
pub fn describe_difference(value: Option<Decimal>, baseline: Option<Decimal>) -> Option<String> {
    let difference = Difference::between(value, baseline)?;
    if difference.pounds.is_zero() {
        return Some("No difference".to_string());
    }
    let sign = if difference.pounds.is_sign_negative() {
        '−'
    } else {
        '+'
    };
    let pounds = format!("{sign}{}", format_gbp(difference.pounds.abs()));
    Some(match difference.hundredths {
        None => format!("{pounds} (no % change from £0.00)"),
        Some(h) => format!("{pounds} ({sign}{})", Difference::percent(h)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;

    #[test]
    fn differences_in_pounds_and_percent() {
        let d = |pence: i64| Some(Decimal::new(pence, 2));
        assert_eq!(
            describe_difference(d(5_000_000), d(26_200_000)).unwrap(),
            "−£212,000.00 (−80.92%)"
        );
        assert_eq!(
            describe_difference(d(27_200_000), d(26_200_000)).unwrap(),
            "+£10,000.00 (+3.82%)"
        );
        assert_eq!(describe_difference(d(1), d(1)).unwrap(), "No difference");
        assert_eq!(
            describe_difference(d(100), d(0)).unwrap(),
            "+£1.00 (no % change from £0.00)"
        );
        assert_eq!(describe_difference(None, d(1)), None);
    }

    #[test]
    fn south_yorkshire_options_side_by_side() {
        let comparison = super::super::Figures::build(&Preset::SouthYorkshireOptions.scenario())
            .comparison
            .as_ref()
            .clone();
        assert_eq!(comparison.option_names.len(), 3);
        assert_eq!(comparison.baseline, 2);
        let pool = &comparison.rows[0];
        let gbp: Vec<String> = pool.values.iter().map(|v| format_gbp(v.unwrap())).collect();
        assert_eq!(gbp, ["£0.00", "£50,000.00", "£262,000.00"]);
        assert_eq!(
            describe_difference(pool.values[1], pool.values[2]).unwrap(),
            "−£212,000.00 (−80.92%)"
        );
        let doncaster = comparison
            .rows
            .iter()
            .find(|row| row.label.starts_with("Doncaster Council"))
            .unwrap();
        assert_eq!(
            doncaster.values,
            [
                None,
                Some(Decimal::from(200_000)),
                Some(Decimal::from(208_000))
            ]
        );
    }
}
