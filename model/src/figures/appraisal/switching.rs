//! The switching value (Green Book): the value of one input at which the preferred
//! option stops being preferred, its net present cost meeting the best other option's
//! (the lowest net present cost, which is the highest net present value where there
//! are benefits); and, for an amount of an option with a spending plan, the value at
//! which its pool no longer covers the plan.
//!
//! Every figure is rounded to the penny each year, so the figures are steps, not a
//! line: the linear solution from two points is only near the answer. The pence (or
//! people) around it are searched, a bounded number of them, for a value at which the
//! two figures are equal to the penny; where the steps jump over equality, the first
//! value at which the preference turns is given, and said to be so.

use super::present_value::{appraise_option, appraised_report, year0, OptionAppraisal};
use crate::data::appraisal::{Input, InputRef};
use crate::data::money::{format_gbp, round_to_penny};
use crate::data::scenario::Scenario;
use crate::figures::report::Report;
use crate::figures::words::quoted;
use rust_decimal::Decimal;

/// How many steps either side of the linear solution are searched.
pub const SEARCH_STEPS: i64 = 60;

/// `scenario` with `input` set to `value` (people rounded to a whole number, never
/// below zero); unchanged where the input names no line. The app and the tests share
/// it, so a value shown is a value that can be put back.
pub fn apply(scenario: &Scenario, input: InputRef, value: Decimal) -> Scenario {
    let mut changed = scenario.clone();
    let Some(option) = changed.options.get_mut(input.option) else {
        return changed;
    };
    let value = value.max(Decimal::ZERO);
    match input.input {
        Input::PartnerAmount(id) => {
            if let Some(line) = option.partners.iter_mut().find(|l| l.id == id) {
                line.annual = round_to_penny(value);
            }
        }
        Input::CostAmount(id) => {
            if let Some(line) = option.cost_lines.iter_mut().find(|l| l.id == id) {
                line.annual = round_to_penny(value);
            }
        }
        Input::CashableSavings => option.benefits.cashable_savings = round_to_penny(value),
        Input::AvoidedCosts => option.benefits.avoided_costs = round_to_penny(value),
        Input::ValuePerCompletion => option.benefits.value_per_completion = round_to_penny(value),
        Input::Completions => {
            let whole = value.round().try_into().unwrap_or(u32::MAX);
            option.activity.completions_per_year = whole;
        }
    }
    changed
}

/// The input's value in `scenario`, if it names something there.
pub fn current(scenario: &Scenario, input: InputRef) -> Option<Decimal> {
    let option = scenario.options.get(input.option)?;
    Some(match input.input {
        Input::PartnerAmount(id) => option.partners.iter().find(|l| l.id == id)?.annual,
        Input::CostAmount(id) => option.cost_lines.iter().find(|l| l.id == id)?.annual,
        Input::CashableSavings => option.benefits.cashable_savings,
        Input::AvoidedCosts => option.benefits.avoided_costs,
        Input::ValuePerCompletion => option.benefits.value_per_completion,
        Input::Completions => Decimal::from(option.activity.completions_per_year),
    })
}

/// The input in words, as "Barnsley Council's annual contribution".
pub fn input_label(scenario: &Scenario, input: InputRef) -> String {
    let option = scenario.options.get(input.option);
    let line = |name: Option<&str>| name.unwrap_or("a line").to_string();
    match input.input {
        Input::PartnerAmount(id) => {
            let name = option.and_then(|o| o.partners.iter().find(|l| l.id == id));
            format!(
                "{}'s annual contribution",
                line(name.map(|l| l.name.as_str()))
            )
        }
        Input::CostAmount(id) => {
            let name = option.and_then(|o| o.cost_lines.iter().find(|l| l.id == id));
            format!(
                "the annual cost of {}",
                quoted(&line(name.map(|l| l.name.as_str())))
            )
        }
        Input::CashableSavings => "the amount of cashable savings a year".to_string(),
        Input::AvoidedCosts => "the amount of costs avoided a year".to_string(),
        Input::ValuePerCompletion => "the value of each completion".to_string(),
        Input::Completions => "the number of completions a year".to_string(),
    }
}

/// A value of the input in words: money, or a number of people.
pub fn value_words(input: Input, value: Decimal) -> String {
    match input {
        Input::Completions => format!("{}", value.normalize()),
        _ => format_gbp(value),
    }
}

