//! Properties of the risk share for thousands of generated agreements: whatever the
//! rule, the parts, the pool, the fixed lines and what nobody bears add up to the
//! variance to the penny; maximums and the pool are never passed; a partner leading no
//! line bears nothing under aligned budgets; and no input makes the split panic.

mod common;

use common::scenarios::Rng;
use funding_model::data::agreement::DEFAULT_TOLERANCE;
use funding_model::figures::risk_share::{
    split_variance, within_tolerance, LineVariance, ShareRule, VarianceInput, VarianceSplit,
};
use funding_model::Percent;

/// £1bn, the most any amount in the model may be.
const BILLION: u64 = 100_000_000_000;

struct Case {
    contributions: Vec<i64>,
    lines: Vec<LineVariance>,
    rule: ShareRule,
}

impl Case {
    fn split(&self) -> VarianceSplit {
        split_variance(&VarianceInput {
            contributions: &self.contributions,
            lines: &self.lines,
            rule: &self.rule,
        })
    }

    fn shared(&self) -> i128 {
        self.lines
            .iter()
            .filter(|l| l.variable)
            .map(|l| i128::from(l.variance))
            .sum()
    }
}

/// Pence up to `most`, small ones as often as large, so odd pennies come up.
fn pence(rng: &mut Rng, most: u64) -> i64 {
    let most = if rng.chance(40) { 1_000 } else { most };
    rng.below(most + 1) as i64
}

fn signed(rng: &mut Rng, most: u64) -> i64 {
    let amount = pence(rng, most);
    if rng.chance(50) {
        -amount
    } else {
        amount
    }
}

fn contribution(rng: &mut Rng) -> i64 {
    match rng.below(10) {
        0 => 0,
        1 => -pence(rng, BILLION),
        _ => pence(rng, BILLION).max(1),
    }
}

fn line(rng: &mut Rng, partners: usize) -> LineVariance {
    LineVariance {
        variance: signed(rng, BILLION),
        lead: rng
            .chance(75)
            .then(|| rng.below(partners as u64 + 2) as usize),
        variable: rng.chance(75),
    }
}

fn percentages(rng: &mut Rng, partners: usize) -> Vec<Percent> {
    let count = match rng.below(4) {
        0 => rng.below(partners as u64 + 3) as usize,
        _ => partners,
    };
    let mut left = 10_000;
    (0..count)
        .map(|i| {
            let share = match rng.below(3) {
                0 => rng.below(10_001) as u32,
                _ if i + 1 == count => left,
                _ => rng.below(u64::from(left) + 1) as u32,
            };
            left = left.saturating_sub(share);
            Percent(share)
        })
        .collect()
}

fn rule(rng: &mut Rng, partners: usize) -> ShareRule {
    match rng.below(4) {
        0 => ShareRule::InProportion,
        1 => ShareRule::Fixed(percentages(rng, partners)),
        2 => ShareRule::Aligned,
        _ => ShareRule::Capped {
            maximums: (0..rng.below(partners as u64 + 2))
                .map(|_| match rng.below(10) {
                    0..=2 => None,
                    3 => Some(-pence(rng, 1_000)),
                    _ => Some(pence(rng, BILLION / 10)),
                })
                .collect(),
            risk_pool: signed(rng, BILLION),
        },
    }
}

fn case(rng: &mut Rng) -> Case {
    let partners = 1 + rng.below(30) as usize;
    let lines = 1 + rng.below(40) as usize;
    Case {
        contributions: (0..partners).map(|_| contribution(rng)).collect(),
        lines: (0..lines).map(|_| line(rng, partners)).collect(),
        rule: rule(rng, partners),
    }
}

/// Runs `check` on `count` generated cases and their splits.
fn each_case(seed: u64, count: usize, check: impl Fn(usize, &Case, &VarianceSplit)) {
    let mut rng = Rng::new(seed);
    for index in 0..count {
        let case = case(&mut rng);
        check(index, &case, &case.split());
    }
}

