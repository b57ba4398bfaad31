//! The whole app: owns the editing state and its figures, and draws the page around
//! the calculator. Its effects live in [`super::hooks`].

use super::browser::address_bar::{location_fragment, write_fragment};
use super::browser::clock::mark_first_results_painted;
use super::browser::embedding::{is_embedded, report_height_to_host};
use super::browser::focus::focus_on_click;
use super::browser::storage::BrowserStore;
use super::calculator::{calculator, CalculatorArgs};
use super::hooks::keeping::{
    on_choice, use_history_listener, use_keeper, use_other_tabs, KeepingTargets,
};
use super::hooks::real_terms::use_shown_figures;
use super::hooks::rows_drawn::use_rows_drawn;
use super::hooks::working::use_working;
use super::hooks::{
    use_figures, use_focus_requests, use_notice_focus, use_printing, use_working_dialog,
};
use super::Shared;
use crate::keeping::choices::set_aside_entries;
use crate::keeping::{open, open_on, DraftStatus, Notice, Opened};
use crate::state::page::{PageAction, PageState};
use crate::state::{ids, Action, AppState};
use funding_model::figures::Figures;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to open with; when not given, the start-up order decides
    /// (a link, else the saved draft, else the South Yorkshire example).
    #[prop_or_default]
    pub initial: Option<AppState>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    crate::count_render!("App", "");
    // Embedded in another page: no page chrome, and nothing written to the host's
    // history or to this browser's saved draft.
    let embedded = *use_memo((), |_| is_embedded());
    let initial = props.initial.clone();
    let opened = use_memo((), move |_| opening(initial, embedded));
    let state = {
        let opened = opened.clone();
        use_reducer(move || opened.state.clone())
    };
    let notice = {
        let opened = opened.clone();
        use_state(move || opened.notice.clone())
    };
    let notice_status = use_state(|| None::<String>);
    let set_aside = use_state(|| Rc::new(set_aside_entries(&BrowserStore::open())));
    let page = use_reducer(PageState::default);
    let on_page = {
        let dispatcher = page.dispatcher();
        Callback::from(move |action: PageAction| dispatcher.dispatch(action))
    };
    let printing = use_printing();
    let figures = use_figures(&state.scenario);
    let shown = use_shown_figures(&state.scenario, &figures);
    // One callback for the app's life, so components that get it as a prop are not
    // re-rendered just because a new callback was made.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let (written, keeper) = use_keeper(&state, &opened.keeper);
    use_focus_requests(&state.focus);
    use_notice_focus(&notice);
    let working = use_working(page.explained, &written.fragment, shown.real.is_some());
    use_working_dialog(working.is_some());
    let keeping = KeepingTargets {
        notice: notice.clone(),
        notice_status: notice_status.clone(),
        set_aside: set_aside.clone(),
        dispatch: dispatch.clone(),
        keeper,
    };
    use_history_listener(keeping.clone());
    use_other_tabs(set_aside.clone());
    use_first_entry(&opened, embedded);
    let rows_drawn = use_rows_drawn(longest_list(&figures), printing);
    let content = calculator(CalculatorArgs {
        state: &state,
        figures: Shared(figures),
        shown,
        dispatch,
        written: &written,
        embedded,
        notice: (*notice).clone(),
        notice_status: (*notice_status).clone(),
        set_aside: (*set_aside).clone(),
        on_choice: on_choice(&keeping, &state.scenario),
        page: &page,
        on_page: &on_page,
        working,
        printing,
        rows_drawn,
    });
    if embedded {
        return embedded_frame(&written.url, content);
    }
    page_frame(content, written.status)
}

/// The most rows any list on the page has: the option's partners or cost lines, or the
/// rows of the options compared.
fn longest_list(figures: &Figures) -> usize {
    let report = figures.shown();
    (report.partners.len())
        .max(report.cost_lines.len())
        .max(figures.comparison.rows.len())
}

/// What the app opens on: the state given, else the start-up order of
/// [`crate::keeping::opening`], read from the address bar and this browser's storage.
fn opening(initial: Option<AppState>, embedded: bool) -> Opened {
    let mut store = BrowserStore::open();
    match initial {
        Some(state) => open_on(&mut store, state, None, None, embedded),
        None => open(&mut store, &location_fragment(), embedded),
    }
}

/// The entry the app opened on is its own from now on: Back to it is Back, not a newly
/// opened link. A valid scenario is written into it, so every own entry holds one; a
/// refused link is left as the browser made it, to be seen, and Back to it says again
/// why it cannot be opened. Embedded, the host is told the page's height.
#[hook]
fn use_first_entry(opened: &Opened, embedded: bool) {
    let fragment = opened.keeper.on_screen().clone();
    let typed = opened.keeper.typed().to_string();
    let bad_link = matches!(opened.notice, Some(Notice::BadLink { .. }));
    use_effect_with((), move |_| {
        mark_first_results_painted();
        if embedded {
            report_height_to_host();
        } else if !bad_link {
            write_fragment(&fragment, &typed, false);
        }
    });
}

/// Embedded in another page: the content and a way to the full calculator.
fn embedded_frame(full: &str, content: Html) -> Html {
    html! {
        <main class="container container--embed" id={ids::MAIN_CONTENT} tabindex="-1">
            <p class="embed-link">
                <a href={full.to_string()} target="_blank" rel="noopener">
                    { "Open in the full calculator" }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
                </a>
            </p>
            { content }
        </main>
    }
}

/// The page's header, skip link and footer around the content. The footer says work
/// is kept in this browser only when the last write of the draft succeeded.
fn page_frame(content: Html, status: DraftStatus) -> Html {
    let kept = match status {
        DraftStatus::Saved | DraftStatus::Embedded => "Everything is calculated in your browser. Nothing you enter is sent anywhere: your work is kept in this browser, and in the link if you share it.",
        DraftStatus::Refused => "Everything is calculated in your browser. Nothing you enter is sent anywhere. This browser is not keeping your work (its storage is full or turned off): save it as a file or copy the link to keep it.",
        DraftStatus::Held => "Everything is calculated in your browser. Nothing you enter is sent anywhere. Changes to this scenario are not being saved in this browser, so that your own saved scenario is not overwritten: save it as a file or copy the link to keep it.",
    };
    html! {
        <>
            <a href={format!("#{}", ids::MAIN_CONTENT)} class="skip-link" onclick={focus_on_click(ids::MAIN_CONTENT.to_string())}>
                { "Skip to main content" }
            </a>
            <header class="app-header">
                <div class="container">
                    <p class="app-header__name">{ "Funding scenario calculator" }</p>
                    <p class="app-header__tagline">{ "Pooled budgets for jointly commissioned services" }</p>
                </div>
            </header>
            <main class="container" id={ids::MAIN_CONTENT} tabindex="-1">
                { content }
            </main>
            <footer class="app-footer">
                <div class="container">
                    <p>{ kept }</p>
                    <p>
                        // A page of its own beside the app, in a new tab so that nothing
                        // on screen that is not saved is lost by going to read it.
                        <a href="accessibility.html" target="_blank" rel="noopener">
                            { "Accessibility statement (opens in new tab)" }
                        </a>
                    </p>
                </div>
            </footer>
        </>
    }
}
