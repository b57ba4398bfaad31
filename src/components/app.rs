//! The whole app: owns the editing state and its figures, and draws the page around
//! the calculator. Its effects live in [`super::hooks`].

use super::browser::{
    focus_on_click, is_embedded, load_startup, mark_current_entry, mark_first_results_painted,
    remove_set_aside, report_height_to_host, save_draft, saved_typed, set_aside, write_fragment,
};
use super::calculator::{calculator, CalculatorProps, KeepingActions};
use super::hooks::{
    use_figures, use_focus_requests, use_history_listener, use_keeper, use_notice_focus,
    use_printing, use_working_dialog, HistoryTargets, Keeper, Kept, Opening, Saving,
};
use super::sharing::set_aside_list::{read_set_aside, Entry};
use super::Shared;
use crate::model::figures::working::working_on_page;
use crate::model::link;
use crate::model::Scenario;
use crate::startup::{is_example_or_blank, Notice};
use crate::state::page::{PageAction, PageState};
use crate::state::{ids, Action, AppState, DocumentAction};
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
    // Embedded in another page: no page chrome, and nothing written to the host's
    // history or to this browser's saved draft.
    let embedded = *use_memo((), |_| is_embedded());
    let initial = props.initial.clone();
    let startup = use_memo((), move |_| opening_state(initial, embedded));
    let state = {
        let startup = startup.clone();
        use_reducer(move || startup.0.clone())
    };
    let notice = {
        let startup = startup.clone();
        use_state(move || startup.1.clone())
    };
    let set_aside = use_state(read_set_aside);
    let page = use_reducer(PageState::default);
    let on_page = {
        let dispatcher = page.dispatcher();
        Callback::from(move |action: PageAction| dispatcher.dispatch(action))
    };
    let printing = use_printing();
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
    let (kept, keeper) = use_keeper(&state, &startup.2);
    use_focus_requests(&state.focus);
    use_notice_focus(&notice);
    let working =
        (page.explained).and_then(|figure| working_on_page(&state.scenario, &figures, figure));
    use_working_dialog(working.is_some());
    use_history_listener(HistoryTargets {
        notice: notice.clone(),
        set_aside: set_aside.clone(),
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
    let keeping = Keeping {
        keeper: keeper.clone(),
        dispatch: dispatch.clone(),
        list: set_aside.clone(),
        notice: notice.clone(),
    };
    let keeping = keeping_actions(keeping, &state.scenario, embedded);
    let content = calculator(CalculatorProps {
        state: &state,
        figures: Shared(figures),
        dispatch,
        kept: &kept,
        embedded,
        notice: (*notice).clone(),
        set_aside: &set_aside,
        keeping,
        page: &page,
        on_page: &on_page,
        working,
        printing,
    });
    if embedded {
        return embedded_frame(&kept.url, content);
    }
    page_frame(content, kept.saving)
}

/// The state to open with, and why, when that needs saying: the state given, else the
/// start-up order (a link, else the saved draft with what was typed in it, else the
/// example). What opens is saved as the draft at once (unless a draft is held from
/// being saved over), so the page says from the start whether work is being kept.
fn opening_state(initial: Option<AppState>, embedded: bool) -> (AppState, Option<Notice>, Opening) {
    let (state, notice, held) = match initial {
        Some(state) => (state, None, None),
        None => {
            let startup = load_startup(embedded);
            // What was typed and not yet accepted comes back with its own work.
            let typed = if startup.is_draft {
                saved_typed()
            } else {
                String::new()
            };
            let state = AppState::with_typed(startup.scenario, &typed);
            (state, startup.notice, startup.held_draft)
        }
    };
    let fragment: Rc<str> = link::encode(&state.scenario).into();
    let saving = if embedded {
        Saving::Embedded
    } else if held.is_some() {
        Saving::Held
    } else if save_draft(&fragment, &state.drafts.to_keep()) {
        Saving::Saved
    } else {
        Saving::Refused
    };
    let kept = Kept::opened(fragment, saving);
    (state, notice, Opening { kept, held })
}

/// What the keeping actions act on: the saved draft's keeper, the state, the list of
/// scenarios set aside and the notice.
#[derive(Clone)]
struct Keeping {
    keeper: Keeper,
    dispatch: Callback<Action>,
    list: UseStateHandle<Vec<Entry>>,
    notice: UseStateHandle<Option<Notice>>,
}

impl Keeping {
    /// Sets the scenario on screen aside, unless the browser has no room, when the
    /// notice says so and the caller must not replace it.
    fn set_aside_on_screen(&self) -> bool {
        if set_aside(&self.keeper.on_screen()) {
            self.list.set(read_set_aside());
            true
        } else {
            self.notice.set(Some(Notice::NoRoomToSwitch));
            false
        }
    }

    fn open(&self, action: DocumentAction) {
        self.dispatch.emit(Action::Document(action));
    }
}

/// What the notice, the list of scenarios set aside and the examples can do.
fn keeping_actions(keeping: Keeping, on_screen: &Rc<Scenario>, embedded: bool) -> KeepingActions {
    let open_set_aside = {
        let keeping = keeping.clone();
        Callback::from(move |fragment: String| {
            let Ok(opened) = link::decode(&fragment) else {
                return;
            };
            if keeping.set_aside_on_screen() {
                remove_set_aside(&fragment);
                keeping.list.set(read_set_aside());
                keeping.open(DocumentAction::Open(opened));
                keeping.notice.set(None);
            }
        })
    };
    let go_back = {
        let (keeping, open_set_aside) = (keeping.clone(), open_set_aside.clone());
        Callback::from(move |()| match keeping.keeper.release(false) {
            // The draft the browser had no room to set aside, still saved in place.
            Some(draft) => {
                if let Ok(opened) = link::decode(&draft) {
                    keeping.open(DocumentAction::Open(opened));
                }
                keeping.notice.set(None);
            }
            None => (keeping.list.first().map(|latest| latest.fragment.clone()))
                .into_iter()
                .for_each(|latest| open_set_aside.emit(latest)),
        })
    };
    // The user's own work is set aside before a new scenario or an example replaces it
    // (an example, or a new scenario left blank, is not worth keeping; embedded,
    // nothing is kept).
    let replace = {
        let (keeping, on_screen) = (keeping.clone(), on_screen.clone());
        Callback::from(move |action: DocumentAction| {
            if embedded || is_example_or_blank(&on_screen) || keeping.set_aside_on_screen() {
                keeping.open(action);
            }
        })
    };
    let keep_this = {
        let keeping = keeping.clone();
        Callback::from(move |()| {
            keeping.keeper.release(true);
            keeping.notice.set(None);
        })
    };
    let remove_set_aside = {
        let list = keeping.list.clone();
        Callback::from(move |fragment: String| {
            remove_set_aside(&fragment);
            list.set(read_set_aside());
        })
    };
    let notice = keeping.notice;
    KeepingActions {
        open_set_aside,
        remove_set_aside,
        go_back,
        keep_this,
        replace,
        dismiss_notice: Callback::from(move |()| notice.set(None)),
    }
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
fn page_frame(content: Html, saving: Saving) -> Html {
    let kept = match saving {
        Saving::Saved | Saving::Embedded => "Everything is calculated in your browser. Nothing you enter is sent anywhere: your work is kept in this browser, and in the link if you share it.",
        Saving::Refused => "Everything is calculated in your browser. Nothing you enter is sent anywhere. This browser is not keeping your work (its storage is full or turned off): save it as a file or copy the link to keep it.",
        Saving::Held => "Everything is calculated in your browser. Nothing you enter is sent anywhere. Changes to this scenario are not being saved in this browser, so that your own saved scenario is not overwritten: save it as a file or copy the link to keep it.",
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
