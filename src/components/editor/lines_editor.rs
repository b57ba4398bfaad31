//! A list of lines: the funding partners, or the spending plan's cost lines. One
//! editor for both; the partners also get the tool that splits an amount among them.

use super::amounts_grid::amounts_grid;
use super::amounts_grid::parse_cell;
use super::line_editor::LineEditor;
use super::partner_tools::{PartnerTool, ToolKind};
use super::paste_preview::ExistingLine;
use super::paste_rows::{judge_paste, paste_rows, PasteRowsArgs, PasteVerdict, Pasted};
use crate::state::fields::LineRef;
use crate::state::grid_paste::{grid_paste, GridEdit};
use crate::state::views::LineView;
use crate::state::LineAction;
use crate::state::{ids, Action, ListAction};
use funding_model::figures::report::{ContractYear, Report};
use funding_model::formats::table_import::is_unused;
use funding_model::formats::table_import::{block_cells, kind_code};
use funding_model::LineList;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Lists longer than this are drawn only where they are on screen (`styles/app.css`).
pub const LONG_LIST: usize = 20;

#[derive(Properties, PartialEq)]
pub struct LinesEditorProps {
    pub list: LineList,
    pub lines: Vec<LineView>,
    /// Every year the contract could run.
    pub timeline: Rc<[ContractYear]>,
    /// The option's figures, for the grid's totals.
    pub report: Rc<Report>,
    pub dispatch: Callback<Action>,
    /// How many of its rows are drawn yet.
    pub rows_drawn: usize,
}

/// The list's heading, the hint under it (if any) and its add button's words.
fn words(list: LineList) -> (&'static str, Option<&'static str>, &'static str) {
    match list {
        LineList::Partners => ("Funding partners", None, "Add a partner"),
        LineList::CostLines => (
            "Spending plan",
            Some("What the pooled budget pays for: providers, evaluation and other costs. The results show the balance each year."),
            "Add a cost line",
        ),
    }
}

#[component]
pub fn LinesEditor(props: &LinesEditorProps) -> Html {
    crate::count_render!("LinesEditor", props.list.noun());
    let list = props.list;
    let heading = ids::list_heading(list);
    let (title, hint, add) = words(list);
    let partners: Vec<(u32, String)> = props
        .lines
        .iter()
        .map(|v| (v.line.id, v.display_name()))
        .collect();
    let pasted = use_state(Pasted::default);
    let paste_status = use_state(|| None::<String>);
    let as_grid = use_state(|| false);
    let existing: Vec<ExistingLine> = props
        .lines
        .iter()
        .map(|v| ExistingLine {
            name: v.name.clone(),
            unused: is_unused(&v.name, v.annual, &v.year_amounts),
        })
        .collect();
    let section_class = match list {
        LineList::Partners => "partners",
        LineList::CostLines => "spending",
    };
    html! {
        <section class={section_class} aria-labelledby={heading}>
            <h3 class="heading-m" id={heading} tabindex="-1">{ title }</h3>
            if let Some(hint) = hint {
                <p class="hint">{ hint }</p>
            }
            { layout_choice(list, &as_grid) }
            <div onpaste={block_to(PasteTarget { list, lines: props.lines.iter().map(|v| v.line).collect(),
                years: props.timeline.len(), dispatch: props.dispatch.clone() }, &pasted, &paste_status)}>
                if *as_grid {
                    { amounts_grid(list, &props.lines, &props.report, &props.dispatch) }
                } else {
                    <ol class={classes!("item-list", (props.lines.len() > LONG_LIST).then_some("item-list--long"))}>
                        for view in props.lines.iter().take(props.rows_drawn) {
                            <LineEditor key={view.line.id} view={view.clone()}
                                timeline={props.timeline.clone()} dispatch={props.dispatch.clone()} />
                        }
                    </ol>
                }
            </div>
            { paste_rows(PasteRowsArgs { list, existing: &existing, pasted: &pasted, status: &paste_status, dispatch: &props.dispatch }) }
            if list == LineList::Partners {
                <PartnerTool kind={ToolKind::Split} partners={started(&partners, &existing)} dispatch={props.dispatch.clone()} />
                <PartnerTool kind={ToolKind::Uplift} partners={partners.clone()} dispatch={props.dispatch.clone()} />
                <PartnerTool kind={ToolKind::Fill} partners={partners} years={props.timeline.len() as u16} dispatch={props.dispatch.clone()} />
            }
            if props.lines.len() < list.most() {
                <button type="button" class="button button--secondary"
                    onclick={props.dispatch.reform(move |_| Action::Lines(list, ListAction::Add))}>
                    { add }
                </button>
            }
        </section>
    }
}

