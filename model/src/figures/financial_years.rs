//! Contract years mapped onto UK public-sector financial years (April to March), pro
//! rata by month, conserving pennies.
//!
//! Each contract year's pool is spread over its months by cumulative rounding: the
//! first k months of a year of m months get round(pool × k ÷ m) by the one rounding
//! rule, so each month's share is the difference of two such figures and the months
//! of a year add up to exactly its pool. A financial year's figure is the sum of the
//! months that fall in it. Each partner's part of a financial year is the pool's figure
//! shared in proportion to the partners' contributions that year, pennies by the
//! largest remainder, so every column adds up to the pool's figure and every row to the
//! partner's contributions. (Spreading each partner separately would differ from the
//! pool by a penny here and there.) Cost lines are spread the same way.

use super::report::{Report, YearFigures};
use crate::data::apportion::largest_remainder;
use crate::data::money::{div_round, from_pence, to_pence};
use crate::data::month::YearMonth;
use rust_decimal::Decimal;

/// A financial year, from April of `first_year` to March of the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FinancialYear {
    pub first_year: i32,
}

impl FinancialYear {
    /// The financial year a month falls in.
    pub fn of(month: YearMonth) -> Self {
        let first_year = if month.month() >= 4 {
            month.year()
        } else {
            month.year() - 1
        };
        FinancialYear { first_year }
    }

    /// As "2021/22".
    pub fn label(self) -> String {
        format!(
            "{}/{:02}",
            self.first_year,
            (self.first_year + 1).rem_euclid(100)
        )
    }
}

/// Lines' figures by financial year: each partner's contributions (with the pool as
/// the total) or each cost line's spending (with the spending as the total).
#[derive(Clone, Debug, PartialEq)]
pub struct ByFinancialYear {
    /// The financial years the chosen term touches, in order.
    pub years: Vec<FinancialYear>,
    /// `lines[i][j]`: line `i`'s figure in financial year `j`.
    pub lines: Vec<Vec<Decimal>>,
    /// Each financial year's total: the sum of its column.
    pub totals: Vec<Decimal>,
}

impl ByFinancialYear {
    /// Line `i`'s figure over the term: the sum of its row.
    pub fn line_total(&self, i: usize) -> Decimal {
        self.lines
            .get(i)
            .map_or(Decimal::ZERO, |row| row.iter().sum())
    }
}

/// Each partner's contribution by financial year; the totals are the pool's.
pub fn partners_by_financial_year(report: &Report) -> ByFinancialYear {
    let once: Vec<bool> = report
        .partners
        .iter()
        .map(|p| p.one_off.is_some())
        .collect();
    by_financial_year(report, &once, |year| (year.pool, &year.contributions))
}

/// Each cost line's spending by financial year; the totals are the spending's.
pub fn costs_by_financial_year(report: &Report) -> ByFinancialYear {
    let once: Vec<bool> = report
        .cost_lines
        .iter()
        .map(|c| c.one_off.is_some())
        .collect();
    by_financial_year(report, &once, |year| (year.spending, &year.costs))
}

/// The pooled budget of each financial year the chosen term touches, in order: the
/// totals of [`partners_by_financial_year`], so the two never disagree.
pub fn pool_by_financial_year(report: &Report) -> Vec<(FinancialYear, Decimal)> {
    let table = partners_by_financial_year(report);
    table.years.into_iter().zip(table.totals).collect()
}

