//! The model against the figures of the two real decisions in `shared/seeds/`.

use funding_model::data::line::Uplift;
use funding_model::data::presets::Preset;
use funding_model::data::scenario::MatchRule;
use funding_model::figures::comparison::describe_difference;
use funding_model::figures::report::{describe_balance, timeline, PoolPerYear, Report};
use funding_model::figures::Figures;
use funding_model::{format_gbp, Percent};

fn south_yorkshire_report() -> Report {
    Report::build(&Preset::SouthYorkshire.option())
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
    let mut scenario = Preset::SouthYorkshire.option();
    scenario.extensions[1].taken = false;
    let report = Report::build(&scenario);
    assert_eq!(format_gbp(report.chosen_total), "£786,000.00");
    assert_eq!(report.years.len(), 3);
    assert!(report.term_totals[1].chosen);
}

#[test]
fn an_extension_after_one_not_taken_does_not_count() {
    let mut scenario = Preset::SouthYorkshire.option();
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
fn south_yorkshire_equal_payers_show_equal_shares() {
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
    // The three partners giving £50,000 a year show the same share (19.0839…%), so
    // the shares shown add up to 99.99%, and the tables say why.
    let fifty_k: Vec<&str> = shares[2..].iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(fifty_k, ["19.08%", "19.08%", "19.08%"]);
    let sum: u32 = report.partners.iter().map(|p| p.share.unwrap().0).sum();
    assert_eq!(Percent(sum).label(), "99.99%");
    assert!(!report.shares_add_up());
    assert!(Report::build(&Preset::Cleveland2022.option()).shares_add_up());
}

#[test]
fn cleveland_preset_totals_229_135() {
    let report = Report::build(&Preset::Cleveland2022.option());
    assert_eq!(format_gbp(report.chosen_total), "£229,135.00");
    assert_eq!(report.years.len(), 1);
    assert_eq!(report.years[0].year.label(), "Year 1: Apr 2022 to Mar 2023");
    assert_eq!(format_gbp(report.partners[0].total), "£157,423.33");
    assert_eq!(format_gbp(report.partners[1].total), "£71,711.67");
}

#[test]
fn a_grant_can_differ_year_by_year() {
    let mut scenario = Preset::Cleveland2022.option();
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
    let mut scenario = Preset::SouthYorkshire.option();
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
    let mut scenario = Preset::SouthYorkshire.option();
    scenario.extensions.truncate(1);
    scenario.extensions[0].months = 18;
    let years = timeline(&scenario);
    let months: Vec<u8> = years.iter().map(|y| y.months).collect();
    assert_eq!(months, [12, 12, 12, 6]);
    assert_eq!(years[3].label(), "Year 4: Feb 2024 to Jul 2024");
}

#[test]
fn rows_and_columns_add_up_for_awkward_amounts() {
    let mut scenario = Preset::SouthYorkshire.option();
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
    let mut scenario = Preset::Cleveland2022.option();
    for partner in &mut scenario.partners {
        partner.annual = rust_decimal::Decimal::ZERO;
    }
    let report = Report::build(&scenario);
    assert!(report.partners.iter().all(|p| p.share.is_none()));
}

#[test]
fn cleveland_spending_plan_balances_to_the_penny() {
    let report = Report::build(&Preset::Cleveland2022.option());
    let lines: Vec<(String, String)> = report
        .cost_lines
        .iter()
        .map(|line| (line.name.clone(), format_gbp(line.total)))
        .collect();
    assert_eq!(
        lines,
        [
            (
                "Harbour Support Services".to_string(),
                "£121,197.00".to_string()
            ),
            ("My Sister's Place".to_string(), "£99,938.00".to_string()),
            (
                "Barefoot Social Research (evaluation)".to_string(),
                "£8,000.00".to_string()
            ),
        ]
    );
    assert_eq!(format_gbp(report.spending_total), "£229,135.00");
    assert_eq!(report.balance.map(format_gbp).as_deref(), Some("£0.00"));
    assert_eq!(
        describe_balance(report.balance.unwrap()),
        "Balanced: funding and spending match"
    );
    assert_eq!(format_gbp(report.years[0].cumulative_balance), "£0.00");
}

#[test]
fn a_shortfall_and_a_surplus_are_said_plainly() {
    let mut option = Preset::Cleveland2022.option();
    option.cost_lines[2].annual = "8000.01".parse().unwrap();
    let report = Report::build(&option);
    assert_eq!(
        describe_balance(report.balance.unwrap()),
        "Shortfall of £0.01"
    );
    option.cost_lines[2].annual = "7000".parse().unwrap();
    let report = Report::build(&option);
    assert_eq!(
        describe_balance(report.balance.unwrap()),
        "Surplus of £1,000.00"
    );
}

#[test]
fn cleveland_match_funding_rule_is_met_at_31_30_percent() {
    let report = Report::build(&Preset::Cleveland2022.option());
    let check = report.match_funding;
    assert_eq!(format_gbp(check.local_total), "£71,711.67");
    assert_eq!(format_gbp(check.grant_total), "£157,423.33");
    assert_eq!(check.local_share.unwrap().label(), "31.30%");
    assert_eq!(check.met, Some(true));

    let mut option = Preset::Cleveland2022.option();
    option.match_rule = MatchRule::MinimumLocalShare(Percent(3_000));
    assert_eq!(Report::build(&option).match_funding.met, Some(true));
    option.match_rule = MatchRule::MinimumLocalShare(Percent(3_129));
    assert_eq!(Report::build(&option).match_funding.met, Some(true));
    // 31.30% is the share rounded (31.2966…%): a rule of 31.30% is not met by rounding,
    // and the words say so without the shown share seeming to meet it.
    option.match_rule = MatchRule::MinimumLocalShare(Percent(3_130));
    let check = Report::build(&option).match_funding;
    assert_eq!(check.met, Some(false));
    assert_eq!(
        check.verdict().unwrap(),
        "Not met: 31.30% (exactly 31.2966…%) of the total is below the 31.30% required."
    );
    option.match_rule = MatchRule::MinimumLocalShare(Percent(3_000));
    assert_eq!(
        Report::build(&option).match_funding.verdict().unwrap(),
        "Met: 31.30% of the total, at least the 30.00% required."
    );
    option.partners[1].annual = "71711.66".parse().unwrap();
    option.match_rule = MatchRule::MinimumLocalAmount("71711.67".parse().unwrap());
    assert_eq!(Report::build(&option).match_funding.met, Some(false));
}

#[test]
fn cleveland_match_as_a_share_of_the_grant() {
    // "Local match of at least 10% of the Home Office grant": £71,711.67 of £157,423.33
    // is 45.55% of the grant, and 31.30% of the total; the panel shows both.
    let mut option = Preset::Cleveland2022.option();
    option.match_rule = MatchRule::MinimumShareOfGrant(Percent(1_000));
    let check = Report::build(&option).match_funding;
    assert_eq!(check.local_to_grant.unwrap().label(), "45.55%");
    assert_eq!(check.local_share.unwrap().label(), "31.30%");
    assert_eq!(check.met, Some(true));
    assert_eq!(check.rule_words().unwrap(), "at least 10.00% of the grants");
    assert_eq!(
        check.verdict().unwrap(),
        "Met: 45.55% of the grants, at least the 10.00% required."
    );
    option.match_rule = MatchRule::MinimumShareOfGrant(Percent(4_556));
    let check = Report::build(&option).match_funding;
    assert_eq!(check.met, Some(false));
    assert_eq!(
        check.verdict().unwrap(),
        "Not met: 45.55% of the grants is below the 45.56% required."
    );
    // With no grant at all, there is nothing to match.
    option.partners.remove(0);
    let check = Report::build(&option).match_funding;
    assert_eq!(check.met, Some(false));
    assert_eq!(check.local_to_grant, None);
}

#[test]
fn south_yorkshire_value_for_money_over_the_initial_term() {
    let mut option = Preset::SouthYorkshire.option();
    for extension in &mut option.extensions {
        extension.taken = false;
    }
    let activity = Report::build(&option).activity.unwrap();
    assert_eq!((activity.referrals, activity.completions), (1_106, 190));
    assert_eq!(format_gbp(activity.cost), "£524,000.00");
    assert_eq!(activity.value.completion_rate.unwrap().label(), "17.18%");
    assert_eq!(
        format_gbp(activity.value.cost_per_referral.unwrap()),
        "£473.78"
    );
    assert_eq!(
        format_gbp(activity.value.cost_per_completion.unwrap()),
        "£2,757.89"
    );
    // Referrals up 60%, as the seed saw during COVID: the same money goes further.
    option.activity.demand_change_percent = 60;
    let activity = Report::build(&option).activity.unwrap();
    assert_eq!((activity.referrals, activity.completions), (1_770, 304));
    assert_eq!(
        format_gbp(activity.value.cost_per_referral.unwrap()),
        "£296.05"
    );
}

#[test]
fn uplift_compounds_in_extension_years_only() {
    let mut option = Preset::SouthYorkshire.option();
    option.partners[1].uplift = Uplift {
        percent: Percent(250).into(),
        from_year: 3,
    };
    let report = Report::build(&option);
    let sheffield: Vec<String> = report
        .years
        .iter()
        .map(|year| format_gbp(year.contributions[1]))
        .collect();
    assert_eq!(
        sheffield,
        ["£60,000.00", "£60,000.00", "£61,500.00", "£63,037.50"]
    );
    assert_eq!(format_gbp(report.chosen_total), "£1,052,537.50");
}

#[test]
fn south_yorkshire_options_side_by_side_with_differences() {
    let figures = Figures::build(&Preset::SouthYorkshireOptions.scenario());
    let comparison = &figures.comparison;
    assert_eq!(
        comparison.option_names,
        [
            "Option 1: do nothing",
            "Option 2: a programme in Doncaster only",
            "Option 3: countywide pool (recommended)"
        ]
    );
    let row = |label: &str| {
        comparison
            .rows
            .iter()
            .find(|row| row.label == label)
            .unwrap_or_else(|| panic!("no row {label}"))
            .values
            .clone()
    };
    let differences = |label: &str| -> Vec<String> {
        let values = row(label);
        values
            .iter()
            .map(|v| describe_difference(*v, values[comparison.baseline]).unwrap())
            .collect()
    };
    assert_eq!(
        differences("Pooled budget in year 1"),
        [
            "−£262,000.00 (−100.00%)",
            "−£212,000.00 (−80.92%)",
            "No difference"
        ]
    );
    assert_eq!(
        differences("Total with every extension"),
        [
            "−£1,048,000.00 (−100.00%)",
            "−£848,000.00 (−80.92%)",
            "No difference"
        ]
    );
    assert_eq!(
        row("Cost per completion")[2].map(format_gbp).as_deref(),
        Some("£2,757.89"),
        "the countywide pool over four years: £1,048,000 for 380 completions"
    );
}
