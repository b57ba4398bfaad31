//! The editing state: the last valid scenario plus the text of fields being typed in.
//!
//! Every change is an [`Action`], applied by [`AppState::apply`]: a short dispatcher
//! that hands each action to the module of its domain (typing in [`fields`] and
//! [`drafts`], [`options`], [`contract`], [`lines`], [`document`]). Each domain says,
//! where it handles an action, whether it makes a history entry and where focus goes
//! ([`history::Outcome`]). All of it is pure and tested natively; `impl Reducible`
//! only wraps it for yew's `use_reducer`.
//!
//! A typed value that does not parse stays in [`AppState::drafts`] with its message
//! and never reaches the scenario, so the figures on screen are always those of a
//! valid entry, and the user's text is never thrown away.

mod agreement;
pub mod agreement_fields;
pub mod appraisal;
mod contract;
mod document;
mod drafts;
mod field;
pub mod fields;
pub mod grid_paste;
mod history;
pub mod ids;
mod lines;
mod moving;
mod options;
pub mod page;
pub mod version;
pub mod views;

pub use agreement::AgreementAction;
pub use appraisal::AppraisalAction;
pub use contract::{ContractAction, MatchRuleKind};
pub use document::DocumentAction;
pub use drafts::{Draft, Drafts, FieldProblem, FieldView};
pub use fields::{Field, LineRef};
pub use history::{Change, FocusRequest, HistoryStep, Outcome};
pub use lines::{set_code, LineAction, ListAction, Split, SplitPart, YearsFill};
pub use moving::Move;
pub use options::OptionsAction;
pub use version::VersionAction;

use funding_model::data::presets::Preset;
use funding_model::{FundingOption, LineList, Scenario};
use std::rc::Rc;
use yew::Reducible;

/// Every change a person can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Text typed into a field: the scenario takes it if it parses.
    Type(Field, String),
    /// The user left a field: show an accepted value in its tidy form, or show why it
    /// was not accepted.
    Settle(Field),
    /// The user pressed Enter: show every error, and move focus to the error summary
    /// if there are any.
    CheckEntries,
    Options(OptionsAction),
    Contract(ContractAction),
    Agreement(AgreementAction),
    Version(VersionAction),
    Appraisal(AppraisalAction),
    Lines(LineList, ListAction),
    Document(DocumentAction),
}

impl Action {
    /// A change to one line of `line`'s list.
    pub fn line(line: LineRef, action: LineAction) -> Action {
        Action::Lines(line.list, ListAction::Line(line.id, action))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The last valid scenario: every figure on screen comes from it. Shared, so a
    /// state is cheap to copy and an action that changes nothing copies nothing.
    pub scenario: Rc<Scenario>,
    pub drafts: Drafts,
    /// Where focus should go after the last action, if anywhere in particular.
    pub focus: Option<FocusRequest>,
    /// The last change; `None` until the user changes something.
    pub change: Option<Change>,
}

impl AppState {
    pub fn new(scenario: Scenario) -> Self {
        AppState {
            scenario: Rc::new(scenario),
            drafts: Drafts::default(),
            focus: None,
            change: None,
        }
    }

    /// The option being edited.
    pub fn option(&self) -> &FundingOption {
        self.scenario.active_option()
    }

    /// The scenario, to change: copied first if another state shares it.
    fn scenario_mut(&mut self) -> &mut Scenario {
        Rc::make_mut(&mut self.scenario)
    }

    /// The state after `action`. Never panics, whatever the action carries.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        let outcome = match action {
            Action::Type(field, text) => next.type_text(field, text),
            Action::Settle(field) => next.settle(field),
            Action::CheckEntries => next.check_entries(),
            Action::Options(action) => action.apply(&mut next),
            Action::Contract(action) => action.apply(&mut next),
            Action::Agreement(action) => action.apply(&mut next),
            Action::Version(action) => action.apply(&mut next),
            Action::Appraisal(action) => action.apply(&mut next),
            Action::Lines(list, action) => action.apply(list, &mut next),
            Action::Document(action) => action.apply(&mut next),
        };
        next.record(outcome, self);
        next
    }
}

impl Default for AppState {
    /// With nothing saved, the calculator opens on the South Yorkshire example.
    fn default() -> Self {
        AppState::new(Preset::SouthYorkshire.scenario())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
