//! One funding partner: name, kind, amounts, and its place in the list.

use super::amounts_editor::AmountsEditor;
use super::on_select;
use super::text_field::TextField;
use crate::model::report::ContractYear;
use crate::model::scenario::{Partner, PartnerKind, MAX_TEXT_CHARS};
use crate::state::{move_button_id, partner_name_id, Action, AmountOwner, FieldView, Move};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PartnerEditorProps {
    pub partner: Partner,
    /// 0 for the first partner.
    pub position: usize,
    pub count: usize,
    /// Every year the contract could run, for amounts that differ by year.
    pub years: Vec<ContractYear>,
    /// The annual contribution field's text and error.
    pub annual: FieldView,
    /// Each year's field, in the order of `years`.
    pub by_year: Vec<FieldView>,
    pub uplift: FieldView,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn PartnerEditor(props: &PartnerEditorProps) -> Html {
    let partner = &props.partner;
    let id = partner.id;
    let dispatch = &props.dispatch;
    let name = partner.display_name(props.position);
    let prefix = format!("partner-{id}");

    let on_kind = on_select(dispatch.reform(move |code: String| {
        Action::SetPartnerKind(
            id,
            PartnerKind::from_code(&code).unwrap_or(PartnerKind::Other),
        )
    }));
    // Only the years on screen: an amount kept for a year past the current end is not shown.
    let differing_years = props
        .years
        .iter()
        .filter(|y| partner.year_amounts.contains_key(&y.number))
        .count();

    html! {
        <li class="item partner" key={id}>
          <fieldset class="fieldset fieldset--item">
            <legend class="item__title">{ format!("{}. {}", props.position + 1, name) }</legend>
            <TextField id={partner_name_id(id)} label="Name" value={partner.name.clone()}
                maxlength={MAX_TEXT_CHARS} oninput={dispatch.reform(move |name| Action::RenamePartner(id, name))} />
            <div class="form-group">
                <label class="label" for={format!("{prefix}-kind")}>{ "Kind of partner" }</label>
                <select class="select" id={format!("{prefix}-kind")} onchange={on_kind}>
                    for kind in PartnerKind::ALL {
                        <option value={kind.code()} selected={kind == partner.kind}>{ kind.label() }</option>
                    }
                </select>
            </div>
            <AmountsEditor owner={AmountOwner::Partner(id)} annual_label="Annual contribution"
                annual_amount={partner.annual} annual={props.annual.clone()} years={props.years.clone()}
                by_year={props.by_year.clone()} {differing_years} uplift={props.uplift.clone()}
                uplift_from={partner.uplift.from_year} dispatch={dispatch.clone()} />
            <div class="button-group">
                if props.position > 0 {
                    <button type="button" class="button button--secondary button--small"
                        id={move_button_id(id, Move::Up)}
                        onclick={dispatch.reform(move |_| Action::MovePartner(id, Move::Up))}>
                        { "Move up" }<span class="visually-hidden">{ format!(": {name}") }</span>
                    </button>
                }
                if props.position + 1 < props.count {
                    <button type="button" class="button button--secondary button--small"
                        id={move_button_id(id, Move::Down)}
                        onclick={dispatch.reform(move |_| Action::MovePartner(id, Move::Down))}>
                        { "Move down" }<span class="visually-hidden">{ format!(": {name}") }</span>
                    </button>
                }
                <button type="button" class="button button--warning button--small"
                    onclick={dispatch.reform(move |_| Action::RemovePartner(id))}>
                    { "Remove" }<span class="visually-hidden">{ format!(": {name}") }</span>
                </button>
            </div>
          </fieldset>
        </li>
    }
}
