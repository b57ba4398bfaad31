//! How amounts are set, as agreements set them, checked against the figures the issue
//! and the published decisions give: a total over five years from October, a share of
//! a total, a basis that the amounts follow, a one-off paid whole in its year, and an
//! NHS uplift of 5.66% kept in whole pounds.

use funding_model::data::agreement::Basis;
use funding_model::data::amount_set::AmountSet;
use funding_model::data::line::{Partner, PartnerKind, Uplift};
use funding_model::data::money::{Percent, Rate};
use funding_model::data::presets::Preset;
use funding_model::figures::financial_years::partners_by_financial_year;
use funding_model::{format_gbp, FundingOption, Report, YearMonth};
use rust_decimal::Decimal;

fn pounds(pence: i64) -> Decimal {
    Decimal::new(pence, 2)
}

fn one_partner(start: YearMonth, years: u8, set: AmountSet, annual: Decimal) -> FundingOption {
    let mut option = Preset::SouthYorkshire.option();
    option.start = start;
    option.initial_years = years;
    option.extensions.clear();
    let mut partner = Partner::new(
        1,
        "Ministry of Justice",
        PartnerKind::CentralGovernmentGrant,
        annual,
    );
    partner.terms.set = set;
    option.partners = vec![partner];
    option
}

#[test]
fn a_total_over_five_years_from_october_gives_each_year_and_each_financial_year() {
    let set = AmountSet::OverYears {
        total: pounds(233_195_100),
        years: 5,
    };
    let option = one_partner(YearMonth::new(2021, 10).unwrap(), 5, set, Decimal::ZERO);
    let report = Report::build(&option);
    let years: Vec<String> = report.years.iter().map(|y| format_gbp(y.pool)).collect();
    assert_eq!(years, vec!["£466,390.20"; 5]);
    assert_eq!(report.chosen_total, pounds(233_195_100));
    let by_year = partners_by_financial_year(&report);
    let labels: Vec<(String, String)> = (by_year.years.iter().zip(&by_year.totals))
        .map(|(y, t)| (y.label(), format_gbp(*t)))
        .collect();
    assert_eq!(
        labels[0],
        ("2021/22".to_string(), "£233,195.10".to_string())
    );
    assert_eq!(
        labels[1],
        ("2022/23".to_string(), "£466,390.20".to_string())
    );
    assert_eq!(
        labels[5],
        ("2026/27".to_string(), "£233,195.10".to_string())
    );
}

#[test]
fn shares_of_a_total_add_up_to_it_in_pence_and_in_whole_pounds() {
    let mut option = Preset::SouthYorkshire.option();
    let of = pounds(62_166_201);
    for (partner, share) in option.partners.iter_mut().zip([3_333, 3_333, 3_334]) {
        partner.terms.set = AmountSet::ShareOf {
            share: Percent(share),
            of,
        };
    }
    option.partners.truncate(3);
    let report = Report::build(&option);
    assert_eq!(report.years[0].pool, of);
    option.agreement.whole_pounds = true;
    let report = Report::build(&option);
    let parts: Vec<Decimal> = report.years[0].contributions.clone();
    assert_eq!(
        parts.iter().sum::<Decimal>(),
        of,
        "the odd penny stays with the first"
    );
    assert!(
        parts[1].fract().is_zero() && parts[2].fract().is_zero(),
        "{parts:?}"
    );
}

#[test]
fn amounts_set_by_a_basis_follow_its_figures() {
    let mut option = Preset::SouthYorkshire.option();
    option.agreement.basis = Some(Basis {
        name: "population".into(),
        source: "ONS mid-year population estimates".into(),
        date: "mid-2023".into(),
        total: pounds(10_000_000),
    });
    for (partner, figure) in option
        .partners
        .iter_mut()
        .zip([311_000, 564_000, 246_000, 267_000, 0])
    {
        partner.terms.set = AmountSet::ByBasis;
        partner.terms.basis_figure = Some(figure);
    }
    let before = Report::build(&option).years[0].contributions.clone();
    assert_eq!(before.iter().sum::<Decimal>(), pounds(10_000_000));
    assert_eq!(before[4], Decimal::ZERO);
    option.partners[2].terms.basis_figure = Some(260_000);
    let after = Report::build(&option).years[0].contributions.clone();
    assert_eq!(after.iter().sum::<Decimal>(), pounds(10_000_000));
    assert!(
        after[2] > before[2] && after[0] < before[0],
        "{before:?} {after:?}"
    );
}

#[test]
fn a_one_off_is_paid_whole_in_its_year_and_its_financial_year() {
    let set = AmountSet::OneOff { year: 1 };
    let option = one_partner(
        YearMonth::new(2021, 10).unwrap(),
        3,
        set,
        pounds(62_166_200),
    );
    let report = Report::build(&option);
    let years: Vec<Decimal> = report.years.iter().map(|y| y.pool).collect();
    assert_eq!(years, [pounds(62_166_200), Decimal::ZERO, Decimal::ZERO]);
    let by_year = partners_by_financial_year(&report);
    assert_eq!(by_year.years[0].label(), "2021/22");
    assert_eq!(
        by_year.totals[0],
        pounds(62_166_200),
        "not spread over two financial years"
    );
    assert_eq!(report.chosen_total, pounds(62_166_200), "totalled once");
}

#[test]
fn the_nhs_minimum_uplift_in_whole_pounds_gives_the_published_figure() {
    let mut option = one_partner(
        YearMonth::new(2024, 4).unwrap(),
        2,
        AmountSet::Annual,
        pounds(1_165_115_000),
    );
    option.partners[0].uplift = Uplift {
        percent: Rate(56_600),
        from_year: 2,
    };
    assert_eq!(
        Report::build(&option).years[1].pool,
        pounds(1_231_060_509),
        "in pence"
    );
    option.agreement.whole_pounds = true;
    assert_eq!(
        Report::build(&option).years[1].pool,
        pounds(1_231_060_500),
        "£12,310,605"
    );
    option.partners[0].uplift.percent = Rate(23_450);
    assert_eq!(
        Report::build(&option).years[1].pool,
        pounds(1_192_436_900),
        "2.345% to four places: £11,924,369.4675"
    );
}
