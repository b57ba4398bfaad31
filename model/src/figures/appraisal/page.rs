//! The appraisal as the page shows it, written in the worker that computes it so the
//! first load carries none of it: how it is worked out, each option's present values,
//! the working of every discounted figure, the switching value with the two options'
//! figures at it, the sensitivity tests as a table and a tornado chart, and the
//! paragraphs to paste.

use super::discount::Discounted;
use super::present_value::{appraise, OptionAppraisal, Stream};
use super::sensitivity::{sensitivities, SensitivityRow};
use super::switching::{apply, appraise_at, switching_value, value_words, SwitchingValue};
use super::words::{applies, implications_blocks, method_sentences, switching_words};
use crate::data::money::to_pence;
use crate::data::scenario::Scenario;
use crate::figures::comparison::option_name;
use crate::figures::implications::{to_html, to_plain_text};
use crate::figures::Figures;
use crate::format_gbp;
use crate::formats::table_export::appraisal_tables::{present_values, sensitivity};
use crate::formats::table_export::html::{escape, table_html, table_html_with_id};
use crate::formats::table_export::{Cell, Table};
use rust_decimal::Decimal;

/// What the page shows and what "Copy the paragraphs" copies.
#[derive(Clone, Debug, PartialEq)]
pub struct AppraisalPage {
    pub section: String,
    pub plain: String,
    pub html: String,
    /// The tables shown, each with the title it is shown under, for CSV.
    pub tables: Vec<(String, Table)>,
}

/// The scenario's appraisal, as the page shows it.
pub fn appraisal_page(scenario: &Scenario) -> AppraisalPage {
    let figures = Figures::build(scenario);
    if !applies(scenario) {
        return AppraisalPage {
            section: "<p>Nothing is appraised yet: enter benefits, optimism bias or any \
                      other setting under “Money over time”.</p>"
                .to_string(),
            plain: String::new(),
            html: String::new(),
            tables: Vec::new(),
        };
    }
    let blocks = implications_blocks(scenario, &figures);
    let (plain, html) = (to_plain_text(&blocks), to_html(&blocks));
    let appraisal = appraise(scenario, &figures);
    let mut section = String::from(
        "<h4 class=\"heading-s\">How the appraisal is worked out</h4><ul class=\"list\">",
    );
    for sentence in method_sentences(scenario, &figures) {
        section.push_str(&format!("<li>{}</li>", escape(&sentence)));
    }
    section.push_str("</ul>");
    let values = present_values(scenario, &appraisal);
    section.push_str(&table_html(&values, "Present values"));
    let mut tables = vec![("Present values".to_string(), values)];
    for (at, option) in appraisal.options.iter().enumerate() {
        section.push_str(&working_of(scenario, at, option));
    }
    if let Some(found) = switching_value(scenario) {
        section.push_str(&switching_html(scenario, &found));
    }
    let rows = sensitivities(scenario);
    if !rows.is_empty() {
        section.push_str(&tornado_svg(&rows));
        let table = sensitivity(&rows);
        section.push_str(&table_html(&table, "Sensitivity"));
        tables.push(("Sensitivity".to_string(), table));
    }
    section.push_str(&format!(
        "<h4 class=\"heading-s\">For the financial implications</h4>\
         <div class=\"inset-text\" id=\"appraisal-words\">{html}</div>"
    ));
    AppraisalPage {
        section,
        plain,
        html,
        tables,
    }
}

/// Each discounted figure of one option, with its working, folded away.
fn working_of(scenario: &Scenario, at: usize, option: &OptionAppraisal) -> String {
    let name = option_name(scenario.options.get(at).map_or("", |o| o.name.as_str()), at);
    let mut tables = stream_table(&option.costs, "Costs", &format!("pv-costs-{at}"));
    if let Some(bias) = &option.optimism_bias {
        tables += &stream_table(bias, "Optimism bias", &format!("pv-bias-{at}"));
    }
    if let Some(benefits) = &option.benefits {
        tables += &stream_table(benefits, "Benefits", &format!("pv-benefits-{at}"));
    }
    format!(
        "<details class=\"details\"><summary class=\"details__summary\">How each present value of “{}” is worked out</summary><div class=\"details__text\">{tables}</div></details>",
        escape(&name)
    )
}

/// One stream year by year: the amount, the year's number and discount factor, its
/// present value and the working, then the total.
fn stream_table(stream: &Stream, what: &str, id: &str) -> String {
    let header = [
        "Financial year",
        "Year",
        "Amount",
        "Discount factor",
        "Present value",
        "Working",
    ];
    let mut rows = vec![header.map(|h| Cell::Text(h.to_string())).to_vec()];
    for (year, part) in stream.years.iter().zip(&stream.parts) {
        rows.push(part_row(&year.label(), part));
    }
    rows.push(vec![
        Cell::Text("Total".to_string()),
        Cell::Empty,
        Cell::Money(stream.cash),
        Cell::Empty,
        Cell::Money(stream.present),
        Cell::Text("The sum of the present values above".to_string()),
    ]);
    let table = Table {
        name: "present-value-working",
        rows,
    };
    table_html_with_id(&table, what, id)
}

