//! The arithmetic of the charts: an axis covering the figures in "nice" steps, its
//! ticks, whole pence scaled to whole pixels, and short money labels for the ticks.
//!
//! All in integers (`i128` pence), so no float ever touches a figure and the largest
//! possible one (£1bn a year for 250 partners over 60 years) scales without overflow.

use crate::data::money::{group_thousands, to_pence};
use rust_decimal::Decimal;

/// Pounds as whole pence, widened for scaling.
pub fn pence(pounds: Decimal) -> i128 {
    i128::from(to_pence(pounds))
}

/// A value axis from `low` (zero or below) to `high` (zero or above) in equal steps,
/// each 1, 2, 2.5 or 5 times a power of ten pence, and never less than £1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub low: i128,
    pub high: i128,
    pub step: i128,
}

impl Scale {
    /// The smallest axis through zero that holds every value in at most `max_steps`
    /// steps. With nothing but zeros it runs from £0 to £1.
    pub fn covering(values: impl IntoIterator<Item = i128>, max_steps: i128) -> Scale {
        let (mut min, mut max) = (0i128, 0i128);
        for value in values {
            min = min.min(value);
            max = max.max(value);
        }
        let max_steps = max_steps.max(2);
        let mut power = 10i128;
        loop {
            for mantissa in [10, 20, 25, 50] {
                let step = mantissa * power;
                // Whole steps needed above and below zero.
                let (up, down) = (ceil_div(max, step), ceil_div(-min, step));
                if up + down <= max_steps {
                    return Scale {
                        low: -down * step,
                        high: up.max(if down == 0 { 1 } else { 0 }) * step,
                        step,
                    };
                }
            }
            power *= 10;
        }
    }

    /// Every tick from `low` to `high`, zero among them.
    pub fn ticks(&self) -> Vec<i128> {
        let count = (self.high - self.low) / self.step;
        (0..=count).map(|i| self.low + i * self.step).collect()
    }

    /// How far `value` lies from the axis's low end, in whole pixels of an axis
    /// `length` pixels long, rounded to the nearest.
    pub fn to_pixels(&self, value: i128, length: i128) -> i128 {
        let span = self.high - self.low;
        let value = value.clamp(self.low, self.high) - self.low;
        (value * length * 2 + span) / (span * 2)
    }
}

/// `a ÷ b` rounded up, for `a >= 0` and `b > 0`.
fn ceil_div(a: i128, b: i128) -> i128 {
    (a + b - 1) / b
}

