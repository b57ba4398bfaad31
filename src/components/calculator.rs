//! The calculator page: notices and the heading, then the scenario editor beside its
//! results.

use super::editor::error_summary::{error_summary, ErrorSummaryArgs};
use super::editor::scenario_editor::{scenario_editor, ScenarioEditorArgs};
use super::hooks::real_terms::Shown;
use super::hooks::working::WorkingShown;
use super::results::results_panel::{results_panel, ResultsPanelArgs};
use super::results::working_dialog::working_dialog;
use super::sharing::notice_banner::notice_banner;
use super::sharing::print_details::{print_details, PrintDetailsArgs};
use super::Shared;
use crate::keeping::{Choice, DraftStatus, Notice, SetAsideEntry, Written};
use crate::state::page::{PageAction, PageState};
use crate::state::{ids, Action, AppState};
use funding_model::figures::fingerprint::fingerprint_with;
use funding_model::figures::Figures;

use std::rc::Rc;
use yew::prelude::*;

/// What the calculator page is drawn from, all of it the app's.
pub struct CalculatorArgs<'a> {
    pub state: &'a AppState,
    pub figures: Shared<Figures>,
    /// What the tables and charts show: cash, or real terms.
    pub shown: Shown,
    pub dispatch: Callback<Action>,
    /// The work on screen as last written to the address bar and the draft.
    pub written: &'a Written,
    /// Embedded in another page: no sharing or saving controls.
    pub embedded: bool,
    /// Why the calculator opened on what it did, when that needs saying.
    pub notice: Option<Notice>,
    /// What the notice's last button did.
    pub notice_status: Option<String>,
    /// Scenarios set aside on this computer, most recent first.
    /// Shared, so the comparison panel is given it without copying.
    pub set_aside: Rc<Vec<SetAsideEntry>>,
    /// What the notice, the list set aside and the examples offer.
    pub on_choice: Callback<Choice>,
    /// What the page shows besides the figures (the figure explained, what copying
    /// last did), and its changes: the app's, so that the parts showing it are plain
    /// functions.
    pub page: &'a PageState,
    pub on_page: &'a Callback<PageAction>,
    /// The working of the figure explained, as far as it has come.
    pub working: Option<WorkingShown>,
    /// The page is being printed: what only paper shows is drawn.
    pub printing: bool,
    /// How many rows of each long list are drawn yet ([`super::hooks::rows_drawn`]).
    pub rows_drawn: usize,
}

/// The calculator page.
pub fn calculator(args: CalculatorArgs) -> Html {
    let state = args.state;
    let on_figure = {
        let on_page = args.on_page.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(figure) = super::browser::focus::figure_chosen(&event) {
                on_page.emit(PageAction::Explain(Some(figure)));
            }
        })
    };
    let close_working = args.on_page.reform(|()| PageAction::Explain(None));
    let problems = state.problems();
    let title = state.scenario.title.trim();
    // A set-aside scenario identical to the one on screen is not worth offering.
    let set_aside: Vec<&SetAsideEntry> = args
        .set_aside
        .iter()
        .filter(|entry| entry.fragment.as_str() != &*args.written.fragment)
        .collect();
    html! {
        <>
            if let Some(notice) = &args.notice {
                { notice_banner(notice, args.notice_status.as_deref(), &args.on_choice) }
            }
            { saving_warning(args.written.status) }
            <h1 class="heading-l" id={ids::PAGE_HEADING} tabindex="-1">
                { if title.is_empty() { "Untitled scenario" } else { title } }
            </h1>
            { print_details(&PrintDetailsArgs { scenario: state.scenario.clone(), url: args.written.url.clone(), report: Shared(args.figures.shown().clone()),
                fingerprint: args.printing.then(|| fingerprint_with(&state.scenario, &args.figures.0)) }) }
            { error_summary(&ErrorSummaryArgs { problems: problems.clone() }) }
            <div class="layout">
                { scenario_editor(ScenarioEditorArgs {
                    state,
                    report: args.figures.shown().clone(),
                    problem_count: problems.len(),
                    embedded: args.embedded,
                    set_aside: set_aside.clone(),
                    on_choice: &args.on_choice,
                    dispatch: args.dispatch.clone(),
                    rows_drawn: args.rows_drawn,
                }) }
                { results_panel(ResultsPanelArgs {
                    figures: &args.shown.figures,
                    cash: &args.figures.0,
                    real: args.shown.real.clone(),
                    prices_note: args.shown.note.clone(),
                    problems: &problems,
                    scenario: &state.scenario,
                    written: args.written,
                    embedded: args.embedded,
                    dispatch: &args.dispatch,
                    on_choice: &args.on_choice,
                    on_figure,
                    page: args.page,
                    on_page: args.on_page,
                    printing: args.printing,
                    rows_drawn: args.rows_drawn,
                    set_aside: Shared(args.set_aside.clone()),
                }) }
            </div>
            { working_dialog(args.working, &close_working) }
        </>
    }
}

/// Where the user works, the page says when their changes are not being saved in this
/// browser, and what to do instead.
fn saving_warning(status: DraftStatus) -> Html {
    let why = match status {
        DraftStatus::Saved | DraftStatus::Embedded => return Html::default(),
        DraftStatus::Refused => "This browser refused to keep them: its storage is full or turned off.",
        DraftStatus::Held => "They are held back so that your own scenario, saved in this browser, is not overwritten.",
    };
    html! {
        <div class="warning-text saving-warning" role="alert">
            <span class="warning-text__icon" aria-hidden="true">{ "!" }</span>
            <p class="warning-text__text">
                <strong>{ "Your changes are not being saved in this browser: save a file or copy the link." }</strong>
                { format!(" {why} ") }
                <a href={format!("#{}", ids::SHARE_HEADING)} onclick={crate::components::browser::focus::focus_on_click(ids::SHARE_HEADING.to_string())}>
                    { "Go to “Share or save this scenario”" }
                </a>
            </p>
        </div>
    }
}
