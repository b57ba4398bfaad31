//! Partners (or cost lines) × contract years as one grid, to enter and review amounts
//! as in a spreadsheet: arrow keys and Enter move between cells, Tab goes across,
//! Escape puts back what a cell held when it was entered. The grid scrolls inside its
//! own region with the names kept in view; the totals are the report's.

use super::grid_row::GridRow;
use crate::state::views::LineView;
use crate::state::{Action, Field};
use funding_model::figures::report::{ContractYear, Report};
use funding_model::{format_gbp, LineList};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The grid of `list`'s `lines`, with `report`'s totals. A plain function: the list
/// draws it whenever its lines or figures change anyway, and its rows are components.
pub fn amounts_grid(
    list: LineList,
    lines: &[LineView],
    report: &Report,
    dispatch: &Callback<Action>,
) -> Html {
    let years: Rc<[ContractYear]> = report.years.iter().map(|y| y.year).collect();
    let totals = GridTotals::of(report, list);
    let (row_totals, column_totals, grand_total) = (totals.rows, totals.columns, totals.grand);
    let (noun, total_words) = match list {
        LineList::Partners => ("Partner", "Total pooled budget"),
        LineList::CostLines => ("Cost line", "Total spending"),
    };
    let grid_id = format!("{}-grid", crate::state::ids::paste_rows(list));
    html! {
        <>
        <p class="hint" id={format!("{grid_id}-hint")}>
            { "Each year shows the amount it will hold. Amounts typed for a particular year are in bold boxes; clear one to go back to the annual amount and any uplift. Arrow keys and Enter move between cells, Escape puts a cell back." }
        </p>
        <div class="grid-scroll" role="region" aria-labelledby={format!("{grid_id}-caption")}>
            <table class="grid" id={grid_id.clone()} aria-describedby={format!("{grid_id}-hint")}
                onfocusin={Callback::from(remember_held)} onkeydown={on_key(grid_id.clone(), dispatch.clone())}>
                <caption class="visually-hidden" id={format!("{grid_id}-caption")}>
                    { format!("{}s and their amounts by contract year", noun) }
                </caption>
                <thead><tr>
                    <th scope="col" class="grid__name">{ "Name" }</th>
                    <th scope="col">{ "Kind" }</th>
                    <th scope="col" class="numeric">{ "Annual amount" }</th>
                    for year in years.iter() {
                        <th scope="col" class="numeric">{ year.name() }<span class="table__subhead">{ year.dates() }</span></th>
                    }
                    <th scope="col" class="numeric grid__total">{ "Total" }</th>
                </tr></thead>
                <tbody>
                    for (row, view) in lines.iter().enumerate() {
                        <GridRow key={view.line.id} view={view.clone()} row={row} years={years.clone()}
                            total={row_totals.get(row).copied().unwrap_or_default()} dispatch={dispatch.clone()} />
                    }
                </tbody>
                <tfoot><tr class="row--total">
                    <th scope="row" class="grid__name">{ total_words }</th><td></td><td></td>
                    for total in column_totals { <td class="numeric">{ format_gbp(total) }</td> }
                    <td class="numeric grid__total">{ format_gbp(grand_total) }</td>
                </tr></tfoot>
            </table>
        </div>
        </>
    }
}

/// On entering a cell, keeps its id and the field's own text on the grid, for Escape.
fn remember_held(event: FocusEvent) {
    let Some(element) = event.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let (Some(grid), Some(text)) = (grid_of(&element), element.get_attribute("data-held")) else {
        return;
    };
    let _ = grid.set_attribute("data-entered", &element.id());
    let _ = grid.set_attribute("data-entered-text", &text);
}

fn grid_of(element: &web_sys::Element) -> Option<web_sys::Element> {
    element.closest("table.grid").ok().flatten()
}

/// What the cell `element` held when it was entered, if it is the cell entered last.
fn held_by(element: &web_sys::Element) -> Option<String> {
    let grid = grid_of(element)?;
    (grid.get_attribute("data-entered")? == element.id())
        .then(|| grid.get_attribute("data-entered-text"))?
}

/// Moves between cells as a spreadsheet does, and Escape puts a cell back.
fn on_key(grid_id: String, dispatch: Callback<Action>) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let Some(element) = event.target_dyn_into::<web_sys::Element>() else {
            return;
        };
        let Some((row, column)) = element
            .get_attribute("data-cell")
            .and_then(|cell| parse_cell(&cell))
        else {
            return;
        };
        let input = element.dyn_ref::<web_sys::HtmlInputElement>();
        if event.key() == "Escape" {
            let field = Field::from_element_id(&element.id());
            if let (Some(field), Some(text)) = (field, held_by(&element)) {
                dispatch.emit(Action::Type(field, text));
            }
            return;
        }
        let Some((row, column)) = step(&event, input, row, column) else {
            return;
        };
        let selector = format!("#{grid_id} [data-cell='{row}:{column}']");
        let next = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten();
        if let Some(next) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            event.prevent_default();
            let _ = next.focus();
            if let Some(next) = next.dyn_ref::<web_sys::HtmlInputElement>() {
                next.select();
            }
        }
    })
}

/// The cell a key moves to from (`row`, `column`), if it moves: left and right only
/// from the ends of the text, up and down not in a list of kinds.
fn step(
    event: &KeyboardEvent,
    input: Option<&web_sys::HtmlInputElement>,
    row: usize,
    column: usize,
) -> Option<(usize, usize)> {
    // With the whole text selected, as on arriving in a cell, both ends count.
    let at_start = input.is_none_or(|i| i.selection_start().ok().flatten() == Some(0));
    let at_end = input.is_none_or(|i| {
        i.selection_end().ok().flatten() == Some(i.value().encode_utf16().count() as u32)
    });
    match event.key().as_str() {
        "ArrowUp" if input.is_some() => Some((row.checked_sub(1)?, column)),
        "ArrowDown" if input.is_some() => Some((row + 1, column)),
        "Enter" if event.shift_key() => Some((row.checked_sub(1)?, column)),
        "Enter" => Some((row + 1, column)),
        "ArrowLeft" if at_start => Some((row, column.checked_sub(1)?)),
        "ArrowRight" if at_end => Some((row, column + 1)),
        _ => None,
    }
}

/// A cell's place in the grid, from its `data-cell` ("row:column").
pub fn parse_cell(cell: &str) -> Option<(usize, usize)> {
    let (row, column) = cell.split_once(':')?;
    Some((row.parse().ok()?, column.parse().ok()?))
}

/// The report's totals the grid shows: each line's, each year's, and the whole term's.
struct GridTotals {
    rows: Vec<rust_decimal::Decimal>,
    columns: Vec<rust_decimal::Decimal>,
    grand: rust_decimal::Decimal,
}

impl GridTotals {
    fn of(report: &Report, list: LineList) -> Self {
        let partners = list == LineList::Partners;
        GridTotals {
            rows: match partners {
                true => report.partners.iter().map(|p| p.total).collect(),
                false => report.cost_lines.iter().map(|c| c.total).collect(),
            },
            columns: report
                .years
                .iter()
                .map(|y| if partners { y.pool } else { y.spending })
                .collect(),
            grand: if partners {
                report.chosen_total
            } else {
                report.spending_total
            },
        }
    }
}
