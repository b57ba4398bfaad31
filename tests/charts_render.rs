//! The charts rendered to HTML natively: their text alternatives and tables carry the
//! seed decisions' figures, and odd data (all zeros, no spending plan) draws sensibly.
// Drawn with yew's server-side renderer, natively only.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::text_of;

use funding_calculator::components::charts::balance_chart::balance_chart;
use funding_calculator::components::charts::contributions_chart::contributions_chart;
use funding_calculator::components::charts::options_chart::options_chart;
use funding_calculator::components::results::{ComparisonArgs, ReportArgs};
use funding_calculator::components::Shared;
use funding_model::data::presets::Preset;
use funding_model::figures::Figures;
use funding_model::{FundingOption, Report};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// What a chart drew, in a component of its own so the renderer can take it (the
/// charts are plain functions drawn with the results).
#[derive(Properties, PartialEq)]
struct DrawnProps {
    drawn: Html,
}

#[component]
fn Drawn(props: &DrawnProps) -> Html {
    props.drawn.clone()
}

fn render(drawn: Html) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<Drawn>::with_props(DrawnProps { drawn }).render(),
    )
}

fn report_props(option: &FundingOption) -> ReportArgs {
    ReportArgs {
        rows_drawn: usize::MAX,
        report: Shared(Rc::new(Report::build(option))),
        printing: false,
    }
}

fn contributions(option: &FundingOption) -> String {
    render(contributions_chart(&report_props(option)))
}

fn balance(option: &FundingOption) -> String {
    render(balance_chart(&report_props(option)))
}

/// The text between `<tag ...>` and `</tag>`, first occurrence.
fn element<'a>(html: &'a str, tag: &str) -> &'a str {
    let start = html
        .find(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("no <{tag}> in {html}"));
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let end = open_end + html[open_end..].find(&format!("</{tag}>")).unwrap();
    &html[open_end..end]
}

