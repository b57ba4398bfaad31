//! How each figure on the results side is worked out, in words with the actual
//! numbers, as a finance officer checks it: "2020/21: £43,666.67 = 2 of the 12 months of
//! contract year 1 …". Each working is built from the same figures the tables show
//! (the report and the tables by financial year), and the numbers it quotes
//! reproduce the figure: the tests check that they do.

use super::agreement_words::{capitalised, how_set};
use super::comparison::Comparison;
use super::financial_years::{costs_by_financial_year, partners_by_financial_year, FinancialYear};
use super::report::{pence_by_year, ContractYear, Report};
use super::Figures;
use crate::data::amount_set::resolve;
use crate::data::money::{from_pence, to_pence};
use crate::data::month::YearMonth;
use crate::data::scenario::FundingOption;
use crate::data::scenario::Scenario;
use crate::figures::analysis::exact_share_label;
use crate::format_gbp;
use crate::LineList;
use rust_decimal::Decimal;

/// A figure that can show its working (the spending plan's, the match funding's and
/// value for money's are worked out in [`super::working_spending`]). Positions are in the report: `line` in its
/// partners, `year` in its years (or in the financial years), `term` in its term totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    PoolPerYear,
    TermTotal(usize),
    /// What a period (the initial term, or an extension) adds to the contract's cost.
    TermAdds(usize),
    Contribution {
        line: usize,
        year: usize,
    },
    LineTotal(usize),
    Share(usize),
    YearPool(usize),
    FinancialYearPool(usize),
    LineFinancialYear {
        line: usize,
        year: usize,
    },
    YearSpending(usize),
    YearBalance(usize),
    RunningBalance(usize),
    SpendingTotal,
    Balance,
    CostLineTotal(usize),
    LocalShare,
    CostPerReferral,
    CostPerCompletion,
    CompletionRate,
    /// A cost line's spending in a financial year, and the spending in one.
    CostFinancialYear {
        line: usize,
        year: usize,
    },
    SpendingFinancialYear(usize),
    /// A figure of the options compared: its row, and the option's column.
    Compared {
        row: usize,
        option: usize,
    },
}

impl Figure {
    /// A short code for the figure, as a page attribute: "c.2.0".
    pub fn code(self) -> String {
        match self {
            Figure::PoolPerYear => "p".to_string(),
            Figure::TermTotal(term) => format!("t.{term}"),
            Figure::TermAdds(term) => format!("ta.{term}"),
            Figure::Contribution { line, year } => format!("c.{line}.{year}"),
            Figure::LineTotal(line) => format!("l.{line}"),
            Figure::Share(line) => format!("s.{line}"),
            Figure::YearPool(year) => format!("y.{year}"),
            Figure::FinancialYearPool(year) => format!("f.{year}"),
            Figure::LineFinancialYear { line, year } => format!("g.{line}.{year}"),
            Figure::YearSpending(year) => format!("ys.{year}"),
            Figure::YearBalance(year) => format!("yb.{year}"),
            Figure::RunningBalance(year) => format!("rb.{year}"),
            Figure::SpendingTotal => "st".to_string(),
            Figure::Balance => "b".to_string(),
            Figure::CostLineTotal(line) => format!("cl.{line}"),
            Figure::LocalShare => "ls".to_string(),
            Figure::CostPerReferral => "cr".to_string(),
            Figure::CostPerCompletion => "cc".to_string(),
            Figure::CompletionRate => "cp".to_string(),
            Figure::Compared { row, option } => format!("o.{row}.{option}"),
            Figure::CostFinancialYear { line, year } => format!("h.{line}.{year}"),
            Figure::SpendingFinancialYear(year) => format!("sf.{year}"),
        }
    }

