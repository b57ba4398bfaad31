//! Rows pasted from a spreadsheet (Excel, LibreOffice: tab-separated) or read from a
//! CSV file, as partners or cost lines: a name, optionally a kind, then one amount (the
//! annual amount) or several (one for each contract year). "£", thousands separators
//! and quotes are read as the amount fields read them. A header row, when there is
//! one, says which column is which, so what "Copy table" and "Download as CSV" give
//! (with their "Total" and "Share" columns and total row) reads back as the same
//! figures. Untrusted text: bounded, linear, never panics; each cell that cannot be
//! read is named with the reason.

use crate::data::inputs::{check_name, parse_amount};
use crate::data::limits::MAX_CONTRACT_YEARS;
use crate::data::line::{CostKind, LineKind, LineList, PartnerKind, YearAmounts};
use rust_decimal::Decimal;

/// The most text read at once: far more than any list the limits allow.
pub const MAX_IMPORT_CHARS: usize = 1_000_000;

/// A line read from the block, with where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedLine {
    /// The row's number in the block, from 1.
    pub row: usize,
    pub name: String,
    /// The kind's code, when a kind column was given and read.
    pub kind: Option<&'static str>,
    /// The annual amount, when given (or taken from the first year's amount).
    pub annual: Option<Decimal>,
    /// Amounts for particular contract years, from 1.
    pub years: Vec<(u16, Decimal)>,
    /// How its amount is set and its basis figure, where a split sets them.
    pub terms: Option<crate::data::agreement::Terms>,
}

/// A cell that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    pub row: usize,
    pub column: usize,
    pub message: String,
}

impl CellProblem {
    /// As "Row 3, column 2 (“fifty”): Enter the amount as a number…".
    pub fn describe(&self) -> String {
        format!("Row {}, column {}: {}", self.row, self.column, self.message)
    }
}

/// What each column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Kind,
    Annual,
    Year(u16),
    /// Read past: a total, a share, or a heading this reader does not know.
    NotUsed,
}

impl Column {
    pub fn describe(self) -> String {
        match self {
            Column::Name => "Name".to_string(),
            Column::Kind => "Kind".to_string(),
            Column::Annual => "Annual amount".to_string(),
            Column::Year(year) => format!("Year {year}"),
            Column::NotUsed => "Not used".to_string(),
        }
    }
}

/// The most cells that cannot be read named one by one; the rest are counted.
pub const MOST_PROBLEMS_NAMED: usize = 10;

/// The most columns a row can have: a name, a kind, an annual amount and an amount for
/// each contract year, with room for a total, a share and a few notes.
pub const MAX_COLUMNS: usize = 3 + MAX_CONTRACT_YEARS as usize + 10;

/// The block read: its columns, the lines, and the cells that could not be read.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Imported {
    pub columns: Vec<Column>,
    pub lines: Vec<ImportedLine>,
    /// The first [`MOST_PROBLEMS_NAMED`] cells that could not be read.
    pub problems: Vec<CellProblem>,
    /// How many more could not be read, beyond those named.
    pub more_problems: usize,
    /// The first row's cells, when it was read as headings, as the preview says.
    pub header: Option<Vec<String>>,
    /// A row of totals, left out of the lines, and whether it agrees with them.
    pub total: Option<TotalRow>,
}

/// A row of totals (its first cell "Total", say), left out of the lines: the preview
/// says whether its first amount equals the sum of the rows above.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalRow {
    /// The row's number in the block, from 1.
    pub row: usize,
    pub name: String,
    /// Its first amount, if it has one that reads.
    pub stated: Option<Decimal>,
    /// The sum of that column over the lines read.
    pub sum: Decimal,
}

impl TotalRow {
    /// Whether the total stated equals the sum of the rows above.
    pub fn agrees(&self) -> bool {
        self.stated == Some(self.sum)
    }
}

