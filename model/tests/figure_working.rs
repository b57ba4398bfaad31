//! The working of each figure: its numbers reproduce the figure the tables show, for
//! the examples and for generated scenarios.

mod common;

use common::scenarios::{self, Rng};
use funding_model::data::presets::Preset;
use funding_model::figures::financial_years::partners_by_financial_year;
use funding_model::figures::working::{working, Figure, Working};
use funding_model::{format_gbp, FundingOption, Report};
use rust_decimal::Decimal;
use std::str::FromStr;

fn south_yorkshire() -> FundingOption {
    Preset::SouthYorkshire.scenario().active_option().clone()
}

fn explain(option: &FundingOption, figure: Figure) -> Working {
    working(option, &Report::build(option), figure).expect("the figure exists")
}

/// Every amount of money in `text`, in order.
fn amounts(text: &str) -> Vec<Decimal> {
    let pieces: Vec<&str> = text.split('£').collect();
    pieces
        .windows(2)
        .map(|pair| {
            let (before, rest) = (pair[0], pair[1]);
            let sign = if before.ends_with('-') || before.ends_with('−') {
                -1
            } else {
                1
            };
            let digits: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .filter(|c| *c != ',')
                .collect();
            Decimal::from_str(digits.trim_end_matches('.')).expect("an amount")
                * Decimal::from(sign)
        })
        .collect()
}

/// A step "£a + £b + … = £total" adds up; returns the total.
fn checked_sum(step: &str) -> Option<Decimal> {
    let (parts, total) = step.rsplit_once(" = ")?;
    if !parts.contains(" + ") {
        return None;
    }
    let total = *amounts(total).first()?;
    assert_eq!(amounts(parts).iter().sum::<Decimal>(), total, "{step}");
    Some(total)
}

#[test]
fn a_financial_year_shows_its_months_of_each_contract_year() {
    let mut option = south_yorkshire();
    option.extensions.iter_mut().for_each(|e| e.taken = false);
    let work = explain(&option, Figure::FinancialYearPool(0));
    assert_eq!(work.figure, "£43,666.67");
    let text = work.steps.join(" ");
    assert!(
        text.contains("2 of the 12 months of Year 1 (Feb 2021 to Jan 2022): £262,000.00 × 2 ÷ 12 = £43,666.67, rounded to the penny"),
        "{text}"
    );
    let work = explain(&option, Figure::FinancialYearPool(2));
    assert_eq!(work.figure, "£218,333.33");
    assert!(
        work.steps
            .join(" ")
            .contains("the last 10 of the 12 months of Year 2"),
        "{:?}",
        work.steps
    );
}

#[test]
fn a_share_is_the_exact_ratio_rounded() {
    let work = explain(&south_yorkshire(), Figure::Share(0));
    assert_eq!(work.figure, "19.85%");
    assert!(
        work.steps[0].contains("£208,000.00 ÷ £1,048,000.00 = 19.8473…%"),
        "{:?}",
        work.steps
    );
}

#[test]
fn a_term_total_adds_the_pool_of_each_year() {
    let work = explain(&south_yorkshire(), Figure::TermTotal(1));
    assert_eq!(work.figure, "£786,000.00");
    let last = work.steps.last().unwrap();
    assert_eq!(checked_sum(last), Some(Decimal::from(786_000)), "{last}");
}

#[test]
fn an_uplifted_part_year_shows_each_rise_and_the_pro_rating() {
    let mut option = south_yorkshire();
    option.partners[0].uplift = funding_model::data::line::Uplift {
        percent: funding_model::Percent(250).into(),
        from_year: 2,
    };
    option.extensions[1].months = 6;
    let work = explain(&option, Figure::Contribution { line: 0, year: 3 });
    let text = work.steps.join(" ");
    assert!(
        text.contains("year 2 £53,300.00, year 3 £54,632.50, year 4 £55,998.31"),
        "{text}"
    );
    assert!(
        text.contains("A part year of 6 months: £55,998.31 × 6 ÷ 12 = £27,999.16"),
        "{text}"
    );
    assert_eq!(work.figure, "£27,999.16");
}

#[test]
fn codes_name_their_figures_and_nothing_else() {
    for figure in [
        Figure::PoolPerYear,
        Figure::TermTotal(2),
        Figure::Contribution { line: 4, year: 1 },
        Figure::LineTotal(3),
        Figure::Share(0),
        Figure::YearPool(7),
        Figure::FinancialYearPool(1),
        Figure::LineFinancialYear { line: 2, year: 3 },
        Figure::YearSpending(1),
        Figure::YearBalance(2),
        Figure::RunningBalance(3),
        Figure::SpendingTotal,
        Figure::Balance,
        Figure::CostLineTotal(4),
        Figure::LocalShare,
        Figure::CostPerReferral,
        Figure::CostPerCompletion,
        Figure::Compared { row: 3, option: 1 },
        Figure::CostFinancialYear { line: 1, year: 2 },
        Figure::SpendingFinancialYear(4),
        Figure::CompletionRate,
    ] {
        assert_eq!(Figure::parse(&figure.code()), Some(figure));
    }
    for code in ["", "x", "c.1", "c.a.b", "t.-1", "s.99999999999999999999999"] {
        assert_eq!(Figure::parse(code), None, "{code}");
    }
}