fn accounted(split: &VarianceSplit) -> i128 {
    let parts: i128 = split.parts.iter().map(|&p| i128::from(p)).sum();
    parts + i128::from(split.from_pool) + i128::from(split.not_shared) + i128::from(split.unmet)
}

#[test]
fn every_split_adds_up_to_the_variance_to_the_penny() {
    each_case(2026, 5_000, |index, case, split| {
        let total: i128 = case.lines.iter().map(|l| i128::from(l.variance)).sum();
        assert_eq!(i128::from(split.variance), total, "case {index}");
        assert_eq!(accounted(split), total, "case {index}");
        assert_eq!(i128::from(split.shared()), case.shared(), "case {index}");
        assert_eq!(split.parts.len(), case.contributions.len(), "case {index}");
    });
}

#[test]
fn maximums_and_the_pool_are_never_passed() {
    each_case(7_171_167, 5_000, |index, case, split| {
        let ShareRule::Capped {
            maximums,
            risk_pool,
        } = &case.rule
        else {
            assert_eq!(
                split.from_pool, 0,
                "case {index}: only a capped rule has a pool"
            );
            return;
        };
        assert!(split.from_pool >= 0, "case {index}");
        assert!(split.from_pool <= (*risk_pool).max(0), "case {index}");
        assert!(
            i128::from(split.from_pool) <= case.shared().max(0),
            "case {index}"
        );
        if case.shared() <= 0 {
            return;
        }
        for (part, maximum) in split.parts.iter().zip(maximums) {
            if let Some(maximum) = maximum {
                assert!(
                    *part <= (*maximum).max(0),
                    "case {index}: {part} > {maximum}"
                );
            }
        }
    });
}

#[test]
fn aligned_partners_bear_only_the_lines_they_lead() {
    each_case(52_000, 5_000, |index, case, split| {
        if case.rule != ShareRule::Aligned {
            return;
        }
        for (partner, part) in split.parts.iter().enumerate() {
            let led: i64 = case
                .lines
                .iter()
                .filter(|l| l.variable && l.lead == Some(partner))
                .map(|l| l.variance)
                .sum();
            assert_eq!(*part, led, "case {index}, partner {partner}");
        }
    });
}

#[test]
fn in_proportion_to_positive_contributions_nothing_is_unmet() {
    each_case(60_000, 5_000, |index, case, split| {
        let proportional = case.rule == ShareRule::InProportion
            || matches!(&case.rule, ShareRule::Capped { .. } if case.shared() < 0);
        if proportional && case.contributions.iter().all(|&c| c > 0) {
            assert_eq!(split.unmet, 0, "case {index}");
        }
        let whole = matches!(&case.rule, ShareRule::Fixed(p)
            if p.iter().take(case.contributions.len()).map(|p| p.0).sum::<u32>() >= 10_000);
        if whole {
            assert_eq!(split.unmet, 0, "case {index}: fixed shares of 100% or more");
        }
    });
}

/// Under every rule but aligned budgets (where each partner's lines may go either way)
/// each part has the shared variance's sign, and so has what is unmet.
#[test]
fn parts_have_the_sign_of_the_shared_variance() {
    each_case(50_000, 5_000, |index, case, split| {
        let sign = case.shared().signum() as i64;
        let one_way = case
            .lines
            .iter()
            .filter(|l| l.variable)
            .all(|l| l.variance.signum() * sign >= 0);
        if case.rule == ShareRule::Aligned && !one_way {
            return;
        }
        for part in split.parts.iter().chain([&split.unmet]) {
            assert!(
                part.signum() * sign >= 0,
                "case {index}: {part} against {sign}"
            );
        }
    });
}

#[test]
fn capped_with_no_maximums_and_no_pool_is_in_proportion() {
    each_case(262_000, 2_000, |index, case, split| {
        let capped = Case {
            contributions: case.contributions.clone(),
            lines: case.lines.clone(),
            rule: ShareRule::Capped {
                maximums: vec![None; case.contributions.len()],
                risk_pool: 0,
            },
        };
        if case.rule == ShareRule::InProportion {
            assert_eq!(&capped.split(), split, "case {index}");
        }
    });
}

