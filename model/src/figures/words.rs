//! Words the method and the financial implications share, so they say a thing alike:
//! counts, quoted names, and one sentence for an uplift however many partners share it.

use crate::data::line::Uplift;
use crate::data::scenario::FundingOption;

/// A paragraph, or a table with its header row: what the text is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Table(Vec<Vec<String>>),
}

pub fn count_words(count: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(count)
        .map_or_else(|| count.to_string(), |w| w.to_string())
}

/// "Seven", "11": a count that starts a sentence.
pub fn count_starting(count: usize) -> String {
    let words = count_words(count);
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// A name in the text: quoted, exactly as typed.
pub fn quoted(name: &str) -> String {
    format!("“{name}”")
}

/// Each uplift that changes a year of the term (the first `years` contract years), with
/// the partners (by position) it applies to: a year given an amount of its own is not
/// uplifted, so a partner whose every uplifted year has one is left out.
pub fn uplift_groups(option: &FundingOption, years: u16) -> Vec<(Uplift, Vec<usize>)> {
    let mut groups: Vec<(Uplift, Vec<usize>)> = Vec::new();
    for (index, partner) in option.partners.iter().enumerate() {
        let applies = !partner.uplift.is_none()
            && partner.terms.set.one_off_year().is_none()
            && (partner.uplift.from_year..=years)
                .any(|year| partner.year_amounts.get(&year).is_none());
        if !applies {
            continue;
        }
        match groups
            .iter_mut()
            .find(|(uplift, _)| *uplift == partner.uplift)
        {
            Some((_, members)) => members.push(index),
            None => groups.push((partner.uplift, vec![index])),
        }
    }
    groups
}

/// One uplift in a sentence: "Seven councils' contributions rise by 2.50% a year from
/// year 2".
pub fn uplift_sentence(option: &FundingOption, uplift: Uplift, members: &[usize]) -> String {
    format!(
        "{} by {} a year from year {}",
        uplift_subject(option, members),
        uplift.percent.label(),
        uplift.from_year
    )
}

/// Whose contributions rise: "Sheffield City Council's contribution rises", "The
/// contributions of A, B and C rise", "Seven councils' contributions rise", "Every
/// partner's contribution rises".
fn uplift_subject(option: &FundingOption, members: &[usize]) -> String {
    let names: Vec<String> = members
        .iter()
        .map(|&i| option.partners[i].display_name(i))
        .collect();
    let all = members.len() == option.partners.len();
    match names.as_slice() {
        [one] if !all => format!("{one}'s contribution rises"),
        _ if all => "Every partner's contribution rises".to_string(),
        [first, second] => format!("The contributions of {first} and {second} rise"),
        [first, second, third] => {
            format!("The contributions of {first}, {second} and {third} rise")
        }
        _ => {
            let kind = option.partners[members[0]].kind;
            let same = members.iter().all(|&i| option.partners[i].kind == kind);
            let plural = if same { kind.plural() } else { "partners" };
            format!(
                "{} {plural}' contributions rise",
                count_starting(members.len())
            )
        }
    }
}
