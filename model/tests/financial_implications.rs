//! The financial-implications text and the method: what the decision records state,
//! no sentence that reads wrongly, and every amount quoted one the page shows.

mod common;

use common::scenarios::{self, Rng};
use funding_model::data::presets::Preset;
use funding_model::figures::comparison::describe_difference;
use funding_model::figures::implications::{financial_implications, to_html, to_plain_text};
use funding_model::figures::method::method;
use funding_model::figures::Figures;
use funding_model::formats::table_export::{Cell, ResultsTable};
use funding_model::{format_gbp, Report, Scenario};
use std::collections::BTreeSet;

fn text_of(scenario: &Scenario) -> String {
    to_plain_text(&financial_implications(scenario, &Figures::build(scenario)))
}

#[test]
fn south_yorkshire_states_what_its_decision_record_states() {
    let scenario = Preset::SouthYorkshire.scenario();
    let text = text_of(&scenario);
    for expected in [
        "pooled budget of £262,000.00 a year, contributed by five partners",
        "The initial term is 2 years, from February 2021 to January 2023, at a total cost of £524,000.00.",
        "The contract may be extended by up to two further periods of 1 year each.",
        "Extension 1 (1 year, to January 2024) would cost £262,000.00; extension 2 (1 year, to January 2025) would cost £262,000.00.",
        "With both extensions taken up, the total is £1,048,000.00 over 4 years, to January 2025.",
        "Doncaster Council\t£52,000.00\t£208,000.00\t19.85%",
        "Sheffield City Council\t£60,000.00\t£240,000.00\t22.90%",
        "Barnsley Council\t£50,000.00\t£200,000.00\t19.08%",
        "Total pooled budget\t£262,000.00\t£1,048,000.00\t100.00%",
        "2020/21",
    ] {
        assert!(text.contains(expected), "lacks {expected:?} in:\n{text}");
    }
}

#[test]
fn cleveland_states_the_grant_the_match_and_the_providers() {
    let scenario = Preset::Cleveland2022.scenario();
    let text = text_of(&scenario);
    for expected in [
        "£157,423.33",
        "£71,711.67",
        "£229,135.00",
        "Local partners contribute £71,711.67 and grants £157,423.33",
    ] {
        assert!(text.contains(expected), "lacks {expected:?} in:\n{text}");
    }
    assert!(
        text.contains("The spending plan totals £229,135.00"),
        "{text}"
    );
}

#[test]
fn copied_as_html_the_tables_are_tables_and_names_are_text() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    scenario.active_option_mut().partners[0].name = "<b>Doncaster & Co</b>".to_string();
    let html = to_html(&financial_implications(
        &scenario,
        &Figures::build(&scenario),
    ));
    assert!(html.contains("<table"), "{html}");
    assert!(html.contains("<th>Partner</th>"));
    assert!(html.contains("&lt;b&gt;Doncaster &amp; Co&lt;/b&gt;"));
    assert!(!html.contains("<b>"));
}

/// Every amount quoted, for generated scenarios, is a figure the page shows; and no
/// sentence says "1 years" or "1 extensions".
#[test]
fn every_amount_quoted_is_a_figure_on_the_page() {
    let mut rng = Rng::new(1616);
    for _ in 0..80 {
        let scenario = scenarios::scenario_with_agreements(&mut rng, 6);
        let figures = Figures::build(&scenario);
        let text = to_plain_text(&financial_implications(&scenario, &figures));
        let mut shown = figures_shown(&figures);
        shown.extend(inputs_shown(scenario.active_option()));
        for amount in amounts(&text) {
            assert!(
                shown.contains(&amount),
                "{amount} is not on the page:\n{text}"
            );
        }
        let option = scenario.active_option();
        let words = method(option, &Report::build(option), 0).join(" ");
        for wrong in [
            " 1 years",
            " 1 months",
            " 1 extensions",
            "one extensions",
            " 1 partners",
        ] {
            assert!(
                !text.contains(wrong) && !words.contains(wrong),
                "{wrong:?} in:\n{text}\n{words}"
            );
        }
    }
}

