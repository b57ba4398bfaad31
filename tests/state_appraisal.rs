//! The appraisal edited through actions: real terms and their deflator, the years,
//! optimism bias, benefits, the switching value's input and sensitivity tests reach
//! the scenario, or keep their text with a message; and the fields are found by their
//! element ids, as kept drafts are.

use funding_calculator::state::{Action, AppState, AppraisalAction, Field};
use funding_model::data::appraisal::{Deflator, Input, InputRef};
use funding_model::data::money::Rate;
use rust_decimal::Decimal;

fn type_text(state: AppState, field: Field, text: &str) -> AppState {
    state
        .apply(Action::Type(field, text.to_string()))
        .apply(Action::Settle(field))
}

fn act(state: AppState, action: AppraisalAction) -> AppState {
    state.apply(Action::Appraisal(action))
}

#[test]
fn real_terms_with_a_constant_rate_and_a_base_year() {
    let state = act(AppState::default(), AppraisalAction::SetRealTerms(true));
    let state = act(state, AppraisalAction::SetDeflator("constant".into()));
    let state = type_text(state, Field::DeflatorRate, "2");
    let state = type_text(state, Field::BaseYear, "2020/21");
    let appraisal = &state.scenario.appraisal;
    assert!(appraisal.real_terms);
    assert_eq!(appraisal.deflator, Deflator::Constant(Rate(20_000)));
    assert_eq!(appraisal.base_year, Some(2020));
    assert_eq!(state.appraisal_view().base_year.text, "2020/21");
    let state = type_text(state, Field::BaseYear, "2020/22");
    assert_eq!(state.scenario.appraisal.base_year, Some(2020));
    assert_eq!(
        state.appraisal_view().base_year.error.as_deref(),
        Some("Base year must be a financial year, like 2024/25")
    );
}

#[test]
fn an_own_index_is_pasted_and_a_bad_line_is_named() {
    let state = act(
        AppState::default(),
        AppraisalAction::SetDeflator("own".into()),
    );
    let state = type_text(state, Field::OwnIndex, "2020-21\t95\n2021-22\t97.5");
    assert_eq!(
        state.scenario.appraisal.deflator,
        Deflator::Own(vec![
            (2020, Decimal::from(95)),
            (2021, Decimal::new(975, 1))
        ])
    );
    let state = type_text(state, Field::OwnIndex, "2021-22, 97\n2020-21, 95");
    let error = state.appraisal_view().own_index.error.unwrap_or_default();
    assert!(error.starts_with("Line 2:"), "{error}");
}

#[test]
fn optimism_bias_benefits_and_tests_reach_the_scenario() {
    let state = type_text(AppState::default(), Field::OptimismPercent, "41");
    let state = type_text(
        state,
        Field::OptimismSource,
        "Green Book, outsourcing, upper bound",
    );
    let state = type_text(state, Field::Savings, "120,000");
    let bias = state.scenario.appraisal.optimism_bias.clone().unwrap();
    assert_eq!(bias.percent, Rate(410_000));
    assert_eq!(bias.source, "Green Book, outsourcing, upper bound");
    assert_eq!(
        state.option().benefits.cashable_savings,
        Decimal::from(120_000)
    );
    let savings = InputRef {
        option: 0,
        input: Input::CashableSavings,
    };
    let state = act(state, AppraisalAction::SetPreferred(Some(0)));
    let state = act(state, AppraisalAction::SetSwitchingInput(Some(savings)));
    let state = act(state, AppraisalAction::AddSensitivity(savings));
    let state = type_text(state, Field::SensitivityLow(0), "60,000");
    let state = type_text(state, Field::SensitivityHigh(0), "180,000");
    let test = state.scenario.appraisal.sensitivities[0];
    assert_eq!(
        (test.low, test.high),
        (Decimal::from(60_000), Decimal::from(180_000))
    );
    assert!(state.appraisal_view().in_use);
    let state = act(state, AppraisalAction::RemoveSensitivity(0));
    assert!(state.scenario.appraisal.sensitivities.is_empty());
    let cleared = type_text(
        type_text(state, Field::OptimismPercent, ""),
        Field::OptimismSource,
        "",
    );
    assert_eq!(cleared.scenario.appraisal.optimism_bias, None);
}

#[test]
fn appraisal_fields_are_found_by_their_element_ids() {
    let fields = [
        Field::BaseYear,
        Field::DiscountYear,
        Field::DeflatorRate,
        Field::OwnIndex,
        Field::OptimismPercent,
        Field::OptimismSource,
        Field::Savings,
        Field::AvoidedCosts,
        Field::ValuePerCompletion,
        Field::SensitivityLow(3),
        Field::SensitivityHigh(0),
    ];
    for field in fields {
        assert_eq!(
            Field::from_element_id(&field.element_id()),
            Some(field),
            "{field:?}"
        );
        assert!(field.is_appraisal() && !field.is_agreement());
    }
}
