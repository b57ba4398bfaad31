//! Real terms: cash at the prices of a base year, by a deflator index named by
//! financial year (2024 for 2024-25). real = cash × index(base) ÷ index(year), rounded
//! to the penny. The index comes from HM Treasury's GDP deflators (shipped as
//! `assets/data/gdp-deflators.csv`, its source and vintage in its header and in
//! docs/data-sources.md), from a constant rate, or from the user's own figures. A year
//! the index does not cover is said to be not covered, never guessed.

use crate::data::appraisal::Deflator;
use crate::data::money::{format_gbp, round_to_penny, Rate};
use rust_decimal::Decimal;
use std::str::FromStr;

/// The shipped file, read at build time so the model stays pure.
pub const PUBLISHED_CSV: &str = include_str!("../../../../assets/data/gdp-deflators.csv");

/// A deflator index by financial year, in year order with no year twice, and where it
/// comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeflatorSeries {
    /// As "June 2026 (Quarterly National Accounts)", from the file's `# vintage:` line.
    pub vintage: String,
    /// (the calendar year the financial year starts in, the index).
    pub years: Vec<(i32, Decimal)>,
}

impl DeflatorSeries {
    /// No years: what real terms read when the deflator is a constant rate or the
    /// user's own index, which need no series.
    pub fn none() -> DeflatorSeries {
        DeflatorSeries {
            vintage: String::new(),
            years: Vec::new(),
        }
    }

    pub fn index(&self, year: i32) -> Option<Decimal> {
        (self.years.binary_search_by_key(&year, |(y, _)| *y).ok()).map(|at| self.years[at].1)
    }

    /// The years covered, as "1955-56 to 2025-26".
    pub fn coverage(&self) -> String {
        match (self.years.first(), self.years.last()) {
            (Some((first, _)), Some((last, _))) => {
                format!("{} to {}", year_label(*first), year_label(*last))
            }
            _ => "no years".to_string(),
        }
    }
}

/// HM Treasury's GDP deflators as shipped. The file is tested to parse, so this never
/// fails in a build that passed its tests; an unreadable file gives an empty series,
/// which covers no year.
pub fn published() -> DeflatorSeries {
    parse_deflator_csv(PUBLISHED_CSV).unwrap_or(DeflatorSeries {
        vintage: String::new(),
        years: Vec::new(),
    })
}

/// A financial year as the data file and the Treasury write it: "2024-25".
pub fn year_label(first_year: i32) -> String {
    format!("{first_year}-{:02}", (first_year + 1).rem_euclid(100))
}

/// Reads a deflator file: `#` comment lines (one may be `# vintage: …`), a header row,
/// then `2024-25,96.6694` rows in year order. Linear in the text; never panics.
pub fn parse_deflator_csv(text: &str) -> Result<DeflatorSeries, String> {
    let mut vintage = String::new();
    let mut years: Vec<(i32, Decimal)> = Vec::new();
    let mut header_seen = false;
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(value) = comment.trim().strip_prefix("vintage:") {
                vintage = value.trim().to_string();
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let (year, index) = parse_row(line).map_err(|e| format!("Line {number}: {e}."))?;
        if years.last().is_some_and(|(last, _)| *last >= year) {
            return Err(format!(
                "Line {number}: {} is not after the year before it.",
                year_label(year)
            ));
        }
        years.push((year, index));
    }
    if years.is_empty() {
        return Err("The file has no years.".to_string());
    }
    Ok(DeflatorSeries { vintage, years })
}

/// Reads an index typed or pasted by the user: a financial year and its index a line,
/// separated by a comma or a tab ("2024-25, 100"), in year order, within the limits
/// a file or a link is held to.
pub fn parse_own_index(text: &str) -> Result<Vec<(i32, Decimal)>, String> {
    let rows = text.replace('\t', ",");
    let series = parse_deflator_csv(&format!("financial_year,index\n{rows}"))
        .map_err(|error| own_index_message(&error))?;
    let own = crate::data::appraisal::Deflator::Own(series.years);
    crate::data::limits::check_deflator(&own).map_err(|error| format!("The index: {error}"))?;
    match own {
        crate::data::appraisal::Deflator::Own(years) => Ok(years),
        _ => Ok(Vec::new()),
    }
}

/// The parser's message for a typed index, whose first line is line 1 to the user.
fn own_index_message(error: &str) -> String {
    if error == "The file has no years." {
        return "Enter a financial year and its index on each line, like 2024-25, 100".to_string();
    }
    let shifted = error.strip_prefix("Line ").and_then(|rest| {
        let (number, reason) = rest.split_once(':')?;
        Some(format!(
            "Line {}:{reason}",
            number.parse::<usize>().ok()?.saturating_sub(1)
        ))
    });
    shifted.unwrap_or_else(|| error.to_string())
}