impl Imported {
    /// The row of totals at `row`: its first amount, against the sum of the lines'
    /// amounts in that column.
    fn total_row(&self, row: usize, cells: &[String]) -> TotalRow {
        let first_amount = (self.columns.iter().enumerate())
            .find(|(_, c)| matches!(c, Column::Annual | Column::Year(_)))
            .map(|(index, column)| (index, *column));
        let stated = first_amount
            .and_then(|(index, _)| cells.get(index))
            .and_then(|cell| parse_amount(cell).ok());
        let sum = match first_amount {
            Some((_, Column::Year(year))) => (self.lines.iter())
                .map(|line| {
                    line.years
                        .iter()
                        .find(|(y, _)| *y == year)
                        .map_or(Decimal::ZERO, |(_, a)| *a)
                })
                .sum(),
            _ => self.lines.iter().filter_map(|line| line.annual).sum(),
        };
        TotalRow {
            row,
            name: cells.first().map_or("", |c| c.trim()).to_string(),
            stated,
            sum,
        }
    }

    fn problem(&mut self, problem: CellProblem) {
        if self.problems.len() < MOST_PROBLEMS_NAMED {
            self.problems.push(problem);
        } else {
            self.more_problems += 1;
        }
    }
}

/// Reads `text` as rows of `list`'s lines. `Err` says why nothing could be read at all.
pub fn import_table(text: &str, list: LineList) -> Result<Imported, String> {
    if text.len() > MAX_IMPORT_CHARS {
        return Err("This is more text than any list of partners or cost lines".to_string());
    }
    let delimiter = if text.contains('\t') { '\t' } else { ',' };
    let rows: Vec<Vec<String>> = cells(text, delimiter)?
        .into_iter()
        .filter(|row| row.iter().any(|cell| !cell.trim().is_empty()))
        .collect();
    if rows.is_empty() {
        return Err("There is nothing to read: paste rows copied from a spreadsheet".to_string());
    }
    let header_columns = header(&rows[0]);
    let body_from = usize::from(header_columns.is_some());
    let mut imported = Imported {
        header: header_columns.is_some().then(|| rows[0].clone()),
        columns: header_columns.unwrap_or_else(|| guess_columns(&rows, list)),
        ..Imported::default()
    };
    for (index, row) in rows.iter().enumerate().skip(body_from) {
        if is_total_row(row) && imported.total.is_none() {
            imported.total = Some(imported.total_row(index + 1, row));
        } else if !is_note(row) {
            imported.read_row(index + 1, row, list);
        }
    }
    if imported.lines.len() > list.most() {
        return Err(format!(
            "There are {} rows, more than the {} {} an option can have",
            imported.lines.len(),
            list.most(),
            plural(list)
        ));
    }
    Ok(imported)
}

/// The cells of a block pasted into the grid, row by row, as a spreadsheet gives them
/// (tabs, else commas), bounded as any paste is; a last empty row (the line end after
/// the last row) is left out.
pub fn block_cells(text: &str) -> Result<Vec<Vec<String>>, String> {
    let delimiter = if text.contains('\t') { '\t' } else { ',' };
    let mut rows = cells(text, delimiter)?;
    if rows
        .last()
        .is_some_and(|row| row.iter().all(|cell| cell.trim().is_empty()))
    {
        rows.pop();
    }
    Ok(rows)
}

fn plural(list: LineList) -> &'static str {
    match list {
        LineList::Partners => "partners",
        LineList::CostLines => "cost lines",
    }
}

