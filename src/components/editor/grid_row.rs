//! One row of the amounts grid: a line's name, kind, annual amount and the full-year
//! amount of each contract year, then its total. Each cell is an input labelled with
//! its row and column; a year typed apart from the annual amount is marked.

use crate::components::{kind_choices, on_select, select_options};
use crate::state::views::LineView;
use crate::state::{Action, Field, LineAction};
use funding_model::data::money::format_for_input;
use funding_model::figures::report::ContractYear;
use funding_model::format_gbp;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GridRowProps {
    pub view: LineView,
    /// The row's place in the grid, from 0, for moving between cells.
    pub row: usize,
    /// The years of the chosen term, one column each.
    pub years: Rc<[ContractYear]>,
    /// The line's total over the chosen term, from the report.
    pub total: Decimal,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn GridRow(props: &GridRowProps) -> Html {
    crate::count_render!("GridRow", props.view.line.id);
    let view = &props.view;
    let line = view.line;
    let name = view.display_name();
    let cell = |column: usize, field: Field, shown: String, label: String| {
        let error = view.field(field).error;
        grid_input(props, column, field, shown, label, error)
    };
    let on_kind = on_select(
        props
            .dispatch
            .reform(move |code: String| Action::line(line, LineAction::SetKind(code))),
    );
    let annual = Field::Annual(line);
    html! {
        <tr>
            <th scope="row" class="grid__name">
                { cell(0, Field::LineName(line), view.field(Field::LineName(line)).text, format!("{name}: name")) }
            </th>
            <td>
                <select class="select grid__select" data-cell={format!("{}:1", props.row)}
                    aria-label={format!("{name}: kind")} onchange={on_kind}>
                    { select_options(kind_choices(line.list), view.kind) }
                </select>
            </td>
            <td class="grid__cell">
                { cell(2, annual, view.field(annual).text, format!("{name}: annual amount, in pounds")) }
            </td>
            for (index, year) in props.years.iter().enumerate() {
                { year_cell(props, 3 + index, year, &name) }
            }
            <td class="numeric grid__total">{ format_gbp(props.total) }</td>
        </tr>
    }
}

/// A year's cell: the amount typed for that year, marked, or the amount the annual
/// figure and uplift give it.
fn year_cell(props: &GridRowProps, column: usize, year: &ContractYear, name: &str) -> Html {
    let view = &props.view;
    let field = Field::Year(view.line, year.number);
    let typed = view.field(field);
    let differs = view.year_amounts.contains_key(&year.number);
    let shown = if differs || !typed.text.is_empty() {
        typed.text
    } else {
        format_for_input(view.full_year_amount(year.number))
    };
    let how = if differs { ", set for this year" } else { "" };
    let label = format!("{name}: {}, {}, in pounds{how}", year.name(), year.dates());
    let cell = grid_input(props, column, field, shown, label, typed.error);
    html! { <td class={classes!("grid__cell", differs.then_some("grid__cell--differs"))}>{ cell }</td> }
}

/// An input of the grid. Typing is [`Action::Type`], leaving it [`Action::Settle`];
/// `data-held` keeps the field's own text, which Escape puts back.
fn grid_input(
    props: &GridRowProps,
    column: usize,
    field: Field,
    shown: String,
    label: String,
    error: Option<String>,
) -> Html {
    let held = if column == 0 {
        shown.clone()
    } else {
        props.view.field(field).text
    };
    html! {
        <input class={classes!("grid__input", error.is_some().then_some("grid__input--error"))}
            id={field.element_id()} data-cell={format!("{}:{column}", props.row)} data-held={held}
            aria-label={label} aria-invalid={error.is_some().then_some("true")}
            inputmode={if column == 0 { "text" } else { "decimal" }} autocomplete="off"
            value={shown}
            oninput={crate::components::on_text(props.dispatch.reform(move |text| Action::Type(field, text)))}
            onblur={props.dispatch.reform(move |_| Action::Settle(field))} />
    }
}
