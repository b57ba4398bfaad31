//! One partner or cost line: its name, kind and amounts, and its place in the list.

use super::amount_set_editor::amount_set_editor;
use super::line_terms_editor::line_terms_editor;
use super::text_field::{text_field, Binding, TextField};
use crate::components::{kind_choices, on_select, select_options};
use crate::state::views::LineView;
use crate::state::{ids, Action, Field, LineAction, ListAction, Move};
use funding_model::data::limits::MAX_TEXT_CHARS;
use funding_model::figures::report::ContractYear;
use funding_model::LineList;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LineEditorProps {
    pub view: LineView,
    /// Every year the contract could run, for amounts that differ by year.
    pub timeline: Rc<[ContractYear]>,
    pub dispatch: Callback<Action>,
}

/// What the line's name and kind fields are called, by list.
fn labels(list: LineList) -> (&'static str, Option<&'static str>, &'static str) {
    match list {
        LineList::Partners => ("Name", None, "Kind of partner"),
        LineList::CostLines => (
            "What it pays for",
            Some("Such as a provider's name, an evaluation or programme management."),
            "Kind of cost",
        ),
    }
}

#[component]
pub fn LineEditor(props: &LineEditorProps) -> Html {
    crate::count_render!("LineEditor", props.view.line.id);
    let view = &props.view;
    let line = view.line;
    let dispatch = &props.dispatch;
    let name = view.display_name();
    let (name_label, name_hint, kind_label) = labels(line.list);
    let kind_id = format!("{}-kind", ids::line(line.list, line.id));
    let on_kind = on_select(
        dispatch.reform(move |code: String| Action::line(line, LineAction::SetKind(code))),
    );
    let name_field = Field::LineName(line);
    let name_text = view.field(name_field);
    let item_class = match line.list {
        LineList::Partners => "partner",
        LineList::CostLines => "cost-line",
    };
    html! {
        <li class={classes!("item", item_class)}>
          <fieldset class="fieldset fieldset--item">
            <legend class="item__title">{ format!("{}. {}", view.position + 1, name) }</legend>
            { text_field(TextField {
                hint: name_hint.map(AttrValue::from),
                maxlength: Some(MAX_TEXT_CHARS),
                ..TextField::new(Binding::to_state(name_field, name_text, dispatch), name_label)
            }) }
            <div class="form-group">
                <label class="label" for={kind_id.clone()}>{ kind_label }</label>
                <select class="select" id={kind_id} onchange={on_kind}>
                    { select_options(kind_choices(line.list), view.kind) }
                </select>
            </div>
            { amount_set_editor(view, &props.timeline, dispatch) }
            { line_terms_editor(view, dispatch) }
            { buttons(view, &name, dispatch) }
          </fieldset>
        </li>
    }
}

/// Move up, move down and remove, each naming the line for screen readers.
fn buttons(view: &LineView, name: &str, dispatch: &Callback<Action>) -> Html {
    let line = view.line;
    let list = move |action: ListAction| Action::Lines(line.list, action);
    let hidden_name = html! { <span class="visually-hidden">{ format!(": {name}") }</span> };
    let move_button = |direction: Move, label: &str| {
        html! {
            <button type="button" class="button button--secondary button--small"
                id={ids::line_move_button(line.list, line.id, direction)}
                onclick={dispatch.reform(move |_| list(ListAction::Move(line.id, direction)))}>
                { label.to_string() }{ hidden_name.clone() }
            </button>
        }
    };
    html! {
        <div class="button-group">
            if view.position > 0 {
                { move_button(Move::Up, "Move up") }
            }
            if view.position + 1 < view.count {
                { move_button(Move::Down, "Move down") }
            }
            <button type="button" class="button button--warning button--small"
                onclick={dispatch.reform(move |_| list(ListAction::Remove(line.id)))}>
                { "Remove" }{ hidden_name.clone() }
            </button>
        </div>
    }
}
