//! Contract years mapped onto UK public-sector financial years (April to March), pro
//! rata by month, conserving pennies.
//!
//! Each contract year's pool is spread over its months by cumulative rounding: the
//! first k months of a year of m months get round(pool × k ÷ m) by the one rounding
//! rule, so each month's share is the difference of two such figures and the months
//! of a year add up to exactly its pool. A financial year's figure is the sum of the
//! months that fall in it. (Spreading each partner separately and adding up would
//! differ by a penny here and there; the pool is what the financial years hold.)

use super::report::Report;
use crate::model::data::money::{div_round, from_pence, to_pence};
use crate::model::data::month::YearMonth;
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

/// The pooled budget of each financial year the chosen term touches, in order.
pub fn pool_by_financial_year(report: &Report) -> Vec<(FinancialYear, Decimal)> {
    let mut totals: Vec<(FinancialYear, i64)> = Vec::new();
    for figures in &report.years {
        let pool = i128::from(to_pence(figures.pool));
        let months = i128::from(figures.year.months);
        let mut allocated_so_far = 0i128;
        for k in 1..=months {
            let cumulative = div_round(pool * k, months);
            let this_month = cumulative - allocated_so_far;
            allocated_so_far = cumulative;
            let month = figures.year.start.plus_months(k as u32 - 1);
            let year = FinancialYear::of(month);
            match totals.last_mut() {
                Some((last, total)) if *last == year => *total += this_month as i64,
                _ => totals.push((year, this_month as i64)),
            }
        }
    }
    totals
        .into_iter()
        .map(|(year, pence)| (year, from_pence(pence)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::presets::Preset;
    use crate::model::format_gbp;

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
