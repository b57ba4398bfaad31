//! A results table as it goes on paper: built from the same export table that "Copy
//! table" and CSV export give, so the printed figures are the screen's, and cut into
//! tables of at most [`PAPER_YEARS`] year columns with the names repeated, the total and
//! share columns on the last, so that no column falls off an A4 page.

use funding_model::formats::table_export::{Cell, ResultsTable};
use funding_model::Report;
use yew::prelude::*;

/// The most year columns one printed table holds beside the names and totals.
pub const PAPER_YEARS: usize = 6;

/// From this many year columns on, a table on screen keeps its names and totals in
/// view (sticky) while the years scroll between them.
pub const STICKY_FROM_YEARS: usize = 5;

/// A results table cut into parts that fit on A4. Drawn only while printing (the
/// callers ask the app's `printing`): at the limits it is thousands of cells.
pub fn paper_table(report: &Report, table: ResultsTable, title: &str, trailing: usize) -> Html {
    let table = table.build(report);
    let Some((header, body)) = table.rows.split_first() else {
        return Html::default();
    };
    let width = header.len();
    let years = width.saturating_sub(1 + trailing);
    let parts = years.div_ceil(PAPER_YEARS).max(1);
    let rows: Vec<&Vec<Cell>> = body.iter().filter(|row| row.len() == width).collect();
    let notes = body.iter().filter(|row| row.len() != width);
    html! {
        <div class="print-only paper-table">
            for part in 0..parts {
                {{
                    let first = 1 + part * PAPER_YEARS;
                    let last = if part + 1 == parts { width } else { first + PAPER_YEARS };
                    let columns: Vec<usize> = std::iter::once(0).chain(first..last).collect();
                    let caption = match parts {
                        1 => title.to_string(),
                        _ => format!("{title} (part {} of {parts})", part + 1),
                    };
                    paper_part(&caption, header, &rows, &columns)
                }}
            }
            for note in notes {
                <p class="hint">{ note.iter().map(cell_words).collect::<String>() }</p>
            }
        </div>
    }
}

/// One printed table: the names, then the chosen columns.
fn paper_part(caption: &str, header: &[Cell], rows: &[&Vec<Cell>], columns: &[usize]) -> Html {
    let last_row = rows.len().saturating_sub(1);
    html! {
        <table class="table table--figures">
            <caption class="table__caption">{ caption.to_string() }</caption>
            <thead><tr>
                for &column in columns {
                    <th scope="col" class={(column > 0).then_some("numeric")}>{ cell_words(&header[column]) }</th>
                }
            </tr></thead>
            <tbody>
                for (index, row) in rows.iter().enumerate() {
                    <tr class={(index == last_row && is_total(row)).then_some("row--total")}>
                        <th scope="row">{ cell_words(&row[0]) }</th>
                        for &column in &columns[1..] {
                            <td class="numeric">{ cell_words(&row[column]) }</td>
                        }
                    </tr>
                }
            </tbody>
        </table>
    }
}

fn is_total(row: &[Cell]) -> bool {
    matches!(row.first(), Some(Cell::Text(name)) if name.starts_with("Total"))
}

/// A cell as people read it: £1,234.56, 19.85%.
fn cell_words(cell: &Cell) -> String {
    cell.words()
}
