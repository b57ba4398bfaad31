//! What changed since an earlier version, ready to paste into a committee report:
//! "Since the version of 3 March 2026, Sheffield City Council's contribution has
//! risen from £60,000.00 to £70,000.00 a year, adding £40,000.00 to the four-year
//! total." Each change is said once, with what it did to the total where it did
//! anything, in the breakdown's order, so the amounts said add up to the change in
//! the total said last.

use super::breakdown::{OptionBreakdown, Step};
use super::changes::{Change, Topic, VersionChanges};
use super::figure_changes::FigureChange;
use crate::data::scenario::Scenario;
use crate::data::version::VersionDetails;
use crate::figures::agreement_words::capitalised;
use crate::figures::report::chosen_years;
use crate::figures::words::{count_words, quoted, Block};
use crate::format_gbp;

/// The paragraphs: the scenario's own changes, then one for each option that changed.
pub fn version_words(
    earlier: &Scenario,
    later: &Scenario,
    changes: &VersionChanges,
    breakdowns: &[OptionBreakdown],
) -> Vec<Block> {
    let since = since(&earlier.version);
    if changes.inputs.iter().all(|c| c.topic == Topic::Version) {
        return vec![Block::Paragraph(format!(
            "Nothing has changed {}.",
            since.replacen("Since", "since", 1)
        ))];
    }
    let several = earlier.options.len() > 1 || later.options.len() > 1;
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let own: Vec<String> = (changes.inputs.iter())
        .filter(|change| change.option.is_none() && change.topic != Topic::Version)
        .map(|change| change.phrase.clone())
        .collect();
    if !own.is_empty() {
        paragraphs.push(own);
    }
    for (matched, breakdown) in changes.matched.iter().zip(breakdowns) {
        let total_words = total_words(
            &earlier.options[matched.earlier],
            &later.options[matched.later],
        );
        let mut clauses = option_clauses(changes, matched.later, breakdown, &total_words);
        if clauses.is_empty() {
            continue;
        }
        if several {
            clauses[0] = format!("in {}, {}", quoted(&matched.name), clauses[0]);
        }
        clauses.extend(figure_sentences(changes, matched.later));
        paragraphs.push(clauses);
    }
    (paragraphs.into_iter().enumerate())
        .map(|(index, clauses)| {
            let sentences: Vec<String> = (clauses.iter().enumerate())
                .map(|(at, clause)| match (index, at) {
                    (0, 0) => format!("{since}, {clause}."),
                    _ => format!("{}.", capitalised(clause)),
                })
                .collect();
            Block::Paragraph(sentences.join(" "))
        })
        .collect()
}

/// "Since the version “March paper” of 3 March 2026", "Since the earlier version".
fn since(version: &VersionDetails) -> String {
    let label = version.label.trim();
    match (label.is_empty(), version.date) {
        (false, Some(date)) => format!(
            "Since the version {} of {}",
            quoted(label),
            date.long_label()
        ),
        (true, Some(date)) => format!("Since the version of {}", date.long_label()),
        (false, None) => format!("Since the version {}", quoted(label)),
        (true, None) => "Since the earlier version".to_string(),
    }
}

/// What the option's total is called: "the four-year total" where both versions take
/// up a term of the same whole years, else "the total for the term taken up".
fn total_words(
    earlier: &crate::data::scenario::FundingOption,
    later: &crate::data::scenario::FundingOption,
) -> String {
    let months = |option| -> u32 {
        chosen_years(option)
            .iter()
            .map(|year| u32::from(year.months))
            .sum()
    };
    let (before, after) = (months(earlier), months(later));
    if before == after && after % 12 == 0 && after > 0 {
        format!("the {}-year total", count_words((after / 12) as usize))
    } else {
        "the total for the term taken up".to_string()
    }
}

/// The option's changes as clauses: each step's changes with what the step did, then
/// the changes that moved no total.
fn option_clauses(
    changes: &VersionChanges,
    option: usize,
    breakdown: &OptionBreakdown,
    total: &str,
) -> Vec<String> {
    let of = |topic: Topic| -> Vec<&Change> {
        (changes.inputs.iter())
            .filter(|c| c.at == Some(option) && c.topic == topic)
            .collect()
    };
    let mut said: Vec<Topic> = Vec::new();
    let mut clauses = Vec::new();
    for step in &breakdown.steps {
        let Some(topic) = step.topic else {
            continue;
        };
        let phrases: Vec<String> = of(topic).iter().map(|c| c.phrase.clone()).collect();
        if phrases.is_empty() {
            continue;
        }
        said.push(topic);
        clauses.push(format!("{}{}", joined(&phrases), effect(step, total)));
    }
    clauses.extend(
        (changes.inputs.iter())
            .filter(|c| c.at == Some(option) && !said.contains(&c.topic))
            .map(|c| c.phrase.clone()),
    );
    clauses
}

/// "a", "a and b", "a, b and c".
fn joined(phrases: &[String]) -> String {
    match phrases {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    }
}

/// What a step did: ", adding £40,000.00 to the four-year total"; to spending where
/// the total did not move.
fn effect(step: &Step, total: &str) -> String {
    let part = step.part();
    let (amount, what) = if part.is_zero() {
        (step.spending, "spending")
    } else {
        (part, total)
    };
    if amount.is_zero() {
        String::new()
    } else if amount.is_sign_positive() {
        format!(", adding {} to {what}", format_gbp(amount))
    } else {
        format!(", taking {} off {what}", format_gbp(-amount))
    }
}

/// The option's total, spending and balance, where they changed: "the total for the
/// term taken up has risen from £1.00 to £2.00 (+100.0%)".
fn figure_sentences(changes: &VersionChanges, option: usize) -> Vec<String> {
    const SAID: [&str; 3] = [
        "the total for the term taken up",
        "spending for the term taken up",
        "the balance for the term taken up",
    ];
    (changes.figures.iter())
        .filter(|f| f.at == Some(option) && f.option.is_some() && SAID.contains(&f.label.as_str()))
        .map(figure_sentence)
        .collect()
}

fn figure_sentence(figure: &FigureChange) -> String {
    let value = |v: Option<rust_decimal::Decimal>| v.map_or("none".to_string(), format_gbp);
    let verb = if figure.difference().is_sign_negative() {
        "fallen"
    } else {
        "risen"
    };
    let per_cent = match figure.tenths() {
        Some(_) => format!(" ({})", figure.per_cent()),
        None => String::new(),
    };
    format!(
        "{} has {verb} from {} to {}{per_cent}",
        figure.label,
        value(figure.earlier),
        value(figure.later)
    )
}
