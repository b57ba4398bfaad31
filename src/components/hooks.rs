//! The app's effects, one hook each, so `app.rs` reads as what the app holds and
//! shows: figures rebuilt once per change, the address bar and the saved draft kept in
//! step (after typing pauses, never on a keystroke's path), focus moved on request,
//! Back and Forward followed.

use super::browser::{
    focus_element, is_own_entry, location_fragment, mark_current_entry, save_draft, set_aside,
    share_url, write_fragment,
};
use super::sharing::set_aside_list::{read_set_aside, Entry};
use crate::model::figures::Figures;
use crate::model::{link, Scenario};
use crate::startup::{arrive, not_set_aside, Arrival, Notice};
use crate::state::{ids, Action, AppState, DocumentAction, FocusRequest, HistoryStep};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Every figure of the scenario, rebuilt once per change, reusing the reports of
/// options the change did not touch.
#[hook]
pub fn use_figures(scenario: &Rc<Scenario>) -> Rc<Figures> {
    let last = use_mut_ref(|| None::<Rc<Figures>>);
    let figures = use_memo(scenario.clone(), move |scenario| {
        let figures = Rc::new(Figures::rebuild(last.borrow().as_deref(), scenario));
        *last.borrow_mut() = Some(figures.clone());
        figures
    });
    (*figures).clone()
}

/// How long typing must pause before the link and the draft are written: encoding a
/// large scenario takes longer than a keystroke should, so it is never on a
/// keystroke's path.
const TYPING_PAUSE_MS: u32 = 300;

/// Whether the work on screen is saved in this browser, as the page says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// The last write of the draft succeeded.
    Saved,
    /// The browser refused the last write: its storage is full or turned off.
    Refused,
    /// Not saved, so that a saved draft the browser had no room to set aside is not
    /// overwritten, until the user goes back to it or chooses to replace it.
    Held,
    /// Embedded in another page: nothing is saved, by design.
    Embedded,
}

/// What was last written to the address bar and the saved draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// The scenario as a link fragment.
    pub fragment: Rc<str>,
    /// The full link to share: this page with the fragment (just the fragment when
    /// rendered natively, where there is no page).
    pub url: Rc<str>,
    /// Whether the draft was saved by the last write; the page never claims work is
    /// kept unless it was.
    pub saving: Saving,
}

impl Kept {
    /// What opened: `fragment`, saved (or not) as `saving` says.
    pub fn opened(fragment: Rc<str>, saving: Saving) -> Kept {
        Kept {
            url: link_to(&fragment),
            fragment,
            saving,
        }
    }
}

/// Where a write leaves the address bar.
#[derive(Clone, Copy, PartialEq)]
enum AddressBar {
    NewEntry,
    SameEntry,
    Leave,
}

/// Writes the scenario to the address bar and the draft, now or once typing pauses.
#[derive(Clone)]
pub struct Keeper(Rc<RefCell<KeeperState>>);

struct KeeperState {
    /// A write waiting for typing to pause: the scenario it will write, and the text
    /// typed that could not be accepted.
    pending: Option<(Timeout, Rc<Scenario>, String)>,
    /// The scenario last written, as a link fragment, and the typed text with it.
    written: Rc<str>,
    typed: String,
    /// The saved draft that must not be saved over, if any.
    held: Option<Rc<str>>,
    embedded: bool,
    on_written: Callback<Kept>,
}

impl PartialEq for Keeper {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Keeper {
    /// Writes `scenario`, and the text typed with it, now, after any write waiting.
    fn write_now(&self, scenario: &Scenario, typed: &str, address: AddressBar) {
        self.flush();
        let fragment: Rc<str> = link::encode(scenario).into();
        {
            let mut state = self.0.borrow_mut();
            state.written = fragment.clone();
            state.typed = typed.to_string();
        }
        if address != AddressBar::Leave && !self.0.borrow().embedded {
            write_fragment(&fragment, address == AddressBar::NewEntry);
        }
        self.save();
    }

    /// Saves what was last written as the draft, unless embedded or held, and tells
    /// the page how that went.
    fn save(&self) {
        let state = self.0.borrow();
        let saving = if state.embedded {
            Saving::Embedded
        } else if state.held.is_some() {
            Saving::Held
        } else if save_draft(&state.written, &state.typed) {
            Saving::Saved
        } else {
            Saving::Refused
        };
        let (on_written, kept) = (
            state.on_written.clone(),
            Kept::opened(state.written.clone(), saving),
        );
        drop(state);
        on_written.emit(kept);
    }

