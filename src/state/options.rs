//! The scenario's options: which is edited, which is the baseline, and adding,
//! copying, reordering and removing them. (Renaming one is typing in its name field.)

use super::history::Outcome;
use super::moving::Move;
use super::{ids, AppState};
use funding_model::data::limits::{MAX_OPTIONS, MAX_TEXT_CHARS};
use funding_model::data::scenario::FundingOption;

/// A change to the list of options; positions count from 0.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionsAction {
    /// A new, empty option, shown for editing.
    Add,
    /// Copy the option at this position, placing the copy after it.
    Duplicate(usize),
    Remove(usize),
    Move(usize, Move),
    SetBaseline(usize),
    /// Edit and show the option at this position.
    Show(usize),
}

impl OptionsAction {
    /// Every change to the options is a discrete one: a new history entry.
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let count = state.scenario.options.len();
        match self {
            OptionsAction::Add if count < MAX_OPTIONS => {
                let name = format!("Option {}", count + 1);
                let option = FundingOption::empty(&name, state.option());
                state.scenario_mut().options.push(option);
                state.show(count);
                Outcome::NEW_ENTRY.focus(ids::option_name(count))
            }
            OptionsAction::Duplicate(index) if index < count && count < MAX_OPTIONS => {
                let scenario = state.scenario_mut();
                let mut copy = scenario.options[index].clone();
                let name = format!("Copy of {}", copy.name.trim());
                copy.name = name.chars().take(MAX_TEXT_CHARS).collect();
                scenario.options.insert(index + 1, copy);
                if scenario.baseline > index {
                    scenario.baseline += 1;
                }
                state.show(index + 1);
                Outcome::NEW_ENTRY.focus(ids::option_name(index + 1))
            }
            OptionsAction::Remove(index) if count > 1 && index < count => {
                state.remove_option(index)
            }
            OptionsAction::Move(index, direction) => state.move_option(index, direction),
            OptionsAction::SetBaseline(index) if index < count => {
                state.scenario_mut().baseline = index;
                Outcome::NEW_ENTRY
            }
            OptionsAction::Show(index) if index < count && index != state.scenario.active => {
                state.show(index);
                Outcome::NEW_ENTRY
            }
            _ => Outcome::NEW_ENTRY,
        }
    }
}

impl AppState {
    /// Shows the option at `index` for editing; what was typed in another is dropped.
    fn show(&mut self, index: usize) {
        self.scenario_mut().active = index;
        self.drafts.clear();
    }

    fn remove_option(&mut self, index: usize) -> Outcome {
        let scenario = self.scenario_mut();
        scenario.options.remove(index);
        let after_removal = |position: usize| match position {
            p if p == index => 0,
            p if p > index => p - 1,
            p => p,
        };
        scenario.baseline = after_removal(scenario.baseline);
        let was_shown = scenario.active == index;
        scenario.active = after_removal(scenario.active);
        if was_shown {
            self.drafts.clear();
        }
        Outcome::NEW_ENTRY.focus(ids::OPTIONS_HEADING)
    }

    fn move_option(&mut self, index: usize, direction: Move) -> Outcome {
        let count = self.scenario.options.len();
        let Some(other) = direction.neighbour(index, count) else {
            return Outcome::NEW_ENTRY;
        };
        let scenario = self.scenario_mut();
        scenario.options.swap(index, other);
        let swapped = |position: usize| match position {
            p if p == index => other,
            p if p == other => index,
            p => p,
        };
        scenario.baseline = swapped(scenario.baseline);
        scenario.active = swapped(scenario.active);
        let button = direction.button_left_at(other, count);
        Outcome::NEW_ENTRY.focus(ids::option_move_button(other, button))
    }
}