impl Imported {
    fn read_row(&mut self, row: usize, cells: &[String], list: LineList) {
        let mut line = ImportedLine {
            row,
            name: String::new(),
            kind: None,
            annual: None,
            years: Vec::new(),
            terms: None,
        };
        let columns = self.columns.clone();
        for (index, (cell, column)) in cells.iter().zip(&columns).enumerate() {
            let cell = cell.trim();
            let problem = |message: String| CellProblem {
                row,
                column: index + 1,
                message: format!("“{cell}”: {message}"),
            };
            match column {
                Column::Name => {
                    // A line break or tab inside a spreadsheet cell's name is a space.
                    let name: String = (cell.chars())
                        .map(|c| {
                            if matches!(c, '\n' | '\r' | '\t') {
                                ' '
                            } else {
                                c
                            }
                        })
                        .take(200)
                        .collect();
                    match check_name(&name) {
                        Ok(()) => line.name = name,
                        Err(message) => self.problem(problem(message)),
                    }
                }
                Column::Kind if cell.is_empty() => {}
                Column::Kind => match kind_code(cell, list) {
                    Some(code) => line.kind = Some(code),
                    None => self.problem(problem(kinds_known(list))),
                },
                Column::Annual | Column::Year(_) if cell.is_empty() => {}
                Column::Annual | Column::Year(_) => match parse_amount(cell) {
                    Ok(amount) if *column == Column::Annual => line.annual = Some(amount),
                    Ok(amount) => line.years.extend(year_of(*column).map(|y| (y, amount))),
                    Err(error) => self.problem(problem(error.message().to_string())),
                },
                Column::NotUsed => {}
            }
        }
        if line.annual.is_none() {
            line.annual = line.years.first().map(|(_, amount)| *amount);
        }
        self.lines.push(line);
    }
}

fn year_of(column: Column) -> Option<u16> {
    match column {
        Column::Year(year) => Some(year),
        _ => None,
    }
}

/// The kind a cell names, by its code or its label ("council", "Council",
/// "Police and Crime Commissioner's office"), in any case.
pub fn kind_code(cell: &str, list: LineList) -> Option<&'static str> {
    let wanted = cell.to_ascii_lowercase();
    list.kind_choices()
        .into_iter()
        .find(|(code, label)| *code == wanted || label.to_ascii_lowercase() == wanted)
        .map(|(code, _)| code)
        .and_then(|code| match list {
            LineList::Partners => PartnerKind::from_code(code).map(|kind| kind.code()),
            LineList::CostLines => CostKind::from_code(code).map(|kind| kind.code()),
        })
}

fn kinds_known(list: LineList) -> String {
    let labels: Vec<&str> = list
        .kind_choices()
        .into_iter()
        .map(|(_, label)| label)
        .collect();
    format!("the kind must be one of: {}", labels.join(", "))
}

/// The columns a header row names, if the first row is a header: it has cells after
/// the name and none of them is an amount ("Council / Contribution 2024/25", "Name /
/// 2024/25", "Partner / Annual contribution"). Headings this reader knows say what
/// their column holds; the others are amount columns, in order: the annual amount if
/// there is one, else a year each ("2024/25", "Amount").
fn header(first: &[String]) -> Option<Vec<Column>> {
    let filled = first
        .iter()
        .skip(1)
        .filter(|cell| !cell.trim().is_empty())
        .count();
    let no_amounts = first.iter().skip(1).all(|cell| parse_amount(cell).is_err());
    if filled == 0 || !no_amounts {
        return None;
    }
    let mut columns: Vec<Column> = (first.iter().enumerate())
        .map(|(i, cell)| heading(i, cell))
        .collect();
    let unnamed: Vec<usize> = (1..first.len())
        .filter(|&i| columns[i] == Column::NotUsed && !first[i].trim().is_empty())
        .filter(|&i| !is_total_heading(&first[i]))
        .collect();
    let named_amounts = columns
        .iter()
        .any(|c| matches!(c, Column::Annual | Column::Year(_)));
    match unnamed.as_slice() {
        _ if named_amounts => {}
        [only] => columns[*only] = Column::Annual,
        several => {
            for (number, &index) in several.iter().enumerate() {
                columns[index] = u16::try_from(number + 1)
                    .ok()
                    .filter(|year| *year <= MAX_CONTRACT_YEARS)
                    .map_or(Column::NotUsed, Column::Year);
            }
        }
    }
    Some(columns)
}

fn heading(index: usize, cell: &str) -> Column {
    let words = cell.trim().to_ascii_lowercase();
    if index == 0 {
        return Column::Name;
    }
    if words == "kind" || words == "type" {
        return Column::Kind;
    }
    if words.starts_with("annual") {
        return Column::Annual;
    }
    // "Year 3" or "Year 3 (Feb 2023 to Jan 2024)", as the tables write them.
    let year = words
        .strip_prefix("year ")
        .map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("")
        })
        .and_then(|digits| digits.parse::<u16>().ok())
        .filter(|year| (1..=MAX_CONTRACT_YEARS).contains(year));
    year.map_or(Column::NotUsed, Column::Year)
}

