//! The amounts of a partner or a cost line: the annual figure, figures for particular
//! years, and a yearly uplift.

use super::on_select;
use super::text_field::TextField;
use crate::model::money::format_for_input;
use crate::model::report::ContractYear;
use crate::state::{Action, AmountOwner, FieldView};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AmountsEditorProps {
    pub owner: AmountOwner,
    /// As "Annual contribution" or "Annual cost".
    pub annual_label: AttrValue,
    /// The accepted annual amount, shown as the placeholder of years left blank.
    pub annual_amount: Decimal,
    pub annual: FieldView,
    /// Every year the contract could run.
    pub years: Vec<ContractYear>,
    /// Each year's field, in the order of `years`.
    pub by_year: Vec<FieldView>,
    /// How many of `years` have an amount of their own.
    pub differing_years: usize,
    pub uplift: FieldView,
    pub uplift_from: u16,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn AmountsEditor(props: &AmountsEditorProps) -> Html {
    let owner = props.owner;
    let dispatch = &props.dispatch;
    let annual = owner.annual_field();
    let uplift = owner.uplift_field();
    let from_id = format!("{}-from", uplift.element_id());
    let on_from = on_select(
        dispatch.reform(move |year: String| owner.set_uplift_from(year.parse().unwrap_or(1))),
    );
    html! {
        <>
            <TextField
                id={annual.element_id()}
                label={format!("{}, in pounds", props.annual_label)}
                hint="For a full contract year. Part years are pro-rated by month."
                prefix="£"
                inputmode="decimal"
                width="input--width-10"
                value={props.annual.text.clone()}
                error={props.annual.error.clone().map(AttrValue::from)}
                oninput={dispatch.reform(move |text| owner.edit_annual(text))}
                onblur={dispatch.reform(move |_| Action::SettleField(annual))}
            />
            <details class="details">
                <summary class="details__summary">
                    { "Different amounts in particular years, or a yearly uplift" }
                    if props.differing_years > 0 {
                        { format!(" ({} set)", props.differing_years) }
                    }
                    if !props.uplift.text.is_empty() {
                        { format!(" (uplift {}%)", props.uplift.text) }
                    }
                </summary>
                <div class="details__text">
                    <div class="inline-fields">
                        <TextField
                            id={uplift.element_id()}
                            label="Uplift each year, in per cent"
                            hint="Compounding, on the annual amount. Leave blank for none."
                            inputmode="decimal"
                            width="input--width-4"
                            value={props.uplift.text.clone()}
                            error={props.uplift.error.clone().map(AttrValue::from)}
                            oninput={dispatch.reform(move |text| owner.edit_uplift(text))}
                            onblur={dispatch.reform(move |_| Action::SettleField(uplift))}
                        />
                        <div class="form-group">
                            <label class="label" for={from_id.clone()}>{ "Uplift from" }</label>
                            <select class="select" id={from_id} onchange={on_from}>
                                for year in &props.years {
                                    <option value={year.number.to_string()}
                                        selected={year.number == props.uplift_from}>
                                        { year.label() }
                                    </option>
                                }
                            </select>
                        </div>
                    </div>
                    <p class="hint">{ "Leave a year blank to use the annual amount. Give the full-year amount; a part year is pro-rated." }</p>
                    for (year, view) in props.years.iter().zip(&props.by_year) {
                        {{
                            let number = year.number;
                            let field = owner.year_field(number);
                            html! {
                                <TextField
                                    key={number}
                                    id={field.element_id()}
                                    label={format!("{}, in pounds", year.label())}
                                    prefix="£"
                                    inputmode="decimal"
                                    width="input--width-10"
                                    placeholder={format_for_input(props.annual_amount)}
                                    value={view.text.clone()}
                                    error={view.error.clone().map(AttrValue::from)}
                                    oninput={dispatch.reform(move |text| owner.edit_year(number, text))}
                                    onblur={dispatch.reform(move |_| Action::SettleField(field))}
                                />
                            }
                        }}
                    }
                </div>
            </details>
        </>
    }
}
