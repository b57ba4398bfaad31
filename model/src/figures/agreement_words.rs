//! How each line's amount was set, in one sentence the working, the method and the
//! text share: "£2,331,951.00 over 5 years, the same each year: £466,390.20 a year."

use super::report::timeline;
use super::risk_words::risk_sentences;
use crate::data::agreement::Basis;
use crate::data::amount_set::{
    basis_figure, basis_shares, basis_sum, even_parts, resolve, AmountSet,
};
use crate::data::line::{Line, LineKind};
use crate::data::money::group_thousands;
use crate::data::scenario::FundingOption;
use crate::format_gbp;
use crate::LineList;

/// How the line at `index` of `list` has its amount set, with the figures that set
/// it; `None` for an amount a year, which needs no saying.
pub fn how_set(option: &FundingOption, list: LineList, index: usize) -> Option<String> {
    match list {
        LineList::Partners => line_how_set(option, &option.partners, index),
        LineList::CostLines => line_how_set(option, &option.cost_lines, index),
    }
}

fn line_how_set<K: LineKind>(
    option: &FundingOption,
    lines: &[Line<K>],
    index: usize,
) -> Option<String> {
    let line = lines.get(index)?;
    let resolved = resolve(option);
    let amount = K::lines(&resolved).get(index).map(|l| l.annual)?;
    let unit = if option.agreement.whole_pounds {
        100
    } else {
        1
    };
    Some(match line.terms.set {
        AmountSet::Annual => return None,
        AmountSet::OverYears { total, years } => over_years_words(total, years, unit),
        AmountSet::ShareOf { share, of } => format!(
            "{} of {}: {} a year.",
            share.label(),
            format_gbp(of),
            format_gbp(amount)
        ),
        AmountSet::ByBasis => basis_words(option.agreement.basis.as_ref(), lines, index, amount),
        AmountSet::OneOff { year } => {
            let when = timeline(option)
                .into_iter()
                .find(|y| y.number == year)
                .map_or_else(|| format!("year {year}"), |y| y.label());
            format!(
                "A one-off amount of {}, paid once in {when}.",
                format_gbp(amount)
            )
        }
    })
}

/// "£2,331,951.00 over 5 years, the same each year: £466,390.20 a year."
fn over_years_words(total: rust_decimal::Decimal, years: u8, unit: u64) -> String {
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

/// "In proportion to population: 82,000 of 536,000 (15.30%) of £100,000.00 a year:
/// £15,298.51 a year."
fn basis_words<K: LineKind>(
    basis: Option<&Basis>,
    lines: &[Line<K>],
    index: usize,
    amount: rust_decimal::Decimal,
) -> String {
    let figure = lines.get(index).and_then(basis_figure).unwrap_or(0);
    let sum = basis_sum(lines);
    let share = basis_shares(lines).get(index).copied().flatten();
    let Some(basis) = basis else {
        return "In proportion to a basis not yet given: nothing until it is.".to_string();
    };
    let name = basis_name(basis);
    let share = share.map_or_else(String::new, |share| format!(" ({})", share.label()));
    format!(
        "In proportion to {name}: {} of {}{share} of {} a year: {} a year.",
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
/// amounts are set, the basis, whole pounds, and who bears a variance.
pub fn method_sentences(option: &FundingOption) -> Vec<String> {
    let mut said = set_sentences(option, &option.partners);
    said.extend(set_sentences(option, &option.cost_lines));
    said.extend(basis_sentence(option));
    if option.agreement.whole_pounds {
        said.push("Amounts are kept in whole pounds, as the agreement sets them: an uplift is rounded to the pound each year, and a split gives whole pounds, any odd pence going to the first line.".to_string());
    }
    said.extend(risk_sentences(option));
    said
}

/// A sentence for each line set otherwise than as an amount a year or by the basis;
/// lines sharing one total are said together.
fn set_sentences<K: LineKind>(option: &FundingOption, lines: &[Line<K>]) -> Vec<String> {
    let mut said = Vec::new();
    let mut shared_totals: Vec<rust_decimal::Decimal> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        match line.terms.set {
            AmountSet::Annual | AmountSet::ByBasis => {}
            AmountSet::ShareOf { of, .. } if !shared_totals.contains(&of) => {
                shared_totals.push(of);
                said.push(shares_sentence(option, lines, of));
            }
            AmountSet::ShareOf { .. } => {}
            _ => {
                let how = how_set(option, K::LIST, index).unwrap_or_default();
                said.push(format!("{}: {how}", line.display_name(index)));
            }
        }
    }
    said
}

/// "£621,662.00 a year is shared: Alpha 50.00% (£310,831.00), Beta 25.00% …; the parts
/// add up to £621,662.00 exactly."
fn shares_sentence<K: LineKind>(
    option: &FundingOption,
    lines: &[Line<K>],
    of: rust_decimal::Decimal,
) -> String {
    let resolved = resolve(option);
    let amounts = K::lines(&resolved);
    let mut parts = Vec::new();
    let mut sum = rust_decimal::Decimal::ZERO;
    for (index, line) in lines.iter().enumerate() {
        if let AmountSet::ShareOf { share, of: total } = line.terms.set {
            if total == of {
                let amount = amounts
                    .get(index)
                    .map_or(rust_decimal::Decimal::ZERO, |l| l.annual);
                sum += amount;
                parts.push(format!(
                    "{} {} ({})",
                    line.display_name(index),
                    share.label(),
                    format_gbp(amount)
                ));
            }
        }
    }
    let exact = if sum == of {
        format!("the parts add up to {} exactly", format_gbp(of))
    } else {
        format!("the parts add up to {}", format_gbp(sum))
    };
    format!(
        "Shares of {} a year: {}; {exact}.",
        format_gbp(of),
        parts.join(", ")
    )
}

/// The basis, its source and date, and each line's figure, where lines are set by it.
fn basis_sentence(option: &FundingOption) -> Option<String> {
    let basis = option.agreement.basis.as_ref()?;
    let mut figures = Vec::new();
    let mut count = 0;
    for lines in [
        basis_lines(&option.partners),
        basis_lines(&option.cost_lines),
    ] {
        count += lines.len();
        figures.extend(lines);
    }
    if count == 0 {
        return None;
    }
    let from = source_words(basis);
    Some(format!(
        "{} {} set in proportion to {}{from}: {} a year split by their figures ({}), the pounds penny-exact by the largest remainder.",
        crate::figures::words::count_starting(count),
        if count == 1 { "amount is" } else { "amounts are" },
        basis_name(basis),
        format_gbp(basis.total),
        figures.join(", ")
    ))
}

/// "Barnsley 245,000 (15.30%)" for each line set by the basis.
fn basis_lines<K: LineKind>(lines: &[Line<K>]) -> Vec<String> {
    let shares = basis_shares(lines);
    (lines.iter().enumerate())
        .filter_map(|(index, line)| {
            let figure = basis_figure(line)?;
            let share = shares[index].map_or_else(String::new, |s| format!(" ({})", s.label()));
            Some(format!(
                "{} {}{share}",
                line.display_name(index),
                group_thousands(figure)
            ))
        })
        .collect()
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
