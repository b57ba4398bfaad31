//! What every results table shares, in the GOV.UK table pattern: a region that
//! scrolls sideways on a narrow screen, a caption, a header row whose figure columns
//! are right-aligned, rows headed by what they are about, and money cells.

use funding_model::figures::working::Figure;
use funding_model::format_gbp;
use rust_decimal::Decimal;
use yew::prelude::*;

/// Tables by partner longer than this are laid out a row at a time, with columns of
/// set widths (`table--rows` in styles/app.css), so that rows off screen cost nothing;
/// shorter ones fit their columns to their figures.
pub const LONG_TABLE: usize = 40;

/// A column heading, and whether the column holds figures.
pub type Column<'a> = (&'a str, bool);

/// Where a table sits: the heading or caption that names its region, and its classes.
pub struct Region {
    pub labelled_by: &'static str,
    pub class: &'static str,
    /// The id of a hint that says more about the table, if any.
    pub described_by: Option<&'static str>,
}

/// A table in its region. `caption` comes first in the table, as HTML requires.
pub fn region(region: Region, caption: Html, content: Html) -> Html {
    html! {
        <div class="table-scroll" role="region"
            aria-labelledby={region.labelled_by} tabindex="0">
            <table class={region.class} role="table" aria-describedby={region.described_by}>
                { caption }
                { content }
            </table>
        </div>
    }
}

/// A caption for screen readers only; the heading above the table is what others read.
pub fn hidden_caption(words: &str) -> Html {
    html! { <caption class="visually-hidden">{ words.to_string() }</caption> }
}

/// The header row.
pub fn head(columns: &[Column]) -> Html {
    html! {
        <thead role="rowgroup">
            <tr role="row">
                for (words, figures) in columns {
                    <th scope="col" role="columnheader" class={figures.then_some("numeric")}>{ words.to_string() }</th>
                }
            </tr>
        </thead>
    }
}

/// A cell holding an amount of money.
pub fn money(amount: Decimal) -> Html {
    html! { <td class="numeric" role="cell">{ format_gbp(amount) }</td> }
}

/// A figure that shows how it is worked out when chosen: a button that reads as the
/// figure, named for screen readers with what it is. The results column listens for
/// the click (`data-figure`), so no cell holds a callback of its own.
pub fn figure(figure: Figure, words: String, about: &str) -> Html {
    html! {
        <button type="button" class="figure" data-figure={figure.code()}
            aria-label={format!("{words}, {about}: how it is worked out")}>{ words }</button>
    }
}

/// A "How it is worked out" link-button for a figure shown as words around it.
pub fn how_link(which: Figure, what: &str) -> Html {
    html! {
        <button type="button" class="figure-link" data-figure={which.code()}>
            { "How it is worked out" }<span class="visually-hidden">{ format!(": {what}") }</span>
        </button>
    }
}

/// A cell holding an amount of money that shows its working.
pub fn figure_cell(which: Figure, amount: Decimal, about: &str) -> Html {
    html! { <td class="numeric" role="cell">{ figure(which, format_gbp(amount), about) }</td> }
}

/// A cell holding a figure already written out.
pub fn numeric(words: String) -> Html {
    html! { <td class="numeric" role="cell">{ words }</td> }
}

/// A row headed by `heading`, then `cells`.
pub fn row(heading: Html, cells: Html) -> Html {
    html! { <tr role="row"><th scope="row" role="rowheader">{ heading }</th>{ cells }</tr> }
}

/// The total row, at the foot of the table.
pub fn total_row(heading: &str, cells: Html) -> Html {
    html! {
        <tfoot role="rowgroup">
            <tr class="row--total" role="row"><th scope="row" role="rowheader">{ heading.to_string() }</th>{ cells }</tr>
        </tfoot>
    }
}
