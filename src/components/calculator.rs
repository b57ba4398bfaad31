//! The calculator page: notices and the heading, then the scenario editor beside its
//! results.

use super::editor::error_summary::{error_summary, ErrorSummaryProps};
use super::editor::scenario_editor::{scenario_editor, ScenarioEditorProps};
use super::hooks::{Kept, Saving};
use super::results::results_panel::{results_panel, ResultsPanelProps};
use super::results::working_dialog::working_dialog;
use super::sharing::notice_banner::notice_banner;
use super::sharing::print_details::{print_details, PrintDetailsProps};
use super::sharing::set_aside_list::Entry;
use super::Shared;
use crate::model::figures::working::Working;
use crate::model::figures::Figures;
use crate::startup::Notice;
use crate::state::page::{PageAction, PageState};
use crate::state::{ids, Action, AppState};

use yew::prelude::*;

/// What the calculator page is drawn from, all of it the app's.
pub struct CalculatorProps<'a> {
    pub state: &'a AppState,
    pub figures: Shared<Figures>,
    pub dispatch: Callback<Action>,
    /// The scenario as last written to the address bar and the draft.
    pub kept: &'a Kept,
    /// Embedded in another page: no sharing or saving controls.
    pub embedded: bool,
    /// Why the calculator opened on what it did, when that needs saying.
    pub notice: Option<Notice>,
    /// Scenarios set aside on this computer, most recent first.
    pub set_aside: &'a [Entry],
    pub keeping: KeepingActions,
    /// What the page shows besides the figures (the figure explained, what copying
    /// last did), and its changes: the app's, so that the parts showing it are plain
    /// functions.
    pub page: &'a PageState,
    pub on_page: &'a Callback<PageAction>,
    /// The working of the figure explained, when it is on the page.
    pub working: Option<Working>,
    /// The page is being printed: what only paper shows is drawn.
    pub printing: bool,
}

/// What the notice and the scenarios set aside can do, given by the app, which holds
/// the storage they act on.
#[derive(Clone, PartialEq, Default)]
pub struct KeepingActions {
    /// Open a scenario set aside (a link fragment), setting the one on screen aside.
    pub open_set_aside: Callback<String>,
    /// Remove a scenario set aside, for good.
    pub remove_set_aside: Callback<String>,
    /// Go back to the user's own scenario, which a shared link displaced.
    pub go_back: Callback<()>,
    /// Save the scenario on screen over the user's own, which the browser had no room
    /// to set aside.
    pub keep_this: Callback<()>,
    /// Put a new scenario or an example in place of the one on screen, setting the
    /// user's own work aside first.
    pub replace: Callback<crate::state::DocumentAction>,
    pub dismiss_notice: Callback<()>,
}

/// The calculator page.
pub fn calculator(props: CalculatorProps) -> Html {
    let state = props.state;
    let on_figure = {
        let on_page = props.on_page.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(figure) = super::browser::figure_chosen(&event) {
                on_page.emit(PageAction::Explain(Some(figure)));
            }
        })
    };
    let close_working = props.on_page.reform(|()| PageAction::Explain(None));
    let problems = state.problems();
    let title = state.scenario.title.trim();
    // A set-aside scenario identical to the one on screen is not worth offering.
    let set_aside: Vec<&Entry> = props
        .set_aside
        .iter()
        .filter(|kept| kept.fragment.as_str() != &*props.kept.fragment)
        .collect();
    html! {
        <>
            if let Some(notice) = &props.notice {
                { notice_banner(notice, &props.keeping) }
            }
            { saving_warning(props.kept.saving) }
            <h1 class="heading-l" id={ids::PAGE_HEADING} tabindex="-1">
                { if title.is_empty() { "Untitled scenario" } else { title } }
            </h1>
            { print_details(&PrintDetailsProps { scenario: state.scenario.clone(), url: props.kept.url.clone(), report: Shared(props.figures.shown().clone()) }) }
            { error_summary(&ErrorSummaryProps { problems: problems.clone() }) }
            <div class="layout">
                { scenario_editor(ScenarioEditorProps {
                    state,
                    report: props.figures.shown().clone(),
                    problem_count: problems.len(),
                    embedded: props.embedded,
                    set_aside,
                    keeping: &props.keeping,
                    dispatch: props.dispatch.clone(),
                }) }
                { results_panel(ResultsPanelProps {
                    figures: &props.figures.0,
                    problems: &problems,
                    scenario: &state.scenario,
                    kept: props.kept,
                    embedded: props.embedded,
                    dispatch: &props.dispatch,
                    on_figure,
                    page: props.page,
                    on_page: props.on_page,
                    printing: props.printing,
                }) }
            </div>
            { working_dialog(props.working, &close_working) }
        </>
    }
}

/// Where the user works, the page says when their changes are not being saved in this
/// browser, and what to do instead.
fn saving_warning(saving: Saving) -> Html {
    let why = match saving {
        Saving::Saved | Saving::Embedded => return Html::default(),
        Saving::Refused => "This browser refused to keep them: its storage is full or turned off.",
        Saving::Held => "They are held back so that your own scenario, saved in this browser, is not overwritten.",
    };
    html! {
        <div class="warning-text saving-warning" role="alert">
            <span class="warning-text__icon" aria-hidden="true">{ "!" }</span>
            <p class="warning-text__text">
                <strong>{ "Your changes are not being saved in this browser: save a file or copy the link." }</strong>
                { format!(" {why} ") }
                <a href={format!("#{}", ids::SHARE_HEADING)} onclick={crate::components::browser::focus_on_click(ids::SHARE_HEADING.to_string())}>
                    { "Go to “Share or save this scenario”" }
                </a>
            </p>
        </div>
    }
}