    /// The figure a code names; `None` for anything else.
    pub fn parse(code: &str) -> Option<Figure> {
        let mut parts = code.split('.');
        let kind = parts.next()?;
        let numbers: Vec<usize> = parts.map(|n| n.parse().ok()).collect::<Option<_>>()?;
        let figure = match (kind, numbers.as_slice()) {
            ("p", []) => Figure::PoolPerYear,
            ("st", []) => Figure::SpendingTotal,
            ("b", []) => Figure::Balance,
            ("ls", []) => Figure::LocalShare,
            ("cr", []) => Figure::CostPerReferral,
            ("cc", []) => Figure::CostPerCompletion,
            ("cp", []) => Figure::CompletionRate,
            ("t", &[term]) => Figure::TermTotal(term),
            ("ta", &[term]) => Figure::TermAdds(term),
            ("l", &[line]) => Figure::LineTotal(line),
            ("s", &[line]) => Figure::Share(line),
            ("y", &[year]) => Figure::YearPool(year),
            ("f", &[year]) => Figure::FinancialYearPool(year),
            ("ys", &[year]) => Figure::YearSpending(year),
            ("yb", &[year]) => Figure::YearBalance(year),
            ("rb", &[year]) => Figure::RunningBalance(year),
            ("cl", &[line]) => Figure::CostLineTotal(line),
            ("c", &[line, year]) => Figure::Contribution { line, year },
            ("g", &[line, year]) => Figure::LineFinancialYear { line, year },
            ("o", &[row, option]) => Figure::Compared { row, option },
            ("h", &[line, year]) => Figure::CostFinancialYear { line, year },
            ("sf", &[year]) => Figure::SpendingFinancialYear(year),
            _ => return None,
        };
        Some(figure)
    }
}

/// A figure's working: what it is, the figure as shown, and the steps that make it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Working {
    pub title: String,
    pub figure: String,
    pub steps: Vec<String>,
}

/// The figures in real terms, beside the cash figures they come from.
pub struct InRealTerms<'a> {
    pub scenario: &'a Scenario,
    pub figures: &'a Figures,
    /// The calendar year the base financial year starts in.
    pub base_year: i32,
}

/// The working of `figure` as the page shows it: in cash; in real terms, the cash
/// working and then how real terms turn it into the figure shown.
pub fn working_in_prices(
    scenario: &Scenario,
    cash: &Figures,
    real: Option<InRealTerms>,
    figure: Figure,
) -> Option<Working> {
    let mut working = working_on_page(scenario, cash, figure)?;
    if let Some(real) = real {
        let in_real = working_on_page(real.scenario, real.figures, figure)?;
        let base = format!(
            "{}/{:02}",
            real.base_year,
            (real.base_year + 1).rem_euclid(100)
        );
        working.steps.push(format!(
            "That is {} in cash. In real terms at {base} prices, each contract year's amounts are multiplied by its factor (see “How real terms are worked out”), which gives {}.",
            working.figure, in_real.figure
        ));
        working.figure = in_real.figure;
    }
    Some(working)
}

/// The working of `figure` on the page of `scenario`, whose figures are `figures`:
/// the option on screen's, or the options compared.
pub fn working_on_page(scenario: &Scenario, figures: &Figures, figure: Figure) -> Option<Working> {
    match figure {
        Figure::Compared { row, option } => compared(&figures.comparison, row, option),
        other => working(scenario.active_option(), figures.shown(), other),
    }
}

/// A figure of the options compared, and its difference from the baseline's.
fn compared(comparison: &Comparison, row: usize, option: usize) -> Option<Working> {
    let figures = comparison.rows.get(row)?;
    let value = (*figures.values.get(option)?)?;
    let name = comparison.option_names.get(option)?;
    let mut steps = vec![format!(
        "{}, from {name}'s own figures: {}.",
        figures.label,
        format_gbp(value)
    )];
    let baseline = comparison.baseline;
    if let (true, Some(Some(base))) = (option != baseline, figures.values.get(baseline)) {
        steps.push(format!(
            "Against the baseline, {} at {}: {} − {} = {}.",
            comparison.option_names[baseline],
            format_gbp(*base),
            format_gbp(value),
            format_gbp(*base),
            super::comparison::describe_difference(Some(value), Some(*base)).unwrap_or_default()
        ));
        steps.push("The percentage is the difference divided by the baseline's figure, rounded to two decimal places, halves away from zero.".to_string());
    }
    Some(Working {
        title: format!("{}, {name}", figures.label),
        figure: format_gbp(value),
        steps,
    })
}

/// The working of `figure` in `report`, the figures of `option`; `None` for a figure
/// the report does not have (as after the option changed).
pub fn working(option: &FundingOption, report: &Report, figure: Figure) -> Option<Working> {
    match figure {
        Figure::PoolPerYear => Some(pool_per_year(report)),
        Figure::TermTotal(term) => term_total(option, report, term),
        Figure::TermAdds(term) => term_adds(option, report, term),
        Figure::Contribution { line, year } => contribution(option, report, line, year),
        Figure::LineTotal(line) => line_total(report, line),
        Figure::Share(line) => share(report, line),
        Figure::YearPool(year) => year_pool(report, year),
        Figure::FinancialYearPool(year) => financial_year_total(report, LineList::Partners, year),
        Figure::SpendingFinancialYear(year) => {
            financial_year_total(report, LineList::CostLines, year)
        }
        Figure::LineFinancialYear { line, year } => {
            line_financial_year(report, LineList::Partners, line, year)
        }
        Figure::CostFinancialYear { line, year } => {
            line_financial_year(report, LineList::CostLines, line, year)
        }
        Figure::Compared { .. } => None,
        spending => super::working_spending::working(report, spending),
    }
}

