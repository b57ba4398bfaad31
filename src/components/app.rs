//! The whole app: owns the editing state, so it outlives a visit to another page;
//! keeps the address bar and the saved draft in step with it; chooses the page.

use super::accessibility_statement::AccessibilityStatement;
use super::browser::{
    current_page, focus_element, focus_on_click, is_embedded, is_own_entry, load_startup,
    location_fragment, mark_current_entry, mark_first_results_painted, push_page, remove_set_aside,
    report_height_to_host, save_draft, set_aside, set_aside_list, set_document_title, share_url,
    write_fragment,
};
use super::calculator::Calculator;
use crate::model::comparison::Comparison;
use crate::model::{link, Report};
use crate::route::Page;
use crate::startup::{decide, Notice, Showing};
use crate::state::{Action, AppState, HistoryStep};
use gloo::events::EventListener;
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
    let startup = use_memo((), move |_| match initial {
        Some(state) => (state, None),
        None => {
            let startup = load_startup();
            (AppState::new(startup.scenario), startup.notice)
        }
    });
    let state = {
        let startup = startup.clone();
        use_reducer(move || startup.0.clone())
    };
    let notice = {
        let startup = startup.clone();
        use_state(move || startup.1.clone())
    };
    let set_aside_fragments = use_state(set_aside_list);
    let report = use_memo(state.scenario.clone(), |scenario| {
        Report::build(scenario.active_option())
    });
    let comparison = use_memo(state.scenario.clone(), Comparison::build);
    // The scenario as a link fragment: for the address bar, the draft and sharing.
    let fragment = use_memo(state.scenario.clone(), link::encode);
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
    let opening_page = props.page;
    let page = use_state(move || opening_page.unwrap_or_else(current_page));

    // Every change goes to the address bar (a new history entry for discrete changes,
    // the same entry while typing) and to the saved draft.
    {
        let fragment = fragment.clone();
        use_effect_with(state.change, move |change| {
            if let (Some(change), false) = (change, embedded) {
                match change.step {
                    HistoryStep::NewEntry => write_fragment(&fragment, true),
                    HistoryStep::SameEntry => write_fragment(&fragment, false),
                    HistoryStep::Leave => {}
                }
                save_draft(&fragment);
            }
        });
    }

    // Focus follows the state's request: after adding, removing or moving an item,
    // or to the error summary when errors are shown.
    use_effect_with(state.focus.clone(), |focus| {
        if let Some(request) = focus {
            focus_element(&request.element_id);
        }
    });

    // The scenario on screen, for the history listener registered once below.
    let current_fragment = use_mut_ref(String::new);
    current_fragment.borrow_mut().clone_from(&fragment);

    // The entry the app opened on is its own from now on: Back to it is Back, not a
    // newly opened link. A valid scenario is written into it, so every own entry
    // holds one; a bad link is left in place to be seen.
    {
        let fragment = current_fragment.borrow().clone();
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

    // Back and Forward step between pages and between discrete changes. A link typed or
    // pasted into the address bar of this tab is opened as on start-up: a different
    // scenario on screen is set aside, never lost.
    {
        let page = page.clone();
        let dispatch = dispatch.clone();
        let notice = notice.clone();
        let set_aside_fragments = set_aside_fragments.clone();
        let current_fragment = current_fragment.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                page.set(current_page());
                let fragment = location_fragment();
                if is_own_entry() {
                    if let Ok(scenario) = link::decode(&fragment) {
                        dispatch.emit(Action::ShowHistoryEntry(scenario));
                    }
                    return;
                }
                let on_screen = current_fragment.borrow().clone();
                let opened = decide(&fragment, Some(&on_screen));
                mark_current_entry();
                match opened.notice {
                    Some(Notice::BadLink { message, .. }) => {
                        notice.set(Some(Notice::BadLink {
                            message,
                            showing: Showing::SavedDraft,
                        }));
                    }
                    other => {
                        if let Some(kept) = &opened.set_aside {
                            set_aside(kept);
                            set_aside_fragments.set(set_aside_list());
                        }
                        notice.set(other);
                        if link::decode(&fragment).is_ok() {
                            dispatch.emit(Action::ShowHistoryEntry(opened.scenario));
                        }
                    }
                }
            });
            move || drop(listener)
        });
    }

    // A new page gets its title, and focus on its heading so screen readers start there.
    {
        let is_first_page = use_mut_ref(|| true);
        use_effect_with(*page, move |page| {
            set_document_title(*page);
            if !std::mem::replace(&mut *is_first_page.borrow_mut(), false) {
                focus_element("page-heading");
            }
        });
    }

    let go_to = |target: Page| {
        let page = page.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            push_page(target);
            page.set(target);
        })
    };

    // Opening a set-aside scenario sets the one on screen aside in its place.
    let open_set_aside = {
        let dispatch = dispatch.clone();
        let on_screen = fragment.clone();
        let set_aside_fragments = set_aside_fragments.clone();
        let notice = notice.clone();
        Callback::from(move |fragment: String| {
            if let Ok(opened) = link::decode(&fragment) {
                set_aside(&on_screen);
                remove_set_aside(&fragment);
                dispatch.emit(Action::Open(opened));
                set_aside_fragments.set(set_aside_list());
                notice.set(None);
            }
        })
    };
    let restore_set_aside = {
        let open_set_aside = open_set_aside.clone();
        let set_aside_fragments = set_aside_fragments.clone();
        Callback::from(move |()| {
            if let Some(latest) = set_aside_fragments.first() {
                open_set_aside.emit(latest.clone());
            }
        })
    };
    let dismiss_notice = {
        let notice = notice.clone();
        Callback::from(move |()| notice.set(None))
    };

    let content = match *page {
        Page::Calculator => html! {
            <Calculator
                state={(*state).clone()}
                report={report.clone()}
                comparison={comparison.clone()}
                dispatch={dispatch}
                fragment={(*fragment).clone()}
                embedded={embedded}
                notice={(*notice).clone()}
                set_aside={(*set_aside_fragments).clone()}
                on_open_set_aside={open_set_aside}
                on_restore_set_aside={restore_set_aside}
                on_dismiss_notice={dismiss_notice}
            />
        },
        Page::AccessibilityStatement => html! {
            <AccessibilityStatement on_back={go_to(Page::Calculator)} />
        },
    };
    if embedded {
        let full = if cfg!(target_arch = "wasm32") {
            share_url(&fragment)
        } else {
            String::new()
        };
        return html! {
            <main class="container container--embed" id="main-content" tabindex="-1">
                <p class="embed-link">
                    <a href={full} target="_blank" rel="noopener">
                        { "Open in the full calculator" }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
                    </a>
                </p>
                { content }
            </main>
        };
    }
    html! {
        <>
            <a href="#main-content" class="skip-link" onclick={focus_on_click("main-content".to_string())}>
                { "Skip to main content" }
            </a>
            <header class="app-header">
                <div class="container">
                    <p class="app-header__name">{ "Funding scenario calculator" }</p>
                    <p class="app-header__tagline">{ "Pooled budgets for jointly commissioned services" }</p>
                </div>
            </header>
            <main class="container" id="main-content" tabindex="-1">
                { content }
            </main>
            <footer class="app-footer">
                <div class="container">
                    <p>{ "Everything is calculated in your browser. Nothing you enter is sent anywhere: your work is kept in this browser, and in the link if you share it." }</p>
                    <p>
                        <a href={Page::AccessibilityStatement.query()} onclick={go_to(Page::AccessibilityStatement)}>
                            { "Accessibility statement" }
                        </a>
                    </p>
                </div>
            </footer>
        </>
    }
}
