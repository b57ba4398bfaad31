//! Changes to the whole document: an example loaded, a file or a set-aside scenario
//! opened, or a history entry shown after Back or Forward.

use super::history::{HistoryStep, Outcome};
use super::AppState;
use crate::model::data::presets::Preset;
use crate::model::Scenario;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum DocumentAction {
    LoadPreset(Preset),
    /// Open a scenario from a file or from those set aside: a new history entry.
    Open(Scenario),
    /// Show the scenario of a history entry the user went Back or Forward to.
    ShowHistoryEntry(Scenario),
}

impl DocumentAction {
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let (scenario, step) = match self {
            DocumentAction::LoadPreset(preset) => (preset.scenario(), HistoryStep::NewEntry),
            DocumentAction::Open(scenario) => (scenario, HistoryStep::NewEntry),
            // The address bar already shows it.
            DocumentAction::ShowHistoryEntry(scenario) => (scenario, HistoryStep::Leave),
        };
        state.scenario = Rc::new(scenario);
        state.drafts.clear();
        Outcome {
            step,
            typing: false,
            focus: None,
        }
    }
}
