//! "How the figures are worked out": the method and the assumptions that apply to the
//! option on screen, in plain English, built from the option itself, as the AQuA Book
//! asks of an analytical model. Each sentence is said only where it applies.

use super::agreement_words::method_sentences;
use super::report::{describe_months, Report};
use super::words::{uplift_groups, uplift_sentence};
use crate::data::amount_set::{resolve, AmountSet};
use crate::data::scenario::FundingOption;
use crate::format_gbp;

/// The method and assumptions of `option`, whose figures are `report`;
/// `entries_left_out` entries that need fixing are not in the figures.
pub fn method(option: &FundingOption, report: &Report, entries_left_out: usize) -> Vec<String> {
    let initial = &report.term_totals[0];
    let mut said = vec![format!(
        "The contract starts in {} with an initial term of {}, to {}.",
        option.start.long_label(),
        describe_months(initial.months),
        initial.end.long_label()
    )];
    said.extend(extensions_words(option, report));
    said.push(contract_year_words(report));
    let several = option.partners.len() > 1;
    said.push(if several {
        "Financial years run from April to March. Each contract year's pool is shared across its months, and each partner's part of it in proportion to its contribution, so every financial year adds up to the total to the penny.".to_string()
    } else {
        "Financial years run from April to March. Each contract year's amount is shared across its months, so the financial years add up to the total to the penny.".to_string()
    });
    said.extend(method_sentences(option, report));
    said.extend(uplift_words(option, report));
    said.extend(year_amount_words(option, report));
    said.push(match option.agreement.whole_pounds {
        true => "Every other amount is rounded to the penny, halves away from zero. Totals are the sums of the amounts shown, so rows and columns add up exactly.",
        false => "Every amount is rounded to the penny, halves away from zero. Totals are the sums of the amounts shown, so rows and columns add up exactly.",
    }.to_string());
    if several {
        said.push("Where pennies cannot be shared evenly (between financial years, or in a target split among partners), they go by the largest remainder, to the partners higher in the list when remainders are equal.".to_string());
        said.push("Each share is the partner's total for the term taken up divided by the pool's total, rounded to two decimal places, halves away from zero; so equal amounts show equal shares, and the shares may not add up to exactly 100.00%.".to_string());
    } else {
        said.push("Where pennies cannot be shared evenly between financial years, they go by the largest remainder.".to_string());
    }
    if entries_left_out > 0 {
        said.push(match entries_left_out {
            1 => "1 entry that needs fixing is not included in these figures.".to_string(),
            count => format!("{count} entries that need fixing are not included in these figures."),
        });
    }
    said
}

/// The extension options, if there are any: each, and which the figures include.
fn extensions_words(option: &FundingOption, report: &Report) -> Option<String> {
    let each = describe_extensions(option, report).join("; ");
    (!each.is_empty()).then(|| {
        format!("{each}. Figures for the term taken up include only the extensions taken up.")
    })
}

/// What a contract year is; how a shorter one is pro-rated, only where there is one.
fn contract_year_words(report: &Report) -> String {
    let years = "Each contract year is the 12 months from the start month.";
    match report.timeline.iter().find(|year| year.is_part_year()) {
        None => years.to_string(),
        Some(short) => format!(
            "{years} {} is {}, as its extension ends before a full year: its amount is the full-year amount × its months ÷ 12.",
            short.name(),
            describe_months(u32::from(short.months))
        ),
    }
}

/// Each extension option in words: "Extension 1 (1 year, to January 2024): taken up".
/// The print and the method say them alike.
pub fn describe_extensions(option: &FundingOption, report: &Report) -> Vec<String> {
    let taken = option.taken_extension_count();
    option
        .extensions
        .iter()
        .zip(report.term_totals.iter().skip(1))
        .enumerate()
        .map(|(index, (extension, term))| {
            format!(
                "Extension {} ({}, to {}): {}",
                index + 1,
                describe_months(u32::from(extension.months)),
                term.end.long_label(),
                if index < taken {
                    "taken up"
                } else {
                    "not taken up"
                }
            )
        })
        .collect()
}

/// One sentence for each uplift, however many partners share it, and how an uplift
/// compounds, said once.
fn uplift_words(option: &FundingOption, report: &Report) -> Vec<String> {
    let resolved = resolve(option);
    let groups = uplift_groups(&resolved, report.timeline.len() as u16);
    let mut said: Vec<String> = groups
        .iter()
        .map(|(uplift, members)| format!("{}.", uplift_sentence(option, *uplift, members)))
        .collect();
    if !groups.is_empty() {
        let typed = groups.iter().flat_map(|(_, members)| members).any(|&i| {
            !option.partners[i].year_amounts.is_empty()
                && !option.partners[i].terms.set.is_derived()
        });
        let unit = if option.agreement.whole_pounds {
            "pound"
        } else {
            "penny"
        };
        said.push(format!(
            "An uplift compounds: each year's amount is rounded to the {unit} before the next rise.{}",
            if typed { " Amounts given for particular years are not uplifted." } else { "" }
        ));
    }
    said
}

fn year_amount_words(option: &FundingOption, report: &Report) -> Vec<String> {
    let last = report.timeline.len() as u16;
    option
        .partners
        .iter()
        .enumerate()
        .filter(|(_, partner)| partner.terms.set == AmountSet::Annual)
        .filter_map(|(index, partner)| {
            let years: Vec<String> = partner
                .year_amounts
                .iter()
                .filter(|(year, _)| **year <= last)
                .map(|(year, amount)| format!("year {year} {}", format_gbp(*amount)))
                .collect();
            (!years.is_empty()).then(|| {
                format!(
                    "{} gives different amounts in particular years: {} (full-year amounts, in place of its annual contribution of {}).",
                    partner.display_name(index),
                    years.join(", "),
                    format_gbp(partner.annual)
                )
            })
        })
        .collect()
}
