//! Two versions compared, as the page shows them: the paragraph to paste, the inputs
//! and figures that changed, and each option's breakdown as a table and a waterfall
//! chart drawn from it. Written as HTML here, in the worker that compares, so the
//! page's first load carries none of it; every text is escaped, and the tables are
//! the ones the CSV and paper use.

use super::{breakdown, compare, version_words, Bar, BarKind, OptionBreakdown};
use crate::data::money::to_pence;
use crate::figures::fingerprint::fingerprint;
use crate::figures::implications::{to_html, to_plain_text};
use crate::format_gbp;
use crate::formats::table_export::html::{escape, table_html};
use crate::formats::table_export::{version_tables, Table};
use crate::Scenario;

/// What the page shows and what "Copy the paragraph" copies.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparePage {
    /// The page's section, as HTML.
    pub section: String,
    /// The paragraph to paste, as plain text and as HTML.
    pub plain: String,
    pub html: String,
    /// The tables shown, each with the title it is shown under, for CSV.
    pub tables: Vec<(String, Table)>,
}

/// Compares `earlier` with `later` and writes what the page shows.
pub fn compare_page(earlier: &Scenario, later: &Scenario) -> ComparePage {
    let changes = compare(earlier, later);
    let breakdowns = breakdown(earlier, later, &changes);
    let words = version_words(earlier, later, &changes, &breakdowns);
    let (plain, html) = (to_plain_text(&words), to_html(&words));
    let mut section = format!(
        "<p class=\"compare__fingerprints\">Fingerprint of the figures: this version \
         <strong class=\"fingerprint\">{}</strong>, the earlier version \
         <strong class=\"fingerprint\">{}</strong>.</p>",
        fingerprint(later),
        fingerprint(earlier)
    );
    section.push_str(&format!(
        "<div class=\"inset-text compare__words\" id=\"compare-words\">{html}</div>"
    ));
    if changes.is_empty() {
        return ComparePage {
            section,
            plain,
            html,
            tables: Vec::new(),
        };
    }
    let tables = vec![
        (
            "What changed".to_string(),
            version_tables::changes(&changes),
        ),
        (
            "Figures that changed".to_string(),
            version_tables::figures(&changes),
        ),
        (
            "Why each total changed, step by step".to_string(),
            version_tables::breakdown(&breakdowns),
        ),
    ];
    section.push_str(&table_html(&tables[0].1, &tables[0].0));
    section.push_str(&table_html(&tables[1].1, &tables[1].0));
    for option in breakdowns.iter().filter(|b| !b.steps.is_empty()) {
        section.push_str(&waterfall_svg(option));
    }
    section.push_str(&table_html(&tables[2].1, &tables[2].0));
    ComparePage {
        section,
        plain,
        html,
        tables,
    }
}

/// Chart geometry, in SVG units.
const LABEL_WIDTH: i128 = 200;
const BAR_AREA: i128 = 300;
const ROW_HEIGHT: i128 = 28;

/// One option's waterfall: the earlier total, each step's rise or fall from where
/// the step before left it, and the later total. Horizontal, so long names read;
/// its figures are the breakdown table's, which follows it.
fn waterfall_svg(option: &OptionBreakdown) -> String {
    let bars = option.waterfall();
    let largest = bars
        .iter()
        .flat_map(|bar| [to_pence(bar.from), to_pence(bar.to)])
        .map(|pence| i128::from(pence).max(0))
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW_HEIGHT * bars.len() as i128 + 8;
    let width = LABEL_WIDTH + BAR_AREA + 110;
    let title = format!(
        "How the total of “{}” moved from {} to {}",
        option.option,
        format_gbp(option.start),
        format_gbp(option.end)
    );
    let mut svg = format!(
        "<figure class=\"chart\"><svg class=\"chart__svg waterfall\" viewBox=\"0 0 {width} {height}\" \
         role=\"img\" aria-label=\"{}. Its figures are in the table below.\">",
        escape(&title)
    );
    for (row, bar) in bars.iter().enumerate() {
        svg.push_str(&bar_svg(bar, row as i128, largest));
    }
    svg.push_str(&format!(
        "</svg><figcaption class=\"hint\">{}</figcaption></figure>",
        escape(&title)
    ));
    svg
}

fn bar_svg(bar: &Bar, row: i128, largest: i128) -> String {
    let x = |amount| LABEL_WIDTH + i128::from(to_pence(amount)).max(0) * BAR_AREA / largest;
    let (left, right) = (x(bar.from).min(x(bar.to)), x(bar.from).max(x(bar.to)));
    let y = row * ROW_HEIGHT + 4;
    let class = match bar.kind {
        BarKind::Start | BarKind::End => "waterfall__total",
        BarKind::Step if bar.to < bar.from => "waterfall__fall",
        BarKind::Step => "waterfall__rise",
    };
    let figure = match bar.kind {
        BarKind::Step => {
            let part = bar.to - bar.from;
            let sign = if part.is_sign_negative() { '−' } else { '+' };
            format!("{sign}{}", format_gbp(part.abs()))
        }
        _ => format_gbp(bar.to),
    };
    format!(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"chart__label\">{}</text>\
         <rect x=\"{left}\" y=\"{y}\" width=\"{}\" height=\"{}\" class=\"{class}\"/>\
         <text x=\"{}\" y=\"{}\" class=\"chart__label\">{}</text>",
        LABEL_WIDTH - 8,
        y + 16,
        escape(&shortened(&bar.label)),
        (right - left).max(1),
        ROW_HEIGHT - 8,
        right + 6,
        y + 16,
        escape(&figure)
    )
}

/// A label short enough for the chart's margin; the table beside it has it whole.
fn shortened(label: &str) -> String {
    const MOST: usize = 28;
    if label.chars().count() <= MOST {
        return label.to_string();
    }
    let mut short: String = label.chars().take(MOST - 1).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;

    #[test]
    fn a_change_is_listed_charted_and_said_and_names_are_escaped() {
        let earlier = Preset::SouthYorkshire.scenario();
        let mut later = earlier.clone();
        later.options[0].partners[1].annual += rust_decimal::Decimal::from(10_000);
        later.options[0].partners[1].name = "Sheffield <City> & Co".to_string();
        let page = compare_page(&earlier, &later);
        assert!(page.section.contains("Sheffield &lt;City&gt; &amp; Co"));
        assert!(!page.section.contains("<City>"));
        assert!(page.section.contains("<svg"));
        assert!(page.section.contains("data-table=\"version-breakdown\""));
        assert!(page.plain.contains("£60,000.00"), "{}", page.plain);
        let same = compare_page(&earlier, &earlier);
        assert!(!same.section.contains("<table"));
    }
}