/// A block of rows (text with a tab or a line break) pasted into any field of the list
/// goes to the paste preview, not into the one field.
/// What a block pasted into the list acts on.
struct PasteTarget {
    list: LineList,
    lines: Vec<LineRef>,
    /// How many years the contract can run: the grid's year columns.
    years: usize,
    dispatch: Callback<Action>,
}

fn block_to(
    target: PasteTarget,
    pasted: &UseStateHandle<Pasted>,
    status: &UseStateHandle<Option<String>>,
) -> Callback<Event> {
    let (pasted, status) = (pasted.clone(), status.clone());
    let list = target.list;
    Callback::from(move |event: Event| {
        let event: web_sys::ClipboardEvent = event.unchecked_into();
        // Judged before anything is put in the page: more text than any list, or rows
        // no list could take, are refused, and said so.
        let rows = match judge_paste(&event, list) {
            PasteVerdict::Field => return,
            PasteVerdict::Refused(message) => {
                event.prevent_default();
                status.set(Some(message));
                return;
            }
            PasteVerdict::Rows(rows) => rows,
        };
        event.prevent_default();
        // Into a cell of the grid: it fills from that cell, right and down.
        let cell = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.get_attribute("data-cell"))
            .and_then(|cell| parse_cell(&cell));
        let rows = match cell {
            Some(cell) => match fill_grid(&target, cell, &rows.text, &status) {
                Some(overflow) => overflow,
                None => return,
            },
            None => {
                status.set(None);
                rows
            }
        };
        pasted.set(rows);
        // Once the preview is drawn and its box open.
        gloo::timers::callback::Timeout::new(0, move || {
            crate::components::browser::focus::focus_element(ids::paste_rows(list));
        })
        .forget();
    })
}

/// Fills the grid from `cell` with the block `text`, as a spreadsheet does, and says
/// what it did; the rows below the last line, read for the preview, if there are any.
fn fill_grid(
    target: &PasteTarget,
    cell: (usize, usize),
    text: &str,
    status: &UseStateHandle<Option<String>>,
) -> Option<Pasted> {
    let cells = block_cells(text).ok()?;
    let paste = grid_paste(&target.lines, target.years, cell, &cells);
    let mut filled = 0;
    for edit in &paste.edits {
        match edit {
            GridEdit::Type(field, text) => {
                target.dispatch.emit(Action::Type(*field, text.clone()));
                target.dispatch.emit(Action::Settle(*field));
                filled += 1;
            }
            GridEdit::Kind(line, text) => {
                if let Some(code) = kind_code(text, target.list) {
                    target
                        .dispatch
                        .emit(Action::line(*line, LineAction::SetKind(code.to_string())));
                    filled += 1;
                }
            }
        }
    }
    let mut said = format!(
        "{filled} {} filled from the cell the rows were pasted into.",
        if filled == 1 { "cell" } else { "cells" }
    );
    if paste.cut_off > 0 {
        said.push_str(&format!(
            " {} past the last year did not fit.",
            paste.cut_off
        ));
    }
    if !paste.overflow.is_empty() {
        said.push_str(" The rows below the last line are in the preview, to add.");
    }
    status.set(Some(said));
    let overflow: Vec<String> = paste.overflow.iter().map(|row| row.join("\t")).collect();
    (!overflow.is_empty()).then(|| Pasted::of(overflow.join("\n"), target.list))
}

/// Whether the list is entered one line at a time or as a grid of lines and years.
fn layout_choice(list: LineList, as_grid: &UseStateHandle<bool>) -> Html {
    let name = format!("{}-layout", ids::paste_rows(list));
    let choices = [
        (
            false,
            "form",
            format!("One {} at a time", list.noun().to_ascii_lowercase()),
        ),
        (
            true,
            "grid",
            format!("A grid of {}s and years", list.noun().to_ascii_lowercase()),
        ),
    ];
    html! {
        <fieldset class="fieldset layout-choice">
            <legend class="fieldset__legend fieldset__legend--small">{ "Enter the amounts as" }</legend>
            <div class="radios radios--inline">
                for (grid, code, label) in choices {
                    <div class="radios__item">
                        <input class="radios__input" type="radio" name={name.clone()} id={format!("{name}-{code}")}
                            checked={**as_grid == grid}
                            onchange={{ let as_grid = as_grid.clone(); Callback::from(move |_| as_grid.set(grid)) }} />
                        <label class="label radios__label" for={format!("{name}-{code}")}>{ label }</label>
                    </div>
                }
            </div>
        </fieldset>
    }
}

/// The partners someone has started on: an empty one is not offered to share a split,
/// and a partner added by the split fills it instead.
fn started(partners: &[(u32, String)], existing: &[ExistingLine]) -> Vec<(u32, String)> {
    partners
        .iter()
        .zip(existing)
        .filter(|(_, line)| !line.unused)
        .map(|(partner, _)| partner.clone())
        .collect()
}