/// "£1.00 + £2.00 = £3.00", or the one amount.
pub(super) fn sum_words(parts: &[Decimal], total: Decimal) -> String {
    match parts {
        [only] => format_gbp(*only),
        _ => {
            let words: Vec<String> = parts.iter().map(|p| format_gbp(*p)).collect();
            format!("{} = {}", words.join(" + "), format_gbp(total))
        }
    }
}

fn pool_per_year(report: &Report) -> Working {
    let full: Vec<_> = report
        .years
        .iter()
        .filter(|y| !y.year.is_part_year())
        .collect();
    let regular = |amounts: &[Decimal]| -> Vec<Decimal> {
        (amounts.iter().zip(&report.partners))
            .filter(|(_, partner)| partner.one_off.is_none())
            .map(|(amount, _)| *amount)
            .collect()
    };
    let mut steps = vec![
        "The pool in a full contract year is the sum of the partners' contributions for that year."
            .to_string(),
    ];
    let one_offs: Vec<&str> = (report.partners.iter())
        .filter(|p| p.one_off.is_some())
        .map(|p| p.name.as_str())
        .collect();
    if !one_offs.is_empty() {
        steps.push(format!(
            "One-off amounts are not a year's, so they are left out: {}.",
            one_offs.join(", ")
        ));
    }
    for figures in &full {
        steps.push(format!(
            "{}: {}.",
            figures.year.label(),
            sum_words(
                &regular(&figures.contributions),
                super::report::regular_pool(figures, &report.partners)
            )
        ));
    }
    steps.push("Part years, pro-rated by month, are left out of this figure.".to_string());
    Working {
        title: "Pooled budget a year".to_string(),
        figure: report.pool_per_year.label(),
        steps,
    }
}

fn term_total(option: &FundingOption, report: &Report, term: usize) -> Option<Working> {
    let total = report.term_totals.get(term)?;
    let heading = format!(
        "{}: {}, {}. The sum of the pool in each contract year:",
        total.label,
        super::report::describe_months(total.months),
        total.dates()
    );
    pools_working(
        option,
        report,
        None,
        total.end,
        (total.label.clone(), heading),
        total.total,
    )
}

/// What a period adds: the pool in each of its own contract years.
fn term_adds(option: &FundingOption, report: &Report, term: usize) -> Option<Working> {
    let period = report.term_totals.get(term)?;
    let before = term.checked_sub(1).and_then(|t| report.term_totals.get(t));
    let title = match term {
        0 => "The initial term's cost".to_string(),
        n => format!("Extension {n}'s own cost"),
    };
    let heading = format!("{title}: the pool in each of its contract years:");
    pools_working(
        option,
        report,
        before.map(|b| b.end),
        period.end,
        (title, heading),
        period.adds,
    )
}

/// The working of a sum of the pool over the contract years after `after` (from the
/// start, if `None`) to `end`: each year's pool, then their sum, which is `figure`.
fn pools_working(
    option: &FundingOption,
    report: &Report,
    after: Option<YearMonth>,
    end: YearMonth,
    (title, heading): (String, String),
    figure: Decimal,
) -> Option<Working> {
    let option = &*resolve(option);
    let whole_pounds = option.agreement.whole_pounds;
    let pools: Vec<Decimal> = pence_by_year(&option.partners, &report.timeline, whole_pounds)
        .iter()
        .map(|year| from_pence(year.iter().sum()))
        .collect();
    let within = |end: YearMonth| {
        report
            .timeline
            .iter()
            .take_while(|y| y.end() <= end)
            .count()
    };
    let (from, to) = (after.map_or(0, within), within(end));
    let mut steps = vec![heading];
    for (year, pool) in report.timeline[from..to].iter().zip(&pools[from..to]) {
        steps.push(format!("{}: {}", year.label(), format_gbp(*pool)));
    }
    steps.push(format!("Total: {}.", sum_words(&pools[from..to], figure)));
    Some(Working {
        title,
        figure: format_gbp(figure),
        steps,
    })
}

