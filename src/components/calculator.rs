//! The calculator page: notices and the heading, then the scenario editor beside its
//! results.

use super::editor::error_summary::ErrorSummary;
use super::editor::scenario_editor::{scenario_editor, ScenarioEditorProps};
use super::hooks::Kept;
use super::results::results_panel::{results_panel, ResultsPanelProps};
use super::sharing::notice_banner::NoticeBanner;
use super::sharing::print_details::PrintDetails;
use super::Shared;
use crate::model::figures::Figures;
use crate::startup::Notice;
use crate::state::{ids, Action, AppState};

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    pub state: AppState,
    pub figures: Shared<Figures>,
    pub dispatch: Callback<Action>,
    /// The scenario as last written to the address bar and the draft.
    pub kept: Kept,
    /// Embedded in another page: no sharing or saving controls.
    #[prop_or_default]
    pub embedded: bool,
    /// Why the calculator opened on what it did, when that needs saying.
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// Scenarios set aside on this computer, as link fragments.
    #[prop_or_default]
    pub set_aside: Vec<String>,
    #[prop_or_default]
    pub on_open_set_aside: Callback<String>,
    #[prop_or_default]
    pub on_restore_set_aside: Callback<()>,
    #[prop_or_default]
    pub on_dismiss_notice: Callback<()>,
}

#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let state = &props.state;
    let problems = state.problems();
    let title = state.scenario.title.trim();
    // A set-aside scenario identical to the one on screen is not worth offering.
    let set_aside: Vec<String> = props
        .set_aside
        .iter()
        .filter(|kept| kept.as_str() != &*props.kept.fragment)
        .cloned()
        .collect();
    html! {
        <>
            if let Some(notice) = &props.notice {
                <NoticeBanner notice={notice.clone()} on_restore={props.on_restore_set_aside.clone()}
                    on_dismiss={props.on_dismiss_notice.clone()} />
            }
            <h1 class="heading-l" id={ids::PAGE_HEADING} tabindex="-1">
                { if title.is_empty() { "Untitled scenario" } else { title } }
            </h1>
            <PrintDetails scenario={state.scenario.clone()} url={props.kept.url.clone()} />
            <ErrorSummary problems={problems.clone()} />
            <div class="layout">
                { scenario_editor(ScenarioEditorProps {
                    state,
                    report: props.figures.shown().clone(),
                    problem_count: problems.len(),
                    embedded: props.embedded,
                    set_aside,
                    on_open_set_aside: props.on_open_set_aside.clone(),
                    dispatch: props.dispatch.clone(),
                }) }
                { results_panel(ResultsPanelProps {
                    figures: &props.figures.0,
                    problems: &problems,
                    scenario: &state.scenario,
                    kept: &props.kept,
                    embedded: props.embedded,
                    dispatch: &props.dispatch,
                }) }
            </div>
        </>
    }
}