/// For generated scenarios, every working's figure is the figure the tables show, and
/// every sum it quotes adds up to the figure.
#[test]
fn every_working_reproduces_its_figure() {
    let mut rng = Rng::new(16);
    for _ in 0..60 {
        let option = scenarios::scenario_with_agreements(&mut rng, 8)
            .active_option()
            .clone();
        let report = Report::build(&option);
        for (figure, shown) in figures_shown(&report) {
            assert_working_reproduces(&option, &report, figure, shown);
        }
    }
}

/// Every figure the tables show for `report`, as it is shown.
fn figures_shown(report: &Report) -> Vec<(Figure, String)> {
    let by_year = partners_by_financial_year(report);
    let mut expected: Vec<(Figure, String)> =
        vec![(Figure::PoolPerYear, report.pool_per_year.label())];
    for (term, total) in report.term_totals.iter().enumerate() {
        expected.push((Figure::TermTotal(term), format_gbp(total.total)));
        expected.push((Figure::TermAdds(term), format_gbp(total.adds)));
    }
    for (year, figures) in report.years.iter().enumerate() {
        expected.push((Figure::YearPool(year), format_gbp(figures.pool)));
        for (line, amount) in figures.contributions.iter().enumerate() {
            expected.push((Figure::Contribution { line, year }, format_gbp(*amount)));
        }
    }
    for (line, partner) in report.partners.iter().enumerate() {
        expected.push((Figure::LineTotal(line), format_gbp(partner.total)));
        if let Some(share) = partner.share {
            expected.push((Figure::Share(line), share.label()));
        }
    }
    for (year, total) in by_year.totals.iter().enumerate() {
        expected.push((Figure::FinancialYearPool(year), format_gbp(*total)));
        for (line, row) in by_year.lines.iter().enumerate() {
            expected.push((
                Figure::LineFinancialYear { line, year },
                format_gbp(row[year]),
            ));
        }
    }
    let costs_by_year = funding_model::figures::financial_years::costs_by_financial_year(report);
    for (year, total) in costs_by_year.totals.iter().enumerate() {
        expected.push((Figure::SpendingFinancialYear(year), format_gbp(*total)));
        for (line, row) in costs_by_year.lines.iter().enumerate() {
            expected.push((
                Figure::CostFinancialYear { line, year },
                format_gbp(row[year]),
            ));
        }
    }
    for (year, figures) in report.years.iter().enumerate() {
        expected.push((Figure::YearSpending(year), format_gbp(figures.spending)));
        expected.push((Figure::YearBalance(year), format_gbp(figures.balance)));
        expected.push((
            Figure::RunningBalance(year),
            format_gbp(figures.cumulative_balance),
        ));
    }
    for (line, cost) in report.cost_lines.iter().enumerate() {
        expected.push((Figure::CostLineTotal(line), format_gbp(cost.total)));
    }
    expected.push((Figure::SpendingTotal, format_gbp(report.spending_total)));
    if let Some(balance) = report.balance {
        expected.push((Figure::Balance, format_gbp(balance)));
    }
    if let Some(share) = report.match_funding.local_share {
        expected.push((Figure::LocalShare, share.label()));
    }
    if let Some(activity) = report.activity {
        if let Some(cost) = activity.value.cost_per_referral {
            expected.push((Figure::CostPerReferral, format_gbp(cost)));
        }
        if let Some(cost) = activity.value.cost_per_completion {
            expected.push((Figure::CostPerCompletion, format_gbp(cost)));
        }
        if let Some(rate) = activity.value.completion_rate {
            expected.push((Figure::CompletionRate, rate.label()));
        }
    }
    expected
}

/// The working of `figure` quotes `shown`, and its sums add up to it.
fn assert_working_reproduces(
    option: &FundingOption,
    report: &Report,
    figure: Figure,
    shown: String,
) {
    let work = working(option, report, figure).expect("every figure shown has a working");
    assert_eq!(work.figure, shown, "{figure:?}");
    for step in &work.steps {
        if let Some(total) = checked_sum(step) {
            if step.starts_with("Total") || work.steps.len() == 2 {
                assert_eq!(format_gbp(total), shown, "{figure:?}: {step}");
            }
        }
    }
    let last_amount = work
        .steps
        .iter()
        .rev()
        .find_map(|s| amounts(s).last().copied());
    if !matches!(
        figure,
        Figure::PoolPerYear | Figure::Share(_) | Figure::LocalShare | Figure::CompletionRate
    ) {
        assert_eq!(
            last_amount.map(format_gbp),
            Some(shown.clone()),
            "{figure:?}: {:?}",
            work.steps
        );
    }
}

#[test]
fn an_option_compared_shows_its_difference_from_the_baseline() {
    use funding_model::figures::working::working_on_page;
    use funding_model::figures::Figures;
    let scenario = Preset::SouthYorkshireOptions.scenario();
    let figures = Figures::build(&scenario);
    let row = figures
        .comparison
        .rows
        .iter()
        .position(|r| r.label == "Total for the term taken up")
        .unwrap();
    let work = working_on_page(&scenario, &figures, Figure::Compared { row, option: 1 }).unwrap();
    assert_eq!(work.figure, "£200,000.00");
    let text = work.steps.join(" ");
    assert!(
        text.contains("£200,000.00 − £1,048,000.00 = −£848,000.00 (−80.92%)"),
        "{text}"
    );
}