fn contribution(
    option: &FundingOption,
    report: &Report,
    line: usize,
    year: usize,
) -> Option<Working> {
    let resolved = resolve(option);
    let partner = resolved.partners.get(line)?;
    let figures = report.years.get(year)?;
    let amount = *figures.contributions.get(line)?;
    let name = &report.partners.get(line)?.name;
    let number = figures.year.number;
    let whole_pounds = option.agreement.whole_pounds;
    let full = partner.full_year_amount_in(number, whole_pounds);
    let mut steps: Vec<String> = (how_set(option, LineList::Partners, line).iter())
        .map(|how| capitalised(how))
        .collect();
    if partner.terms.set.one_off_year().is_some() {
        steps.push(one_off_words(&figures.year, amount));
    } else {
        steps.push(full_year_words(partner, number, full, whole_pounds));
        steps.push(part_year_words(&figures.year, full, amount));
    }
    Some(Working {
        title: format!("{name}, {}", figures.year.label()),
        figure: format_gbp(amount),
        steps,
    })
}

/// Where a line's full-year amount for year `number` comes from.
fn full_year_words(
    partner: &crate::Partner,
    number: u16,
    full: Decimal,
    whole_pounds: bool,
) -> String {
    let derived = partner.terms.set.is_derived();
    if partner.year_amounts.contains_key(&number) && derived {
        return format!("The amount for year {number}: {}.", format_gbp(full));
    }
    if partner.year_amounts.contains_key(&number) {
        return format!(
            "The full-year amount given for year {number}: {}.",
            format_gbp(full)
        );
    }
    let uplift = partner.uplift;
    if uplift.is_none() || number < uplift.from_year {
        return format!("The annual contribution: {}.", format_gbp(full));
    }
    let apply = |year| match whole_pounds {
        true => uplift.apply_to_pounds(partner.annual, year),
        false => uplift.apply(partner.annual, year),
    };
    let steps: Vec<String> = (uplift.from_year.max(1)..=number)
        .map(|year| format!("year {year} {}", format_gbp(apply(year))))
        .collect();
    let unit = if whole_pounds { "pound" } else { "penny" };
    format!(
        "The annual contribution of {} with an uplift of {} a year from year {}, each year's amount rounded to the {unit} before the next rise: {}.",
        format_gbp(partner.annual),
        uplift.percent.label(),
        uplift.from_year,
        steps.join(", ")
    )
}

/// A one-off amount falls whole in its year, whatever the year's length.
fn one_off_words(year: &ContractYear, amount: Decimal) -> String {
    match amount.is_zero() {
        true => format!(
            "Paid once, in another year, so in {}: {}.",
            year.in_sentence(),
            format_gbp(amount)
        ),
        false => format!(
            "Paid once, in {}, whole: {}.",
            year.in_sentence(),
            format_gbp(amount)
        ),
    }
}

/// A whole year's amount, or a part year's, pro-rated by month.
fn part_year_words(year: &ContractYear, full: Decimal, amount: Decimal) -> String {
    if year.months == 12 {
        format!("A full year of 12 months: {}.", format_gbp(amount))
    } else {
        format!(
            "A part year of {} months: {} × {} ÷ 12 = {}, rounded to the penny (halves away from zero).",
            year.months,
            format_gbp(full),
            year.months,
            format_gbp(amount)
        )
    }
}

fn line_total(report: &Report, line: usize) -> Option<Working> {
    let partner = report.partners.get(line)?;
    let parts: Vec<Decimal> = report.years.iter().map(|y| y.contributions[line]).collect();
    Some(Working {
        title: format!("{}, total for the term taken up", partner.name),
        figure: format_gbp(partner.total),
        steps: vec![
            "The sum of its contribution in each year of the term taken up:".to_string(),
            format!("{}.", sum_words(&parts, partner.total)),
        ],
    })
}

fn share(report: &Report, line: usize) -> Option<Working> {
    let partner = report.partners.get(line)?;
    let share = partner.share?;
    let exact = exact_share_label(to_pence(partner.total), to_pence(report.chosen_total));
    Some(Working {
        title: format!("{}'s share of the pool", partner.name),
        figure: share.label(),
        steps: vec![
            format!(
                "Its total for the term taken up divided by the pool's: {} ÷ {} = {exact}.",
                format_gbp(partner.total),
                format_gbp(report.chosen_total)
            ),
            format!(
                "Rounded to two decimal places, halves away from zero: {}.",
                share.label()
            ),
        ],
    })
}

fn year_pool(report: &Report, year: usize) -> Option<Working> {
    let figures = report.years.get(year)?;
    Some(Working {
        title: format!("Total pooled budget, {}", figures.year.label()),
        figure: format_gbp(figures.pool),
        steps: vec![
            "The sum of the partners' contributions that year:".to_string(),
            format!("{}.", sum_words(&figures.contributions, figures.pool)),
        ],
    })
}

