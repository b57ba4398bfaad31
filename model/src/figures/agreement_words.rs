//! How each line's amount was set, in one sentence the working, the method and the
//! text share: "£2,331,951.00 over 5 years, the same each year: £466,390.20 a year."

use super::report::{chosen_years, Report};
use super::risk_words::{outturn_blocks, risk_sentences};
use super::words::Block;
use crate::data::agreement::Basis;
use crate::data::amount_set::{basis_shares, basis_sum, even_parts, resolve, AmountSet};
use crate::data::line::{Line, LineKind};
use crate::data::money::group_thousands;
use crate::data::scenario::FundingOption;
use crate::format_gbp;
use crate::LineList;
use rust_decimal::Decimal;

/// How the line at `index` of `list` has its amount set, with the figures that set
/// it; `None` for an amount a year, which needs no saying.
pub fn how_set(option: &FundingOption, list: LineList, index: usize) -> Option<String> {
    how_set_in(option, &resolve(option), list, index)
}

/// As [`how_set`], with the option's amounts already worked out (`resolved`, from
/// [`resolve`]), for saying it of many lines at once.
pub fn how_set_in(
    option: &FundingOption,
    resolved: &FundingOption,
    list: LineList,
    index: usize,
) -> Option<String> {
    match list {
        LineList::Partners => line_how_set(option, &option.partners, &resolved.partners, index),
        LineList::CostLines => {
            line_how_set(option, &option.cost_lines, &resolved.cost_lines, index)
        }
    }
}

fn line_how_set<K: LineKind>(
    option: &FundingOption,
    lines: &[Line<K>],
    resolved: &[Line<K>],
    index: usize,
) -> Option<String> {
    let line = lines.get(index)?;
    if line.terms.set == AmountSet::Annual {
        return None;
    }
    let amount = resolved.get(index).map(|l| l.annual)?;
    let unit = if option.agreement.whole_pounds {
        100
    } else {
        1
    };
    Some(match line.terms.set {
        AmountSet::Annual => return None,
        AmountSet::OverYears { total, years } => over_years_words(total, years, unit),
        AmountSet::ShareOf { share, of } => format!(
            "{} of {}, which is {} a year.",
            share.label(),
            format_gbp(of),
            format_gbp(amount)
        ),
        AmountSet::ByBasis => basis_words(option.agreement.basis.as_ref(), lines, index, amount),
        AmountSet::OneOff { year } => match chosen_years(option).into_iter().find(|y| y.number == year) {
            Some(when) => format!(
                "a one-off amount of {}, paid once in {}.",
                format_gbp(amount),
                when.in_sentence()
            ),
            None => format!("a one-off amount paid in year {year}, outside the term taken up, so in none of these figures."),
        },
    })
}

/// "£2,331,951.00 over 5 years, the same each year: £466,390.20 a year." Lower case
/// first, as it follows a name and a colon; [`capitalised`] starts a sentence with it.
fn over_years_words(total: Decimal, years: u8, unit: u64) -> String {
    let parts = even_parts(total, years, unit);
    let (first, last) = (parts.first().copied(), parts.last().copied());
    let period = match years {
        1 => "1 year".to_string(),
        n => format!("{n} years"),
    };
    match (first, last) {
        (Some(first), Some(last)) if first == last => format!(
            "{} over {period}, the same each year: {} a year.",
            format_gbp(total),
            format_gbp(first)
        ),
        (Some(first), Some(last)) => format!(
            "{} over {period}, as evenly as whole amounts allow: {} to {} a year, the earlier years taking what is left over.",
            format_gbp(total),
            format_gbp(last),
            format_gbp(first)
        ),
        _ => format!("{} over {period}.", format_gbp(total)),
    }
}

/// "in proportion to population: 82,000 of 536,000 (15.30%), applied to £100,000.00 a
/// year, gives £15,298.51 a year."
fn basis_words<K: LineKind>(
    basis: Option<&Basis>,
    lines: &[Line<K>],
    index: usize,
    amount: Decimal,
) -> String {
    let figure = lines
        .get(index)
        .and_then(|line| line.terms.basis_figure)
        .unwrap_or(0);
    let sum = basis_sum(lines);
    let share = basis_shares(lines).get(index).copied().flatten();
    let Some(basis) = basis else {
        return "in proportion to a basis not yet given: nothing until it is.".to_string();
    };
    let name = basis_name(basis);
    let share = share.map_or_else(String::new, |share| format!(" ({})", share.label()));
    format!(
        "in proportion to {name}: {} of {}{share}, applied to {} a year, gives {} a year.",
        group_thousands(figure),
        group_thousands(u64::try_from(sum).unwrap_or(u64::MAX)),
        format_gbp(basis.total),
        format_gbp(amount)
    )
}

