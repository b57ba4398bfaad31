//! The results tables as CSV files for Excel and as tab-separated text for pasting.
//!
//! Figures are plain numbers (`262000.00`, `19.85`) so spreadsheets can add them up.
//! Text that a spreadsheet could take for a formula is neutralised ([`neutralise`]), as
//! OWASP advises against CSV injection: a partner named `=HYPERLINK(...)` stays text.
//! The copied financial implications use the same function for every cell and
//! paragraph.

use crate::data::line::LineList;
use crate::data::money::{format_plain_pounds, to_pence, Percent};
use crate::figures::financial_years::{
    costs_by_financial_year, partners_by_financial_year, pool_by_financial_year,
};
use crate::figures::report::{describe_months, Report};
use rust_decimal::Decimal;

/// One cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Money(Decimal),
    Percent(Percent),
    /// A change in hundredths of a per cent, which may be negative.
    Change(i128),
    Empty,
}

impl Cell {
    /// As people read it on the page and on paper: £1,234.56, 19.85%, +3.20%, –.
    pub fn words(&self) -> String {
        match self {
            Cell::Text(words) => words.clone(),
            Cell::Money(amount) => crate::format_gbp(*amount),
            Cell::Percent(percent) => percent.label(),
            Cell::Change(0) => "0.00%".to_string(),
            Cell::Change(hundredths) => {
                let sign = if *hundredths < 0 { '−' } else { '+' };
                let size = hundredths.unsigned_abs();
                format!("{sign}{}.{:02}%", size / 100, size % 100)
            }
            Cell::Empty => "–".to_string(),
        }
    }
}

/// A table ready to export.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Names the file: `contributions` becomes `<scenario>-contributions.csv`.
    pub name: &'static str,
    pub rows: Vec<Vec<Cell>>,
}

/// Which results table to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultsTable {
    Contributions,
    TermTotals,
    FinancialYears,
    PartnersByFinancialYear,
    CostsByFinancialYear,
    FundingGroups,
    YearOnYear,
    Basis,
    Outturn,
    VarianceParts,
}

impl ResultsTable {
    pub const ALL: [ResultsTable; 10] = [
        ResultsTable::Contributions,
        ResultsTable::TermTotals,
        ResultsTable::FinancialYears,
        ResultsTable::PartnersByFinancialYear,
        ResultsTable::CostsByFinancialYear,
        ResultsTable::FundingGroups,
        ResultsTable::YearOnYear,
        ResultsTable::Basis,
        ResultsTable::Outturn,
        ResultsTable::VarianceParts,
    ];

    /// Names the table's file (`contributions` becomes `<scenario>-contributions.csv`)
    /// and the table in the `scenario-figures` command.
    pub fn name(self) -> &'static str {
        match self {
            ResultsTable::Contributions => "contributions",
            ResultsTable::TermTotals => "contract-value",
            ResultsTable::FinancialYears => "financial-years",
            ResultsTable::PartnersByFinancialYear => "partners-by-financial-year",
            ResultsTable::CostsByFinancialYear => "spending-by-financial-year",
            ResultsTable::FundingGroups => "funding-groups",
            ResultsTable::YearOnYear => "each-year-by-partner",
            ResultsTable::Basis => "basis",
            ResultsTable::Outturn => "actual-spend",
            ResultsTable::VarianceParts => "variance-by-partner",
        }
    }

    pub fn build(self, report: &Report) -> Table {
        match self {
            ResultsTable::Contributions => contributions(report),
            ResultsTable::TermTotals => term_totals(report),
            ResultsTable::FinancialYears => financial_years(report),
            ResultsTable::PartnersByFinancialYear => {
                lines_by_financial_year(report, LineList::Partners)
            }
            ResultsTable::CostsByFinancialYear => {
                lines_by_financial_year(report, LineList::CostLines)
            }
            ResultsTable::FundingGroups => agreement_tables::funding_groups(report),
            ResultsTable::YearOnYear => agreement_tables::year_on_year(report),
            ResultsTable::Basis => agreement_tables::basis(report),
            ResultsTable::Outturn => agreement_tables::outturn(report),
            ResultsTable::VarianceParts => agreement_tables::variance_parts(report),
        }
    }
}

