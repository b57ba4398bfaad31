//! Money over time, under HM Treasury's Green Book: real terms and their base year
//! and deflator, year 0 of discounting, optimism bias, the option's benefits, the
//! preferred option with the input whose switching value is shown, and sensitivity
//! tests. The figures themselves are in the results' appraisal section.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::components::browser::file_worker::warm_up_file_worker;
use crate::components::disclosure::Disclosure;
use crate::components::{on_text, select_field};
use crate::state::views::{input_code, input_from_code, AppraisalView};
use crate::state::{Action, AppraisalAction, Field, FieldView};
use funding_model::data::appraisal::InputRef;
use funding_model::data::limits::{MAX_SENSITIVITIES, MAX_TEXT_CHARS};
use yew::prelude::*;

/// The section, folded away until opened, or while anything in it is set or has an
/// error to show.
pub fn appraisal_editor(args: &SectionArgs<AppraisalView>) -> Html {
    let content = {
        let (view, dispatch) = (args.view.clone(), args.dispatch.clone());
        Callback::from(move |()| appraisal_fields(&view, &dispatch))
    };
    html! {
        // Real terms, present values and switching values are worked out in the file
        // worker: reaching for the section starts it, and so does opening it by keyboard.
        <section class="appraisal" aria-labelledby="appraisal-heading"
            onpointerenter={Callback::from(|_| warm_up_file_worker())}>
            <h3 class="heading-m" id="appraisal-heading">{ "Money over time" }</h3>
            <p class="hint">{ "Real terms, present values, switching values and sensitivity, as HM Treasury's Green Book appraises options. Each is optional." }</p>
            <Disclosure class={classes!("details")} summary={"Real terms, discounting, benefits and what would change the decision".to_string()} {content} keep_open={args.view.in_use}
                on_open={Callback::from(|()| warm_up_file_worker())} />
        </section>
    }
}

fn field(shown: &FieldView, field: Field, label: &str, dispatch: &Callback<Action>) -> TextField {
    TextField::new(
        Binding::to_state(field, shown.clone(), dispatch),
        label.to_string(),
    )
}

fn appraisal_fields(view: &AppraisalView, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="details__text">
            { prices(view, dispatch) }
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ "Discounting" }</legend>
                { text_field(field(&view.discount_year, Field::DiscountYear, "Year 0, left undiscounted", dispatch)
                    .hint("A financial year, like 2024/25. Leave blank for the base year of real terms.").number("numeric", "input--width-10")) }
                { text_field(field(&view.optimism_percent, Field::OptimismPercent, "Optimism bias on costs, in per cent", dispatch)
                    .hint("Green Book supplementary guidance gives ranges by kind of project: 0% to 41% for outsourced operating costs.").number("decimal", "input--width-4")) }
                { text_field(TextField { maxlength: Some(MAX_TEXT_CHARS), ..field(&view.optimism_source, Field::OptimismSource, "Where the percentage comes from", dispatch) }) }
            </fieldset>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ "Benefits of the option being edited, a year" }</legend>
                { text_field(field(&view.savings, Field::Savings, "Cashable savings a year, in pounds", dispatch).pounds()) }
                { text_field(field(&view.avoided, Field::AvoidedCosts, "Costs avoided a year, in pounds", dispatch).pounds()) }
                { text_field(field(&view.per_completion, Field::ValuePerCompletion, "Value of each person completing, in pounds", dispatch).pounds()) }
            </fieldset>
            { switching(view, dispatch) }
            { sensitivity(view, dispatch) }
        </div>
    }
}

fn prices(view: &AppraisalView, dispatch: &Callback<Action>) -> Html {
    let shown = vec![
        ("cash".to_string(), "Cash".to_string()),
        ("real".to_string(), "Real terms".to_string()),
    ];
    let deflators = vec![
        (
            "published".to_string(),
            "HM Treasury's GDP deflators".to_string(),
        ),
        (
            "constant".to_string(),
            "A constant rate of inflation".to_string(),
        ),
        ("own".to_string(), "My own index".to_string()),
    ];
    let on_shown = dispatch
        .reform(|code: String| Action::Appraisal(AppraisalAction::SetRealTerms(code == "real")));
    let on_deflator = dispatch.reform(|code| Action::Appraisal(AppraisalAction::SetDeflator(code)));
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ "Prices" }</legend>
            { select_field("prices".to_string(), "Show tables and charts in", None, shown, if view.real_terms { "real" } else { "cash" }, on_shown) }
            { text_field(field(&view.base_year, Field::BaseYear, "Base year of real terms", dispatch)
                .hint("A financial year, like 2024/25. Leave blank for the first financial year of the baseline's contract.").number("numeric", "input--width-10")) }
            { select_field("deflator".to_string(), "Deflator", Some("The GDP deflators ship with the calculator and load when first used."), deflators, view.deflator, on_deflator) }
            if view.deflator == "constant" {
                { text_field(field(&view.deflator_rate, Field::DeflatorRate, "Rate of inflation a year, in per cent", dispatch).number("decimal", "input--width-4")) }
            }
            if view.deflator == "own" {
                { own_index(&view.own_index, dispatch) }
            }
        </fieldset>
    }
}