/// The switching value of the scenario's chosen input for its preferred option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SwitchingValue {
    pub input: InputRef,
    pub preferred: usize,
    /// The best other option, at the central value.
    pub against: usize,
    pub central: Decimal,
    /// The value at which the preference turns; `None` where no value at or above
    /// zero turns it.
    pub value: Option<Decimal>,
    /// Whether the two figures are equal to the penny at `value`.
    pub exact: bool,
    /// Whether the preferred option has the lower net present cost now.
    pub preferred_now: bool,
    /// For an amount of an option with a spending plan: the value at which the pool
    /// no longer covers the plan.
    pub pool_covers_to: Option<Decimal>,
}

/// The two options' figures with the input at `value`: the preferred option's net
/// present cost less the other's.
fn gap(scenario: &Scenario, input: InputRef, value: Decimal, pair: (usize, usize)) -> Decimal {
    let changed = apply(scenario, input, value);
    let cost = |at: usize| net_present_cost(&changed, at);
    cost(pair.0) - cost(pair.1)
}

/// One option's appraisal in `scenario`, built afresh.
pub fn appraise_at(scenario: &Scenario, at: usize) -> Option<OptionAppraisal> {
    let option = scenario.options.get(at)?;
    let bias = scenario.appraisal.optimism_bias.as_ref().map(|b| b.percent);
    Some(appraise_option(
        option,
        &appraised_report(scenario, option),
        year0(scenario),
        bias,
    ))
}

fn net_present_cost(scenario: &Scenario, at: usize) -> Decimal {
    appraise_at(scenario, at).map_or(Decimal::ZERO, |a| a.net_present_cost)
}

/// The scenario's switching value, where it names a preferred option, an input and
/// another option to compare with.
pub fn switching_value(scenario: &Scenario) -> Option<SwitchingValue> {
    let preferred = scenario.appraisal.preferred?;
    let input = scenario.appraisal.switching_input?;
    let central = current(scenario, input)?;
    let against = (0..scenario.options.len())
        .filter(|&at| at != preferred)
        .min_by_key(|&at| net_present_cost(scenario, at))?;
    scenario.options.get(preferred)?;
    let whole = input.input == Input::Completions;
    let figure = |value: Decimal| gap(scenario, input, value, (preferred, against));
    let found = solve(&figure, central, whole);
    let option = &scenario.options[input.option];
    let amount = matches!(input.input, Input::PartnerAmount(_) | Input::CostAmount(_));
    let pool_covers_to = (amount && !option.cost_lines.is_empty())
        .then(|| {
            let balance = |value: Decimal| {
                let changed = apply(scenario, input, value);
                Report::build(&changed.options[input.option])
                    .balance
                    .unwrap_or_default()
            };
            solve(&balance, central, false).map(|(value, _)| value)
        })
        .flatten();
    Some(SwitchingValue {
        input,
        preferred,
        against,
        central,
        value: found.map(|(value, _)| value),
        exact: found.is_some_and(|(_, exact)| exact),
        preferred_now: figure(central) <= Decimal::ZERO,
        pool_covers_to,
    })
}

/// Where `figure` meets zero: the linear solution from the central value and one
/// step away, then up to [`SEARCH_STEPS`] units (pence, or people) either side of it
/// for a value where it is zero; failing that, the value nearest the solution at which
/// it has crossed zero. `None` where it does not move or meets zero only below zero.
pub fn solve(
    figure: &dyn Fn(Decimal) -> Decimal,
    central: Decimal,
    whole: bool,
) -> Option<(Decimal, bool)> {
    let unit = if whole {
        Decimal::ONE
    } else {
        Decimal::new(1, 2)
    };
    let at_central = figure(central);
    if at_central.is_zero() {
        return Some((central, true));
    }
    let step = central.abs().max(Decimal::ONE_HUNDRED).round();
    let slope = (figure(central + step) - at_central) / step;
    if slope.is_zero() {
        return None;
    }
    let guess = ((central - at_central / slope) / unit).round() * unit;
    let mut crossed: Option<Decimal> = None;
    for k in 0..=SEARCH_STEPS {
        for value in [
            guess - unit * Decimal::from(k),
            guess + unit * Decimal::from(k),
        ] {
            if value.is_sign_negative() {
                continue;
            }
            let at = figure(value);
            if at.is_zero() {
                return Some((value, true));
            }
            if crossed.is_none() && at.is_sign_negative() != at_central.is_sign_negative() {
                crossed = Some(value);
            }
        }
    }
    crossed.map(|value| (value, false))
}