/// The basis's name as typed, or "the basis" while it has none.
pub fn basis_name(basis: &Basis) -> String {
    match basis.name.trim() {
        "" => "the basis".to_string(),
        name => name.to_string(),
    }
}

/// The method's sentences on the agreement, each only where the option uses it: how
/// amounts are set, the basis and its drift, whole pounds, and who bears a variance.
pub fn method_sentences(option: &FundingOption, report: &Report) -> Vec<String> {
    let mut said = set_sentences(option, &option.partners, false);
    said.extend(set_sentences(option, &option.cost_lines, false));
    said.extend(basis_sentence(report));
    said.extend(drift_sentence(report));
    said.extend(whole_pounds_sentence(option));
    said.extend(risk_sentences(option));
    said
}

/// Said where amounts are kept in whole pounds; the splits only where there are any.
fn whole_pounds_sentence(option: &FundingOption) -> Option<String> {
    if !option.agreement.whole_pounds {
        return None;
    }
    let derived = |set: &AmountSet| set.is_derived();
    let splits = option.partners.iter().any(|p| derived(&p.terms.set))
        || option.cost_lines.iter().any(|c| derived(&c.terms.set));
    let years = super::report::timeline(option).len() as u16;
    let uplifts = !super::words::uplift_groups(&resolve(option), years).is_empty();
    let what = match (uplifts, splits) {
        (true, true) => ": an uplift is rounded to the pound each year, and a split gives whole pounds, any odd pence going to the first line",
        (true, false) => ": an uplift is rounded to the pound each year",
        (false, true) => ": a split gives whole pounds, any odd pence going to the first line",
        (false, false) => "",
    };
    Some(format!(
        "Amounts are kept in whole pounds, as the agreement sets them{what}."
    ))
}

/// A sentence for each line set otherwise than as an amount a year or by the basis
/// (which has a sentence of its own); lines sharing one total are said together. A
/// one-off is left out where `one_offs_said` elsewhere.
fn set_sentences<K: LineKind>(
    option: &FundingOption,
    lines: &[Line<K>],
    one_offs_said: bool,
) -> Vec<String> {
    let mut said = Vec::new();
    let mut shared_totals: Vec<Decimal> = Vec::new();
    let resolved = resolve(option);
    for (index, line) in lines.iter().enumerate() {
        match line.terms.set {
            AmountSet::Annual | AmountSet::ByBasis => {}
            AmountSet::OneOff { .. } if one_offs_said => {}
            AmountSet::ShareOf { of, .. } if !shared_totals.contains(&of) => {
                shared_totals.push(of);
                let group = lines.iter().filter(
                    |l| matches!(l.terms.set, AmountSet::ShareOf { of: total, .. } if total == of),
                );
                said.push(match group.count() {
                    1 => format!(
                        "{}: {}",
                        line.display_name(index),
                        how_set_in(option, &resolved, K::LIST, index).unwrap_or_default()
                    ),
                    _ => shares_sentence(K::lines(&resolved), lines, of),
                });
            }
            AmountSet::ShareOf { .. } => {}
            _ => {
                let how = how_set_in(option, &resolved, K::LIST, index).unwrap_or_default();
                said.push(format!("{}: {how}", line.display_name(index)));
            }
        }
    }
    said
}

/// "Shares of £621,662.00 a year: Alpha 50.00% (£310,831.00), Beta 25.00% …; the parts
/// add up to £621,662.00 exactly."
fn shares_sentence<K: LineKind>(amounts: &[Line<K>], lines: &[Line<K>], of: Decimal) -> String {
    let mut parts = Vec::new();
    let mut sum = Decimal::ZERO;
    for (index, line) in lines.iter().enumerate() {
        let AmountSet::ShareOf { share, of: total } = line.terms.set else {
            continue;
        };
        if total != of {
            continue;
        }
        let amount = amounts.get(index).map_or(Decimal::ZERO, |l| l.annual);
        sum += amount;
        parts.push(format!(
            "{} {} ({})",
            line.display_name(index),
            share.label(),
            format_gbp(amount)
        ));
    }
    let exact = match sum == of {
        true => format!("the parts add up to {} exactly", format_gbp(of)),
        false => format!("the parts add up to {}", format_gbp(sum)),
    };
    format!(
        "Shares of {} a year: {}; {exact}.",
        format_gbp(of),
        parts.join(", ")
    )
}

