//! One row of a table of figures: a partner's contributions by contract year, or a
//! partner's or cost line's amounts by financial year, with its total and, in the
//! contributions table, its share of the pool. Drawn again only when one of its
//! figures changes: at the limits a keystroke changes one partner's row of 250.

use crate::components::table::{figure, figure_cell, numeric};
use funding_model::figures::working::Figure;
use funding_model::Percent;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// The cell after the amounts: a partner's share of the pool in the contributions
/// table ("–" while the pool is nothing), none in the tables by financial year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ShareCell {
    None,
    Share { line: usize, share: Option<Percent> },
}

#[derive(Properties, PartialEq)]
pub struct FigureRowProps {
    pub name: AttrValue,
    /// Each amount with the figure it is, which shows its working; the last is the
    /// row's total.
    pub cells: Rc<[(Figure, Decimal)]>,
    /// What each cell is, after the row's name, for screen readers ("year 1",
    /// "2024 to 2025", "total"): one list shared by every row of the table, compared
    /// by its words, so a row whose amounts stay the same is not drawn again.
    pub columns: Rc<[String]>,
    pub share: ShareCell,
}

/// The row: its name, its amounts, and its share. A new amount for one partner
/// changes every partner's share, so every row is drawn again, but the amounts of
/// the others are not (`AmountCells`).
#[component]
pub fn FigureRow(props: &FigureRowProps) -> Html {
    crate::count_render!("FigureRow", props.name);
    let name = &props.name;
    html! {
        <tr role="row">
            <th scope="row" role="rowheader">{ name.clone() }</th>
            <AmountCells name={name.clone()} cells={props.cells.clone()} columns={props.columns.clone()} />
            if let ShareCell::Share { line, share } = props.share {
                if let Some(share) = share {
                    <td class="numeric" role="cell">{ figure(Figure::Share(line), share.label(), &format!("{name}, share of the pool")) }</td>
                } else {
                    { numeric("–".to_string()) }
                }
            }
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct AmountCellsProps {
    name: AttrValue,
    cells: Rc<[(Figure, Decimal)]>,
    columns: Rc<[String]>,
}

/// A row's amounts, drawn again only when one of them changes.
#[component]
fn AmountCells(props: &AmountCellsProps) -> Html {
    crate::count_render!("AmountCells", props.name);
    let name = &props.name;
    props
        .cells
        .iter()
        .zip(props.columns.iter())
        .map(|((which, amount), column)| figure_cell(*which, *amount, &format!("{name}, {column}")))
        .collect()
}
