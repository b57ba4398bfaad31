//! Money: the one rounding rule, whole-pence conversion and en-GB formatting.
//!
//! Amounts are `Decimal` pounds at the edges of the model and whole pence (`i64`)
//! inside calculations, so every sum is exact.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// The one rounding rule, used everywhere a figure is rounded: to the nearest penny,
/// with exact halves rounded away from zero. This is what Excel's `ROUND` does, so the
/// figures agree with the spreadsheets finance teams check them against.
pub const ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// Rounds pounds to the penny by [`ROUNDING`].
pub fn round_to_penny(pounds: Decimal) -> Decimal {
    pounds.round_dp_with_strategy(2, ROUNDING)
}

/// Whole pence in an amount of pounds, rounded by [`ROUNDING`].
///
/// Amounts entering the model are validated to at most £1,000,000,000 with two decimal
/// places, so the result always fits; an out-of-range value saturates rather than panics.
pub fn to_pence(pounds: Decimal) -> i64 {
    round_to_penny(pounds)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|pence| pence.to_i64())
        .unwrap_or(if pounds.is_sign_negative() {
            i64::MIN
        } else {
            i64::MAX
        })
}

/// Pounds from whole pence.
pub fn from_pence(pence: i64) -> Decimal {
    Decimal::new(pence, 2)
}

/// Divides whole pence by a whole positive divisor, rounding by [`ROUNDING`].
///
/// Integer arithmetic keeps the half-penny test exact.
pub fn div_round(numerator: i128, divisor: i128) -> i128 {
    debug_assert!(divisor > 0);
    let quotient = numerator / divisor;
    let remainder = numerator % divisor;
    if remainder.abs() * 2 >= divisor {
        quotient + numerator.signum()
    } else {
        quotient
    }
}

/// Formats pounds as people in the UK write money: `£1,234.56`, `-£50.00`.
pub fn format_gbp(pounds: Decimal) -> String {
    let pence = to_pence(pounds);
    let sign = if pence < 0 { "-" } else { "" };
    let abs = pence.unsigned_abs();
    format!("{sign}£{}.{:02}", group_thousands(abs / 100), abs % 100)
}

/// Formats pounds for an input field: grouped, pence only when there are any
/// (`52,000`, `157,423.33`, `52,000.50`).
pub fn format_for_input(pounds: Decimal) -> String {
    let pence = to_pence(pounds);
    let sign = if pence < 0 { "-" } else { "" };
    let abs = pence.unsigned_abs();
    if abs.is_multiple_of(100) {
        format!("{sign}{}", group_thousands(abs / 100))
    } else {
        format!("{sign}{}.{:02}", group_thousands(abs / 100), abs % 100)
    }
}

/// Whole pence as plain pounds with two decimal places and no grouping: `52000.00`,
/// for files other programs read.
pub fn format_plain_pounds(pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    let abs = pence.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// `1234567` becomes `1,234,567`.
pub fn group_thousands(whole: u64) -> String {
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A percentage held exactly in hundredths of a percent (basis points): 1985 is 19.85%.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent(pub u32);

impl Percent {
    /// As `19.85%`.
    pub fn label(self) -> String {
        format!("{}.{:02}%", self.0 / 100, self.0 % 100)
    }
}

/// A rate in ten-thousandths of a per cent (2.5% is 25,000), for uplifts: agreements
/// set them to more than two decimal places (the NHS minimum uplift of 5.66%, or
/// 2.345%).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(pub u32);

impl Rate {
    /// Units in one per cent.
    pub const PER_PERCENT: u32 = 10_000;

    /// As `2.50%`, `2.345%`, `5.6612%`: two decimal places at least, more only where
    /// the rate has them.
    pub fn label(self) -> String {
        let (whole, fraction) = (self.0 / Rate::PER_PERCENT, self.0 % Rate::PER_PERCENT);
        let digits = format!("{fraction:04}");
        let digits = digits.trim_end_matches('0');
        format!("{whole}.{digits:0<2}%")
    }

    /// The same rate in hundredths of a per cent, where it has no more places.
    pub fn as_percent(self) -> Option<Percent> {
        self.0.is_multiple_of(100).then_some(Percent(self.0 / 100))
    }
}

impl From<Percent> for Rate {
    fn from(percent: Percent) -> Rate {
        Rate(percent.0.saturating_mul(100))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_halves_away_from_zero() {
        assert_eq!(round_to_penny(d("0.005")), d("0.01"));
        assert_eq!(round_to_penny(d("0.015")), d("0.02"));
        assert_eq!(round_to_penny(d("2.675")), d("2.68"));
        assert_eq!(round_to_penny(d("-0.005")), d("-0.01"));
        assert_eq!(round_to_penny(d("1.0049")), d("1.00"));
    }

    #[test]
    fn rates_show_the_places_they_have() {
        assert_eq!(Rate(25_000).label(), "2.50%");
        assert_eq!(Rate(23_450).label(), "2.345%");
        assert_eq!(Rate(56_612).label(), "5.6612%");
        assert_eq!(Rate(0).label(), "0.00%");
        assert_eq!(Rate::from(Percent(566)).as_percent(), Some(Percent(566)));
        assert_eq!(Rate(23_450).as_percent(), None);
    }

    #[test]
    fn pence_saturate_out_of_range() {
        assert_eq!(to_pence(Decimal::MAX), i64::MAX);
        assert_eq!(to_pence(Decimal::MIN), i64::MIN);
    }

    #[test]
    fn div_round_matches_the_rule() {
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
        assert_eq!(div_round(7, 3), 2);
        assert_eq!(div_round(8, 3), 3);
        assert_eq!(div_round(26_200_000 * 2, 12), 4_366_667);
    }

    #[test]
    fn formats_en_gb_money() {
        assert_eq!(format_gbp(d("1234.56")), "£1,234.56");
        assert_eq!(format_gbp(d("262000")), "£262,000.00");
        assert_eq!(format_gbp(d("0")), "£0.00");
        assert_eq!(format_gbp(d("999.5")), "£999.50");
        assert_eq!(format_gbp(d("1000000000")), "£1,000,000,000.00");
        assert_eq!(format_gbp(d("-50")), "-£50.00");
    }

    #[test]
    fn formats_input_values_without_needless_pence() {
        assert_eq!(format_for_input(d("52000")), "52,000");
        assert_eq!(format_for_input(d("157423.33")), "157,423.33");
        assert_eq!(format_for_input(d("52000.5")), "52,000.50");
        assert_eq!(format_for_input(d("0")), "0");
    }

    #[test]
    fn percent_labels() {
        assert_eq!(Percent(1985).label(), "19.85%");
        assert_eq!(Percent(10000).label(), "100.00%");
        assert_eq!(Percent(7).label(), "0.07%");
    }

    #[test]
    fn pence_round_trip() {
        assert_eq!(to_pence(d("157423.33")), 15_742_333);
        assert_eq!(from_pence(15_742_333), d("157423.33"));
    }
}