fn is_total_heading(cell: &str) -> bool {
    let words = cell.trim().to_ascii_lowercase();
    words.starts_with("total") || words.starts_with("share")
}

/// Without a header: the first column names; a second column of kinds, if it holds
/// them; then one amount column (the annual amount) or several (years 1, 2, …).
fn guess_columns(rows: &[Vec<String>], list: LineList) -> Vec<Column> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let kinds = width > 1
        && rows.iter().all(|row| {
            row.get(1)
                .is_some_and(|cell| kind_code(cell.trim(), list).is_some())
        });
    let first_amount = if kinds { 2 } else { 1 };
    let amounts = width.saturating_sub(first_amount);
    (0..width)
        .map(|index| match index {
            0 => Column::Name,
            1 if kinds => Column::Kind,
            _ if amounts == 1 => Column::Annual,
            _ => u16::try_from(index - first_amount + 1)
                .ok()
                .filter(|year| *year <= MAX_CONTRACT_YEARS)
                .map_or(Column::NotUsed, Column::Year),
        })
        .collect()
}

/// A total row ("Total pooled budget", "Total spending") or a note under a table: not
/// a line.
fn is_total_row(row: &[String]) -> bool {
    let first = row
        .first()
        .map_or("", |cell| cell.trim())
        .to_ascii_lowercase();
    first.starts_with("total") || first == "sum" || first == "grand total"
}

/// A note under a table: one long cell.
fn is_note(row: &[String]) -> bool {
    let first = row.first().map_or("", |cell| cell.trim());
    let filled = row.iter().filter(|cell| !cell.trim().is_empty()).count();
    filled == 1 && first.len() > 60
}

/// The block's cells: rows split at line ends, cells at `delimiter`, with cells in
/// double quotes read whole (a quote inside written twice), as spreadsheets write them.
/// The most rows read, blank ones included: far more than any list, which has at most
/// 250 lines.
pub const MAX_ROWS: usize = 1_000;

/// The rows of `text` and their cells; or why they cannot be read: more rows or columns
/// than any list could use (said as soon as it is seen, so a hostile block is refused
/// without reading the rest), or a quote that opens a cell and is never closed.
fn cells(text: &str, delimiter: char) -> Result<Vec<Vec<String>>, String> {
    let mut rows = vec![Vec::new()];
    let mut cell = String::new();
    let mut quoted = false;
    let mut quote_opened_in = 0;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(ch) = chars.next() {
        match (ch, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
                quote_opened_in = rows.len();
            }
            (c, false) if c == delimiter => {
                if let Some(row) = rows.last_mut() {
                    row.push(std::mem::take(&mut cell));
                    if row.len() >= MAX_COLUMNS {
                        return Err(too_many_columns(rows.len()));
                    }
                }
            }
            ('\r', false) => {}
            ('\n', false) => {
                if let Some(row) = rows.last_mut() {
                    row.push(std::mem::take(&mut cell));
                }
                if rows.len() >= MAX_ROWS {
                    return Err(format!(
                        "There are more than {} rows, far more than any list of partners or cost lines",
                        group(MAX_ROWS)
                    ));
                }
                rows.push(Vec::new());
            }
            (c, _) => cell.push(c),
        }
    }
    if quoted {
        return Err(format!(
            "A quote (\") in row {quote_opened_in} opens a cell that is never closed, so the rows after it cannot be told apart. Close the quote, or take it out, and paste again"
        ));
    }
    if let Some(row) = rows.last_mut() {
        row.push(cell);
    }
    Ok(rows)
}

fn too_many_columns(row: usize) -> String {
    format!("Row {row} has more than {MAX_COLUMNS} columns, more than a list can use (a name, a kind, an annual amount and one for each of up to {MAX_CONTRACT_YEARS} years)")
}

