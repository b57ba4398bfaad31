//! Every table and chart in real terms: the scenario with each line's amount for each
//! contract year turned into the prices of the base year, so the report built from it
//! gives every figure in real terms with the same sums and penny rules as in cash.
//!
//! A contract year's factor is the mean of its months' factors (each month takes its
//! financial year's: index(base) ÷ index(year)), rounded to six decimal places so the
//! working on the page is the sum itself: £52,000.00 × 0.980392 = £50,980.38. A
//! one-off takes the factor of the financial year it is paid in. Actual spend is
//! deflated by its period's factor. Sums the agreement fixes in cash (a risk pool, a
//! partner's maximum, a match-funding minimum) stay in cash.

use super::deflate::{year_label, DeflatorSeries};
use crate::data::agreement::Period;
use crate::data::amount_set::{resolve, AmountSet};
use crate::data::appraisal::Deflator;
use crate::data::line::{Line, LineKind, Uplift};
use crate::data::money::{format_gbp, round_to_penny};
use crate::data::scenario::{FundingOption, Scenario};
use crate::figures::financial_years::FinancialYear;
use crate::figures::report::{timeline, ContractYear};
use rust_decimal::Decimal;

/// Places of the factors shown and used.
const FACTOR_PLACES: u32 = 6;

/// One contract year's factor, and how it is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearFactor {
    pub year: ContractYear,
    pub factor: Decimal,
    /// As "2 months of 2020-21 at 1.020000, 10 of 2021-22 at 1.000000".
    pub months: String,
}

/// The factor that turns cash of financial year `year` into prices of `base`: exact
/// as decimals go, not yet rounded; an index that does not cover a year says so.
pub fn year_factor(
    year: i32,
    base: i32,
    deflator: &Deflator,
    series: &DeflatorSeries,
) -> Result<Decimal, String> {
    let covered = |index: Option<Decimal>, y: i32, what: String| {
        index.ok_or_else(|| format!("{} is not covered by {what}.", year_label(y)))
    };
    match deflator {
        Deflator::Constant(rate) => {
            let step = Decimal::ONE + Decimal::new(i64::from(rate.0), 6);
            let mut factor = Decimal::ONE;
            for _ in 0..(year - base).unsigned_abs().min(200) {
                factor = if year > base {
                    factor / step
                } else {
                    factor * step
                };
            }
            Ok(factor)
        }
        Deflator::Published => {
            let what = format!(
                "HM Treasury's GDP deflators of {}, which run from {}",
                series.vintage,
                series.coverage()
            );
            let at_base = covered(series.index(base), base, what.clone())?;
            Ok(at_base / covered(series.index(year), year, what)?)
        }
        Deflator::Own(own) => {
            let index = |y: i32| own.iter().find(|(at, _)| *at == y).map(|(_, i)| *i);
            let what = || "the index entered".to_string();
            let at_base = covered(index(base), base, what())?;
            Ok(at_base / covered(index(year), year, what())?)
        }
    }
}

/// Each contract year's factor for `option`, in the order of its timeline.
pub fn contract_year_factors(
    option: &FundingOption,
    base: i32,
    deflator: &Deflator,
    series: &DeflatorSeries,
) -> Result<Vec<YearFactor>, String> {
    timeline(option)
        .into_iter()
        .map(|year| {
            let mut by_year: Vec<(i32, u32, Decimal)> = Vec::new();
            for month in 0..u32::from(year.months) {
                let fy = FinancialYear::of(year.start.plus_months(month)).first_year;
                match by_year.last_mut() {
                    Some((last, count, _)) if *last == fy => *count += 1,
                    _ => by_year.push((fy, 1, year_factor(fy, base, deflator, series)?)),
                }
            }
            let sum: Decimal = by_year
                .iter()
                .map(|(_, count, factor)| factor * Decimal::from(*count))
                .sum();
            let factor = (sum / Decimal::from(year.months)).round_dp(FACTOR_PLACES);
            Ok(YearFactor {
                year,
                factor,
                months: months_words(&by_year),
            })
        })
        .collect()
}

fn months_words(by_year: &[(i32, u32, Decimal)]) -> String {
    let parts: Vec<String> = by_year
        .iter()
        .map(|(fy, count, factor)| {
            let unit = if *count == 1 { "month" } else { "months" };
            format!(
                "{count} {unit} of {} at {}",
                year_label(*fy),
                factor.round_dp(FACTOR_PLACES)
            )
        })
        .collect();
    parts.join(", ")
}

/// `scenario` with every amount in real terms at the prices of `base`.
pub fn in_real_terms(
    scenario: &Scenario,
    base: i32,
    series: &DeflatorSeries,
) -> Result<Scenario, String> {
    let mut real = scenario.clone();
    for option in &mut real.options {
        *option = option_in_real_terms(option, base, &scenario.appraisal.deflator, series)?;
    }
    Ok(real)
}

