//! The appraisal's tables: each option's present values, and the sensitivity tests
//! sorted by swing (a tornado chart's rows). Named here rather than in
//! `ResultsTable`, as they are built from the whole scenario, not one report.

use super::{text, Cell, Table};
use crate::data::scenario::Scenario;
use crate::figures::appraisal::present_value::AppraisalFigures;
use crate::figures::appraisal::sensitivity::SensitivityRow;
use crate::figures::appraisal::switching::value_words;
use crate::figures::comparison::option_name;

/// The present-value table's name, for its file.
pub const PRESENT_VALUES: &str = "present-values";
/// The sensitivity table's name, for its file.
pub const SENSITIVITY: &str = "sensitivity";

/// Each option's present values: costs, optimism bias, benefits, NPV, net present
/// cost against the baseline and the benefit-cost ratio (only where it has benefits).
pub fn present_values(scenario: &Scenario, figures: &AppraisalFigures) -> Table {
    let mut rows = vec![[
        "Option",
        "PV of costs",
        "PV of optimism bias",
        "PV of benefits",
        "Net present value",
        "Net present cost against the baseline",
        "Benefit-cost ratio",
    ]
    .map(text)
    .to_vec()];
    for (at, option) in figures.options.iter().enumerate() {
        let name = scenario.options.get(at).map_or("", |o| o.name.as_str());
        let money = |stream: Option<&crate::figures::appraisal::present_value::Stream>| {
            stream.map_or(Cell::Empty, |s| Cell::Money(s.present))
        };
        rows.push(vec![
            text(option_name(name, at)),
            Cell::Money(option.costs.present),
            money(option.optimism_bias.as_ref()),
            money(option.benefits.as_ref()),
            Cell::Money(option.npv),
            Cell::Money(option.against_baseline),
            option.bcr.map_or(Cell::Empty, |r| text(format!("{r:.2}"))),
        ]);
    }
    Table {
        name: PRESENT_VALUES,
        rows,
    }
}

/// A row for each tested input, the widest swing first: its values and the input's
/// option's net present value at each.
pub fn sensitivity(rows: &[SensitivityRow]) -> Table {
    let mut table = vec![[
        "Input",
        "Low value",
        "High value",
        "NPV at low",
        "NPV at central",
        "NPV at high",
        "Swing",
    ]
    .map(text)
    .to_vec()];
    for row in rows {
        let input = row.test.input.input;
        table.push(vec![
            text(row.label.clone()),
            text(value_words(input, row.test.low)),
            text(value_words(input, row.test.high)),
            Cell::Money(row.low.npv),
            Cell::Money(row.central.npv),
            Cell::Money(row.high.npv),
            Cell::Money(row.swing),
        ]);
    }
    Table {
        name: SENSITIVITY,
        rows: table,
    }
}
