//! Two versions compared, as tables for CSV, copying and print: every input that
//! changed, every headline figure that moved, and each option's breakdown of the
//! change in its total, from the same lists the words are made from.

use super::{text, Cell, Table};
use crate::figures::versions::{OptionBreakdown, VersionChanges};

/// Every input that changed: its option, what it is, its earlier and later value.
pub fn changes(changes: &VersionChanges) -> Table {
    let mut rows = vec![vec![
        text("Option"),
        text("What changed"),
        text("Earlier version"),
        text("Later version"),
    ]];
    rows.extend(changes.inputs.iter().map(|change| {
        vec![
            change.option.clone().map_or(Cell::Empty, Cell::Text),
            text(change.heading()),
            text(change.earlier.clone()),
            text(change.later.clone()),
        ]
    }));
    Table {
        name: "version-changes",
        rows,
    }
}

/// Every headline figure that moved, with the difference in pounds and per cent.
pub fn figures(changes: &VersionChanges) -> Table {
    let mut rows = vec![vec![
        text("Option"),
        text("Figure"),
        text("Earlier version"),
        text("Later version"),
        text("Difference"),
        text("Change (%)"),
    ]];
    rows.extend(changes.figures.iter().map(|figure| {
        let money = |value: Option<_>| value.map_or(Cell::Empty, Cell::Money);
        vec![
            figure.option.clone().map_or(Cell::Empty, Cell::Text),
            text(crate::figures::agreement_words::capitalised(&figure.label)),
            money(figure.earlier),
            money(figure.later),
            Cell::Money(figure.difference()),
            text(figure.per_cent()),
        ]
    }));
    Table {
        name: "version-figures",
        rows,
    }
}

/// Each option's total in the earlier version, each step's part with its working,
/// and the total in the later version: the parts add up to the difference.
pub fn breakdown(breakdowns: &[OptionBreakdown]) -> Table {
    let mut rows = vec![vec![
        text("Option"),
        text("Step"),
        text("Total before"),
        text("Total after"),
        text("Part of the change"),
        text("Working"),
    ]];
    for option in breakdowns {
        let name = || text(option.option.clone());
        rows.push(vec![
            name(),
            text("Earlier version"),
            Cell::Empty,
            Cell::Money(option.start),
            Cell::Empty,
            Cell::Empty,
        ]);
        rows.extend(option.steps.iter().map(|step| {
            vec![
                name(),
                text(crate::figures::agreement_words::capitalised(&step.label)),
                Cell::Money(step.before),
                Cell::Money(step.after),
                Cell::Money(step.part()),
                text(step.working()),
            ]
        }));
        rows.push(vec![
            name(),
            text("Later version"),
            Cell::Money(option.start),
            Cell::Money(option.end),
            Cell::Money(option.end - option.start),
            text("The parts above add up to this difference"),
        ]);
    }
    Table {
        name: "version-breakdown",
        rows,
    }
}
