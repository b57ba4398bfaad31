//! Properties of the figures for generated options: every pro-rated, uplifted and
//! split figure is whole pence, and the parts always add up to the whole.

mod common;

use common::scenarios::{self, Rng};
use funding_model::figures::analysis::{split_by_weights, split_equally};
use funding_model::figures::financial_years::pool_by_financial_year;
use funding_model::Report;
use rust_decimal::Decimal;

fn whole_pence(amount: &Decimal) -> bool {
    amount.normalize().scale() <= 2
}

#[test]
fn pro_rata_and_uplift_conserve_pennies() {
    let mut rng = Rng::new(2026);
    for case in 0..2_000 {
        let option = scenarios::option(&mut rng, 12);
        let report = Report::build(&option);
        let pools: Decimal = report.years.iter().map(|y| y.pool).sum();
        assert_eq!(pools, report.chosen_total, "case {case}: years add up");
        let partners: Decimal = report.partners.iter().map(|p| p.total).sum();
        assert_eq!(
            partners, report.chosen_total,
            "case {case}: partners add up"
        );
        let lines: Decimal = report.cost_lines.iter().map(|c| c.total).sum();
        assert_eq!(
            lines, report.spending_total,
            "case {case}: cost lines add up"
        );
        let financial: Decimal = pool_by_financial_year(&report)
            .iter()
            .map(|(_, p)| *p)
            .sum();
        assert_eq!(
            financial, report.chosen_total,
            "case {case}: financial years add up"
        );
        for year in &report.years {
            assert!(year
                .contributions
                .iter()
                .chain(&year.costs)
                .all(whole_pence));
            assert_eq!(year.contributions.iter().sum::<Decimal>(), year.pool);
            assert_eq!(year.costs.iter().sum::<Decimal>(), year.spending);
            assert_eq!(year.pool - year.spending, year.balance);
        }
        if let (Some(balance), Some(last)) = (report.balance, report.years.last()) {
            assert_eq!(last.cumulative_balance, balance, "case {case}: balance");
        }
        let local = report.match_funding.local_total + report.match_funding.grant_total;
        assert_eq!(
            local, report.chosen_total,
            "case {case}: match parts add up"
        );
    }
}

#[test]
fn splits_of_generated_targets_conserve_pennies() {
    let mut rng = Rng::new(7_171_167);
    for _ in 0..5_000 {
        let target = scenarios::amount(&mut rng);
        let parts = 1 + rng.below(30) as usize;
        assert_eq!(split_equally(target, parts).iter().sum::<Decimal>(), target);
        let weights: Vec<u64> = (0..parts).map(|_| rng.below(1_000_000)).collect();
        if let Some(split) = split_by_weights(target, &weights) {
            assert_eq!(split.iter().sum::<Decimal>(), target);
        }
    }
}
