//! The option's contract start month and initial term.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::components::{on_select, select_options};
use crate::state::views::ContractView;
use crate::state::{ids, Action, ContractAction, Field};
use funding_model::data::limits::{MAX_TERM_YEARS, MIN_TERM_YEARS};
use funding_model::data::month::MONTH_NAMES;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn contract_form(args: &SectionArgs<ContractView>) -> Html {
    let view = &args.view;
    let dispatch = &args.dispatch;
    let on_month = dispatch.reform(|value: String| {
        Action::Contract(ContractAction::SetStartMonth(value.parse().unwrap_or(0)))
    });
    let on_term = dispatch.reform(|value: String| {
        Action::Contract(ContractAction::SetInitialYears(value.parse().unwrap_or(0)))
    });
    html! {
        <div class="contract-form">
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ "Contract start" }</legend>
                <div class="inline-fields">
                    <div class="form-group">
                        <label class="label" for={ids::START_MONTH}>{ "Month" }</label>
                        <select class="select" id={ids::START_MONTH} name={ids::START_MONTH}
                            onchange={on_select(on_month)}>
                            { select_options(MONTH_NAMES.iter().enumerate()
                                .map(|(index, name)| ((index + 1).to_string(), name.to_string())).collect(),
                                &view.start_month.to_string()) }
                        </select>
                    </div>
                    { text_field(TextField::new(Binding::to_state(Field::StartYear, view.start_year.clone(), dispatch), "Year")
                        .number("numeric", "input--width-4")) }
                </div>
            </fieldset>
            <div class="form-group">
                <label class="label" for={ids::INITIAL_TERM}>{ "Initial term" }</label>
                <select class="select" id={ids::INITIAL_TERM} name={ids::INITIAL_TERM} onchange={on_select(on_term)}>
                    { select_options((MIN_TERM_YEARS..=MAX_TERM_YEARS).map(|years| {
                        let label = if years == 1 { "1 year".to_string() } else { format!("{years} years") };
                        (years.to_string(), label)
                    }).collect(), &view.initial_years.to_string()) }
                </select>
            </div>
        </div>
    }
}