#[test]
fn the_largest_agreements_split_quickly() {
    // 250 equal partners with maximums rising by £10,000 each: each round of the capped
    // split closes those below the level the rest rise to, so it takes many rounds.
    let contributions = vec![1_000_000; 250];
    let maximums: Vec<Option<i64>> = (1..=250).map(|i| Some(i * 1_000_000)).collect();
    let lines: Vec<LineVariance> = (0..300)
        .map(|i| LineVariance {
            variance: 100_000_000 + i,
            lead: Some(i as usize % 260),
            variable: true,
        })
        .collect();
    let started = std::time::Instant::now();
    for rule in [
        ShareRule::InProportion,
        ShareRule::Fixed(vec![Percent(40); 250]),
        ShareRule::Aligned,
        ShareRule::Capped {
            maximums: maximums.clone(),
            risk_pool: 1_000,
        },
    ] {
        let case = Case {
            contributions: contributions.clone(),
            lines: lines.clone(),
            rule,
        };
        let split = case.split();
        assert_eq!(accounted(&split), i128::from(split.variance));
        if matches!(case.rule, ShareRule::Capped { .. }) {
            assert_eq!(
                split.unmet, 0,
                "the maximums add up to more than the overspend"
            );
            assert!(split
                .parts
                .iter()
                .zip(&maximums)
                .all(|(p, m)| Some(*p) <= *m));
            assert_eq!(split.parts[0], 1_000_000);
            assert!(split.parts[249] < 250_000_000);
        }
    }
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn amounts_past_any_budget_do_not_panic() {
    let extremes = [i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX];
    let mut rng = Rng::new(99);
    for index in 0..3_000 {
        let pick = |rng: &mut Rng| extremes[rng.below(extremes.len() as u64) as usize];
        let partners = 1 + rng.below(4) as usize;
        let case = Case {
            contributions: (0..partners).map(|_| pick(&mut rng)).collect(),
            lines: (0..1 + rng.below(5))
                .map(|_| LineVariance {
                    variance: pick(&mut rng),
                    lead: Some(rng.below(partners as u64 + 1) as usize),
                    variable: rng.chance(70),
                })
                .collect(),
            rule: match rng.below(4) {
                0 => ShareRule::InProportion,
                1 => ShareRule::Fixed(vec![Percent(u32::MAX), Percent(rng.below(3) as u32)]),
                2 => ShareRule::Aligned,
                _ => ShareRule::Capped {
                    maximums: vec![Some(pick(&mut rng)), None, Some(pick(&mut rng))],
                    risk_pool: pick(&mut rng),
                },
            },
        };
        let split = case.split();
        let total: i128 = case.lines.iter().map(|l| i128::from(l.variance)).sum();
        if let Ok(variance) = i64::try_from(total) {
            assert_eq!(split.variance, variance, "case {index}");
        }
        assert_eq!(
            accounted(&split),
            i128::from(split.variance),
            "case {index}"
        );
    }
}

#[test]
fn tolerance_is_a_share_of_the_plan_either_way() {
    let mut rng = Rng::new(500);
    for _ in 0..5_000 {
        let plan = pence(&mut rng, BILLION);
        let variance = signed(&mut rng, BILLION);
        let tolerance = Percent(rng.below(20_000) as u32);
        let within = within_tolerance(variance, plan, tolerance);
        assert_eq!(within, within_tolerance(-variance, plan, tolerance));
        let exact =
            i128::from(variance).abs() * 10_000 <= i128::from(tolerance.0) * i128::from(plan);
        assert_eq!(within, if plan == 0 { variance == 0 } else { exact });
    }
    assert!(within_tolerance(5, 100, DEFAULT_TOLERANCE));
    assert!(!within_tolerance(-6, 100, DEFAULT_TOLERANCE));
    assert!(!within_tolerance(1, -100, Percent(10_000)));
}
