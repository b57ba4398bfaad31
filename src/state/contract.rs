//! The option's terms: when the contract starts, its initial term, its extension
//! options and the grant's match-funding rule. (Typing a start year, an extension's
//! length or the rule's minimum is [`super::Action::Type`].)

use super::fields::Field;
use super::history::Outcome;
use super::{ids, AppState};
use funding_model::data::limits::{MAX_EXTENSIONS, MAX_TERM_YEARS, MIN_TERM_YEARS};
use funding_model::data::money::Percent;
use funding_model::data::month::YearMonth;
use funding_model::data::scenario::{Extension, MatchRule};
use rust_decimal::Decimal;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum ContractAction {
    /// 1 for January.
    SetStartMonth(u8),
    SetInitialYears(u8),
    AddExtension,
    RemoveExtension(u32),
    SetExtensionTaken(u32, bool),
    SetMatchRuleKind(MatchRuleKind),
}

/// Which kind of match-funding rule, for the rule's radio buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchRuleKind {
    NoRule,
    MinimumLocalShare,
    MinimumLocalAmount,
    MinimumShareOfGrant,
}

impl MatchRuleKind {
    pub fn of(rule: MatchRule) -> Self {
        match rule {
            MatchRule::NoRule => MatchRuleKind::NoRule,
            MatchRule::MinimumLocalShare(_) => MatchRuleKind::MinimumLocalShare,
            MatchRule::MinimumLocalAmount(_) => MatchRuleKind::MinimumLocalAmount,
            MatchRule::MinimumShareOfGrant(_) => MatchRuleKind::MinimumShareOfGrant,
        }
    }

    /// A rule of this kind, with a minimum of nothing yet.
    fn empty_rule(self) -> MatchRule {
        match self {
            MatchRuleKind::NoRule => MatchRule::NoRule,
            MatchRuleKind::MinimumLocalShare => MatchRule::MinimumLocalShare(Percent(0)),
            MatchRuleKind::MinimumLocalAmount => MatchRule::MinimumLocalAmount(Decimal::ZERO),
            MatchRuleKind::MinimumShareOfGrant => MatchRule::MinimumShareOfGrant(Percent(0)),
        }
    }
}

impl ContractAction {
    /// Every change to the terms is a discrete one: a new history entry.
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let option = Rc::make_mut(&mut state.scenario).active_option_mut();
        match self {
            ContractAction::SetStartMonth(month) => {
                if let Some(start) = YearMonth::new(option.start.year(), month) {
                    option.start = start;
                }
            }
            ContractAction::SetInitialYears(years) => {
                option.initial_years = years.clamp(MIN_TERM_YEARS, MAX_TERM_YEARS);
            }
            ContractAction::AddExtension if option.extensions.len() < MAX_EXTENSIONS => {
                let id = option.next_id();
                let taken = false;
                option.extensions.push(Extension {
                    id,
                    months: 12,
                    taken,
                });
                return Outcome::NEW_ENTRY.focus(ids::extension_months(id));
            }
            ContractAction::AddExtension => {}
            ContractAction::RemoveExtension(id) => {
                option.extensions.retain(|e| e.id != id);
                return Outcome::NEW_ENTRY.focus(ids::EXTENSIONS_HEADING);
            }
            ContractAction::SetExtensionTaken(id, taken) => {
                set_taken(&mut option.extensions, id, taken)
            }
            ContractAction::SetMatchRuleKind(kind) => {
                option.match_rule = kind.empty_rule();
                state.drafts.remove(&Field::MatchMinimum);
                if kind != MatchRuleKind::NoRule {
                    return Outcome::NEW_ENTRY.focus(ids::MATCH_MINIMUM);
                }
            }
        }
        Outcome::NEW_ENTRY
    }
}

/// Extensions run in order: taking one up takes up those before it, and giving one
/// up gives up those after it.
fn set_taken(extensions: &mut [Extension], id: u32, taken: bool) {
    let Some(position) = extensions.iter().position(|e| e.id == id) else {
        return;
    };
    for (index, extension) in extensions.iter_mut().enumerate() {
        if taken && index <= position {
            extension.taken = true;
        } else if !taken && index >= position {
            extension.taken = false;
        }
    }
}
