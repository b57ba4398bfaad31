//! The Green Book's discount rates (the social time preference rate): 3.5% a year for
//! years 0 to 30, then 3.0% (31–75), 2.5% (76–125), 2.0% (126–200), 1.5% (201–300) and
//! 1.0% beyond. Year 0 is undiscounted; within the first 30 years the factor is
//! 1 ÷ 1.035^t, and beyond them each year's factor is the year before's divided by one
//! plus that year's rate, so the rates compound as the Green Book's tables do.
//!
//! Factors are exact `Decimal`s to 28 significant digits; each discounted figure is
//! rounded to the penny by the one rounding rule, so a present value is the sum of
//! figures a reader can see.

use crate::data::money::{format_gbp, round_to_penny};
use rust_decimal::Decimal;

/// The furthest year a factor is worked out for: far beyond any contract, so the
/// work is bounded; later years take this year's factor.
pub const LAST_YEAR: u32 = 1_000;

/// The rate for year `t` (t ≥ 1), as a fraction: 0.035 for years 1 to 30.
pub fn rate_for(year: u32) -> Decimal {
    let thousandths = match year {
        0..=30 => 35,
        31..=75 => 30,
        76..=125 => 25,
        126..=200 => 20,
        201..=300 => 15,
        _ => 10,
    };
    Decimal::new(thousandths, 3)
}

/// The discount factor for year `t`: 1 for year 0, 1 ÷ 1.035^t to year 30, then each
/// year's factor divided by one plus the next year's rate.
pub fn discount_factor(year: u32) -> Decimal {
    let year = year.min(LAST_YEAR);
    let first = year.min(30);
    let mut power = Decimal::ONE;
    for _ in 0..first {
        power *= rate_for(1) + Decimal::ONE;
    }
    let mut factor = Decimal::ONE / power;
    for later in 31..=year {
        factor /= Decimal::ONE + rate_for(later);
    }
    factor
}

/// A figure for a year before year 0 is brought forward to year 0 at 3.5% a year, the
/// Green Book's rate for the near years: its factor is 1.035^t.
fn compound_factor(years_before: u32) -> Decimal {
    let mut factor = Decimal::ONE;
    for _ in 0..years_before.min(LAST_YEAR) {
        factor *= Decimal::ONE + rate_for(1);
    }
    factor
}

/// The factor for `offset` years after year 0 (negative: before it).
pub fn factor_for_offset(offset: i32) -> Decimal {
    if offset >= 0 {
        discount_factor(offset.unsigned_abs())
    } else {
        compound_factor(offset.unsigned_abs())
    }
}

/// One figure discounted: the cash, its year after year 0, the factor and the present
/// value to the penny.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discounted {
    pub cash: Decimal,
    pub offset: i32,
    pub factor: Decimal,
    pub present: Decimal,
}

impl Discounted {
    /// How the figure is made, as "£150,000.00 × 1 ÷ 1.035^3 = £135,290.07".
    pub fn working(&self) -> String {
        let how = match self.offset {
            0 => "× 1".to_string(),
            t if t < 0 => format!("× 1.035^{}", t.unsigned_abs()),
            t => format!("× 1 ÷ {}", divisor_words(t.unsigned_abs())),
        };
        format!(
            "{} {how} = {}",
            format_gbp(self.cash),
            format_gbp(self.present)
        )
    }
}

/// `cash` in the year `offset` years after year 0, discounted and rounded to the penny.
pub fn discount(cash: Decimal, offset: i32) -> Discounted {
    let factor = factor_for_offset(offset);
    Discounted {
        cash,
        offset,
        factor,
        present: round_to_penny(cash * factor),
    }
}

/// The divisor of year `t` in words: "1.035^3", or "1.035^30 × 1.03^5" beyond year 30.
pub fn divisor_words(year: u32) -> String {
    let year = year.min(LAST_YEAR);
    let mut parts: Vec<(Decimal, u32)> = Vec::new();
    for t in 1..=year {
        let rate = Decimal::ONE + rate_for(t);
        match parts.last_mut() {
            Some((last, count)) if *last == rate => *count += 1,
            _ => parts.push((rate, 1)),
        }
    }
    let words: Vec<String> = (parts.iter())
        .map(|(rate, count)| format!("{}^{count}", rate.normalize()))
        .collect();
    words.join(" × ")
}

/// The present value of a stream: each part discounted and rounded, then added up, so
/// the parts always add up to the total. `stream` is (offset from year 0, cash).
pub fn present_value(stream: &[(i32, Decimal)]) -> (Vec<Discounted>, Decimal) {
    let parts: Vec<Discounted> = (stream.iter())
        .map(|(offset, cash)| discount(*cash, *offset))
        .collect();
    let total = parts.iter().map(|p| p.present).sum();
    (parts, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_by_band() {
        assert_eq!(rate_for(30), Decimal::new(35, 3));
        assert_eq!(rate_for(31), Decimal::new(30, 3));
        assert_eq!(rate_for(301), Decimal::new(10, 3));
    }

    #[test]
    fn beyond_thirty_years_the_divisor_names_each_band() {
        assert_eq!(divisor_words(3), "1.035^3");
        assert_eq!(divisor_words(35), "1.035^30 × 1.03^5");
        assert_eq!(
            discount_factor(31),
            discount_factor(30) / Decimal::new(103, 2)
        );
    }
}