/// One option in real terms: its lines set as amounts for each contract year, so no
/// later rule re-derives them in cash.
pub fn option_in_real_terms(
    option: &FundingOption,
    base: i32,
    deflator: &Deflator,
    series: &DeflatorSeries,
) -> Result<FundingOption, String> {
    let factors = contract_year_factors(option, base, deflator, series)?;
    let mut real = resolve(option).into_owned();
    let whole_pounds = real.agreement.whole_pounds;
    deflate_lines(&mut real.partners, &factors, whole_pounds);
    deflate_lines(&mut real.cost_lines, &factors, whole_pounds);
    for outturn in &mut real.agreement.actuals {
        let factor = match outturn.period {
            Period::ContractYear(number) => factors
                .get(usize::from(number).wrapping_sub(1))
                .map_or(Decimal::ONE, |f| f.factor),
            Period::FinancialYear(first) => year_factor(first, base, deflator, series)?,
        };
        outturn.total = outturn.total.map(|t| round_to_penny(t * factor));
        for (_, amount) in &mut outturn.by_line {
            *amount = round_to_penny(*amount * factor);
        }
    }
    Ok(real)
}

fn deflate_lines<K: LineKind>(lines: &mut [Line<K>], factors: &[YearFactor], whole_pounds: bool) {
    for line in lines {
        if let Some(number) = line.terms.set.one_off_year() {
            let factor = factors
                .get(usize::from(number).wrapping_sub(1))
                .map_or(Decimal::ONE, |f| f.factor);
            line.annual = round_to_penny(line.annual * factor);
            continue;
        }
        for factor in factors {
            let number = factor.year.number;
            let cash = line.full_year_amount_in(number, whole_pounds);
            line.year_amounts
                .insert(number, round_to_penny(cash * factor.factor));
        }
        line.annual = line.year_amounts.get(&1).copied().unwrap_or(line.annual);
        line.uplift = Uplift::NONE;
        line.terms.set = AmountSet::Annual;
    }
}

/// How a line's amount for a contract year is made in real terms:
/// "£52,000.00 × 0.980392 = £50,980.38".
pub fn working(cash: Decimal, factor: &YearFactor) -> String {
    format!(
        "{} × {} = {}",
        format_gbp(cash),
        factor.factor,
        format_gbp(round_to_penny(cash * factor.factor))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::money::Rate;
    use crate::data::presets::Preset;
    use crate::figures::report::Report;

    fn empty() -> DeflatorSeries {
        DeflatorSeries {
            vintage: String::new(),
            years: Vec::new(),
        }
    }

    #[test]
    fn at_no_inflation_real_terms_are_the_cash_figures() {
        let mut scenario = Preset::SouthYorkshire.scenario();
        scenario.appraisal.deflator = Deflator::Constant(Rate(0));
        let real = in_real_terms(&scenario, 2020, &empty()).unwrap();
        let (cash, real) = (
            Report::build(&scenario.options[0]),
            Report::build(&real.options[0]),
        );
        assert_eq!(cash.chosen_total, real.chosen_total);
        assert_eq!(cash.years, real.years);
    }

    #[test]
    fn at_two_per_cent_each_contract_year_takes_the_mean_of_its_months() {
        let mut scenario = Preset::SouthYorkshire.scenario();
        scenario.appraisal.deflator = Deflator::Constant(Rate(20_000));
        let option = &scenario.options[0];
        let factors =
            contract_year_factors(option, 2020, &scenario.appraisal.deflator, &empty()).unwrap();
        // Year 1, Feb 2021 to Jan 2022: 2 months of 2020-21 at 1, 10 of 2021-22 at 1/1.02.
        let expected = ((Decimal::from(2) + Decimal::from(10) / Decimal::new(102, 2))
            / Decimal::from(12))
        .round_dp(6);
        assert_eq!(factors[0].factor, expected);
        assert_eq!(
            factors[0].months,
            "2 months of 2020-21 at 1, 10 months of 2021-22 at 0.980392"
        );
        let real = in_real_terms(&scenario, 2020, &empty()).unwrap();
        let report = Report::build(&real.options[0]);
        let doncaster = report.years[0].contributions[0];
        assert_eq!(doncaster, round_to_penny(Decimal::from(52_000) * expected));
        assert_eq!(
            working(Decimal::from(52_000), &factors[0]),
            format!("£52,000.00 × {expected} = {}", format_gbp(doncaster))
        );
    }

    #[test]
    fn a_year_the_index_does_not_cover_is_said() {
        let scenario = Preset::SouthYorkshire.scenario();
        let series = DeflatorSeries {
            vintage: "June 2026".into(),
            years: vec![(2020, Decimal::from(90)), (2021, Decimal::from(95))],
        };
        let error = in_real_terms(&scenario, 2020, &series).unwrap_err();
        assert!(
            error.starts_with("2022-23 is not covered by HM Treasury's GDP deflators of June 2026"),
            "{error}"
        );
    }
}