    /// Writes `scenario` once typing has paused, in place of any write waiting.
    fn write_typing(&self, scenario: Rc<Scenario>, typed: String) {
        let keeper = self.clone();
        let timer = Timeout::new(TYPING_PAUSE_MS, move || keeper.flush());
        self.0.borrow_mut().pending = Some((timer, scenario, typed));
    }

    /// Does the write waiting, if any, now.
    pub fn flush(&self) {
        let pending = self.0.borrow_mut().pending.take();
        if let Some((timer, scenario, typed)) = pending {
            timer.cancel();
            self.write_now(&scenario, &typed, AddressBar::SameEntry);
        }
    }

    /// Keeps a history entry the user went Back or Forward to as the scenario on screen
    /// at once, before the page is drawn again: a link arriving straight after it then
    /// sets this one aside, not the one before.
    pub fn show_entry(&self, scenario: &Scenario) {
        self.write_now(scenario, "", AddressBar::Leave);
    }

    /// The scenario on screen as a link fragment, written first if it was waiting.
    pub fn on_screen(&self) -> Rc<str> {
        self.flush();
        self.0.borrow().written.clone()
    }

    /// Stops saving over the saved draft `draft` (a link fragment), which the browser
    /// had no room to set aside.
    pub fn hold(&self, draft: &str) {
        self.0.borrow_mut().held = Some(draft.into());
        self.save();
    }

