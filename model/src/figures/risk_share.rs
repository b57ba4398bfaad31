//! Sharing a pooled budget's variance (actual spend against plan) between its partners
//! under the rule their agreement sets: in proportion to contributions, by fixed
//! percentages, by who leads each line, or in proportion up to each partner's maximum
//! once a risk pool has met its part. Whole pence throughout: the partners' parts, the
//! pool's part, the provider's variance on fixed lines and what nobody bears always add
//! up to the variance exactly, so a variance statement agrees with the ledger.

use crate::data::apportion::largest_remainder;
use crate::data::money::Percent;

/// 100.00% in hundredths of a per cent.
const WHOLE: u64 = 10_000;

/// The rule an agreement sets for one direction (overspend or underspend).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareRule {
    /// In proportion to each partner's contribution; a negative contribution counts as
    /// 0. With nothing to be in proportion to, the variance is unmet.
    InProportion,
    /// Fixed percentages agreed in advance, one per partner, meant to add to 100.00%.
    /// A missing entry counts as 0; entries beyond the partners are ignored. Short of
    /// 100.00%, the rest of the variance is unmet, as nobody agreed to bear it; over
    /// 100.00%, the percentages are taken as proportions, so no penny is borne twice.
    Fixed(Vec<Percent>),
    /// Each partner bears the variance on the lines it leads; a line with no lead, or
    /// a lead naming no partner, is unmet.
    Aligned,
    /// An overspend is met first by the risk pool (a negative pool counts as 0), then
    /// in proportion to contributions with no partner bearing more than its maximum in
    /// pence (`None` or a missing entry: no maximum; a negative one counts as 0); what
    /// the maximums leave is unmet. The pool and maximums guard against overspending,
    /// so an underspend is shared as under [`ShareRule::InProportion`].
    Capped {
        maximums: Vec<Option<i64>>,
        risk_pool: i64,
    },
}

/// One line's variance: actual spend minus plan, in pence (positive: an overspend).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineVariance {
    pub variance: i64,
    /// The partner (an index into the contributions) that leads the line, if any.
    pub lead: Option<usize>,
    /// Whether the variance is shared: a fixed-price line's variance is the provider's.
    pub variable: bool,
}

/// What [`split_variance`] splits, and by which rule.
#[derive(Clone, Copy, Debug)]
pub struct VarianceInput<'a> {
    /// Each partner's contribution in pence; the parts come back in this order.
    pub contributions: &'a [i64],
    pub lines: &'a [LineVariance],
    pub rule: &'a ShareRule,
}

/// Who bears a variance. `parts`, `from_pool`, `not_shared` and `unmet` always add up
/// to `variance`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarianceSplit {
    /// The variance of all lines.
    pub variance: i64,
    /// The variance on fixed lines: not shared, the provider's.
    pub not_shared: i64,
    /// What the risk pool meets (only under [`ShareRule::Capped`]).
    pub from_pool: i64,
    /// Each partner's part, in the order of the contributions.
    pub parts: Vec<i64>,
    /// What no partner bears: maximums reached, no lead, nothing to be in proportion
    /// to, or fixed percentages short of 100.00%.
    pub unmet: i64,
}

impl VarianceSplit {
    /// The variance the rule shared: the variable lines' total.
    pub fn shared(&self) -> i64 {
        self.variance.saturating_sub(self.not_shared)
    }
}

/// The rule's split of the shared part of a variance, held wide so a partner leading
/// many large lines cannot overflow.
struct Shares {
    parts: Vec<i128>,
    from_pool: i128,
    unmet: i128,
}

impl Shares {
    fn unmet(partners: usize, unmet: i128) -> Self {
        Shares {
            parts: vec![0; partners],
            from_pool: 0,
            unmet,
        }
    }
}

