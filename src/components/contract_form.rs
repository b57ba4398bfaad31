//! The option's contract start month and initial term.

use super::on_select;
use super::text_field::TextField;
use crate::model::month::MONTH_NAMES;
use crate::model::scenario::{MAX_TERM_YEARS, MIN_TERM_YEARS};
use crate::state::{Action, AppState, Field};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContractFormProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ContractForm(props: &ContractFormProps) -> Html {
    let option = props.state.option();
    let dispatch = &props.dispatch;
    let on_month =
        dispatch.reform(|value: String| Action::SetStartMonth(value.parse().unwrap_or(0)));
    let on_term =
        dispatch.reform(|value: String| Action::SetInitialYears(value.parse().unwrap_or(0)));
    let start_year = Field::StartYear;
    html! {
        <div class="contract-form">
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ "Contract start" }</legend>
                <div class="inline-fields">
                    <div class="form-group">
                        <label class="label" for="start-month">{ "Month" }</label>
                        <select class="select" id="start-month" name="start-month"
                            onchange={on_select(on_month)}>
                            for (index, name) in MONTH_NAMES.iter().enumerate() {
                                <option value={(index + 1).to_string()}
                                    selected={usize::from(option.start.month()) == index + 1}>
                                    { *name }
                                </option>
                            }
                        </select>
                    </div>
                    <TextField
                        id={start_year.element_id()}
                        label="Year"
                        inputmode="numeric"
                        width="input--width-4"
                        value={props.state.field_text(start_year)}
                        error={props.state.field_error(start_year).map(|e| AttrValue::from(e.to_string()))}
                        oninput={dispatch.reform(Action::EditStartYear)}
                        onblur={dispatch.reform(move |_| Action::SettleField(start_year))}
                    />
                </div>
            </fieldset>
            <div class="form-group">
                <label class="label" for="initial-term">{ "Initial term" }</label>
                <select class="select" id="initial-term" name="initial-term" onchange={on_select(on_term)}>
                    for years in MIN_TERM_YEARS..=MAX_TERM_YEARS {
                        <option value={years.to_string()} selected={years == option.initial_years}>
                            { if years == 1 { "1 year".to_string() } else { format!("{years} years") } }
                        </option>
                    }
                </select>
            </div>
        </div>
    }
}