/// The basis, its source and date, and each partner's figure and share, where any
/// partner's amount follows it.
fn basis_sentence(report: &Report) -> Option<String> {
    let figures = report.basis.as_ref()?;
    let count = figures.rows.iter().filter(|row| row.follows).count();
    if count == 0 {
        return None;
    }
    let each: Vec<String> = (figures.rows.iter())
        .map(|row| {
            let share = row
                .share
                .map_or_else(String::new, |s| format!(" ({})", s.label()));
            format!("{} {}{share}", row.name, group_thousands(row.figure))
        })
        .collect();
    let basis = &figures.basis;
    Some(format!(
        "{} {} set in proportion to {}{}: each is its share of the figures (of {}) applied to {} a year, the pounds penny-exact by the largest remainder. The figures: {}.",
        crate::figures::words::count_starting(count),
        if count == 1 { "contribution is" } else { "contributions are" },
        basis_name(basis),
        source_words(basis),
        group_thousands(u64::try_from(figures.sum).unwrap_or(u64::MAX)),
        format_gbp(basis.total),
        each.join(", ")
    ))
}

/// " (ONS mid-year estimates, 2023)", or a note that the source is not given.
pub fn source_words(basis: &Basis) -> String {
    let parts: Vec<&str> = [basis.source.trim(), basis.date.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    match parts.as_slice() {
        [] => ", whose source and date are not given".to_string(),
        parts => format!(" ({})", parts.join(", ")),
    }
}

/// The text's part on how the amounts are set, each only where the option uses it:
/// the lines set otherwise than an amount a year, the basis as a table, its drift,
/// and whole pounds. (A partner's one-off amount is said with the funding.)
pub fn set_blocks(option: &FundingOption, report: &Report) -> Vec<Block> {
    let mut blocks: Vec<Block> = set_sentences(option, &option.partners, true)
        .into_iter()
        .chain(set_sentences(option, &option.cost_lines, false))
        .map(Block::Paragraph)
        .collect();
    blocks.extend(basis_blocks(report));
    blocks.extend(drift_sentence(report).map(Block::Paragraph));
    if option.agreement.whole_pounds {
        blocks.push(Block::Paragraph(
            "Amounts are kept in whole pounds, as the agreement sets them.".to_string(),
        ));
    }
    blocks
}

/// The text's part on who bears a variance and the actual spend against the plan.
pub fn risk_blocks(option: &FundingOption, report: &Report) -> Vec<Block> {
    let mut blocks: Vec<Block> = risk_sentences(option)
        .into_iter()
        .map(Block::Paragraph)
        .collect();
    blocks.extend(outturn_blocks(option, &report.outturns));
    blocks
}

/// The basis and its source, then each partner's figure, share and amount.
fn basis_blocks(report: &Report) -> Vec<Block> {
    let Some(figures) = report.basis.as_ref() else {
        return Vec::new();
    };
    let basis = &figures.basis;
    let agreed = figures.rows.iter().any(|row| row.agreed.is_some());
    let mut header = vec![
        "Partner".to_string(),
        capitalised(&basis_name(basis)),
        "Share".to_string(),
    ];
    if agreed {
        header.push("Agreed share".to_string());
    }
    header.push("Contribution a year".to_string());
    let mut rows = vec![header];
    for row in &figures.rows {
        let mut cells = vec![row.name.clone(), group_thousands(row.figure)];
        cells.push(row.share.map_or_else(|| "–".to_string(), |s| s.label()));
        if agreed {
            cells.push(row.agreed.map_or_else(|| "–".to_string(), |s| s.label()));
        }
        cells.push(format_gbp(row.amount));
        rows.push(cells);
    }
    let following = figures.rows.iter().filter(|row| row.follows).count();
    let lead =
        match following {
            0 => format!(
                "The partners' figures of {}{}:",
                basis_name(basis),
                source_words(basis)
            ),
            count => format!(
            "{} {} set in proportion to {}{}, each its share of the figures applied to {} a year:",
            crate::figures::words::count_starting(count),
            if count == 1 { "contribution is" } else { "contributions are" },
            basis_name(basis),
            source_words(basis),
            format_gbp(basis.total)
        ),
        };
    vec![Block::Paragraph(lead), Block::Table(rows)]
}

/// A phrase made to start a sentence.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// "The agreed shares differ from the current population figures: Barnsley is agreed
/// at 15.30%, the figures give 15.05%; …"
pub fn drift_sentence(report: &Report) -> Option<String> {
    let figures = report.basis.as_ref()?;
    let each: Vec<String> = (figures.drifted())
        .filter_map(|row| {
            Some(format!(
                "{} is agreed at {}, the figures give {}",
                row.name,
                row.agreed?.label(),
                row.share?.label()
            ))
        })
        .collect();
    (!each.is_empty()).then(|| {
        format!(
            "The agreed shares differ from the current {} figures{}: {}.",
            basis_name(&figures.basis),
            source_words(&figures.basis),
            each.join("; ")
        )
    })
}
