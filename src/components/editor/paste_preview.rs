//! The preview of pasted rows: where each row goes and what it sets, each cell that
//! cannot be read with the reason, and the buttons to accept or cancel.

use crate::components::table::{head, numeric};
use funding_model::formats::table_import::{Imported, Placement, TotalRow};
use funding_model::{format_gbp, LineList};
use yew::prelude::*;

/// A line already in the list, as the preview needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExistingLine {
    pub name: String,
    /// Nobody has started on it: an imported row fills it.
    pub unused: bool,
}

/// The preview of `read`, placed as `plan` says.
pub fn preview(
    list: LineList,
    read: &Result<Imported, String>,
    plan: &[Placement],
    on_accept: Callback<MouseEvent>,
    on_cancel: Callback<MouseEvent>,
) -> Html {
    let imported = match read {
        Ok(imported) => imported,
        Err(message) => {
            return html! { <p class="error-message" role="alert">{ format!("{message}.") }</p> }
        }
    };
    let problems = !imported.problems.is_empty();
    html! {
        <div class="paste-preview" aria-live="polite">
            if problems {
                <div class="error-message" role="alert">
                    <p>{ "Some cells cannot be read. Correct them in the box above; nothing changes until every cell can be read." }</p>
                    <ul class="list">
                        for problem in &imported.problems { <li>{ problem.describe() }</li> }
                        if imported.more_problems > 0 {
                            <li>{ more_cells(imported.more_problems) }</li>
                        }
                    </ul>
                </div>
            }
            if let Some(header) = &imported.header {
                <p class="paste-preview__note">{ headings_words(header) }</p>
            }
            if let Some(total) = &imported.total {
                <p class="paste-preview__note">{ total_words(total) }</p>
            }
            <div class="table-scroll" role="region" aria-label="Preview of the rows" tabindex="0">
                <table class="table">
                    <caption class="table__caption">{ format!("Preview: {} rows read", imported.lines.len()) }</caption>
                    { head(&[("Row", false), ("Name", false), ("Annual amount", true), ("Other years", false), ("What happens", false)]) }
                    <tbody>
                        for (line, placement) in imported.lines.iter().zip(plan.iter().chain(std::iter::repeat(&Placement::Add))) {
                            <tr>
                                <td>{ line.row }</td>
                                <th scope="row">{ if line.name.is_empty() { "(no name)".to_string() } else { line.name.clone() } }</th>
                                { numeric(line.annual.map(format_gbp).unwrap_or_default()) }
                                <td>{ other_years(line) }</td>
                                <td>{ what_happens(*placement, list) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <div class="button-group">
                if !problems {
                    <button type="button" class="button" onclick={on_accept}>{ accept_words(imported.lines.len(), list) }</button>
                }
                <button type="button" class="button button--secondary" onclick={on_cancel}>{ "Cancel" }</button>
            </div>
        </div>
    }
}

/// The years whose amount differs from the annual amount: "Year 3: £60,000.00".
fn other_years(line: &funding_model::formats::table_import::ImportedLine) -> String {
    line.years
        .iter()
        .filter(|(_, amount)| Some(*amount) != line.annual)
        .map(|(year, amount)| format!("Year {year}: {}", format_gbp(*amount)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn what_happens(placement: Placement, list: LineList) -> String {
    let noun = list.noun().to_ascii_lowercase();
    match placement {
        Placement::Update(index) => format!("Updates {noun} {}", index + 1),
        Placement::Fill(index) => format!("Fills the empty {noun} {}", index + 1),
        Placement::Add => format!("Adds a {noun}"),
        Placement::NoRoom => "Left out: the list is full".to_string(),
    }
}

fn accept_words(count: usize, list: LineList) -> String {
    let noun = list.noun().to_ascii_lowercase();
    match count {
        1 => format!("Use this row for 1 {noun}"),
        _ => format!("Use these {count} rows"),
    }
}

/// "and 1 more cell like these", "and 479,990 more cells like these".
fn more_cells(count: usize) -> String {
    let cells = if count == 1 { "cell" } else { "cells" };
    format!(
        "and {} more {cells} like these",
        funding_model::data::money::group_thousands(count as u64)
    )
}

/// "The first row was read as headings: “Council”, “Contribution 2024/25”."
fn headings_words(header: &[String]) -> String {
    let cells: Vec<String> = header
        .iter()
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
        .map(|cell| format!("“{cell}”"))
        .collect();
    format!("The first row was read as headings: {}.", cells.join(", "))
}

/// What became of a row of totals, and whether it agrees with the rows above.
fn total_words(total: &TotalRow) -> String {
    let left_out = format!("Row {}, “{}”, is left out", total.row, total.name);
    match total.stated {
        Some(stated) if total.agrees() => {
            format!("{left_out}: it equals the sum of the rows above, {}.", format_gbp(stated))
        }
        Some(stated) => format!(
            "{left_out}: it says {}, but the rows above add up to {}. Check the rows before you accept them.",
            format_gbp(stated),
            format_gbp(total.sum)
        ),
        None => format!("{left_out}."),
    }
}
