//! Changes to the whole document: a new scenario started, an example loaded, a file or
//! a set-aside scenario opened, or a history entry shown after Back or Forward.

use super::history::{HistoryStep, Outcome};
use super::AppState;
use funding_model::data::presets::Preset;
use funding_model::Scenario;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum DocumentAction {
    LoadPreset(Preset),
    /// Start a new scenario, blank but for one partner, its contract from this month.
    StartNew(funding_model::YearMonth),
    /// Open a scenario from a file: a new history entry.
    Open(Box<Scenario>),
    /// Open the user's own work again, set aside or held, with the text typed with it
    /// and not yet accepted (`Drafts::to_keep`): a new history entry.
    Reopen(Box<Scenario>, String),
    /// Show the scenario of a history entry the user went Back or Forward to, with the
    /// text typed with it and not yet accepted.
    ShowHistoryEntry(Box<Scenario>, String),
}

impl DocumentAction {
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let starts_new = matches!(self, DocumentAction::StartNew(_));
        let mut typed = String::new();
        let (scenario, step) = match self {
            DocumentAction::LoadPreset(preset) => (preset.scenario(), HistoryStep::NewEntry),
            DocumentAction::StartNew(start) => (Scenario::blank(start), HistoryStep::NewEntry),
            DocumentAction::Open(scenario) => (*scenario, HistoryStep::NewEntry),
            DocumentAction::Reopen(scenario, kept) => {
                typed = kept;
                (*scenario, HistoryStep::NewEntry)
            }
            // The address bar already shows it.
            DocumentAction::ShowHistoryEntry(scenario, kept) => {
                typed = kept;
                (*scenario, HistoryStep::Leave)
            }
        };
        // A new scenario starts with its title, which names it in the list of those set
        // aside.
        let focus = starts_new.then(|| super::ids::TITLE.to_string());
        state.scenario = Rc::new(scenario);
        state.drafts.clear();
        state.type_back(&typed);
        Outcome {
            step,
            typing: false,
            focus,
        }
    }
}
