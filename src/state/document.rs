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
    /// Open a scenario from a file or from those set aside: a new history entry.
    Open(Scenario),
    /// Show the scenario of a history entry the user went Back or Forward to.
    ShowHistoryEntry(Scenario),
}

impl DocumentAction {
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let starts_new = matches!(self, DocumentAction::StartNew(_));
        let (scenario, step) = match self {
            DocumentAction::LoadPreset(preset) => (preset.scenario(), HistoryStep::NewEntry),
            DocumentAction::StartNew(start) => (Scenario::blank(start), HistoryStep::NewEntry),
            DocumentAction::Open(scenario) => (scenario, HistoryStep::NewEntry),
            // The address bar already shows it.
            DocumentAction::ShowHistoryEntry(scenario) => (scenario, HistoryStep::Leave),
        };
        // A new scenario starts with its title, which names it in the list of those set
        // aside.
        let focus = starts_new.then(|| super::ids::TITLE.to_string());
        state.scenario = Rc::new(scenario);
        state.drafts.clear();
        Outcome {
            step,
            typing: false,
            focus,
        }
    }
}
