//! The Green Book appraisal reproduces published and hand-worked examples to the
//! penny: the discount factors at 3.5%, an outlay now and equal savings for ten years,
//! the Green Book's Table 1 deflation at a constant 2%, the shipped GDP deflators; and,
//! over generated scenarios, present values that are the sums of their parts, and a
//! switching value that, put back as the input, makes the two options' figures equal.

mod common;

use funding_model::data::appraisal::Deflator;
use funding_model::data::money::Rate;
use funding_model::figures::appraisal::deflate::{parse_deflator_csv, published, real_terms};
use funding_model::figures::appraisal::discount::{discount, discount_factor, present_value};
use funding_model::format_gbp;
use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// The Green Book's discount factors for years 0 to 5 at 3.5%, to three places as its
/// tables print them, and exactly (to 28 significant digits).
#[test]
fn discount_factors_for_years_0_to_5() {
    let printed: Vec<String> = (0..=5)
        .map(|t| {
            let f = discount_factor(t)
                .round_dp_with_strategy(3, RoundingStrategy::MidpointAwayFromZero);
            format!("{f:.3}")
        })
        .collect();
    assert_eq!(
        printed,
        ["1.000", "0.966", "0.934", "0.902", "0.871", "0.842"]
    );
    assert_eq!(discount_factor(0), Decimal::ONE);
    assert_eq!(discount_factor(1), d("0.9661835748792270531400966184"));
    assert_eq!(discount_factor(1), Decimal::ONE / d("1.035"));
    assert_eq!(discount_factor(2), Decimal::ONE / d("1.071225"));
    assert_eq!(discount_factor(3), Decimal::ONE / d("1.108717875"));
}

/// An outlay of £1,000,000 now and savings of £150,000 a year for ten years, at 3.5%.
/// Worked by hand (no published example to the penny was found): each year's saving
/// is £150,000 ÷ 1.035^t rounded to the penny — £144,927.54, £140,026.61,
/// £135,291.41, £130,716.33, £126,295.98, £122,025.10, £117,898.64, £113,911.73,
/// £110,059.65, £106,337.82 — adding up to £1,247,490.81, so the net present value is
/// £247,490.81. (Year 3 is £135,291.41: 1.035^3 = 1.108717875.)
#[test]
fn an_outlay_now_and_ten_years_of_savings() {
    let savings: Vec<(i32, Decimal)> = (1..=10).map(|t| (t, d("150000"))).collect();
    let (parts, total) = present_value(&savings);
    let each: Vec<String> = parts.iter().map(|p| format_gbp(p.present)).collect();
    assert_eq!(
        each,
        [
            "£144,927.54",
            "£140,026.61",
            "£135,291.41",
            "£130,716.33",
            "£126,295.98",
            "£122,025.10",
            "£117,898.64",
            "£113,911.73",
            "£110,059.65",
            "£106,337.82"
        ]
    );
    assert_eq!(format_gbp(total), "£1,247,490.81");
    let outlay = discount(d("1000000"), 0);
    assert_eq!(format_gbp(total - outlay.present), "£247,490.81");
    assert_eq!(
        parts[2].working(),
        "£150,000.00 × 1 ÷ 1.035^3 = £135,291.41"
    );
    assert_eq!(outlay.working(), "£1,000,000.00 × 1 = £1,000,000.00");
}

/// The Green Book (2020), Table 1: £1,000 a year deflated at a constant 2% is £1,000,
/// £980, £961, £942, £924, £906 in years 0 to 5, rounded to the pound as published.
#[test]
fn green_book_table_1_deflation_at_two_per_cent() {
    let two = Deflator::Constant(Rate(20_000));
    let empty = published();
    let pounds: Vec<Decimal> = (0..=5)
        .map(|t| {
            let real = real_terms(d("1000"), 2024 + t, 2024, &two, &empty)
                .unwrap()
                .real;
            real.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        })
        .collect();
    assert_eq!(pounds, [1000, 980, 961, 942, 924, 906].map(Decimal::from));
}

/// The same table to the penny, with its working.
#[test]
fn a_deflation_table_at_a_constant_two_per_cent() {
    let two = Deflator::Constant(Rate(20_000));
    let series = published();
    let rows: Vec<String> = (0..=5)
        .map(|t| {
            real_terms(d("1000"), 2024 + t, 2024, &two, &series)
                .unwrap()
                .working
        })
        .collect();
    assert_eq!(
        rows,
        [
            "£1,000.00 × 1 = £1,000.00",
            "£1,000.00 ÷ 1.02^1 = £980.39",
            "£1,000.00 ÷ 1.02^2 = £961.17",
            "£1,000.00 ÷ 1.02^3 = £942.32",
            "£1,000.00 ÷ 1.02^4 = £923.85",
            "£1,000.00 ÷ 1.02^5 = £905.73",
        ]
    );
}

/// The shipped file parses, says its vintage, and runs year by year to 2025-26 = 100.
#[test]
fn the_shipped_gdp_deflators_read() {
    let text = include_str!("../../assets/data/gdp-deflators.csv");
    let series = parse_deflator_csv(text).unwrap();
    assert_eq!(series, published());
    assert_eq!(series.vintage, "June 2026 (Quarterly National Accounts)");
    assert_eq!(series.coverage(), "1955-56 to 2025-26");
    assert_eq!(series.index(2025), Some(d("100")));
    assert_eq!(series.index(2024), Some(d("96.6694")));
    assert!(series.years.windows(2).all(|w| w[1].0 == w[0].0 + 1));
    let real = real_terms(d("1000"), 2024, 2025, &Deflator::Published, &series).unwrap();
    assert_eq!(real.working, "£1,000.00 × 100 ÷ 96.6694 = £1,034.45");
    let beyond = real_terms(d("1000"), 2027, 2025, &Deflator::Published, &series);
    assert_eq!(
        beyond.unwrap_err(),
        "2027-28 is not covered by HM Treasury's GDP deflators of June 2026 (Quarterly National Accounts), which run from 1955-56 to 2025-26."
    );
}

