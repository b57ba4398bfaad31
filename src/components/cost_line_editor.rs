//! One line of the spending plan: what it pays for and how much.

use super::amounts_editor::AmountsEditor;
use super::on_select;
use super::text_field::TextField;
use crate::model::report::ContractYear;
use crate::model::scenario::{CostKind, CostLine, MAX_TEXT_CHARS};
use crate::state::{cost_line_name_id, Action, AmountOwner, FieldView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CostLineEditorProps {
    pub line: CostLine,
    /// 0 for the first line.
    pub position: usize,
    pub years: Vec<ContractYear>,
    pub annual: FieldView,
    pub by_year: Vec<FieldView>,
    pub uplift: FieldView,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn CostLineEditor(props: &CostLineEditorProps) -> Html {
    let line = &props.line;
    let id = line.id;
    let dispatch = &props.dispatch;
    let name = line.display_name(props.position);
    let kind_id = format!("cost-{id}-kind");
    let on_kind = on_select(dispatch.reform(move |code: String| {
        Action::SetCostKind(id, CostKind::from_code(&code).unwrap_or(CostKind::Other))
    }));
    let differing_years = props
        .years
        .iter()
        .filter(|y| line.year_amounts.contains_key(&y.number))
        .count();
    html! {
        <li class="item" key={id}>
          <fieldset class="fieldset fieldset--item">
            <legend class="item__title">{ format!("{}. {}", props.position + 1, name) }</legend>
            <TextField id={cost_line_name_id(id)} label="What it pays for" value={line.name.clone()}
                hint="Such as a provider's name, an evaluation or programme management."
                maxlength={MAX_TEXT_CHARS} oninput={dispatch.reform(move |name| Action::RenameCostLine(id, name))} />
            <div class="form-group">
                <label class="label" for={kind_id.clone()}>{ "Kind of cost" }</label>
                <select class="select" id={kind_id} onchange={on_kind}>
                    for kind in CostKind::ALL {
                        <option value={kind.code()} selected={kind == line.kind}>{ kind.label() }</option>
                    }
                </select>
            </div>
            <AmountsEditor owner={AmountOwner::CostLine(id)} annual_label="Annual cost"
                annual_amount={line.annual} annual={props.annual.clone()} years={props.years.clone()}
                by_year={props.by_year.clone()} {differing_years} uplift={props.uplift.clone()}
                uplift_from={line.uplift.from_year} dispatch={dispatch.clone()} />
            <button type="button" class="button button--warning button--small"
                onclick={dispatch.reform(move |_| Action::RemoveCostLine(id))}>
                { "Remove" }<span class="visually-hidden">{ format!(": {name}") }</span>
            </button>
          </fieldset>
        </li>
    }
}