/// Every chart is a captioned figure, its SVG an image named by its own title and
/// description, with the figures in a folded table.
fn assert_accessible_figure(html: &str, id: &str) {
    assert!(
        html.contains(&format!(r#"<figure id="{id}" class="chart">"#)),
        "{html}"
    );
    assert!(
        html.contains("<figcaption class=\"chart__title\">"),
        "{html}"
    );
    assert!(
        html.contains(&format!(
            r#"role="img" aria-labelledby="{id}-title {id}-desc""#
        )),
        "{html}"
    );
    assert!(
        html.contains(&format!(r#"<title id="{id}-title">"#)),
        "{html}"
    );
    assert!(
        html.contains(&format!(r#"<desc id="{id}-desc">"#)),
        "{html}"
    );
    assert!(html.contains(r#"width="100%""#), "{html}");
    assert!(html.contains(r#"<details class="chart__table">"#), "{html}");
    assert!(html.contains("Show the figures as a table"), "{html}");
    assert!(html.contains(r#"<th scope="col""#), "{html}");
    assert!(!html.contains("NaN"), "{html}");
    // Every coordinate is a whole number.
    for attribute in [
        " x=\"",
        " y=\"",
        " width=\"",
        " height=\"",
        " cx=\"",
        " cy=\"",
    ] {
        for part in html.split(attribute).skip(1) {
            let value = &part[..part.find('"').unwrap()];
            assert!(
                value == "100%" || value.parse::<i32>().is_ok(),
                "{attribute}{value} in {html}"
            );
        }
    }
}

#[test]
fn contributions_chart_shows_the_south_yorkshire_pool() {
    let html = contributions(&Preset::SouthYorkshire.option());
    assert_accessible_figure(&html, "contributions-chart");
    let desc = text_of(element(&html, "desc"));
    assert_eq!(
        desc,
        "Year 1: £262,000.00 pooled; Year 2: £262,000.00 pooled; \
         Year 3: £262,000.00 pooled; Year 4: £262,000.00 pooled. \
         Largest contributor over the term: Sheffield City Council, £240,000.00 (22.90%)."
    );
    let table = text_of(element(&html, "table"));
    assert!(table.contains("Doncaster Council"), "{table}");
    assert_eq!(table.matches("£52,000.00").count(), 4, "{table}");
    assert_eq!(table.matches("£262,000.00").count(), 4, "{table}");
    assert!(table.contains("Total £208,000.00"), "{table}");
    assert!(table.ends_with("£1,048,000.00"), "{table}");
    // The key names every partner, in the stack's order, with a swatch each.
    let key = text_of(element(&html, "ul"));
    assert!(key.starts_with("Doncaster Council"), "{key}");
    assert_eq!(html.matches(r#"aria-hidden="true""#).count(), 5, "{html}");
    // Ticks in short money.
    assert!(html.contains(">£300k</text>"), "{html}");
}

#[test]
fn options_chart_marks_the_baseline() {
    let html = render(options_chart(&ComparisonArgs {
        rows_drawn: usize::MAX,
        comparison: Shared(Figures::build(&Preset::SouthYorkshireOptions.scenario()).comparison),
    }));
    assert_accessible_figure(&html, "options-chart");
    let desc = text_of(element(&html, "desc"));
    assert!(
        desc.starts_with("Total for the term taken up: 1. "),
        "{desc}"
    );
    assert!(
        desc.contains(": £0.00, −£1,048,000.00 (−100.00%) compared with the baseline"),
        "{desc}"
    );
    assert!(
        desc.contains(": £200,000.00, −£848,000.00 (−80.92%) compared with the baseline"),
        "{desc}"
    );
    assert!(desc.contains(" (baseline): £1,048,000.00."), "{desc}");
    let table = text_of(element(&html, "table"));
    for amount in ["£0.00", "£200,000.00", "£1,048,000.00"] {
        assert!(table.contains(amount), "{table}");
    }
    assert!(
        table.contains("(baseline) £1,048,000.00 Baseline"),
        "{table}"
    );
    assert!(html.contains(r#"class="chart__marker""#), "{html}");
    assert!(html.contains(">Baseline</text>"), "{html}");
}

#[test]
fn balance_chart_shows_cleveland_balanced() {
    let html = balance(&Preset::Cleveland2022.option());
    assert_accessible_figure(&html, "balance-chart");
    let desc = text_of(element(&html, "desc"));
    assert_eq!(
        desc,
        "Year 1: balanced (£0.00), balanced (£0.00) so far. \
         Over the term: Balanced: funding and spending match."
    );
    let table = text_of(element(&html, "table"));
    assert!(
        table.contains("Year 1: Apr 2022 to Mar 2023 £0.00 £0.00"),
        "{table}"
    );
    assert!(table.contains("Over the term £0.00"), "{table}");
    assert!(html.contains("<polyline"), "{html}");
}

#[test]
fn balance_chart_draws_shortfalls_below_zero() {
    let mut option = Preset::Cleveland2022.option();
    option.initial_years = 3;
    option.cost_lines[0].annual += Decimal::from(50_000);
    let html = balance(&option);
    let desc = text_of(element(&html, "desc"));
    assert!(
        desc.starts_with(
            "Year 1: shortfall of £50,000.00, shortfall of £50,000.00 so far; \
             Year 2: shortfall of £50,000.00, shortfall of £100,000.00 so far"
        ),
        "{desc}"
    );
    assert!(
        desc.ends_with("Over the term: Shortfall of £150,000.00."),
        "{desc}"
    );
    assert!(
        html.contains(">−£150k</text>") || html.contains(">−£160k</text>"),
        "{html}"
    );
    assert!(html.contains(r#"class="chart__s3""#), "{html}");
}

#[test]
fn no_balance_chart_without_a_spending_plan() {
    let html = balance(&Preset::SouthYorkshire.option());
    assert!(
        !html.contains("<figure") && !html.contains("<svg"),
        "{html}"
    );
}

#[test]
fn all_zero_figures_render_sensibly() {
    let mut option = Preset::SouthYorkshire.option();
    for partner in &mut option.partners {
        partner.annual = Decimal::ZERO;
        partner.year_amounts = Default::default();
    }
    let html = contributions(&option);
    assert_accessible_figure(&html, "contributions-chart");
    let desc = text_of(element(&html, "desc"));
    assert!(desc.starts_with("Year 1: £0.00 pooled;"), "{desc}");
    assert!(
        desc.ends_with("No partner contributes anything yet."),
        "{desc}"
    );
    assert!(html.contains(">£0</text>"), "{html}");
    // No segment is drawn for nothing.
    assert!(!html.contains("<rect"), "{html}");
}