/// The amounts the editor shows for how each line's amount is set: the totals typed and
/// each line's amount worked out from them, and the agreement's own amounts.
fn inputs_shown(option: &funding_model::FundingOption) -> BTreeSet<String> {
    use funding_model::data::amount_set::{even_parts, resolve, AmountSet};
    let resolved = resolve(option);
    let mut shown = BTreeSet::new();
    let lines = (option.partners.iter().map(|l| (&l.terms, l.annual)))
        .chain(option.cost_lines.iter().map(|l| (&l.terms, l.annual)));
    for (terms, annual) in lines {
        match terms.set {
            AmountSet::OverYears { total, years } => {
                shown.insert(format_gbp(total));
                let unit = if option.agreement.whole_pounds {
                    100
                } else {
                    1
                };
                shown.extend(even_parts(total, years, unit).into_iter().map(format_gbp));
            }
            AmountSet::ShareOf { of: total, .. } => {
                shown.insert(format_gbp(total));
            }
            AmountSet::OneOff { .. } => {
                shown.insert(format_gbp(annual));
            }
            _ => {}
        }
        shown.extend(terms.maximum.map(format_gbp));
    }
    let worked_out = (resolved.partners.iter().map(|l| l.annual))
        .chain(resolved.cost_lines.iter().map(|l| l.annual));
    shown.extend(worked_out.map(format_gbp));
    shown.extend(option.agreement.basis.as_ref().map(|b| format_gbp(b.total)));
    shown.insert(format_gbp(option.agreement.risk_pool));
    shown
}

/// The amounts the results show for the option on screen, and the comparison's.
fn figures_shown(figures: &Figures) -> BTreeSet<String> {
    let report = figures.shown();
    let mut shown = BTreeSet::new();
    for table in ResultsTable::ALL {
        for row in table.build(report).rows {
            for cell in row {
                if let Cell::Money(amount) = cell {
                    shown.insert(format_gbp(amount.abs()));
                }
            }
        }
    }
    shown.extend(amounts(&report.pool_per_year.label()));
    shown.insert(format_gbp(report.spending_total));
    if let Some(balance) = report.balance {
        shown.insert(format_gbp(balance.abs()));
    }
    let funding = &report.match_funding;
    shown.insert(format_gbp(funding.local_total));
    shown.insert(format_gbp(funding.grant_total));
    shown.extend(funding.verdict().iter().flat_map(|v| amounts(v)));
    shown.extend(funding.rule_words().iter().flat_map(|v| amounts(v)));
    if let Some(activity) = report.activity {
        shown.extend(activity.value.cost_per_referral.map(format_gbp));
        shown.extend(activity.value.cost_per_completion.map(format_gbp));
    }
    for row in &figures.comparison.rows {
        let baseline = row.values[figures.comparison.baseline];
        for value in &row.values {
            shown.extend(value.map(format_gbp));
            shown.extend(
                describe_difference(*value, baseline)
                    .iter()
                    .flat_map(|d| amounts(d)),
            );
        }
    }
    shown
}

fn amounts(text: &str) -> Vec<String> {
    text.split('£')
        .skip(1)
        .map(|rest| {
            let digits: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .collect();
            format!("£{}", digits.trim_end_matches(['.', ',']))
        })
        .collect()
}

#[test]
#[ignore = "prints the examples' text to read"]
fn print_examples() {
    for preset in [
        Preset::SouthYorkshire,
        Preset::SouthYorkshireOptions,
        Preset::Cleveland2022,
    ] {
        let scenario = preset.scenario();
        println!("{}\n----", text_of(&scenario));
        let option = scenario.active_option();
        println!(
            "{}\n====",
            method(option, &Report::build(option), 0).join("\n")
        );
    }
}

#[test]
fn copied_names_that_look_like_formulas_stay_text_in_plain_text_and_html() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    let names = [
        "=HYPERLINK(\"http://example.com\",\"x\")",
        "+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "＝HYPERLINK(\"http://example.com\")",
        "－2+3",
    ];
    for (partner, name) in scenario.options[0].partners.iter_mut().zip(names) {
        partner.name = name.to_string();
    }
    let figures = Figures::build(&scenario);
    let blocks = financial_implications(&scenario, &figures);
    let plain = to_plain_text(&blocks);
    for line in plain.lines() {
        for cell in line.split('\t') {
            let starts = cell.trim_start().chars().next();
            let formula = matches!(starts, Some('=' | '+' | '@' | '＝' | '＋' | '－' | '＠'));
            assert!(!formula, "a cell reads as a formula: {cell:?}");
        }
    }
    for name in names {
        assert!(
            plain.contains(&format!("'{name}\t")),
            "{name} neutralised in its table row"
        );
    }
    let html = to_html(&blocks);
    assert!(html.contains("<td>'=HYPERLINK("), "{html}");
    assert!(html.contains("<td>'＝HYPERLINK("), "{html}");
    assert!(!html.contains("<td>=") && !html.contains("<td>＝"));
}