/// The user's own index: a financial year and its index a line, typed or pasted.
fn own_index(shown: &FieldView, dispatch: &Callback<Action>) -> Html {
    let id = Field::OwnIndex.element_id();
    let error_id = format!("{id}-error");
    let oninput = on_text(dispatch.reform(|text| Action::Type(Field::OwnIndex, text)));
    let onblur = dispatch.reform(|_: FocusEvent| Action::Settle(Field::OwnIndex));
    html! {
        <div class={classes!("form-group", shown.error.is_some().then_some("form-group--error"))}>
            <label class="label" for={id.clone()}>{ "Your own index" }</label>
            <div class="hint" id={format!("{id}-hint")}>{ "A financial year and its index on each line, like 2024-25, 100. Paste two columns from a spreadsheet if you like." }</div>
            if let Some(error) = &shown.error {
                <p class="error-message" id={error_id.clone()}><span class="visually-hidden">{ "Error: " }</span>{ error.clone() }</p>
            }
            <textarea class={classes!("textarea", shown.error.is_some().then_some("input--error"))} id={id.clone()} name={id.clone()} rows="6" spellcheck="false"
                aria-describedby={if shown.error.is_some() { format!("{id}-hint {error_id}") } else { format!("{id}-hint") }}
                value={shown.text.clone()} {oninput} {onblur} />
        </div>
    }
}

fn input_choices(choices: &[(InputRef, String)], first: &str) -> Vec<(String, String)> {
    let mut all = vec![(String::new(), first.to_string())];
    all.extend(
        choices
            .iter()
            .map(|(input, label)| (input_code(input.input), label.clone())),
    );
    all
}

fn switching(view: &AppraisalView, dispatch: &Callback<Action>) -> Html {
    let mut options = vec![(String::new(), "None chosen".to_string())];
    options.extend(
        view.option_names
            .iter()
            .enumerate()
            .map(|(at, name)| (at.to_string(), name.clone())),
    );
    let on_preferred = dispatch
        .reform(|code: String| Action::Appraisal(AppraisalAction::SetPreferred(code.parse().ok())));
    let preferred = view.preferred;
    let on_input = dispatch.reform(move |code: String| {
        let input = preferred
            .zip(input_from_code(&code))
            .map(|(option, input)| InputRef { option, input });
        Action::Appraisal(AppraisalAction::SetSwitchingInput(input))
    });
    let current_input = view
        .switching_input
        .map_or_else(String::new, |i| input_code(i.input));
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ "Switching value" }</legend>
            { select_field("preferred-option".to_string(), "Preferred option", None, options, &preferred.map_or_else(String::new, |at| at.to_string()), on_preferred) }
            if preferred.is_some() {
                { select_field("switching-input".to_string(), "Input to find the switching value of", Some("The value at which the preferred option stops being preferred."),
                    input_choices(&view.switching_choices, "None chosen"), &current_input, on_input) }
            }
        </fieldset>
    }
}

fn sensitivity(view: &AppraisalView, dispatch: &Callback<Action>) -> Html {
    let option = view.active;
    let on_add = dispatch.reform(move |code: String| match input_from_code(&code) {
        Some(input) => {
            Action::Appraisal(AppraisalAction::AddSensitivity(InputRef { option, input }))
        }
        None => Action::CheckEntries,
    });
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ "Sensitivity" }</legend>
            <div class="hint">{ "Test inputs of the option being edited at a low and a high value; the results show how far each moves the net present value." }</div>
            for (at, (label, low, high)) in view.tests.iter().enumerate() {
                <fieldset class="fieldset fieldset--item" key={at}>
                    <legend class="item__title">{ label.clone() }</legend>
                    <div class="inline-fields">
                    { text_field(field(low, Field::SensitivityLow(at), "Low value", dispatch).number("decimal", "input--width-10")) }
                    { text_field(field(high, Field::SensitivityHigh(at), "High value", dispatch).number("decimal", "input--width-10")) }
                    <button type="button" class="button button--secondary button--small"
                        onclick={dispatch.reform(move |_| Action::Appraisal(AppraisalAction::RemoveSensitivity(at)))}>
                        { "Remove" }<span class="visually-hidden">{ format!(": {label}") }</span>
                    </button>
                    </div>
                </fieldset>
            }
            if view.tests.len() < MAX_SENSITIVITIES {
                // Drawn afresh as each test is added, so it shows "Choose an input" again.
                <div key={format!("add-{}", view.tests.len())}>
                    { select_field("add-sensitivity".to_string(), "Test another input", None, input_choices(&view.test_choices, "Choose an input"), "", on_add) }
                </div>
            }
        </fieldset>
    }
}