/// `count` with its thousands grouped: "2,001".
fn group(count: usize) -> String {
    crate::data::money::group_thousands(count as u64)
}

/// A line nobody has started on: no name and no amounts, there to be filled.
pub fn is_unused(name: &str, annual: Decimal, year_amounts: &YearAmounts) -> bool {
    name.trim().is_empty() && annual.is_zero() && year_amounts.is_empty()
}

/// Where an imported row goes among the lines already in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Updates the line at this position, which has the same name.
    Update(usize),
    /// Fills the line at this position, which nobody has started on.
    Fill(usize),
    Add,
    /// The list is full.
    NoRoom,
}

/// Where each of `imported` goes among `existing` lines, given as (name, unused), in a
/// list that can hold `most`: a line of the same name (ignoring case and spaces at
/// either end) is updated, an unused line filled, and the rest added while there is
/// room. The preview shows this and the paste does it, so the two always agree.
pub fn placements(
    existing: &[(&str, bool)],
    imported: &[ImportedLine],
    most: usize,
) -> Vec<Placement> {
    let key = |name: &str| name.trim().to_ascii_lowercase();
    let names: Vec<String> = existing.iter().map(|(name, _)| key(name)).collect();
    let mut taken = vec![false; existing.len()];
    let mut count = existing.len();
    let mut placed = Vec::with_capacity(imported.len());
    for row in imported {
        let wanted = key(&row.name);
        let named = (!wanted.is_empty())
            .then(|| names.iter().position(|name| *name == wanted))
            .flatten();
        let unused = || (0..existing.len()).find(|&i| existing[i].1 && !taken[i]);
        let placement = match (named, unused()) {
            (Some(index), _) => Placement::Update(index),
            (None, Some(index)) => Placement::Fill(index),
            (None, None) if count < most => Placement::Add,
            (None, None) => Placement::NoRoom,
        };
        match placement {
            Placement::Update(index) | Placement::Fill(index) => taken[index] = true,
            Placement::Add => count += 1,
            Placement::NoRoom => {}
        }
        placed.push(placement);
    }
    placed
}

