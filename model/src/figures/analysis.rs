//! What a commissioner decides with, beyond the pool: value for money, match funding,
//! splitting a target among partners, closing a shortfall, and uplifts. Every split
//! goes through [`largest_remainder`], so the parts always add up to the whole, and the
//! earlier partner in the list gets any extra penny first.

use crate::data::apportion::largest_remainder;
use crate::data::money::{div_round, from_pence, to_pence, Percent};
use rust_decimal::Decimal;

/// The one rule for every share the calculator shows: the exact ratio of two amounts
/// in pence, rounded half away from zero to hundredths of a per cent. Each share is
/// rounded on its own, so equal amounts always show equal shares, and shares shown
/// together need not add up to exactly 100.00% (the tables say so when they do not).
/// `None` while the whole is nothing.
pub fn share_of(part_pence: i64, whole_pence: i64) -> Option<Percent> {
    (whole_pence > 0 && part_pence >= 0).then(|| {
        Percent(div_round(i128::from(part_pence) * 10_000, i128::from(whole_pence)) as u32)
    })
}

/// A basis figure's share of the figures' sum (a council's population of the area's),
/// by the same rule as [`share_of`]. The limits keep figures far below where the
/// arithmetic could overflow; the whole must not be nothing.
pub fn share_of_figures(part: u128, whole: u128) -> Percent {
    let (part, whole) = (
        part.min(i128::MAX as u128 / 10_000),
        whole.clamp(1, i128::MAX as u128),
    );
    Percent(div_round(part as i128 * 10_000, whole as i128).min(i128::from(u32::MAX)) as u32)
}

/// The exact ratio to four decimal places, cut short and marked so when more digits
/// follow: "31.2967…%". For where a rounded share would seem to say what is not so.
pub fn exact_share_label(part_pence: i64, whole_pence: i64) -> String {
    if whole_pence <= 0 {
        return "–".to_string();
    }
    let scaled = i128::from(part_pence) * 1_000_000;
    let whole = i128::from(whole_pence);
    let (units, more) = (scaled / whole, scaled % whole != 0);
    let ellipsis = if more { "…" } else { "" };
    format!("{}.{:04}{ellipsis}%", units / 10_000, units % 10_000)
}

/// Activity and what it costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueForMoney {
    /// Completions as a share of referrals.
    pub completion_rate: Option<Percent>,
    pub cost_per_referral: Option<Decimal>,
    pub cost_per_completion: Option<Decimal>,
}

/// Value for money of spending `total` on `referrals` referrals and `completions`
/// completions; a figure is `None` where its divisor is zero.
pub fn value_for_money(total: Decimal, referrals: u32, completions: u32) -> ValueForMoney {
    let pence = i128::from(to_pence(total));
    let per =
        |count: u32| (count > 0).then(|| from_pence(div_round(pence, i128::from(count)) as i64));
    ValueForMoney {
        completion_rate: share_of(i64::from(completions), i64::from(referrals)),
        cost_per_referral: per(referrals),
        cost_per_completion: per(completions),
    }
}

/// The share of `total` that `local` is, by the one rule for shares ([`share_of`]).
pub fn share_of_total(local: Decimal, total: Decimal) -> Option<Percent> {
    share_of(to_pence(local), to_pence(total))
}

/// Whether `local` is at least `minimum` of `total`, compared exactly (not after
/// rounding the share), so a rule is never met by rounding alone.
pub fn meets_minimum_share(local: Decimal, total: Decimal, minimum: Percent) -> bool {
    i128::from(to_pence(local)) * 10_000 >= i128::from(to_pence(total)) * i128::from(minimum.0)
}

/// `total` split equally among `parts`; the first partners in the list get the spare
/// pennies, one each.
pub fn split_equally(total: Decimal, parts: usize) -> Vec<Decimal> {
    split_by_weights(total, &vec![1; parts]).unwrap_or_default()
}

/// `total` split in proportion to `weights` (such as population); `None` if every
/// weight is zero. Spare pennies go to the largest remainders, earlier partners first.
pub fn split_by_weights(total: Decimal, weights: &[u64]) -> Option<Vec<Decimal>> {
    let pence = u64::try_from(to_pence(total)).ok()?;
    largest_remainder(pence, weights)
        .map(|parts| parts.into_iter().map(|p| from_pence(p as i64)).collect())
}

/// `total` split by percentages that must add up to exactly 100.00%.
pub fn split_by_percentages(
    total: Decimal,
    percentages: &[Percent],
) -> Result<Vec<Decimal>, String> {
    let sum: u32 = percentages.iter().map(|p| p.0).sum();
    if sum != 10_000 {
        return Err(format!(
            "The percentages add up to {}, not 100.00%",
            Percent(sum).label()
        ));
    }
    let weights: Vec<u64> = percentages.iter().map(|p| u64::from(p.0)).collect();
    split_by_weights(total, &weights).ok_or_else(|| "There is nothing to split by".to_string())
}

/// The extra each partner would give to close `shortfall` in proportion to what they
/// already contribute; `None` if nobody contributes yet.
pub fn close_gap_in_proportion(
    shortfall: Decimal,
    contributions: &[Decimal],
) -> Option<Vec<Decimal>> {
    let weights: Vec<u64> = contributions
        .iter()
        .map(|c| u64::try_from(to_pence(*c)).unwrap_or(0))
        .collect();
    split_by_weights(shortfall, &weights)
}

