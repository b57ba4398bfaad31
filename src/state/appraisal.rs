//! Money over time, under HM Treasury's Green Book: whether the tables show real
//! terms, the base year, the deflator, year 0 of discounting, the preferred option,
//! optimism bias, each option's benefits, the switching value's input and the
//! sensitivity tests. Typing is [`super::Action::Type`], read and written here as
//! [`super::fields`] does for the rest; the choices are an [`AppraisalAction`].

use super::field::{Field, Value};
use super::history::Outcome;
use super::AppState;
use funding_model::data::appraisal::{Appraisal, Deflator, InputRef, OptimismBias, Sensitivity};
use funding_model::data::inputs::{check_name, parse_amount, parse_financial_year, parse_rate};
use funding_model::data::limits::{MAX_APPRAISAL_RATE, MAX_SENSITIVITIES, MAX_TEXT_CHARS};
use funding_model::data::money::Rate;
use funding_model::data::scenario::Scenario;
use funding_model::figures::appraisal::deflate::parse_own_index;
use rust_decimal::Decimal;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum AppraisalAction {
    SetRealTerms(bool),
    /// "published", "constant" or "own".
    SetDeflator(String),
    SetPreferred(Option<usize>),
    SetSwitchingInput(Option<InputRef>),
    /// Test an input at a low and a high value, starting from its value now.
    AddSensitivity(InputRef),
    RemoveSensitivity(usize),
}

impl AppraisalAction {
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let scenario = Rc::make_mut(&mut state.scenario);
        let appraisal = &mut scenario.appraisal;
        match self {
            AppraisalAction::SetRealTerms(real) => appraisal.real_terms = real,
            AppraisalAction::SetDeflator(code) => {
                appraisal.deflator = match code.as_str() {
                    "constant" => Deflator::Constant(Rate(20_000)),
                    "own" => Deflator::Own(Vec::new()),
                    _ => Deflator::Published,
                };
                state.drafts.remove(&Field::DeflatorRate);
                state.drafts.remove(&Field::OwnIndex);
            }
            AppraisalAction::SetPreferred(at) => appraisal.preferred = at,
            AppraisalAction::SetSwitchingInput(input) => appraisal.switching_input = input,
            AppraisalAction::AddSensitivity(input) => {
                if appraisal.sensitivities.len() < MAX_SENSITIVITIES {
                    let now = current_value(scenario, input);
                    scenario.appraisal.sensitivities.push(Sensitivity {
                        input,
                        low: now,
                        high: now,
                    });
                }
            }
            AppraisalAction::RemoveSensitivity(at) => {
                if at < appraisal.sensitivities.len() {
                    appraisal.sensitivities.remove(at);
                    // The fields after it move up: their drafts would be misplaced.
                    state.drafts.retain(|field, _| {
                        !matches!(field, Field::SensitivityLow(_) | Field::SensitivityHigh(_))
                    });
                }
            }
        }
        Outcome::NEW_ENTRY
    }
}

/// The value an input has now, the starting point of its test.
fn current_value(scenario: &Scenario, input: InputRef) -> Decimal {
    funding_model::figures::appraisal::switching::current(scenario, input).unwrap_or_default()
}

/// Reads typed text for an appraisal field; `None` for any other field.
pub fn parse(field: Field, text: &str) -> Option<Result<Value, String>> {
    let amount = |text: &str| parse_amount(text).map_err(|e| e.message().to_string());
    let blank = text.trim().is_empty();
    Some(match field {
        Field::BaseYear => parse_financial_year(text, "Base year").map(Value::Year),
        Field::DiscountYear => parse_financial_year(text, "Year 0").map(Value::Year),
        Field::DeflatorRate => {
            parse_rate(text, "Rate of inflation", MAX_APPRAISAL_RATE).map(Value::Uplift)
        }
        Field::OptimismPercent if blank => Ok(Value::Uplift(Rate(0))),
        Field::OptimismPercent => {
            parse_rate(text, "Optimism bias", MAX_APPRAISAL_RATE).map(Value::Uplift)
        }
        Field::OptimismSource => {
            check_name(text).map(|()| Value::Text(text.chars().take(MAX_TEXT_CHARS).collect()))
        }
        Field::OwnIndex => parse_own_index(text).map(Value::Index),
        Field::Savings | Field::AvoidedCosts | Field::ValuePerCompletion if blank => {
            Ok(Value::OptionalAmount(None))
        }
        Field::Savings | Field::AvoidedCosts | Field::ValuePerCompletion => {
            amount(text).map(|a| Value::OptionalAmount(Some(a)))
        }
        Field::SensitivityLow(_) | Field::SensitivityHigh(_) => amount(text).map(Value::Amount),
        _ => return None,
    })
}