mod agreement_tables;
pub mod appraisal_tables;
pub mod html;
pub mod version_tables;

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

/// Each partner's contribution by contract year, with totals and shares.
pub fn contributions(report: &Report) -> Table {
    let mut header = vec![text("Partner")];
    header.extend(
        report
            .years
            .iter()
            .map(|y| text(format!("{} ({})", y.year.name(), y.year.dates()))),
    );
    header.push(text("Total"));
    header.push(text("Share of pool (%)"));
    let mut rows = vec![header];
    for (index, partner) in report.partners.iter().enumerate() {
        let mut row = vec![text(partner.name.clone())];
        row.extend(
            report
                .years
                .iter()
                .map(|y| Cell::Money(y.contributions[index])),
        );
        row.push(Cell::Money(partner.total));
        row.push(partner.share.map_or(Cell::Empty, Cell::Percent));
        rows.push(row);
    }
    let mut total = vec![text("Total pooled budget")];
    total.extend(report.years.iter().map(|y| Cell::Money(y.pool)));
    total.push(Cell::Money(report.chosen_total));
    total.push(if report.partners.iter().any(|p| p.share.is_some()) {
        Cell::Percent(Percent(10_000))
    } else {
        Cell::Empty
    });
    rows.push(total);
    if !report.shares_add_up() {
        rows.push(vec![text(SHARES_NOTE)]);
    }
    Table {
        name: ResultsTable::Contributions.name(),
        rows,
    }
}

/// Said under a table whose shares, each rounded on its own, do not add up to 100.00%.
pub const SHARES_NOTE: &str =
    "Shares are rounded separately and may not add up to exactly 100%. Together the partners give all of the pool: 100.00%.";

/// The contract's value for each length of contract.
pub fn term_totals(report: &Report) -> Table {
    let mut rows = vec![vec![
        text("Contract runs"),
        text("Length"),
        text("Dates"),
        text("Cost of this period"),
        text("Total"),
        text("This scenario"),
    ]];
    for term in &report.term_totals {
        rows.push(vec![
            text(term.label.clone()),
            text(describe_months(term.months)),
            text(term.dates()),
            Cell::Money(term.adds),
            Cell::Money(term.total),
            text(if term.chosen { "Yes" } else { "No" }),
        ]);
    }
    Table {
        name: ResultsTable::TermTotals.name(),
        rows,
    }
}

/// The pooled budget by financial year (April to March).
pub fn financial_years(report: &Report) -> Table {
    let mut rows = vec![vec![text("Financial year"), text("Pooled budget")]];
    for (year, pool) in pool_by_financial_year(report) {
        rows.push(vec![text(year.label()), Cell::Money(pool)]);
    }
    rows.push(vec![text("Total"), Cell::Money(report.chosen_total)]);
    Table {
        name: ResultsTable::FinancialYears.name(),
        rows,
    }
}

/// Each partner's contributions (or each cost line's spending) by financial year, with
/// the pool's (or the spending's) figure for each year as the total row.
pub fn lines_by_financial_year(report: &Report, list: LineList) -> Table {
    let (table, names, total_name, name) = match list {
        LineList::Partners => (
            partners_by_financial_year(report),
            report
                .partners
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>(),
            "Total pooled budget",
            ResultsTable::PartnersByFinancialYear.name(),
        ),
        LineList::CostLines => (
            costs_by_financial_year(report),
            report.cost_lines.iter().map(|c| c.name.clone()).collect(),
            "Total spending",
            ResultsTable::CostsByFinancialYear.name(),
        ),
    };
    let mut header = vec![text(list.noun())];
    header.extend(table.years.iter().map(|y| text(y.label())));
    header.push(text("Total"));
    let mut rows = vec![header];
    for (index, name) in names.into_iter().enumerate() {
        let mut row = vec![text(name)];
        row.extend(table.lines[index].iter().map(|amount| Cell::Money(*amount)));
        row.push(Cell::Money(table.line_total(index)));
        rows.push(row);
    }
    let mut total = vec![text(total_name)];
    total.extend(table.totals.iter().map(|amount| Cell::Money(*amount)));
    total.push(Cell::Money(table.totals.iter().sum()));
    rows.push(total);
    Table { name, rows }
}