/// The parts of contract years that fall in financial year `wanted`: for each, the
/// words and the amount, as the table by financial year takes them.
fn financial_year_parts(
    report: &Report,
    wanted: FinancialYear,
    list: LineList,
) -> Vec<(String, Decimal)> {
    let mut parts = Vec::new();
    for figures in &report.years {
        let year = &figures.year;
        let months = u32::from(year.months);
        let inside: Vec<u32> = (0..months)
            .filter(|&m| FinancialYear::of(year.start.plus_months(m)) == wanted)
            .collect();
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
            continue;
        };
        let whole = match list {
            LineList::Partners => figures.pool,
            LineList::CostLines => figures.spending,
        };
        let pool = to_pence(whole);
        let upto = |k: u32| {
            crate::data::money::div_round(i128::from(pool) * i128::from(k), i128::from(months))
                as i64
        };
        let amount = from_pence(upto(last + 1) - upto(first));
        let count = last + 1 - first;
        let words = if count == months {
            format!(
                "all of {} ({}): {}",
                year.name(),
                year.dates(),
                format_gbp(amount)
            )
        } else if first == 0 {
            format!(
                "{count} of the {months} months of {} ({}): {} × {count} ÷ {months} = {}, rounded to the penny",
                year.name(), year.dates(), format_gbp(whole), format_gbp(amount)
            )
        } else {
            format!(
                "the last {count} of the {months} months of {} ({}): {} less the first {first} months' {} = {}",
                year.name(), year.dates(), format_gbp(whole),
                format_gbp(from_pence(upto(first))), format_gbp(amount)
            )
        };
        parts.push((words, amount));
    }
    parts
}

/// The table by financial year of a list: the partners' (whose totals are the pool's)
/// or the cost lines' (whose totals are the spending's).
fn by_financial_year(report: &Report, list: LineList) -> super::financial_years::ByFinancialYear {
    match list {
        LineList::Partners => partners_by_financial_year(report),
        LineList::CostLines => costs_by_financial_year(report),
    }
}

fn financial_year_total(report: &Report, list: LineList, year: usize) -> Option<Working> {
    let table = by_financial_year(report, list);
    let (&fy, &total) = (table.years.get(year)?, table.totals.get(year)?);
    let parts = financial_year_parts(report, fy, list);
    let mut steps = vec![format!(
        "{} runs from April {} to March {}. It takes:",
        fy.label(),
        fy.first_year,
        fy.first_year + 1
    )];
    steps.extend(parts.iter().map(|(words, _)| format!("{words};")));
    let amounts: Vec<Decimal> = parts.iter().map(|(_, a)| *a).collect();
    steps.push(format!("Total: {}.", sum_words(&amounts, total)));
    let what = match list {
        LineList::Partners => "Pooled budget",
        LineList::CostLines => "Spending",
    };
    Some(Working {
        title: format!("{what}, {}", fy.label()),
        figure: format_gbp(total),
        steps,
    })
}

fn line_financial_year(
    report: &Report,
    list: LineList,
    line: usize,
    year: usize,
) -> Option<Working> {
    let table = by_financial_year(report, list);
    let fy = *table.years.get(year)?;
    let amount = *table.lines.get(line)?.get(year)?;
    let (name, total, whole, each) = match list {
        LineList::Partners => (
            &report.partners.get(line)?.name,
            report.partners[line].total,
            "pool",
            "contribution",
        ),
        LineList::CostLines => (
            &report.cost_lines.get(line)?.name,
            report.cost_lines[line].total,
            "spending",
            "cost",
        ),
    };
    let others = if list == LineList::Partners {
        "partners"
    } else {
        "cost lines"
    };
    Some(Working {
        title: format!("{name}, {}", fy.label()),
        figure: format_gbp(amount),
        steps: vec![
            format!(
                "Each contract year's {whole} is spread over the financial years its months fall in, {} of it in {} (see that figure's working).",
                format_gbp(table.totals[year]),
                fy.label()
            ),
            format!(
                "{name}'s part of each such piece is in proportion to its {each} that contract year; pennies that cannot be shared evenly go by the largest remainder, so the {others} add up to the {whole}'s figure and {name}'s financial years add up to its total of {}.",
                format_gbp(total)
            ),
            format!("{name} in {}: {}.", fy.label(), format_gbp(amount)),
        ],
    })
}