/// One row: a financial year as "2024-25" and a positive index.
fn parse_row(line: &str) -> Result<(i32, Decimal), String> {
    let (label, index) = line
        .split_once(',')
        .ok_or("a row needs a financial year and an index")?;
    let (first, second) = label
        .trim()
        .split_once('-')
        .ok_or("a financial year is written as 2024-25")?;
    let first: i32 = (first.parse().ok())
        .filter(|y| (1000..=9998).contains(y))
        .ok_or("a financial year is written as 2024-25")?;
    if second.parse::<i32>().ok() != Some((first + 1).rem_euclid(100)) || second.len() != 2 {
        return Err(format!("{label} is not a financial year"));
    }
    let index = Decimal::from_str(index.trim())
        .ok()
        .filter(|i| i.is_sign_positive() && !i.is_zero())
        .ok_or("the index must be a number above zero")?;
    Ok((first, index))
}

/// One cash figure in real terms, with how it was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deflated {
    pub cash: Decimal,
    pub year: i32,
    pub real: Decimal,
    /// As "£1,000.00 × 96.6694 ÷ 100 = £966.69".
    pub working: String,
}

/// Turns cash of financial year `year` into the prices of `base`. An index that does
/// not cover either year is an error in plain English.
pub fn real_terms(
    cash: Decimal,
    year: i32,
    base: i32,
    deflator: &Deflator,
    series: &DeflatorSeries,
) -> Result<Deflated, String> {
    let (real, how) = match deflator {
        Deflator::Constant(rate) => constant(cash, year - base, *rate),
        Deflator::Published => by_index(cash, year, base, |y| series.index(y)).map_err(|y| {
            not_covered(
                y,
                &format!(
                    "HM Treasury's GDP deflators of {}, which run from {}",
                    series.vintage,
                    series.coverage()
                ),
            )
        })?,
        Deflator::Own(own) => by_index(cash, year, base, |y| {
            own.iter().find(|(at, _)| *at == y).map(|(_, i)| *i)
        })
        .map_err(|y| not_covered(y, "the index entered"))?,
    };
    Ok(Deflated {
        cash,
        year,
        real,
        working: format!("{} {how} = {}", format_gbp(cash), format_gbp(real)),
    })
}

fn not_covered(year: i32, what: &str) -> String {
    format!("{} is not covered by {what}.", year_label(year))
}

/// cash × index(base) ÷ index(year); the year missing from the index is the error.
fn by_index(
    cash: Decimal,
    year: i32,
    base: i32,
    index: impl Fn(i32) -> Option<Decimal>,
) -> Result<(Decimal, String), i32> {
    let at_base = index(base).ok_or(base)?;
    let at_year = index(year).ok_or(year)?;
    let real = round_to_penny(cash * at_base / at_year);
    Ok((
        real,
        format!("× {} ÷ {}", at_base.normalize(), at_year.normalize()),
    ))
}

/// cash ÷ (1 + rate)^years after the base, × (1 + rate)^years before it.
fn constant(cash: Decimal, years_after: i32, rate: Rate) -> (Decimal, String) {
    let step = Decimal::ONE + Decimal::new(i64::from(rate.0), 6);
    let mut power = Decimal::ONE;
    for _ in 0..years_after.unsigned_abs().min(1_000) {
        power *= step;
    }
    let step = step.normalize();
    match years_after {
        0 => (cash, "× 1".to_string()),
        n if n > 0 => (round_to_penny(cash / power), format!("÷ {step}^{n}")),
        n => (
            round_to_penny(cash * power),
            format!("× {step}^{}", n.unsigned_abs()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_out_of_order_or_malformed_are_named() {
        let text = "financial_year,index\n2024-25,100\n2023-24,98\n";
        assert!(parse_deflator_csv(text).unwrap_err().contains("Line 3"));
        assert!(parse_deflator_csv("h\n2024-26,1\n").is_err());
        assert!(parse_deflator_csv("h\n2024-25,-1\n").is_err());
        assert!(parse_deflator_csv("h\n2024-25\n").is_err());
        assert!(parse_deflator_csv("").is_err());
        assert!(parse_deflator_csv("h\n-5-25,1\n").is_err());
    }

    #[test]
    fn a_year_outside_the_series_is_not_covered() {
        let series = parse_deflator_csv("# vintage: test\nh\n2024-25,100\n").unwrap();
        let error = real_terms(Decimal::ONE, 2030, 2024, &Deflator::Published, &series);
        assert_eq!(
            error.unwrap_err(),
            "2030-31 is not covered by HM Treasury's GDP deflators of test, which run from 2024-25 to 2024-25."
        );
    }

    #[test]
    fn an_index_typed_or_pasted_is_read_with_line_numbers_as_typed() {
        assert_eq!(
            parse_own_index("2024-25, 100\n2025-26\t102.5\n"),
            Ok(vec![
                (2024, Decimal::from(100)),
                (2025, Decimal::new(1025, 1))
            ])
        );
        assert!(parse_own_index("2025-26, 100\n2024-25, 98")
            .unwrap_err()
            .starts_with("Line 2:"));
        assert!(parse_own_index("").is_err());
        assert!(parse_own_index("2024-25, 1000000").is_err());
    }
}