/// What accepting `plan` does, in words: "10 partners set: 9 added, 1 filled in."
pub fn describe_placements(plan: &[Placement], list: LineList) -> String {
    let count = |wanted: fn(&Placement) -> bool| plan.iter().filter(|p| wanted(p)).count();
    let parts = [
        (count(|p| matches!(p, Placement::Add)), "added"),
        (count(|p| matches!(p, Placement::Fill(_))), "filled in"),
        (count(|p| matches!(p, Placement::Update(_))), "updated"),
    ];
    let done: Vec<String> = parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    let set = plan.len() - count(|p| matches!(p, Placement::NoRoom));
    let noun = if set == 1 {
        list.noun().to_ascii_lowercase()
    } else {
        plural(list).to_string()
    };
    let mut words = format!("{set} {noun} set from the rows: {}.", done.join(", "));
    let left = plan.len() - set;
    if left > 0 {
        words.push_str(&format!(" {left} left out: the list is full."));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(imported: &Imported) -> Vec<(String, Option<&'static str>, Option<String>, usize)> {
        imported
            .lines
            .iter()
            .map(|l| {
                (
                    l.name.clone(),
                    l.kind,
                    l.annual.map(crate::format_gbp),
                    l.years.len(),
                )
            })
            .collect()
    }

    #[test]
    fn two_columns_from_a_spreadsheet_are_names_and_annual_amounts() {
        let imported = import_table(
            "Bolton\t34,592\r\nBury\t£23,700.00\r\n\r\n",
            LineList::Partners,
        )
        .unwrap();
        assert_eq!(imported.columns, [Column::Name, Column::Annual]);
        assert_eq!(
            lines(&imported),
            [
                (
                    "Bolton".to_string(),
                    None,
                    Some("£34,592.00".to_string()),
                    0
                ),
                ("Bury".to_string(), None, Some("£23,700.00".to_string()), 0),
            ]
        );
        assert!(imported.problems.is_empty());
    }

    #[test]
    fn kinds_and_years_are_read_and_bad_cells_are_named() {
        let text = "Home Office grant,grant,100,200\nCouncil X,Council,fifty,10\n";
        let imported = import_table(text, LineList::Partners).unwrap();
        assert_eq!(
            imported.columns,
            [Column::Name, Column::Kind, Column::Year(1), Column::Year(2)]
        );
        assert_eq!(imported.lines[0].kind, Some("grant"));
        assert_eq!(imported.lines[0].years.len(), 2);
        assert_eq!(imported.lines[1].kind, Some("council"));
        assert_eq!(imported.problems.len(), 1);
        let problem = imported.problems[0].describe();
        assert!(
            problem.starts_with("Row 2, column 3: “fifty”: Enter the amount as a number"),
            "{problem}"
        );
    }

    #[test]
    fn a_copied_results_table_reads_back_without_its_totals_and_shares() {
        let text = "Partner\tYear 1 (Feb 2021 to Jan 2022)\tYear 2 (Feb 2022 to Jan 2023)\tTotal\tShare of pool (%)\n\
                    Doncaster Council\t52000.00\t52000.00\t104000.00\t19.85\n\
                    Total pooled budget\t52000.00\t52000.00\t104000.00\t100.00\n\
                    Shares are rounded separately and may not add up to exactly 100%. Together the partners give all of the pool: 100.00%.\n";
        let imported = import_table(text, LineList::Partners).unwrap();
        assert_eq!(
            imported.columns,
            [
                Column::Name,
                Column::Year(1),
                Column::Year(2),
                Column::NotUsed,
                Column::NotUsed
            ]
        );
        assert_eq!(
            lines(&imported),
            [(
                "Doncaster Council".to_string(),
                None,
                Some("£52,000.00".to_string()),
                2
            )]
        );
        assert!(imported.problems.is_empty());
    }

    #[test]
    fn quotes_hold_commas_and_line_ends() {
        let text = "\"Councils, north\",\"1,250\"\n\"Say \"\"hi\"\"\nthere\",5\n";
        let imported = import_table(text, LineList::Partners).unwrap();
        assert_eq!(imported.lines[0].name, "Councils, north");
        assert_eq!(imported.lines[0].annual, Some(Decimal::new(1250, 0)));
        assert_eq!(
            imported.lines[1].name, "Say \"hi\" there",
            "a line break is a space"
        );
    }

    #[test]
    fn a_hostile_block_is_refused_as_soon_as_it_is_seen_and_problems_are_counted_not_listed() {
        let header = format!("Partner{}\n", "\tYear 1".repeat(2_000));
        let rows = "x\tnot an amount\n".repeat(240);
        let error = import_table(&(header + &rows), LineList::Partners).unwrap_err();
        assert!(
            error.starts_with(&format!("Row 1 has more than {MAX_COLUMNS} columns")),
            "{error}"
        );
        let tall = "\n".repeat(5_000);
        assert!(import_table(&format!("a\t1{tall}"), LineList::Partners)
            .unwrap_err()
            .contains("more than 1,000 rows"));
        let unreadable: String = (1..=40)
            .map(|i| format!("Council {i}\tfifty\tsixty\n"))
            .collect();
        let imported = import_table(&unreadable, LineList::Partners).unwrap();
        assert_eq!(imported.problems.len(), MOST_PROBLEMS_NAMED);
        // The first row, with no amount in it, is read as headings, and said so.
        assert!(imported.header.is_some());
        assert_eq!(imported.more_problems, 78 - MOST_PROBLEMS_NAMED);
    }

    #[test]
    fn a_first_row_without_amounts_is_read_as_headings() {
        let headers = [
            ("Council\tContribution 2024/25", Column::Annual),
            ("Council\tAmount", Column::Annual),
            ("Name\t2024/25", Column::Annual),
            ("Partner\tAnnual contribution", Column::Annual),
        ];
        for (header, column) in headers {
            let text = format!("{header}\nBolton Council\t29,000\nBury Council\t29,100\n");
            let imported = import_table(&text, LineList::Partners).unwrap();
            assert!(imported.header.is_some(), "{header}");
            assert_eq!(imported.columns[1], column, "{header}");
            assert_eq!(imported.lines.len(), 2, "{header}");
            assert_eq!(imported.lines[0].annual, Some(Decimal::new(29_000, 0)));
        }
        let years =
            import_table("Name\t2024/25\t2025/26\nBolton\t1\t2\n", LineList::Partners).unwrap();
        assert_eq!(years.columns[1..], [Column::Year(1), Column::Year(2)]);
    }

    #[test]
    fn a_total_row_is_left_out_and_checked_against_the_rows_above() {
        let text = "Bolton Council\t29,000\nBury Council\t29,100\nTotal\t58,100\n";
        let imported = import_table(text, LineList::Partners).unwrap();
        assert_eq!(imported.lines.len(), 2);
        let total = imported.total.unwrap();
        assert_eq!(
            (total.row, total.name.as_str(), total.agrees()),
            (3, "Total", true)
        );
        let wrong = import_table("A\t1\nB\t2\nTotal\t4\n", LineList::Partners).unwrap();
        let total = wrong.total.unwrap();
        assert_eq!(
            (total.stated, total.sum),
            (Some(Decimal::new(4, 0)), Decimal::new(3, 0))
        );
        assert!(!total.agrees());
    }

    #[test]
    fn an_unbalanced_quote_is_reported_not_read_as_one_name() {
        let text = "Doncaster,52000\n\"Sheffield,60000\nBarnsley,50000\n";
        let error = import_table(text, LineList::Partners).unwrap_err();
        assert!(
            error.starts_with("A quote (\") in row 2 opens a cell that is never closed"),
            "{error}"
        );
    }

    #[test]
    fn a_name_with_a_hidden_character_is_named_as_a_problem() {
        for name in [
            "Rotherham\u{202E}lionuoC",
            "Null\u{0}Council",
            "\u{2066}Isolated",
        ] {
            let imported = import_table(&format!("{name},1000\n"), LineList::Partners).unwrap();
            assert_eq!(imported.problems.len(), 1, "{name:?}");
            assert!(imported.problems[0].message.contains("hidden characters"));
        }
    }

    #[test]
    fn nothing_and_too_much_are_refused_in_words() {
        assert!(import_table(" \n\t\n", LineList::Partners).is_err());
        let many = "P\t1\n".repeat(251);
        let error = import_table(&many, LineList::Partners).unwrap_err();
        assert!(error.contains("more than the 250 partners"), "{error}");
        assert!(import_table(&"x".repeat(MAX_IMPORT_CHARS + 1), LineList::CostLines).is_err());
    }

    #[test]
    fn any_text_is_answered_without_a_panic() {
        let mut state = 3u64;
        let pieces = [
            "\t", ",", "\"", "\n", "\r", "£", "1", "2,000", "Year 2", "Total", "x", "é", "council",
            " ",
        ];
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let _ = import_table(&text, LineList::Partners);
            let _ = import_table(&text, LineList::CostLines);
        }
    }

    #[test]
    fn rows_update_the_same_name_fill_unused_lines_and_add_while_there_is_room() {
        let row = |name: &str| ImportedLine {
            row: 1,
            name: name.to_string(),
            kind: None,
            annual: None,
            years: Vec::new(),
            terms: None,
        };
        let existing = [("Bolton", false), ("", true), ("", true)];
        let rows = [
            row(" BOLTON "),
            row("Bury"),
            row("Oldham"),
            row("Wigan"),
            row("Salford"),
        ];
        let placed = placements(&existing, &rows, 4);
        assert_eq!(
            placed,
            [
                Placement::Update(0),
                Placement::Fill(1),
                Placement::Fill(2),
                Placement::Add,
                Placement::NoRoom
            ]
        );
        assert_eq!(
            describe_placements(&placed, LineList::Partners),
            "4 partners set from the rows: 1 added, 2 filled in, 1 updated. 1 left out: the list is full."
        );
    }
}
