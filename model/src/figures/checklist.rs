//! The agreement's checklist: what regulation 7(3) of SI 2000/617 says the written
//! agreement of a pooled fund must specify, each marked from what the scenario holds
//! or as the user marks it stated, for the decision paper's appendix.

use super::report::{describe_months, Report};
use crate::data::agreement::{Clause, RiskRule};
use crate::data::amount_set::AmountSet;
use crate::data::scenario::FundingOption;

/// Where a clause stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The scenario holds it, as said.
    Held(String),
    /// The scenario holds part of it, as said; the rest is to be stated.
    Partly(String),
    /// The user marks it as stated in the agreement.
    Stated,
    /// Not yet stated.
    ToState,
}

impl Standing {
    /// As the checklist's status column says it.
    pub fn label(&self) -> &'static str {
        match self {
            Standing::Held(_) => "In this scenario",
            Standing::Partly(_) => "Partly in this scenario",
            Standing::Stated => "Marked as stated",
            Standing::ToState => "To be stated",
        }
    }

    /// What the scenario holds of it, where it holds anything.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Standing::Held(words) | Standing::Partly(words) => Some(words),
            Standing::Stated | Standing::ToState => None,
        }
    }
}

/// Each clause with where it stands; a clause the user marks stated counts as stated
/// whatever the scenario holds.
pub fn checklist(option: &FundingOption, report: &Report) -> Vec<(Clause, Standing)> {
    (held(option, report).into_iter())
        .map(|(clause, held)| {
            let standing = match held {
                _ if option.agreement.stated.contains(&clause) => Standing::Stated,
                Some(standing) => standing,
                None => Standing::ToState,
            };
            (clause, standing)
        })
        .collect()
}

/// Each clause with what the scenario holds of it, whatever the user marks.
pub fn held(option: &FundingOption, report: &Report) -> Vec<(Clause, Option<Standing>)> {
    (Clause::ALL.into_iter())
        .map(|clause| {
            let held = match clause {
                Clause::Contributions => contributions(option),
                Clause::DurationAndReview => duration(option, report),
                Clause::Management => management(option),
                _ => None,
            };
            (clause, held)
        })
        .collect()
}

/// The partners' contributions and, where any is set, how they vary.
fn contributions(option: &FundingOption) -> Option<Standing> {
    let count = option.partners.len();
    if count == 0 {
        return None;
    }
    let varies = option
        .partners
        .iter()
        .any(|p| !p.uplift.is_none() || p.terms.set == AmountSet::ByBasis);
    let who = match count {
        1 => "the funder's contribution".to_string(),
        n => format!("{n} partners' contributions"),
    };
    Some(match varies {
        true => Standing::Held(format!(
            "{}, each with how it is set and how it varies.",
            capital(&who)
        )),
        false => Standing::Partly(format!(
            "{}; how they may be varied is to be stated.",
            capital(&who)
        )),
    })
}

/// The term and extensions, and the review clause where a tolerance applies.
fn duration(option: &FundingOption, report: &Report) -> Option<Standing> {
    let initial = report.term_totals.first()?;
    let extensions = match option.extensions.len() {
        0 => String::new(),
        1 => " and one extension option".to_string(),
        n => format!(" and {} extension options", super::words::count_words(n)),
    };
    let term = format!(
        "An initial term of {}{extensions}",
        describe_months(initial.months)
    );
    let agreement = &option.agreement;
    let reviewed =
        agreement.overspend != RiskRule::NotStated || agreement.underspend != RiskRule::NotStated;
    Some(match reviewed {
        true => Standing::Held(format!(
            "{term}; a review when spending is more than {} away from the plan.",
            agreement.tolerance.label()
        )),
        false => Standing::Partly(format!(
            "{term}; how the arrangements are reviewed, varied or ended is to be stated."
        )),
    })
}

/// The rules for an overspend and an underspend.
fn management(option: &FundingOption) -> Option<Standing> {
    let agreement = &option.agreement;
    match (agreement.overspend, agreement.underspend) {
        (RiskRule::NotStated, RiskRule::NotStated) => None,
        (RiskRule::NotStated, _) | (_, RiskRule::NotStated) => Some(Standing::Partly(
            "One of the rules for an overspend and an underspend; the other, and how the fund is managed and monitored, are to be stated.".to_string(),
        )),
        _ => Some(Standing::Partly(
            "The rules for an overspend and an underspend; how the fund is hosted, managed and monitored is to be stated.".to_string(),
        )),
    }
}

fn capital(text: &str) -> String {
    super::agreement_words::capitalised(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;

    #[test]
    fn the_seed_holds_the_contributions_and_the_term() {
        let mut option = Preset::SouthYorkshire.option();
        let report = Report::build(&option);
        let list = checklist(&option, &report);
        assert_eq!(list.len(), 7);
        assert_eq!(list[0], (Clause::Aims, Standing::ToState));
        assert!(matches!(list[1].1, Standing::Partly(_)));
        assert_eq!(list[5].1.detail().unwrap(), "An initial term of 2 years and two extension options; how the arrangements are reviewed, varied or ended is to be stated.");
        option.agreement.stated.push(Clause::Aims);
        option.agreement.overspend = RiskRule::InProportion;
        let list = checklist(&option, &Report::build(&option));
        assert_eq!(list[0].1, Standing::Stated);
        assert!(matches!(list[5].1, Standing::Held(_)));
    }
}