/// Spreads each contract year's total, and its lines, over the financial years its
/// months fall in. The total of the first `k` of a year's `m` months is
/// round(total × k ÷ m); the lines' part of that is the total split in proportion to
/// the lines' figures for the year by the largest remainder, so each column adds up to
/// the total's figure and each line's parts of a year add up to its figure for the
/// year. (A contract year has at most 12 months, so it touches at most two financial
/// years, and the parts are never negative.) A one-off amount (a line `once`) is not
/// spread: it falls whole in the financial year its contract year starts in.
fn by_financial_year(
    report: &Report,
    once: &[bool],
    figures_of: fn(&YearFigures) -> (Decimal, &Vec<Decimal>),
) -> ByFinancialYear {
    let line_count = once.len();
    let mut years: Vec<FinancialYear> = Vec::new();
    let mut lines: Vec<Vec<i64>> = vec![Vec::new(); line_count];
    let mut totals: Vec<i64> = Vec::new();
    for figures in &report.years {
        let (total, parts) = figures_of(figures);
        let all: Vec<i64> = parts.iter().map(|part| to_pence(*part)).collect();
        let lump = |i: usize| once.get(i).copied().unwrap_or(false);
        let parts: Vec<i64> = (all.iter().enumerate())
            .map(|(i, part)| if lump(i) { 0 } else { *part })
            .collect();
        let lumps: i64 = all.iter().sum::<i64>() - parts.iter().sum::<i64>();
        let total = to_pence(total) - lumps;
        let first_column =
            years.len() - usize::from(years.last() == Some(&FinancialYear::of(figures.year.start)));
        let months = u32::from(figures.year.months);
        let (mut total_before, mut parts_before) = (0, vec![0; line_count]);
        let mut month = 0;
        while month < months {
            let year = FinancialYear::of(figures.year.start.plus_months(month));
            let end = (month + 1..months)
                .find(|&m| FinancialYear::of(figures.year.start.plus_months(m)) != year)
                .unwrap_or(months);
            let total_so_far =
                div_round(i128::from(total) * i128::from(end), i128::from(months)) as i64;
            let parts_so_far = if end == months {
                parts.clone()
            } else {
                split(total_so_far, &parts)
            };
            if years.last() != Some(&year) {
                years.push(year);
                totals.push(0);
                lines.iter_mut().for_each(|row| row.push(0));
            }
            let column = years.len() - 1;
            totals[column] += total_so_far - total_before;
            for (row, (now, before)) in lines.iter_mut().zip(parts_so_far.iter().zip(&parts_before))
            {
                row[column] += now - before;
            }
            (total_before, parts_before) = (total_so_far, parts_so_far);
            month = end;
        }
        for (i, amount) in all.iter().enumerate().filter(|(i, _)| lump(*i)) {
            lines[i][first_column] += amount;
            totals[first_column] += amount;
        }
    }
    ByFinancialYear {
        years,
        lines: lines
            .into_iter()
            .map(|row| row.into_iter().map(from_pence).collect())
            .collect(),
        totals: totals.into_iter().map(from_pence).collect(),
    }
}

