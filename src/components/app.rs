//! The whole app: owns the editing state and its figures, so they outlive a visit to
//! another page, and chooses the page. Its effects live in [`super::hooks`].

use super::accessibility_statement::AccessibilityStatement;
use super::browser::{
    current_page, focus_on_click, is_embedded, load_startup, mark_current_entry,
    mark_first_results_painted, push_page, remove_set_aside, report_height_to_host, saved_typed,
    set_aside, set_aside_list, write_fragment,
};
use super::calculator::Calculator;
use super::hooks::{
    use_figures, use_focus_requests, use_history_listener, use_keeper, use_page_title,
    HistoryTargets, Keeper,
};
use crate::model::link;
use crate::route::Page;
use crate::startup::Notice;
use crate::state::{ids, Action, AppState, DocumentAction};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to open with; when not given, the start-up order decides
    /// (a link, else the saved draft, else the South Yorkshire example).
    #[prop_or_default]
    pub initial: Option<AppState>,
    /// The page to open on; read from the address bar when not given.
    #[prop_or_default]
    pub page: Option<Page>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let startup = use_memo((), move |_| opening_state(initial));
    let state = {
        let startup = startup.clone();
        use_reducer(move || startup.0.clone())
    };
    let notice = {
        let startup = startup.clone();
        use_state(move || startup.1.clone())
    };
    let set_aside_fragments = use_state(set_aside_list);
    let figures = use_figures(&state.scenario);
    // One callback for the app's life, so components that get it as a prop are not
    // re-rendered just because a new callback was made.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    // Embedded in another page: no page chrome, and nothing written to the host's
    // history or to this browser's saved draft.
    let embedded = *use_memo((), |_| is_embedded());
    let (kept, keeper) = use_keeper(&state, embedded);
    let opening_page = props.page;
    let page = use_state(move || opening_page.unwrap_or_else(current_page));
    use_focus_requests(&state.focus);
    use_page_title(*page);
    use_history_listener(HistoryTargets {
        page: page.clone(),
        notice: notice.clone(),
        set_aside: set_aside_fragments.clone(),
        dispatch: dispatch.clone(),
        keeper: keeper.clone(),
    });
    {
        // The entry the app opened on is its own from now on: Back to it is Back, not
        // a newly opened link. A valid scenario is written into it, so every own entry
        // holds one; a bad link is left in place to be seen.
        let fragment = kept.fragment.clone();
        let bad_link = matches!(startup.1, Some(Notice::BadLink { .. }));
        use_effect_with((), move |_| {
            mark_first_results_painted();
            if embedded {
                report_height_to_host();
            } else if bad_link {
                mark_current_entry();
            } else {
                write_fragment(&fragment, false);
            }
        });
    }
    let open_set_aside = open_set_aside(&keeper, &dispatch, &set_aside_fragments, &notice);
    let content = match *page {
        Page::Calculator => html! {
            <Calculator
                state={(*state).clone()}
                figures={figures}
                dispatch={dispatch}
                kept={kept.clone()}
                embedded={embedded}
                notice={(*notice).clone()}
                set_aside={(*set_aside_fragments).clone()}
                on_restore_set_aside={{
                    let (open, list) = (open_set_aside.clone(), set_aside_fragments.clone());
                    Callback::from(move |()| list.first().into_iter().for_each(|latest| open.emit(latest.clone())))
                }}
                on_open_set_aside={open_set_aside}
                on_dismiss_notice={{ let notice = notice.clone(); Callback::from(move |()| notice.set(None)) }}
            />
        },
        Page::AccessibilityStatement => html! {
            <AccessibilityStatement on_back={go_to(&page, Page::Calculator)} />
        },
    };
    if embedded {
        return embedded_frame(&kept.url, content);
    }
    page_frame(
        content,
        kept.in_browser,
        go_to(&page, Page::AccessibilityStatement),
    )
}

/// The state to open with, and why, when that needs saying: the state given, else the
/// start-up order (a link, else the saved draft with what was typed in it, else the
/// example).
fn opening_state(initial: Option<AppState>) -> (AppState, Option<Notice>) {
    if let Some(state) = initial {
        return (state, None);
    }
    let startup = load_startup();
    // What was typed and not yet accepted comes back with its own work.
    let typed = if startup.is_draft {
        saved_typed()
    } else {
        String::new()
    };
    (
        AppState::with_typed(startup.scenario, &typed),
        startup.notice,
    )
}

/// Opening a set-aside scenario sets the one on screen aside in its place.
fn open_set_aside(
    keeper: &Keeper,
    dispatch: &Callback<Action>,
    list: &UseStateHandle<Vec<String>>,
    notice: &UseStateHandle<Option<Notice>>,
) -> Callback<String> {
    let (keeper, dispatch, list, notice) = (
        keeper.clone(),
        dispatch.clone(),
        list.clone(),
        notice.clone(),
    );
    Callback::from(move |fragment: String| {
        if let Ok(opened) = link::decode(&fragment) {
            set_aside(&keeper.on_screen());
            remove_set_aside(&fragment);
            dispatch.emit(Action::Document(DocumentAction::Open(opened)));
            list.set(set_aside_list());
            notice.set(None);
        }
    })
}

/// A link's click handler that moves to `target` without reloading.
fn go_to(page: &UseStateHandle<Page>, target: Page) -> Callback<MouseEvent> {
    let page = page.clone();
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        push_page(target);
        page.set(target);
    })
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

/// The page's header, skip link and footer around the content.
fn page_frame(content: Html, kept_in_browser: bool, to_statement: Callback<MouseEvent>) -> Html {
    let kept = if kept_in_browser {
        "Everything is calculated in your browser. Nothing you enter is sent anywhere: your work is kept in this browser, and in the link if you share it."
    } else {
        "Everything is calculated in your browser. Nothing you enter is sent anywhere. This browser did not keep your latest work (its storage may be full or turned off): save it as a file to keep it."
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
                        <a href={Page::AccessibilityStatement.query()} onclick={to_statement}>
                            { "Accessibility statement" }
                        </a>
                    </p>
                </div>
            </footer>
        </>
    }
}