/// Splits the variance of `input.lines` between the partners by `input.rule`.
///
/// Never panics. Totals that do not fit in pence as `i64` (some £92 quadrillion, far
/// beyond what the model admits) are not split: the variance, clamped, is all unmet.
pub fn split_variance(input: &VarianceInput) -> VarianceSplit {
    let partners = input.contributions.len();
    let not_shared_wide: i128 = wide_sum(input.lines.iter().filter(|l| !l.variable));
    let shared_wide: i128 = wide_sum(input.lines.iter().filter(|l| l.variable));
    let total = not_shared_wide + shared_wide;
    let (Ok(variance), Ok(not_shared), Ok(shared)) = (
        i64::try_from(total),
        i64::try_from(not_shared_wide),
        i64::try_from(shared_wide),
    ) else {
        return unsplit(total, partners);
    };
    let shares = match input.rule {
        ShareRule::InProportion => in_proportion(shared, input.contributions),
        ShareRule::Fixed(percents) => fixed(shared, percents, partners),
        ShareRule::Aligned => aligned(input.lines, partners),
        ShareRule::Capped {
            maximums,
            risk_pool,
        } => capped(shared, input.contributions, maximums, *risk_pool),
    };
    let parts: Result<Vec<i64>, _> = shares.parts.into_iter().map(i64::try_from).collect();
    match (
        parts,
        i64::try_from(shares.from_pool),
        i64::try_from(shares.unmet),
    ) {
        (Ok(parts), Ok(from_pool), Ok(unmet)) => VarianceSplit {
            variance,
            not_shared,
            from_pool,
            parts,
            unmet,
        },
        _ => unsplit(total, partners),
    }
}

/// Whether a variance is within `tolerance` of the plan: |variance| at most that share
/// of it, in exact integers so the boundary is never misjudged. Against a plan of
/// nothing (or less) only no variance is within tolerance.
pub fn within_tolerance(variance: i64, plan: i64, tolerance: Percent) -> bool {
    if plan <= 0 {
        return variance == 0;
    }
    u128::from(variance.unsigned_abs()) * u128::from(WHOLE)
        <= u128::from(tolerance.0) * u128::from(plan.unsigned_abs())
}

fn wide_sum<'a>(lines: impl Iterator<Item = &'a LineVariance>) -> i128 {
    lines.map(|l| i128::from(l.variance)).sum()
}

/// The split of totals too large to hold: nothing shared, the clamped variance unmet.
fn unsplit(total: i128, partners: usize) -> VarianceSplit {
    let variance = i64::try_from(total).unwrap_or(if total < 0 { i64::MIN } else { i64::MAX });
    VarianceSplit {
        variance,
        not_shared: 0,
        from_pool: 0,
        parts: vec![0; partners],
        unmet: variance,
    }
}

/// Contributions as weights: a negative contribution counts as none.
fn weights_of(contributions: &[i64]) -> Vec<u64> {
    contributions
        .iter()
        .map(|&c| u64::try_from(c).unwrap_or(0))
        .collect()
}

/// Splits `amount`'s size by `weights` and gives each part `amount`'s sign, so an
/// underspend's pennies go by the same largest remainders as an overspend's.
fn signed_split(amount: i64, weights: &[u64]) -> Option<Vec<i128>> {
    let sign = i128::from(amount.signum());
    largest_remainder(amount.unsigned_abs(), weights)
        .map(|parts| parts.into_iter().map(|p| sign * i128::from(p)).collect())
}

fn in_proportion(shared: i64, contributions: &[i64]) -> Shares {
    match signed_split(shared, &weights_of(contributions)) {
        Some(parts) => Shares {
            parts,
            from_pool: 0,
            unmet: 0,
        },
        None => Shares::unmet(contributions.len(), shared.into()),
    }
}

/// Percentages short of 100.00% leave a last weight for the unmet rest, so the
/// partners' parts and the unmet part come from one penny-exact split.
fn fixed(shared: i64, percents: &[Percent], partners: usize) -> Shares {
    let mut weights: Vec<u64> = (0..partners)
        .map(|i| percents.get(i).map_or(0, |p| u64::from(p.0)))
        .collect();
    let agreed: u64 = weights.iter().sum();
    let short = agreed < WHOLE;
    if short {
        weights.push(WHOLE - agreed);
    }
    let Some(mut parts) = signed_split(shared, &weights) else {
        return Shares::unmet(partners, shared.into());
    };
    let unmet = if short { parts.pop().unwrap_or(0) } else { 0 };
    Shares {
        parts,
        from_pool: 0,
        unmet,
    }
}

