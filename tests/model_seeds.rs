//! The model against the figures of the two real decisions in `shared/seeds/`.

use funding_calculator::model::presets::Preset;
use funding_calculator::model::report::{timeline, PoolPerYear, Report};
use funding_calculator::model::{format_gbp, Percent};

fn south_yorkshire_report() -> Report {
    Report::build(&Preset::SouthYorkshire.scenario())
}

#[test]
fn south_yorkshire_pools_262k_a_year() {
    let report = south_yorkshire_report();
    assert_eq!(
        report.pool_per_year,
        PoolPerYear::Same("262000".parse().unwrap())
    );
    for year in &report.years {
        assert_eq!(
            format_gbp(year.pool),
            "£262,000.00",
            "{}",
            year.year.label()
        );
    }
}

#[test]
fn south_yorkshire_term_totals() {
    let report = south_yorkshire_report();
    let totals: Vec<(String, String)> = report
        .term_totals
        .iter()
        .map(|t| (t.label.clone(), format_gbp(t.total)))
        .collect();
    assert_eq!(
        totals,
        vec![
            ("Initial term".to_string(), "£524,000.00".to_string()),
            ("With extension 1".to_string(), "£786,000.00".to_string()),
            (
                "With extensions 1 and 2".to_string(),
                "£1,048,000.00".to_string()
            ),
        ]
    );
    assert_eq!(format_gbp(report.initial_term_total), "£524,000.00");
    assert_eq!(format_gbp(report.chosen_total), "£1,048,000.00");
}

#[test]
fn south_yorkshire_with_one_extension_taken() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    scenario.extensions[1].taken = false;
    let report = Report::build(&scenario);
    assert_eq!(format_gbp(report.chosen_total), "£786,000.00");
    assert_eq!(report.years.len(), 3);
    assert!(report.term_totals[1].chosen);
}

#[test]
fn an_extension_after_one_not_taken_does_not_count() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    scenario.extensions[0].taken = false;
    let report = Report::build(&scenario);
    assert_eq!(format_gbp(report.chosen_total), "£524,000.00");
}

#[test]
fn south_yorkshire_years_are_labelled_with_dates() {
    let labels: Vec<String> = south_yorkshire_report()
        .years
        .iter()
        .map(|y| y.year.label())
        .collect();
    assert_eq!(
        labels,
        [
            "Year 1: Feb 2021 to Jan 2022",
            "Year 2: Feb 2022 to Jan 2023",
            "Year 3: Feb 2023 to Jan 2024",
            "Year 4: Feb 2024 to Jan 2025",
        ]
    );
}

#[test]
fn south_yorkshire_shares_add_to_exactly_100_percent() {
    let report = south_yorkshire_report();
    let shares: Vec<(String, String)> = report
        .partners
        .iter()
        .map(|p| (p.name.clone(), p.share.unwrap().label()))
        .collect();
    assert_eq!(
        shares[0],
        ("Doncaster Council".to_string(), "19.85%".to_string())
    );
    assert_eq!(
        shares[1],
        ("Sheffield City Council".to_string(), "22.90%".to_string())
    );
    let mut fifty_k: Vec<&str> = shares[2..].iter().map(|(_, s)| s.as_str()).collect();
    fifty_k.sort();
    assert_eq!(fifty_k, ["19.08%", "19.08%", "19.09%"]);
    let sum: u32 = report.partners.iter().map(|p| p.share.unwrap().0).sum();
    assert_eq!(Percent(sum).label(), "100.00%");
}

#[test]
fn cleveland_preset_totals_229_135() {
    let report = Report::build(&Preset::Cleveland2022.scenario());
    assert_eq!(format_gbp(report.chosen_total), "£229,135.00");
    assert_eq!(report.years.len(), 1);
    assert_eq!(report.years[0].year.label(), "Year 1: Apr 2022 to Mar 2023");
    assert_eq!(format_gbp(report.partners[0].total), "£157,423.33");
    assert_eq!(format_gbp(report.partners[1].total), "£71,711.67");
}

#[test]
fn a_grant_can_differ_year_by_year() {
    let mut scenario = Preset::Cleveland2022.scenario();
    scenario.initial_years = 2;
    scenario.partners[0]
        .year_amounts
        .insert(1, "200124.66".parse().unwrap());
    let report = Report::build(&scenario);
    assert_eq!(format_gbp(report.years[0].contributions[0]), "£200,124.66");
    assert_eq!(format_gbp(report.years[1].contributions[0]), "£157,423.33");
    assert_eq!(
        report.pool_per_year,
        PoolPerYear::Varies {
            lowest: "229135.00".parse().unwrap(),
            highest: "271836.33".parse().unwrap()
        }
    );
}

#[test]
fn short_extensions_are_pro_rated_by_month_to_the_penny() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    scenario.extensions[0].months = 7;
    scenario.extensions[1].taken = false;
    let report = Report::build(&scenario);
    let part_year = &report.years[2];
    assert_eq!(part_year.year.label(), "Year 3: Feb 2023 to Aug 2023");
    // £52,000 × 7/12 = £30,333.333… and £50,000 × 7/12 = £29,166.666…
    assert_eq!(format_gbp(part_year.contributions[0]), "£30,333.33");
    assert_eq!(format_gbp(part_year.contributions[2]), "£29,166.67");
    // The pool is the sum of the partners' rounded pennies (£152,833.34), not the pool
    // pro-rated on its own (£152,833.33): rows and columns must add up.
    let summed: rust_decimal::Decimal = part_year.contributions.iter().sum();
    assert_eq!(part_year.pool, summed);
    assert_eq!(format_gbp(part_year.pool), "£152,833.34");
    assert_eq!(format_gbp(report.chosen_total), "£676,833.34");
    assert_eq!(report.chosen_term().months, 31);
}

#[test]
fn long_extensions_become_full_years_then_a_part_year() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    scenario.extensions.truncate(1);
    scenario.extensions[0].months = 18;
    let years = timeline(&scenario);
    let months: Vec<u8> = years.iter().map(|y| y.months).collect();
    assert_eq!(months, [12, 12, 12, 6]);
    assert_eq!(years[3].label(), "Year 4: Feb 2024 to Jul 2024");
}

#[test]
fn rows_and_columns_add_up_for_awkward_amounts() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    for (index, partner) in scenario.partners.iter_mut().enumerate() {
        partner.annual = rust_decimal::Decimal::new(1_000_001 + index as i64 * 7, 2);
    }
    scenario.extensions[0].months = 5;
    scenario.extensions[1].months = 11;
    let report = Report::build(&scenario);
    let by_years: rust_decimal::Decimal = report.years.iter().map(|y| y.pool).sum();
    let by_partners: rust_decimal::Decimal = report.partners.iter().map(|p| p.total).sum();
    assert_eq!(by_years, report.chosen_total);
    assert_eq!(by_partners, report.chosen_total);
}

#[test]
fn an_empty_pool_has_no_shares() {
    let mut scenario = Preset::Cleveland2022.scenario();
    for partner in &mut scenario.partners {
        partner.annual = rust_decimal::Decimal::ZERO;
    }
    let report = Report::build(&scenario);
    assert!(report.partners.iter().all(|p| p.share.is_none()));
}
