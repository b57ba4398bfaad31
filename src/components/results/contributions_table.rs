//! Each partner's contribution in each year of the chosen term, with totals and shares.

use super::figure_row::{FigureRow, ShareCell};
use super::paper_table::{paper_table, PAPER_YEARS, STICKY_FROM_YEARS};
use crate::components::results::ReportArgs;
use crate::components::table::{figure_cell, hidden_caption, region, Region, LONG_TABLE};
use funding_model::figures::working::Figure;
use funding_model::formats::table_export::{ResultsTable, SHARES_NOTE};
use std::rc::Rc;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn contributions_table(args: &ReportArgs) -> Html {
    let report = &args.report;
    let title = "Contributions by partner and contract year";
    let table = Region {
        labelled_by: "contributions-title",
        // Wide enough to scroll: the names, Total and Share stay in view.
        class: if report.years.len() > STICKY_FROM_YEARS {
            "table table--figures table--rows table--sticky table--sticky-2"
        } else if report.partners.len() > LONG_TABLE {
            "table table--figures table--rows"
        } else {
            "table table--figures"
        },
        described_by: (!report.shares_add_up()).then_some("shares-note"),
    };
    // Too wide for A4: on paper, the same figures cut into narrower tables.
    let wide = report.years.len() > PAPER_YEARS;
    let columns: Rc<[String]> = (1..=report.years.len())
        .map(|year| format!("year {year}"))
        .chain(["total".to_string()])
        .collect();
    html! {
        <>
        <div class={classes!(wide.then_some("screen-only"))}>
        <h3 class="table__title" id="contributions-title">{ title }</h3>
        { region(table, hidden_caption(title), html! {
            <>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{ "Partner" }</th>
                        for figures in &report.years {
                            <th scope="col" role="columnheader" class="numeric">
                                { figures.year.name() }
                                <span class="table__subhead">{ figures.year.dates() }</span>
                                if figures.year.is_part_year() {
                                    <span class="table__subhead">{ format!("{} months, pro-rated", figures.year.months) }</span>
                                }
                            </th>
                        }
                        <th scope="col" role="columnheader" class="numeric">{ "Total" }</th>
                        <th scope="col" role="columnheader" class="numeric">{ "Share of pool" }</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    for (line, partner) in report.partners.iter().enumerate().take(args.rows_drawn) {
                        <FigureRow key={partner.id} name={partner.name.clone()}
                            cells={report.years.iter().enumerate()
                                .map(|(year, figures)| (Figure::Contribution { line, year }, figures.contributions[line]))
                                .chain([(Figure::LineTotal(line), partner.total)])
                                .collect::<Rc<[_]>>()}
                            columns={columns.clone()} share={ShareCell::Share { line, share: partner.share }} />
                    }
                </tbody>
                <tfoot role="rowgroup">
                    <tr class="row--total" role="row">
                        <th scope="row" role="rowheader">{ "Total pooled budget" }</th>
                        for (year, figures) in report.years.iter().enumerate() {
                            { figure_cell(Figure::YearPool(year), figures.pool, &format!("total pooled budget, year {}", year + 1)) }
                        }
                        { figure_cell(Figure::TermTotal(report.chosen_index()), report.chosen_total, "total pooled budget") }
                        <td class="numeric" role="cell">{ if report.partners.iter().any(|p| p.share.is_some()) { "100.00%" } else { "–" } }</td>
                    </tr>
                </tfoot>
            </>
        }) }
        if !report.shares_add_up() {
            <p class="hint" id="shares-note">
                { SHARES_NOTE }
            </p>
        }
        </div>
        if wide && args.printing {
            { paper_table(&args.report, ResultsTable::Contributions, title, 2) }
        }
        </>
    }
}