/// `total` pence shared in proportion to `parts` by the largest remainder; all zero
/// when the parts are (and then so is the total).
fn split(total: i64, parts: &[i64]) -> Vec<i64> {
    let weights: Vec<u64> = parts.iter().map(|p| (*p).max(0) as u64).collect();
    largest_remainder(total.max(0) as u64, &weights)
        .map(|shares| shares.into_iter().map(|s| s as i64).collect())
        .unwrap_or_else(|| vec![0; parts.len()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;
    use crate::data::scenario::FundingOption;
    use crate::format_gbp;

    fn rows(report: &Report) -> Vec<(String, String)> {
        pool_by_financial_year(report)
            .into_iter()
            .map(|(y, p)| (y.label(), format_gbp(p)))
            .collect()
    }

    #[test]
    fn south_yorkshire_initial_term_by_financial_year() {
        let mut scenario = Preset::SouthYorkshire.option();
        for extension in &mut scenario.extensions {
            extension.taken = false;
        }
        let report = Report::build(&scenario);
        assert_eq!(
            rows(&report),
            [
                ("2020/21".to_string(), "£43,666.67".to_string()),
                ("2021/22".to_string(), "£262,000.00".to_string()),
                ("2022/23".to_string(), "£218,333.33".to_string()),
            ]
        );
        let total: Decimal = pool_by_financial_year(&report)
            .iter()
            .map(|(_, p)| *p)
            .sum();
        assert_eq!(format_gbp(total), "£524,000.00");
    }

    #[test]
    fn a_contract_starting_in_april_matches_its_years() {
        let report = Report::build(&Preset::Cleveland2022.option());
        assert_eq!(
            rows(&report),
            [("2022/23".to_string(), "£229,135.00".to_string())]
        );
    }

    #[test]
    fn financial_years_always_add_up_to_the_term() {
        let mut scenario = Preset::SouthYorkshire.option();
        for (start_month, months) in [(1, 7), (3, 11), (4, 1), (12, 60), (7, 5)] {
            scenario.start = YearMonth::new(2023, start_month).unwrap();
            scenario.extensions[0].months = months;
            scenario.partners[2].annual = Decimal::new(1_234_567, 2);
            let report = Report::build(&scenario);
            let total: Decimal = pool_by_financial_year(&report)
                .iter()
                .map(|(_, p)| *p)
                .sum();
            assert_eq!(
                total, report.chosen_total,
                "start month {start_month}, extension {months}"
            );
        }
    }

    /// Slough's contract: £528,251 a year from July 2023, two funders paying half each.
    fn slough() -> FundingOption {
        use crate::data::line::{Partner, PartnerKind};
        let mut option = Preset::Cleveland2022.option();
        option.start = YearMonth::new(2023, 7).unwrap();
        option.initial_years = 2;
        option.extensions.clear();
        option.cost_lines.clear();
        let half = Decimal::new(26_412_550, 2);
        option.partners = vec![
            Partner::new(1, "Slough Borough Council", PartnerKind::Council, half),
            Partner::new(2, "Thames Valley PCC", PartnerKind::PccOffice, half),
        ];
        option
    }

    #[test]
    fn each_funder_sees_its_own_financial_years_adding_to_the_pools() {
        let report = Report::build(&slough());
        let table = partners_by_financial_year(&report);
        let labels: Vec<String> = table.years.iter().map(|y| y.label()).collect();
        assert_eq!(labels, ["2023/24", "2024/25", "2025/26"]);
        let money = |row: &[Decimal]| row.iter().map(|p| format_gbp(*p)).collect::<Vec<_>>();
        // 9/12 of £264,125.50 is £198,094.125: the spare penny goes to the first funder,
        // and the pair adds up to the pool's £396,188.25 (9/12 of £528,251).
        assert_eq!(
            money(&table.totals),
            ["£396,188.25", "£528,251.00", "£132,062.75"]
        );
        assert_eq!(
            money(&table.lines[0]),
            ["£198,094.13", "£264,125.50", "£66,031.37"]
        );
        assert_eq!(
            money(&table.lines[1]),
            ["£198,094.12", "£264,125.50", "£66,031.38"]
        );
        assert_eq!(format_gbp(table.line_total(0)), "£528,251.00");
        assert_eq!(format_gbp(table.line_total(1)), "£528,251.00");
    }

    #[test]
    fn rows_add_up_to_each_line_and_columns_to_the_pool_for_any_contract() {
        let mut state = 7u64;
        let mut next = move |bound: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % bound
        };
        for case in 0..500 {
            let mut option = Preset::SouthYorkshire.option();
            option.start = YearMonth::new(2021, 1 + next(12) as u8).unwrap();
            option.initial_years = 1 + next(3) as u8;
            for extension in &mut option.extensions {
                extension.months = 1 + next(30) as u16;
            }
            for partner in &mut option.partners {
                partner.annual = Decimal::new(next(10_000_000) as i64, 2);
            }
            option.cost_lines = Preset::Cleveland2022.option().cost_lines;
            option.cost_lines[0].annual = Decimal::new(next(10_000_000) as i64, 2);
            let report = Report::build(&option);
            for (table, lines) in [
                (
                    partners_by_financial_year(&report),
                    report.partners.iter().map(|p| p.total).collect::<Vec<_>>(),
                ),
                (
                    costs_by_financial_year(&report),
                    report.cost_lines.iter().map(|c| c.total).collect(),
                ),
            ] {
                for (i, total) in lines.iter().enumerate() {
                    assert_eq!(table.line_total(i), *total, "case {case}: row {i}");
                    assert!(
                        table.lines[i].iter().all(|p| !p.is_sign_negative()),
                        "case {case}"
                    );
                }
                for (j, total) in table.totals.iter().enumerate() {
                    let column: Decimal = table.lines.iter().map(|row| row[j]).sum();
                    assert_eq!(column, *total, "case {case}: column {j}");
                }
            }
            let pool: Decimal = pool_by_financial_year(&report)
                .iter()
                .map(|(_, p)| *p)
                .sum();
            assert_eq!(pool, report.chosen_total, "case {case}");
        }
    }

    #[test]
    fn labels() {
        assert_eq!(
            FinancialYear::of(YearMonth::new(2021, 3).unwrap()).label(),
            "2020/21"
        );
        assert_eq!(
            FinancialYear::of(YearMonth::new(2021, 4).unwrap()).label(),
            "2021/22"
        );
        assert_eq!(FinancialYear { first_year: 2099 }.label(), "2099/00");
    }
}
