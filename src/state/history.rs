//! What an action leaves behind besides the new scenario: whether Back should return
//! to the state before it, and where keyboard focus goes. Each domain's `apply` says
//! both for its own actions, in an [`Outcome`], where the action is handled.

use super::AppState;

/// What the address bar should do after a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// Add a history entry, so Back returns to the state before: a discrete change,
    /// such as a partner added, an extension taken up or an example loaded.
    NewEntry,
    /// Update the current entry: typing, so Back is not one step per key.
    SameEntry,
    /// Leave the address bar alone: it already shows this state.
    Leave,
}

/// The last change made, for the address bar and the saved draft to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub step: HistoryStep,
    /// Whether it was a keystroke in a field: the address bar and the draft may wait
    /// for typing to pause before they follow.
    pub typing: bool,
    /// Rises with every change.
    pub sequence: u32,
}

/// Where keyboard focus should go after an action, so it never gets lost when the
/// element that had it disappears or moves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    /// The HTML id of the element to focus.
    pub element_id: String,
    /// Rises with each request, so asking for the same element twice still moves focus.
    pub sequence: u32,
}

/// What a domain's `apply` says of the action it handled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub step: HistoryStep,
    pub typing: bool,
    pub focus: Option<String>,
}

impl Outcome {
    /// A keystroke in a field: the same history entry, focus left alone.
    pub const TYPING: Outcome = Outcome {
        step: HistoryStep::SameEntry,
        typing: true,
        focus: None,
    };
    /// Leaving a field or pressing Enter: the same history entry, written now.
    pub const SETTLED: Outcome = Outcome {
        step: HistoryStep::SameEntry,
        typing: false,
        focus: None,
    };
    /// A discrete change: a new history entry, focus left alone.
    pub const NEW_ENTRY: Outcome = Outcome {
        step: HistoryStep::NewEntry,
        typing: false,
        focus: None,
    };

    /// This outcome, with focus moved to the element with `id`.
    pub fn focus(self, id: impl Into<String>) -> Outcome {
        Outcome {
            focus: Some(id.into()),
            ..self
        }
    }
}

impl AppState {
    /// Records `outcome` on the state an action produced from `before`.
    pub(super) fn record(&mut self, outcome: Outcome, before: &AppState) {
        let sequence = before.change.map_or(1, |c| c.sequence.wrapping_add(1));
        self.change = Some(Change {
            step: outcome.step,
            typing: outcome.typing,
            sequence,
        });
        if let Some(element_id) = outcome.focus {
            let sequence = before
                .focus
                .as_ref()
                .map_or(1, |f| f.sequence.wrapping_add(1));
            self.focus = Some(FocusRequest {
                element_id,
                sequence,
            });
        }
        self.forget_drafts_of_removed_items();
    }
}