fn aligned(lines: &[LineVariance], partners: usize) -> Shares {
    let mut shares = Shares::unmet(partners, 0);
    for line in lines.iter().filter(|l| l.variable) {
        let amount = i128::from(line.variance);
        match line.lead.and_then(|lead| shares.parts.get_mut(lead)) {
            Some(part) => *part += amount,
            None => shares.unmet += amount,
        }
    }
    shares
}

fn capped(shared: i64, contributions: &[i64], maximums: &[Option<i64>], pool: i64) -> Shares {
    if shared <= 0 {
        return in_proportion(shared, contributions);
    }
    let from_pool = shared.min(pool.max(0));
    let rest = (shared - from_pool).unsigned_abs();
    let limits: Vec<Option<u64>> = (0..contributions.len())
        .map(|i| {
            let maximum = maximums.get(i).copied().flatten();
            maximum.map(|m| u64::try_from(m).unwrap_or(0))
        })
        .collect();
    let (parts, unmet) = fill_up_to(rest, &weights_of(contributions), &limits);
    Shares {
        parts: parts.into_iter().map(i128::from).collect(),
        from_pool: from_pool.into(),
        unmet: unmet.into(),
    }
}

/// Splits `total` by `weights` with no part above its limit: each round splits what is
/// left among the partners still below their limits, and what a limit clips goes round
/// again. A round that clips closes at least one partner, so the rounds are at most
/// one more than the partners; what is left when all are closed is returned as unmet.
fn fill_up_to(total: u64, weights: &[u64], limits: &[Option<u64>]) -> (Vec<u64>, u64) {
    let mut parts = vec![0_u64; weights.len()];
    let mut open: Vec<u64> = weights
        .iter()
        .zip(limits)
        .map(|(&w, &limit)| if limit == Some(0) { 0 } else { w })
        .collect();
    let mut left = total;
    for _ in 0..=weights.len() {
        if left == 0 {
            break;
        }
        let Some(round) = largest_remainder(left, &open) else {
            break;
        };
        left = 0;
        for (((given, part), limit), weight) in round
            .into_iter()
            .zip(parts.iter_mut())
            .zip(limits)
            .zip(open.iter_mut())
        {
            let room = limit.map_or(u64::MAX, |m| m.saturating_sub(*part));
            let kept = given.min(room);
            *part += kept;
            left += given - kept;
            if kept == room {
                *weight = 0;
            }
        }
    }
    (parts, left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::agreement::DEFAULT_TOLERANCE;

    const SOUTH_YORKSHIRE: [i64; 5] = [5_200_000, 6_000_000, 5_000_000, 5_000_000, 5_000_000];

    fn line(variance: i64, lead: Option<usize>, variable: bool) -> LineVariance {
        LineVariance {
            variance,
            lead,
            variable,
        }
    }

    fn split(contributions: &[i64], lines: &[LineVariance], rule: &ShareRule) -> VarianceSplit {
        split_variance(&VarianceInput {
            contributions,
            lines,
            rule,
        })
    }

    #[test]
    fn south_yorkshire_overspend_in_proportion() {
        let lines = [line(1_000_000, None, true)];
        let result = split(&SOUTH_YORKSHIRE, &lines, &ShareRule::InProportion);
        assert_eq!(
            result.parts,
            vec![198_473, 229_007, 190_840, 190_840, 190_840]
        );
        assert_eq!(
            (result.variance, result.unmet, result.from_pool),
            (1_000_000, 0, 0)
        );
    }

    #[test]
    fn an_underspend_comes_back_in_proportion_with_its_sign() {
        let lines = [line(-1_000_000, None, true), line(250_000, None, false)];
        let result = split(&SOUTH_YORKSHIRE, &lines, &ShareRule::InProportion);
        assert_eq!(
            result.parts,
            vec![-198_473, -229_007, -190_840, -190_840, -190_840]
        );
        assert_eq!((result.variance, result.not_shared), (-750_000, 250_000));
        assert_eq!(result.shared(), -1_000_000);
    }

    #[test]
    fn a_ten_ninety_fixed_split() {
        let rule = ShareRule::Fixed(vec![Percent(1_000), Percent(9_000)]);
        let result = split(&[1, 1], &[line(1_000_000, None, true)], &rule);
        assert_eq!(result.parts, vec![100_000, 900_000]);
        // Half a penny each way: the tie goes to the earlier partner.
        let result = split(&[1, 1], &[line(-12_345, None, true)], &rule);
        assert_eq!(result.parts, vec![-1_235, -11_110]);
        assert_eq!(result.unmet, 0);
    }

    #[test]
    fn fixed_percentages_short_of_the_whole_leave_the_rest_unmet() {
        let rule = ShareRule::Fixed(vec![Percent(2_500), Percent(5_000)]);
        let result = split(&[1, 1, 1], &[line(1_000_000, None, true)], &rule);
        assert_eq!(result.parts, vec![250_000, 500_000, 0]);
        assert_eq!(result.unmet, 250_000);
        let over = ShareRule::Fixed(vec![Percent(10_000), Percent(10_000)]);
        let result = split(&[1, 1], &[line(1_001, None, true)], &over);
        assert_eq!((result.parts, result.unmet), (vec![501, 500], 0));
    }

    #[test]
    fn aligned_gives_each_partner_its_own_lines() {
        let lines = [
            line(300_000, Some(0), true),
            line(-50_000, Some(2), true),
            line(20_000, Some(2), true),
            line(7_000, None, true),
            line(9_000, Some(5), true),
            line(40_000, Some(1), false),
        ];
        let result = split(&SOUTH_YORKSHIRE[..3], &lines, &ShareRule::Aligned);
        assert_eq!(result.parts, vec![300_000, 0, -30_000]);
        assert_eq!((result.unmet, result.not_shared), (16_000, 40_000));
        assert_eq!(result.variance, 326_000);
    }

    #[test]
    fn capped_with_a_pool_and_one_partner_at_its_maximum() {
        let rule = ShareRule::Capped {
            maximums: vec![None, Some(100_000)],
            risk_pool: 500_000,
        };
        let result = split(&SOUTH_YORKSHIRE, &[line(1_000_000, None, true)], &rule);
        assert_eq!(result.from_pool, 500_000);
        // The second partner's 114,504 in proportion is clipped to 100,000, and the
        // 14,504 over is shared by the other four in proportion (52:50:50:50).
        assert_eq!(result.parts, vec![102_970, 100_000, 99_010, 99_010, 99_010]);
        assert_eq!(result.unmet, 0);
    }

    #[test]
    fn capped_leaves_unmet_what_every_maximum_refuses() {
        let rule = ShareRule::Capped {
            maximums: vec![Some(10), Some(20)],
            risk_pool: 5,
        };
        let result = split(&[1, 3], &[line(100, None, true)], &rule);
        assert_eq!((result.from_pool, result.parts.clone()), (5, vec![10, 20]));
        assert_eq!(result.unmet, 65);
        let under = split(&[1, 3], &[line(-100, None, true)], &rule);
        assert_eq!((under.from_pool, under.parts), (0, vec![-25, -75]));
    }

    #[test]
    fn nothing_to_be_in_proportion_to_is_unmet() {
        let result = split(
            &[0, -5],
            &[line(1_234, None, true)],
            &ShareRule::InProportion,
        );
        assert_eq!((result.parts, result.unmet), (vec![0, 0], 1_234));
    }

    #[test]
    fn totals_beyond_i64_are_not_split() {
        let lines = [line(i64::MAX, Some(0), true), line(i64::MAX, Some(0), true)];
        let result = split(&[1], &lines, &ShareRule::Aligned);
        assert_eq!((result.variance, result.unmet), (i64::MAX, i64::MAX));
        assert_eq!(result.parts, vec![0]);
    }

    #[test]
    fn tolerance_is_judged_exactly() {
        assert!(within_tolerance(50_000, 1_000_000, DEFAULT_TOLERANCE));
        assert!(within_tolerance(-50_000, 1_000_000, DEFAULT_TOLERANCE));
        assert!(!within_tolerance(50_001, 1_000_000, DEFAULT_TOLERANCE));
        assert!(within_tolerance(0, 0, DEFAULT_TOLERANCE));
        assert!(!within_tolerance(1, 0, Percent(u32::MAX)));
        assert!(within_tolerance(-i64::MAX, i64::MAX, Percent(10_000)));
        assert!(!within_tolerance(i64::MIN, i64::MAX, Percent(10_000)));
    }
}