/// An amount for each contract year 1 to `years`: `base` until `from_year`, then
/// uplifted by `uplift` a year, compounding, rounded to the penny each year.
pub fn uplifted_amounts(
    base: Decimal,
    uplift: Percent,
    from_year: u16,
    years: u16,
) -> Vec<Decimal> {
    let mut pence = i128::from(to_pence(base));
    (1..=years)
        .map(|year| {
            if year >= from_year.max(1) {
                pence = div_round(pence * (10_000 + i128::from(uplift.0)), 10_000);
            }
            from_pence(pence as i64)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format_gbp;

    fn pounds(text: &str) -> Decimal {
        crate::data::inputs::parse_amount(text).unwrap()
    }

    fn gbp(amounts: &[Decimal]) -> Vec<String> {
        amounts.iter().map(|a| format_gbp(*a)).collect()
    }

    #[test]
    fn south_yorkshire_value_for_money() {
        let value = value_for_money(pounds("524,000"), 1_106, 190);
        assert_eq!(value.completion_rate.unwrap().label(), "17.18%");
        assert_eq!(format_gbp(value.cost_per_referral.unwrap()), "£473.78");
        assert_eq!(format_gbp(value.cost_per_completion.unwrap()), "£2,757.89");
        assert_eq!(value_for_money(pounds("1"), 0, 0).cost_per_referral, None);
    }

    #[test]
    fn cleveland_local_match_share() {
        let (local, total) = (pounds("71,711.67"), pounds("229,135.00"));
        assert_eq!(share_of_total(local, total).unwrap().label(), "31.30%");
        assert!(meets_minimum_share(local, total, Percent(3_000)));
        // 31.2975% rounds to 31.30%, but does not meet a 31.30% rule.
        assert!(!meets_minimum_share(local, total, Percent(3_130)));
    }

    #[test]
    fn equal_amounts_show_equal_shares() {
        // Ten Greater Manchester councils: Oldham and Trafford give the same.
        let pounds = [
            34_592, 23_700, 63_732, 25_800, 24_300, 27_000, 27_600, 26_400, 25_800, 28_800,
        ];
        let whole: i64 = pounds.iter().sum::<i64>() * 100;
        let shares: Vec<String> = pounds
            .iter()
            .map(|p| share_of(p * 100, whole).unwrap().label())
            .collect();
        assert_eq!(shares[3], "8.38%");
        assert_eq!(shares[8], "8.38%");
        // Seven equal partners: each 14.2857…%, shown 14.29%, together 100.03%.
        let seventh = share_of(1, 7).unwrap();
        assert_eq!(seventh.label(), "14.29%");
        assert_eq!(seventh.0 * 7, 10_003);
        assert_eq!(share_of(1, 0), None);
    }

    #[test]
    fn exact_shares_say_when_more_digits_follow() {
        assert_eq!(exact_share_label(7_171_167, 22_913_500), "31.2966…%");
        assert_eq!(exact_share_label(1, 4), "25.0000%");
        assert_eq!(exact_share_label(1, 0), "–");
    }

    #[test]
    fn cleveland_match_split_equally_among_five() {
        let parts = split_equally(pounds("71,711.67"), 5);
        assert_eq!(
            gbp(&parts),
            [
                "£14,342.34",
                "£14,342.34",
                "£14,342.33",
                "£14,342.33",
                "£14,342.33"
            ]
        );
        assert_eq!(parts.iter().sum::<Decimal>(), pounds("71,711.67"));
    }

    #[test]
    fn splits_by_percentage_and_weight() {
        let parts = split_by_percentages(
            pounds("1000"),
            &[Percent(3_333), Percent(3_333), Percent(3_334)],
        )
        .unwrap();
        assert_eq!(gbp(&parts), ["£333.30", "£333.30", "£333.40"]);
        assert_eq!(
            split_by_percentages(pounds("1000"), &[Percent(5_000)]),
            Err("The percentages add up to 50.00%, not 100.00%".to_string())
        );
        // By population: Barnsley 246,000, Doncaster 311,000, Rotherham 267,000.
        let parts = split_by_weights(pounds("100,000"), &[246_000, 311_000, 267_000]).unwrap();
        assert_eq!(gbp(&parts), ["£29,854.37", "£37,742.72", "£32,402.91"]);
        assert_eq!(split_by_weights(pounds("10"), &[0, 0]), None);
    }

    #[test]
    fn closing_a_gap_in_proportion() {
        let contributions = [
            pounds("52,000"),
            pounds("60,000"),
            pounds("50,000"),
            pounds("50,000"),
            pounds("50,000"),
        ];
        let extra = close_gap_in_proportion(pounds("10,000"), &contributions).unwrap();
        assert_eq!(
            gbp(&extra),
            [
                "£1,984.73",
                "£2,290.07",
                "£1,908.40",
                "£1,908.40",
                "£1,908.40"
            ]
        );
        assert_eq!(extra.iter().sum::<Decimal>(), pounds("10,000"));
    }

    #[test]
    fn uplift_compounds_from_a_chosen_year() {
        let amounts = uplifted_amounts(pounds("50,000"), Percent(250), 3, 5);
        assert_eq!(
            gbp(&amounts),
            [
                "£50,000.00",
                "£50,000.00",
                "£51,250.00",
                "£52,531.25",
                "£53,844.53"
            ]
        );
    }

    #[test]
    fn every_split_conserves_pennies_for_generated_inputs() {
        let mut seed: u64 = 0xDEAD_BEEF;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..5_000 {
            let total = Decimal::new((next() % 100_000_000_000) as i64, 2);
            let parts = 1 + (next() % 30) as usize;
            assert_eq!(split_equally(total, parts).iter().sum::<Decimal>(), total);
            let weights: Vec<u64> = (0..parts).map(|_| next() % 1_000_000).collect();
            if let Some(split) = split_by_weights(total, &weights) {
                assert_eq!(split.iter().sum::<Decimal>(), total);
            }
        }
    }
}
