//! Sensitivity (Green Book): each tested input at its low, central and high value,
//! with the headline figures at each, the rows sorted by swing (the widest first) for
//! a tornado chart.

use super::switching::{apply, appraise_at, input_label};
use crate::data::appraisal::Sensitivity;
use crate::data::scenario::Scenario;
use rust_decimal::Decimal;

/// The headline figures with an input at one value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// The input's option's present value of costs.
    pub pv_costs: Decimal,
    /// The input's option's net present value.
    pub npv: Decimal,
    /// Each option's net present cost, in option order.
    pub net_present_costs: Vec<Decimal>,
}

/// One tested input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SensitivityRow {
    pub test: Sensitivity,
    /// The input in words.
    pub label: String,
    pub low: Headline,
    pub central: Headline,
    pub high: Headline,
    /// How far the input's option's net present value moves from low to high.
    pub swing: Decimal,
}

fn headline(scenario: &Scenario, option: usize) -> Headline {
    let each: Vec<_> = (0..scenario.options.len())
        .filter_map(|at| appraise_at(scenario, at))
        .collect();
    let own = each.get(option);
    Headline {
        pv_costs: own.map_or(Decimal::ZERO, |a| a.pv_costs),
        npv: own.map_or(Decimal::ZERO, |a| a.npv),
        net_present_costs: each.iter().map(|a| a.net_present_cost).collect(),
    }
}

/// Every sensitivity of the scenario, the widest swing first (ties in the order added).
pub fn sensitivities(scenario: &Scenario) -> Vec<SensitivityRow> {
    let central = |option: usize| headline(scenario, option);
    let mut rows: Vec<SensitivityRow> = (scenario.appraisal.sensitivities.iter())
        .filter(|test| test.input.option < scenario.options.len())
        .map(|test| {
            let option = test.input.option;
            let low = headline(&apply(scenario, test.input, test.low), option);
            let high = headline(&apply(scenario, test.input, test.high), option);
            SensitivityRow {
                test: *test,
                label: input_label(scenario, test.input),
                swing: (high.npv - low.npv).abs(),
                central: central(option),
                low,
                high,
            }
        })
        .collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.swing));
    rows
}
