//! The agreement's tables: funding groups by year, each partner's part of each year
//! with its change, the basis, the actual spend against the plan, and each partner's
//! part of each variance. Built from the report, as every results table is.

use super::{text, Cell, ResultsTable, Table};
use crate::data::money::{from_pence, Percent};
use crate::figures::comparison::Difference;
use crate::figures::groups::year_parts;
use crate::figures::report::Report;

/// Each funding group's part of each contract year, its total and its share.
pub fn funding_groups(report: &Report) -> Table {
    let mut header = vec![text("Funding group")];
    header.extend(
        (report.years.iter()).map(|y| text(format!("{} ({})", y.year.name(), y.year.dates()))),
    );
    header.push(text("Total"));
    header.push(text("Share of pool (%)"));
    let mut rows = vec![header];
    for group in &report.groups {
        let mut row = vec![text(group.name.clone())];
        row.extend(group.by_year.iter().map(|amount| Cell::Money(*amount)));
        row.push(Cell::Money(group.total));
        row.push(group.share.map_or(Cell::Empty, Cell::Percent));
        rows.push(row);
    }
    let mut total = vec![text("Total pooled budget")];
    total.extend(report.years.iter().map(|y| Cell::Money(y.pool)));
    total.push(Cell::Money(report.chosen_total));
    total.push(if report.groups.iter().any(|g| g.share.is_some()) {
        Cell::Percent(Percent(10_000))
    } else {
        Cell::Empty
    });
    rows.push(total);
    Table {
        name: ResultsTable::FundingGroups.name(),
        rows,
    }
}

/// A row for each partner and contract year: its contribution, its share of the
/// year's pool, and the change from the year before.
pub fn year_on_year(report: &Report) -> Table {
    let mut rows = vec![vec![
        text("Partner"),
        text("Contract year"),
        text("Contribution"),
        text("Share of the year's pool (%)"),
        text("Change from the year before"),
        text("Change (%)"),
    ]];
    for (index, partner) in report.partners.iter().enumerate() {
        for (year, part) in report.years.iter().zip(year_parts(report, index)) {
            let (change, percent) = match part.change {
                Some(Difference { pounds, hundredths }) => (
                    Cell::Money(pounds),
                    hundredths.map_or(Cell::Empty, |h| {
                        Cell::Change(if pounds.is_sign_negative() { -h } else { h })
                    }),
                ),
                None => (Cell::Empty, Cell::Empty),
            };
            rows.push(vec![
                text(partner.name.clone()),
                text(year.year.label()),
                Cell::Money(part.amount),
                part.share.map_or(Cell::Empty, Cell::Percent),
                change,
                percent,
            ]);
        }
    }
    Table {
        name: ResultsTable::YearOnYear.name(),
        rows,
    }
}

/// Each partner's figure of the basis, its share, any agreed share, its contribution.
pub fn basis(report: &Report) -> Table {
    let Some(figures) = report.basis.as_ref() else {
        return Table {
            name: ResultsTable::Basis.name(),
            rows: Vec::new(),
        };
    };
    let name = match figures.basis.name.trim() {
        "" => "Basis figure".to_string(),
        name => name.to_string(),
    };
    let mut rows = vec![vec![
        text("Partner"),
        text(name),
        text("Share by the figures (%)"),
        text("Agreed share (%)"),
        text("Contribution a year"),
    ]];
    for row in &figures.rows {
        rows.push(vec![
            text(row.name.clone()),
            text(crate::data::money::group_thousands(row.figure)),
            row.share.map_or(Cell::Empty, Cell::Percent),
            row.agreed.map_or(Cell::Empty, Cell::Percent),
            Cell::Money(row.amount),
        ]);
    }
    Table {
        name: ResultsTable::Basis.name(),
        rows,
    }
}

/// Each period with actual spend: the plan, the actual, the variance and whether it is
/// within the tolerance.
pub fn outturn(report: &Report) -> Table {
    let mut rows = vec![vec![
        text("Period"),
        text("Plan"),
        text("Actual"),
        text("Variance"),
        text("Variance (%)"),
        text("Within tolerance"),
    ]];
    for outturn in &report.outturns {
        let variance = outturn.variance();
        let percent = Difference::between(
            Some(from_pence(outturn.actual)),
            Some(from_pence(outturn.plan.total)),
        )
        .and_then(|d| d.hundredths.map(|h| if variance < 0 { -h } else { h }));
        rows.push(vec![
            text(outturn.plan.label.clone()),
            Cell::Money(from_pence(outturn.plan.total)),
            Cell::Money(from_pence(outturn.actual)),
            Cell::Money(from_pence(variance)),
            percent.map_or(Cell::Empty, Cell::Change),
            text(if outturn.within_tolerance {
                "Yes"
            } else {
                "No: review"
            }),
        ]);
    }
    Table {
        name: ResultsTable::Outturn.name(),
        rows,
    }
}

/// Each partner's part of each period's variance, then the risk pool's part, the
/// fixed-price lines' and what no partner bears, and the variance: each column adds up.
pub fn variance_parts(report: &Report) -> Table {
    let outturns = &report.outturns;
    let mut header = vec![text("Who bears it")];
    header.extend(outturns.iter().map(|o| text(o.plan.label.clone())));
    header.push(text("Total"));
    let mut rows = vec![header];
    let row = |name: String, value: &dyn Fn(&crate::figures::outturn::PeriodOutturn) -> i64| {
        let mut cells = vec![text(name)];
        let values: Vec<i64> = outturns.iter().map(value).collect();
        cells.extend(values.iter().map(|pence| Cell::Money(from_pence(*pence))));
        cells.push(Cell::Money(from_pence(values.iter().sum())));
        cells
    };
    for (index, partner) in report.partners.iter().enumerate() {
        rows.push(row(partner.name.clone(), &|o| {
            o.split.parts.get(index).copied().unwrap_or(0)
        }));
    }
    if report.partners.len() > 1 {
        rows.push(row("Borne by the partners".to_string(), &|o| {
            o.split.parts.iter().sum()
        }));
    }
    if outturns.iter().any(|o| o.split.from_pool != 0) {
        rows.push(row("Risk pool".to_string(), &|o| o.split.from_pool));
    }
    if outturns.iter().any(|o| o.split.not_shared != 0) {
        rows.push(row("Fixed-price lines, not shared".to_string(), &|o| {
            o.split.not_shared
        }));
    }
    if outturns.iter().any(|o| o.split.unmet != 0) {
        rows.push(row(
            "Borne by no partner under the rule".to_string(),
            &|o| o.split.unmet,
        ));
    }
    rows.push(row("Total variance".to_string(), &|o| o.variance()));
    Table {
        name: ResultsTable::VarianceParts.name(),
        rows,
    }
}
