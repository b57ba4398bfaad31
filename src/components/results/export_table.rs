//! A results table drawn straight from its export table, so the screen, the CSV, the
//! copied table and the paper show the same cells: the first column names the rows,
//! figures are right-aligned, and a row starting "Total" is the total row. A wide
//! table is also cut to fit A4 for paper, as [`paper_table`] does.

use super::paper_table::{paper_table, PAPER_YEARS};
use crate::components::table::hidden_caption;
use funding_model::formats::table_export::{Cell, ResultsTable};
use funding_model::Report;
use yew::prelude::*;

/// What an export table is drawn with.
pub struct ExportTable<'a> {
    pub table: ResultsTable,
    pub title: &'a str,
    /// Said under the title, if anything.
    pub hint: Option<&'a str>,
    /// Columns after the years that stay with the names when the table is cut for paper.
    pub trailing: usize,
    pub printing: bool,
}

/// The table under its title; nothing where it has no rows.
pub fn export_table(report: &Report, args: ExportTable) -> Html {
    let built = args.table.build(report);
    let Some((header, body)) = built.rows.split_first() else {
        return Html::default();
    };
    if body.is_empty() {
        return Html::default();
    }
    let name = args.table.name();
    let (title_id, hint_id) = (format!("{name}-title"), format!("{name}-hint"));
    let wide = header.len() > PAPER_YEARS + 1 + args.trailing;
    let last = body.len() - 1;
    html! {
        <>
        <div class={classes!(wide.then_some("screen-only"))}>
            <h3 class="table__title" id={title_id.clone()}>{ args.title.to_string() }</h3>
            if let Some(hint) = args.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.to_string() }</p>
            }
            <div class="table-scroll" role="region" aria-labelledby={title_id.clone()} tabindex="0">
            <table class="table table--figures" aria-describedby={args.hint.map(|_| hint_id.clone())}>
                { hidden_caption(args.title) }
                <>
                    <thead><tr>
                        for (column, cell) in header.iter().enumerate() {
                            <th scope="col" class={(column > 0).then_some("numeric")}>{ cell.words() }</th>
                        }
                    </tr></thead>
                    <tbody>
                        for (index, row) in body.iter().enumerate() {
                            <tr class={(index == last && is_total(row)).then_some("row--total")}>
                                if let Some(first) = row.first() {
                                    <th scope="row">{ first.words() }</th>
                                }
                                for cell in row.iter().skip(1) {
                                    <td class="numeric">{ cell.words() }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </>
            </table>
            </div>
        </div>
        if wide && args.printing {
            { paper_table(report, args.table, args.title, args.trailing) }
        }
        </>
    }
}

fn is_total(row: &[Cell]) -> bool {
    matches!(row.first(), Some(Cell::Text(name)) if name.starts_with("Total"))
}