/// Money in short en-GB form, for axis ticks: "£0", "£500", "£2.50", "£250k",
/// "£1.5m", "£1.05m", "£2bn", "−£100k". Up to two decimals of the unit, rounded to
/// the nearest.
pub fn short_gbp(pence: i128) -> String {
    let sign = if pence < 0 { "−" } else { "" };
    let abs = pence.unsigned_abs();
    let (unit, suffix) = match abs {
        100_000_000_000.. => (100_000_000_000u128, "bn"),
        100_000_000.. => (100_000_000, "m"),
        100_000.. => (100_000, "k"),
        _ => (1, ""),
    };
    // Hundredths of the unit; for plain pounds, the pence.
    let hundredths = if unit == 1 {
        abs
    } else {
        (abs * 100 + unit / 2) / unit
    };
    let whole = group_thousands(u64::try_from(hundredths / 100).unwrap_or(u64::MAX));
    let fraction = (hundredths % 100) as u8;
    if fraction == 0 {
        format!("{sign}£{whole}{suffix}")
    } else if fraction.is_multiple_of(10) && unit != 1 {
        format!("{sign}£{whole}.{}{suffix}", fraction / 10)
    } else {
        format!("{sign}£{whole}.{fraction:02}{suffix}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POUND: i128 = 100;

    #[test]
    fn rounds_the_axis_up_to_a_nice_step() {
        let scale = Scale::covering([262_000 * POUND, 100 * POUND], 5);
        assert_eq!(
            scale,
            Scale {
                low: 0,
                high: 300_000 * POUND,
                step: 100_000 * POUND
            }
        );
        assert_eq!(
            scale.ticks(),
            [0, 100_000 * POUND, 200_000 * POUND, 300_000 * POUND]
        );
        let scale = Scale::covering([1_048_000 * POUND, 0, 200_000 * POUND], 5);
        assert_eq!(scale.step, 250_000 * POUND);
        assert_eq!(scale.high, 1_250_000 * POUND);
        let scale = Scale::covering([1_048_000 * POUND], 4);
        assert_eq!(scale.step, 500_000 * POUND);
        assert_eq!(scale.high, 1_500_000 * POUND);
        // Exactly on a step: no empty step above.
        assert_eq!(Scale::covering([200 * POUND], 4).high, 200 * POUND);
    }

    #[test]
    fn holds_negatives_with_zero_as_a_tick() {
        let scale = Scale::covering([-30_000 * POUND, 45_000 * POUND, -5 * POUND], 5);
        assert_eq!(scale.step, 20_000 * POUND);
        assert_eq!(scale.low, -40_000 * POUND);
        assert_eq!(scale.high, 60_000 * POUND);
        assert!(scale.ticks().contains(&0));
        assert_eq!(scale.ticks().len(), 6);
        assert_eq!(scale.to_pixels(0, 200), 80);
        assert_eq!(scale.to_pixels(-40_000 * POUND, 200), 0);
        assert_eq!(scale.to_pixels(60_000 * POUND, 200), 200);
        assert_eq!(scale.to_pixels(-30_000 * POUND, 200), 20);
        // Only negatives: the axis tops out at zero.
        let scale = Scale::covering([-1_500 * POUND], 5);
        assert_eq!((scale.low, scale.high), (-1_500 * POUND, 0));
        assert_eq!(scale.ticks().last(), Some(&0));
    }

    #[test]
    fn zeros_only_give_a_one_pound_axis() {
        let scale = Scale::covering([0, 0], 5);
        assert_eq!(
            scale,
            Scale {
                low: 0,
                high: POUND,
                step: POUND
            }
        );
        assert_eq!(scale.ticks(), [0, POUND]);
        assert_eq!(scale.to_pixels(0, 180), 0);
        let scale = Scale::covering(std::iter::empty(), 5);
        assert_eq!(scale.high, POUND);
    }

    #[test]
    fn scales_pence_to_whole_pixels() {
        let scale = Scale::covering([300_000 * POUND], 5);
        assert_eq!(scale.to_pixels(262_000 * POUND, 180), 157);
        assert_eq!(scale.to_pixels(300_000 * POUND, 180), 180);
        assert_eq!(scale.to_pixels(1, 180), 0);
        // Outside the axis is held at its ends.
        assert_eq!(scale.to_pixels(400_000 * POUND, 180), 180);
    }

    #[test]
    fn huge_values_do_not_overflow() {
        // £1bn a year for each of 250 partners over 60 years.
        let most = 1_000_000_000 * POUND * 250 * 60;
        let scale = Scale::covering([most, -most, 1], 5);
        assert!(scale.high >= most && scale.low <= -most);
        assert_eq!(
            scale.to_pixels(most, 1_000_000),
            1_000_000 * (most - scale.low) / (scale.high - scale.low)
        );
        assert_eq!(scale.to_pixels(0, 180), 90);
        assert_eq!(short_gbp(scale.high), "£20,000bn");
        assert!(scale.ticks().len() <= 6);
        let scale = Scale::covering([i128::from(i64::MAX)], 5);
        assert!(scale.high >= i128::from(i64::MAX));
        assert!(scale.to_pixels(i128::from(i64::MAX), 4000) <= 4000);
    }

    #[test]
    fn short_money_labels() {
        assert_eq!(short_gbp(0), "£0");
        assert_eq!(short_gbp(500 * POUND), "£500");
        assert_eq!(short_gbp(250), "£2.50");
        assert_eq!(short_gbp(999 * POUND), "£999");
        assert_eq!(short_gbp(1_000 * POUND), "£1k");
        assert_eq!(short_gbp(2_500 * POUND), "£2.5k");
        assert_eq!(short_gbp(250_000 * POUND), "£250k");
        assert_eq!(short_gbp(1_500_000 * POUND), "£1.5m");
        assert_eq!(short_gbp(1_050_000 * POUND), "£1.05m");
        assert_eq!(short_gbp(1_048_000 * POUND), "£1.05m");
        assert_eq!(short_gbp(2_000_000_000 * POUND), "£2bn");
        assert_eq!(short_gbp(-100_000 * POUND), "−£100k");
        assert_eq!(short_gbp(-250), "−£2.50");
    }
}
