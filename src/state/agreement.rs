//! The option's agreement beyond its amounts: who bears an overspend and an
//! underspend, whether amounts are kept in whole pounds, which periods actual spend is
//! entered for, and the clauses marked as stated. (Typing the basis, the risk pool, the
//! tolerance or an actual is [`super::Action::Type`]; how a line's amount is set is a
//! [`super::LineAction`].)

use super::fields::Field;
use super::history::Outcome;
use super::AppState;
use funding_model::data::agreement::{Clause, RiskRule};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum AgreementAction {
    SetOverspend(RiskRule),
    SetUnderspend(RiskRule),
    SetWholePounds(bool),
    /// Actual spend by financial year (else by contract year).
    SetByFinancialYear(bool),
    SetStated(Clause, bool),
    /// Forget the basis: its name, source, date and total.
    RemoveBasis,
}

impl AgreementAction {
    /// Every change to the agreement is a discrete one: a new history entry.
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let agreement = &mut Rc::make_mut(&mut state.scenario)
            .active_option_mut()
            .agreement;
        match self {
            AgreementAction::SetOverspend(rule) => agreement.overspend = rule,
            AgreementAction::SetUnderspend(rule) => agreement.underspend = rule,
            AgreementAction::SetWholePounds(whole) => agreement.whole_pounds = whole,
            AgreementAction::SetByFinancialYear(by) => agreement.by_financial_year = by,
            AgreementAction::SetStated(clause, stated) => {
                agreement.stated.retain(|c| *c != clause);
                if stated {
                    agreement.stated.push(clause);
                    agreement.stated.sort();
                }
            }
            AgreementAction::RemoveBasis => {
                agreement.basis = None;
                for field in [
                    Field::BasisName,
                    Field::BasisSource,
                    Field::BasisDate,
                    Field::BasisTotal,
                ] {
                    state.drafts.remove(&field);
                }
            }
        }
        Outcome::NEW_ENTRY
    }
}