    /// The held draft, released: saving goes on. `replace` saves the work on screen
    /// over it now (the user chose to); else the draft is about to be opened, and the
    /// write that opening makes saves it again.
    pub fn release(&self, replace: bool) -> Option<Rc<str>> {
        let held = self.0.borrow_mut().held.take();
        if replace {
            self.flush();
            self.save();
        }
        held
    }
}

/// What the app opened on, as far as keeping it goes: its fragment and whether the
/// opening write saved it, and any saved draft held from being saved over.
#[derive(Clone, PartialEq)]
pub struct Opening {
    pub kept: Kept,
    pub held: Option<String>,
}

/// Keeps the address bar and the saved draft in step with the scenario: a discrete
/// change writes a new history entry at once; typing rewrites the current entry once
/// it pauses, the field is left or the page is hidden. Embedded, nothing is
/// written to the host's history or this browser's storage.
#[hook]
pub fn use_keeper(state: &AppState, opening: &Opening) -> (Kept, Keeper) {
    let scenario = &state.scenario;
    let kept = {
        let opened = opening.kept.clone();
        use_state(move || opened)
    };
    let keeper = {
        let (kept, opening) = (kept.clone(), opening.clone());
        use_memo((), move |_| {
            Keeper(Rc::new(RefCell::new(KeeperState {
                pending: None,
                written: opening.kept.fragment.clone(),
                typed: String::new(),
                held: opening.held.as_deref().map(Rc::from),
                embedded: opening.kept.saving == Saving::Embedded,
                on_written: Callback::from(move |now: Kept| kept.set(now)),
            })))
        })
    };
    {
        let (keeper, scenario) = ((*keeper).clone(), scenario.clone());
        let typed = state.drafts.to_keep();
        use_effect_with(state.change, move |change| {
            let Some(change) = change else { return };
            match change.step {
                HistoryStep::SameEntry if change.typing => keeper.write_typing(scenario, typed),
                HistoryStep::SameEntry => keeper.flush(),
                HistoryStep::NewEntry => keeper.write_now(&scenario, &typed, AddressBar::NewEntry),
                HistoryStep::Leave => keeper.write_now(&scenario, &typed, AddressBar::Leave),
            }
        });
    }
    {
        let keeper = (*keeper).clone();
        use_effect_with((), move |_| {
            // Leaving the page, or switching to another tab, writes what is waiting.
            let flush = |keeper: Keeper| move |_: &Event| keeper.flush();
            let listeners = [
                EventListener::new(&gloo::utils::window(), "pagehide", flush(keeper.clone())),
                EventListener::new(&gloo::utils::document(), "visibilitychange", flush(keeper)),
            ];
            move || drop(listeners)
        });
    }
    ((*kept).clone(), (*keeper).clone())
}

/// The full link to a fragment: this page's address (natively, just the fragment).
pub fn link_to(fragment: &str) -> Rc<str> {
    if cfg!(target_arch = "wasm32") {
        share_url(fragment).into()
    } else {
        format!("#{fragment}").into()
    }
}

/// Focus follows the state's request: after adding, removing or moving an item, or to
/// the error summary when errors are shown.
#[hook]
pub fn use_focus_requests(focus: &Option<FocusRequest>) {
    use_effect_with(focus.clone(), |focus| {
        if let Some(request) = focus {
            focus_element(&request.element_id);
        }
    });
}

/// A notice that answers a button (no room to switch scenarios) takes focus, so it is
/// heard at once.
#[hook]
pub fn use_notice_focus(notice: &Option<Notice>) {
    use_effect_with(notice.clone(), |notice| {
        if *notice == Some(Notice::NoRoomToSwitch) {
            focus_element(ids::NOTICE_TITLE);
        }
    });
}

/// The working dialog is modal while a figure's working is shown (it takes focus, and
/// Escape closes it) and closed otherwise.
#[hook]
pub fn use_working_dialog(open: bool) {
    use_effect_with(open, |open| {
        let dialog = gloo::utils::document()
            .get_element_by_id(ids::WORKING_DIALOG)
            .and_then(|element| element.dyn_into::<web_sys::HtmlDialogElement>().ok());
        match dialog {
            Some(dialog) if *open && !dialog.open() => {
                let _ = dialog.show_modal();
            }
            Some(dialog) if !*open && dialog.open() => dialog.close(),
            _ => {}
        }
    });
}

/// What the history listener changes besides the scenario.
pub struct HistoryTargets {
    pub notice: UseStateHandle<Option<Notice>>,
    pub set_aside: UseStateHandle<Vec<Entry>>,
    pub dispatch: Callback<Action>,
    pub keeper: Keeper,
}

/// Back and Forward step between discrete changes. A link typed or
/// pasted into the address bar of this tab is opened as on start-up: a different
/// scenario on screen is set aside, never lost.
#[hook]
pub fn use_history_listener(targets: HistoryTargets) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            let fragment = location_fragment();
            let own_entry = is_own_entry();
            let arrival = arrive(own_entry, &fragment, &targets.keeper.on_screen());
            let show = |scenario| {
                let action = DocumentAction::ShowHistoryEntry(scenario);
                targets.dispatch.emit(Action::Document(action));
            };
            match arrival {
                Arrival::OwnEntry(scenario) => {
                    if let Some(entry) = &scenario {
                        targets.keeper.show_entry(entry);
                    }
                    scenario.into_iter().for_each(show);
                }
                Arrival::NewLink {
                    scenario,
                    set_aside: kept,
                    notice,
                } => {
                    // The entry becomes the app's own, holding the link as it was sent
                    // (without what a mail program added to it).
                    match &scenario {
                        Some(opened) => write_fragment(&link::encode(opened), false),
                        None => mark_current_entry(),
                    }
                    let mut notice = notice;
                    if let Some(kept) = kept {
                        if set_aside(&kept) {
                            targets.set_aside.set(read_set_aside());
                        } else {
                            targets.keeper.hold(&kept);
                            notice = not_set_aside(notice);
                        }
                    }
                    targets.notice.set(notice);
                    scenario.into_iter().for_each(show);
                }
            }
        });
        move || drop(listener)
    });
}

/// Whether the page is being printed: true from the browser's `beforeprint` to its
/// `afterprint`. What only paper shows (tables cut to fit A4, every option's tables,
/// the appendix) is drawn only then, so a large scenario does not carry it on screen.
/// The page is drawn again before the print is laid out: the state set in
/// `beforeprint` is rendered in the microtask that follows the event.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let set = |to: bool| {
                let printing = printing.clone();
                move |_: &Event| printing.set(to)
            };
            let window = gloo::utils::window();
            let listeners = [
                EventListener::new(&window, "beforeprint", set(true)),
                EventListener::new(&window, "afterprint", set(false)),
            ];
            move || drop(listeners)
        });
    }
    *printing
}