fn part_row(year: &str, part: &Discounted) -> Vec<Cell> {
    vec![
        Cell::Text(year.to_string()),
        Cell::Text(part.offset.to_string()),
        Cell::Money(part.cash),
        Cell::Text(part.factor.round_dp(6).normalize().to_string()),
        Cell::Money(part.present),
        Cell::Text(part.working()),
    ]
}

/// The switching value in words, and the two options' net present costs at it, which
/// are its working.
fn switching_html(scenario: &Scenario, found: &SwitchingValue) -> String {
    let mut html = format!(
        "<h4 class=\"heading-s\">Switching value</h4><p id=\"switching-value\">{}</p>",
        escape(&switching_words(scenario, found))
    );
    if let Some(value) = found.value {
        let changed = apply(scenario, found.input, value);
        let cost =
            |at: usize| appraise_at(&changed, at).map_or(Decimal::ZERO, |a| a.net_present_cost);
        let name =
            |at: usize| option_name(scenario.options.get(at).map_or("", |o| o.name.as_str()), at);
        html.push_str(&format!(
            "<p class=\"hint\" id=\"switching-working\">At {}: the net present cost of “{}” is {}, and of “{}” {}.</p>",
            escape(&value_words(found.input.input, value)),
            escape(&name(found.preferred)),
            format_gbp(cost(found.preferred)),
            escape(&name(found.against)),
            format_gbp(cost(found.against)),
        ));
    }
    html
}

/// Chart geometry, in SVG units.
const LABEL_WIDTH: i128 = 200;
const HALF: i128 = 150;
const ROW: i128 = 28;

/// The tornado chart: each input's net present value at its low and its high value,
/// as a bar either side of the central value, the widest swing at the top. Its
/// figures are in the table that follows it.
fn tornado_svg(rows: &[SensitivityRow]) -> String {
    let central = rows.first().map_or(Decimal::ZERO, |r| r.central.npv);
    let widest = rows
        .iter()
        .flat_map(|r| [r.low.npv - central, r.high.npv - central])
        .map(|d| i128::from(to_pence(d.abs())))
        .max()
        .unwrap_or(0)
        .max(1);
    let centre = LABEL_WIDTH + HALF;
    let height = ROW * rows.len() as i128 + 8;
    let mut svg = format!(
        "<figure class=\"chart\"><svg class=\"chart__svg waterfall\" viewBox=\"0 0 {} {height}\" role=\"img\" \
         aria-label=\"How far each tested input moves the net present value from {}. Its figures are in the table below.\">",
        LABEL_WIDTH + 2 * HALF + 10,
        format_gbp(central)
    );
    for (at, row) in rows.iter().enumerate() {
        let y = at as i128 * ROW + 4;
        let x = |npv: Decimal| centre + i128::from(to_pence(npv - central)) * HALF / widest;
        let (a, b) = (x(row.low.npv), x(row.high.npv));
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"chart__label\">{}</text>\
             <rect x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{}\" class=\"waterfall__rise\"/>",
            LABEL_WIDTH - 8,
            y + 16,
            escape(&row.label),
            a.min(b),
            (a - b).abs().max(1),
            ROW - 8
        ));
    }
    svg.push_str(&format!(
        "<line x1=\"{centre}\" x2=\"{centre}\" y1=\"0\" y2=\"{height}\" class=\"chart__marker\"/></svg>\
         <figcaption class=\"hint\">Net present value at each input's low and high value, about {} at the central values.</figcaption></figure>",
        format_gbp(central)
    ));
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::appraisal::{Input, InputRef, Sensitivity};
    use crate::data::presets::Preset;

    #[test]
    fn the_page_shows_present_values_their_working_a_switching_value_and_a_tornado() {
        let mut scenario = Preset::SouthYorkshireOptions.scenario();
        scenario.options[2].benefits.cashable_savings = Decimal::from(120_000);
        scenario.appraisal.preferred = Some(2);
        let input = InputRef {
            option: 2,
            input: Input::CashableSavings,
        };
        scenario.appraisal.switching_input = Some(input);
        scenario.appraisal.sensitivities.push(Sensitivity {
            input,
            low: Decimal::from(60_000),
            high: Decimal::from(180_000),
        });
        let page = appraisal_page(&scenario);
        assert!(page.section.contains("data-table=\"present-values\""));
        assert!(
            page.section.contains("× 1 ÷ 1.035^"),
            "the working of a discounted figure"
        );
        assert!(page.section.contains("id=\"switching-value\""));
        assert!(page.section.contains("id=\"switching-working\""));
        assert!(page.section.contains("data-table=\"sensitivity\""));
        assert!(page.plain.contains("present value of costs"));
        let plain = appraisal_page(&Preset::SouthYorkshire.scenario());
        assert!(plain.plain.is_empty());
    }
}