/// The characters that make a spreadsheet read a cell as a formula when they start it:
/// `=`, `+`, `-`, `@`, a tab or a carriage return, and the full-width `＝`, `＋`, `－`
/// and `＠`, which spreadsheets in some languages read the same way.
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// Text safe to put in a spreadsheet cell: a leading formula character, after any
/// spaces, is neutralised by an apostrophe. The one function for every export and copy:
/// CSV, "Copy table" and the financial implications as plain text and HTML.
pub fn neutralise(value: &str) -> String {
    let starts_formula = value.trim_start_matches(' ').starts_with(FORMULA_STARTS);
    if starts_formula && !is_plain_figure(value) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// An amount or a percentage as the page writes one (`-£50.00`, `+18.37%`): a signed
/// figure a spreadsheet reads as a number, not a formula, and so left as it is.
fn is_plain_figure(value: &str) -> bool {
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    let (digits, marked) = match (unsigned.strip_prefix('£'), unsigned.strip_suffix('%')) {
        (Some(pounds), None) => (pounds, true),
        (None, Some(percent)) => (percent, true),
        _ => (unsigned, false),
    };
    marked
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(value) => neutralise(value),
        Cell::Money(amount) => format_plain_pounds(to_pence(*amount)),
        Cell::Percent(percent) => format!("{}.{:02}", percent.0 / 100, percent.0 % 100),
        Cell::Change(hundredths) => {
            let sign = if *hundredths < 0 { "-" } else { "" };
            let size = hundredths.unsigned_abs();
            format!("{sign}{}.{:02}", size / 100, size % 100)
        }
        Cell::Empty => String::new(),
    }
}

/// CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF line ends, fields quoted
/// where they hold a comma, quote or line break.
pub fn to_csv(table: &Table) -> String {
    let mut out = String::from('\u{FEFF}');
    for row in &table.rows {
        let fields: Vec<String> = row
            .iter()
            .map(|cell| {
                let value = cell_text(cell);
                if value.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", value.replace('"', "\"\""))
                } else {
                    value
                }
            })
            .collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Tab-separated text, which pastes into Excel one value a cell.
pub fn to_tsv(table: &Table) -> String {
    table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| cell_text(cell).replace(['\t', '\r', '\n'], " "))
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;

    #[test]
    fn formula_text_is_neutralised() {
        for dangerous in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "＝HYPERLINK(\"http://x\")",
            "＋cmd|' /C calc'!A0",
            "－1",
            "＠SUM(A1)",
            "  =1+1",
            "-£5+cmd|' /C calc'!A0",
        ] {
            assert!(neutralise(dangerous).starts_with('\''), "{dangerous:?}");
        }
        assert_eq!(neutralise("Doncaster Council"), "Doncaster Council");
        for figure in ["-£50.00", "+£213,468.00", "-18.37%", "+0.50%"] {
            assert_eq!(neutralise(figure), figure, "a figure is left as it is");
        }
    }

    #[test]
    fn south_yorkshire_as_csv() {
        let mut scenario = Preset::SouthYorkshire.option();
        scenario.partners[0].name = "=HYPERLINK(\"http://x\",\"y\")".to_string();
        let csv = to_csv(&contributions(&Report::build(&scenario)));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("\u{FEFF}Partner,Year 1 (Feb 2021 to Jan 2022),"));
        assert_eq!(lines[1], "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",52000.00,52000.00,52000.00,52000.00,208000.00,19.85");
        assert_eq!(
            lines[6],
            "Total pooled budget,262000.00,262000.00,262000.00,262000.00,1048000.00,100.00"
        );
    }

    #[test]
    fn tsv_pastes_one_value_a_cell() {
        let tsv = to_tsv(&term_totals(&Report::build(
            &Preset::SouthYorkshire.option(),
        )));
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(
            lines[0],
            "Contract runs\tLength\tDates\tCost of this period\tTotal\tThis scenario"
        );
        assert_eq!(
            lines[3],
            "With extensions 1 and 2\t4 years\tFeb 2021 to Jan 2025\t262000.00\t1048000.00\tYes"
        );
    }
}