use common::scenarios::{self, Rng};
use funding_model::data::appraisal::{Input, InputRef, OptimismBias};
use funding_model::data::presets::Preset;
use funding_model::figures::appraisal::present_value::{appraise, Stream};
use funding_model::figures::appraisal::switching::{apply, appraise_at, switching_value};
use funding_model::figures::Figures;
use funding_model::Scenario;

fn parts_add_up(stream: &Stream) -> bool {
    stream.present == stream.parts.iter().map(|p| p.present).sum::<Decimal>()
        && stream.cash == stream.parts.iter().map(|p| p.cash).sum::<Decimal>()
}

/// Over generated scenarios, with benefits and optimism bias: every present value is
/// the sum of its discounted parts, and the costs are the report's to the penny.
#[test]
fn present_values_are_the_sums_of_their_parts() {
    let mut rng = Rng::new(28);
    for case in 0..150 {
        let mut scenario = scenarios::scenario(&mut rng, 6);
        scenario.appraisal.discount_year = Some(2018 + rng.below(10) as i32);
        if rng.chance(50) {
            scenario.appraisal.optimism_bias = Some(OptimismBias {
                percent: Rate(rng.below(600_000) as u32),
                source: "Green Book supplementary guidance".to_string(),
            });
        }
        for option in &mut scenario.options {
            option.benefits.cashable_savings = scenarios::amount(&mut rng);
            option.benefits.value_per_completion = Decimal::new(rng.below(500_000) as i64, 2);
        }
        let figures = Figures::build(&scenario);
        let appraisal = appraise(&scenario, &figures);
        for (at, option) in appraisal.options.iter().enumerate() {
            let report = &figures.reports[at];
            let streams = [
                Some(&option.costs),
                option.optimism_bias.as_ref(),
                option.benefits.as_ref(),
            ];
            assert!(
                streams.into_iter().flatten().all(parts_add_up),
                "case {case}"
            );
            let expected = if scenario.options[at].cost_lines.is_empty() {
                report.chosen_total
            } else {
                report.spending_total
            };
            assert_eq!(option.costs.cash, expected, "case {case}");
            assert_eq!(
                option.npv,
                option.pv_benefits - option.pv_costs,
                "case {case}"
            );
        }
    }
}

/// Two one-year options from April, so year 0 is their only year: the switching value
/// of the other option's provider cost is where the two net present costs meet, and
/// put back as the input, it makes them equal to the penny.
#[test]
fn the_switching_value_put_back_makes_the_figures_equal() {
    let cheaper = Preset::Cleveland2022.option();
    let mut dearer = cheaper.clone();
    dearer.name = "In-house".to_string();
    dearer.cost_lines[0].annual += d("12345.67");
    let input = InputRef {
        option: 1,
        input: Input::CostAmount(dearer.cost_lines[0].id),
    };
    let mut scenario = Scenario::single("Switching", cheaper);
    scenario.options.push(dearer);
    scenario.appraisal.preferred = Some(0);
    scenario.appraisal.switching_input = Some(input);
    let found = switching_value(&scenario).unwrap();
    assert_eq!(found.against, 1);
    assert!(found.exact);
    let value = found.value.unwrap();
    assert_eq!(value, found.central - d("12345.67"));
    let put_back = apply(&scenario, input, value);
    let cost = |at: usize| appraise_at(&put_back, at).unwrap().net_present_cost;
    assert_eq!(cost(0), cost(1));
}

/// Over generated scenarios: wherever an exact switching value is found, putting it
/// back makes the two options' figures equal to the penny; where not, the preference
/// has turned at the value given.
#[test]
fn switching_values_hold_for_generated_scenarios() {
    let mut rng = Rng::new(280);
    let mut checked = 0;
    for case in 0..40 {
        let mut scenario = scenarios::scenario(&mut rng, 3);
        if scenario.options.len() < 2 {
            continue;
        }
        let option = rng.below(scenario.options.len() as u64) as usize;
        let input = match scenario.options[option].partners.first() {
            Some(partner) if scenario.options[option].cost_lines.is_empty() => {
                Input::PartnerAmount(partner.id)
            }
            _ => Input::CashableSavings,
        };
        scenario.appraisal.preferred = Some(rng.below(scenario.options.len() as u64) as usize);
        scenario.appraisal.switching_input = Some(InputRef { option, input });
        let Some(found) = switching_value(&scenario) else {
            continue;
        };
        let Some(value) = found.value else { continue };
        let put_back = apply(&scenario, found.input, value);
        let cost = |s: &Scenario, at: usize| appraise_at(s, at).unwrap().net_present_cost;
        let gap = cost(&put_back, found.preferred) - cost(&put_back, found.against);
        checked += 1;
        if found.exact {
            assert!(gap.is_zero(), "case {case}: {gap}");
        } else {
            let before = cost(&scenario, found.preferred) - cost(&scenario, found.against);
            assert_ne!(
                gap.is_sign_negative(),
                before.is_sign_negative(),
                "case {case}"
            );
        }
    }
    assert!(checked > 0);
}