/// The value an appraisal field has; `None` for any other field or a test gone.
pub fn read(scenario: &Scenario, field: Field) -> Option<Value> {
    let appraisal = &scenario.appraisal;
    let benefits = scenario.active_option().benefits;
    let bias = appraisal.optimism_bias.as_ref();
    Some(match field {
        Field::BaseYear => Value::Year(appraisal.base_year),
        Field::DiscountYear => Value::Year(appraisal.discount_year),
        Field::DeflatorRate => Value::Uplift(match appraisal.deflator {
            Deflator::Constant(rate) => rate,
            _ => Rate(0),
        }),
        Field::OwnIndex => Value::Index(match &appraisal.deflator {
            Deflator::Own(years) => years.clone(),
            _ => Vec::new(),
        }),
        Field::OptimismPercent => Value::Uplift(bias.map_or(Rate(0), |b| b.percent)),
        Field::OptimismSource => Value::Text(bias.map_or_else(String::new, |b| b.source.clone())),
        // Nothing entered shows as an empty field, not as 0.
        Field::Savings => optional(benefits.cashable_savings),
        Field::AvoidedCosts => optional(benefits.avoided_costs),
        Field::ValuePerCompletion => optional(benefits.value_per_completion),
        Field::SensitivityLow(at) => Value::Amount(appraisal.sensitivities.get(at)?.low),
        Field::SensitivityHigh(at) => Value::Amount(appraisal.sensitivities.get(at)?.high),
        _ => return None,
    })
}

/// Puts a value into the appraisal; `false` if `field` is not one of its.
pub fn write(scenario: &mut Scenario, field: Field, value: &Value) -> bool {
    if !field.is_appraisal() {
        return false;
    }
    let benefits = &mut scenario.active_option_mut().benefits;
    match (field, value) {
        (Field::Savings, Value::OptionalAmount(a)) => {
            benefits.cashable_savings = a.unwrap_or_default()
        }
        (Field::AvoidedCosts, Value::OptionalAmount(a)) => {
            benefits.avoided_costs = a.unwrap_or_default()
        }
        (Field::ValuePerCompletion, Value::OptionalAmount(a)) => {
            benefits.value_per_completion = a.unwrap_or_default();
        }
        _ => write_settings(&mut scenario.appraisal, field, value),
    }
    true
}

fn optional(amount: Decimal) -> Value {
    Value::OptionalAmount((!amount.is_zero()).then_some(amount))
}

fn write_settings(appraisal: &mut Appraisal, field: Field, value: &Value) {
    let bias = |appraisal: &mut Appraisal| {
        appraisal.optimism_bias.get_or_insert(OptimismBias {
            percent: Rate(0),
            source: String::new(),
        });
    };
    match (field, value) {
        (Field::BaseYear, Value::Year(year)) => appraisal.base_year = *year,
        (Field::DiscountYear, Value::Year(year)) => appraisal.discount_year = *year,
        (Field::DeflatorRate, Value::Uplift(rate)) => {
            appraisal.deflator = Deflator::Constant(*rate)
        }
        (Field::OwnIndex, Value::Index(years)) => appraisal.deflator = Deflator::Own(years.clone()),
        (Field::OptimismPercent, Value::Uplift(rate)) => {
            bias(appraisal);
            if let Some(b) = appraisal.optimism_bias.as_mut() {
                b.percent = *rate;
            }
        }
        (Field::OptimismSource, Value::Text(text)) => {
            bias(appraisal);
            if let Some(b) = appraisal.optimism_bias.as_mut() {
                b.source.clone_from(text);
            }
        }
        (Field::SensitivityLow(at), Value::Amount(a)) => {
            if let Some(test) = appraisal.sensitivities.get_mut(at) {
                test.low = *a;
            }
        }
        (Field::SensitivityHigh(at), Value::Amount(a)) => {
            if let Some(test) = appraisal.sensitivities.get_mut(at) {
                test.high = *a;
            }
        }
        _ => {}
    }
    // Optimism bias of nothing from nowhere is none at all.
    if appraisal
        .optimism_bias
        .as_ref()
        .is_some_and(|b| b.percent.0 == 0 && b.source.is_empty())
    {
        appraisal.optimism_bias = None;
    }
}
