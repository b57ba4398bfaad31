//! The shell of keeping work: when to write the work on screen (a discrete change at
//! once; typing once it pauses, a field is left or the page is hidden), what goes in
//! the address bar, and the browser's storage handed to the decisions of
//! [`crate::keeping`], which say everything else.

use crate::components::browser::address_bar::{
    link_to, mark_current_entry, share_url, write_fragment, ArrivedEntry,
};
use crate::components::browser::clipboard::copy_to_clipboard;
use crate::components::browser::clock::after_next_paint;
use crate::components::browser::file_worker::ask_file_worker;
use crate::components::browser::files::download_text;
use crate::components::browser::storage::BrowserStore;
use crate::file_worker::{Answer, Request};
use crate::keeping::choices::set_aside_entries;
use crate::keeping::{
    arrive_at, choose, Choice, EntryWrite, Keeper, Notice, SetAsideEntry, Written,
};
use crate::state::{Action, AppState, DocumentAction, HistoryStep};
use funding_model::{link, scenario_file, Scenario};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the link and the draft are written: encoding a
/// large scenario takes longer than a keystroke should, so it is never on a
/// keystroke's path.
const TYPING_PAUSE_MS: u32 = 300;

/// The [`Keeper`] of the work on screen, with the write that waits for typing to pause,
/// shared by the page's effects and callbacks.
#[derive(Clone)]
pub struct KeeperHandle(Rc<RefCell<Shell>>);

struct Shell {
    keeper: Keeper,
    /// A write waiting for typing to pause: the scenario it will write, and the text
    /// typed that could not be accepted.
    pending: Option<(Timeout, Rc<Scenario>, String)>,
    /// Tells the page what is now written.
    on_written: Callback<Written>,
}

impl PartialEq for KeeperHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the page shows of what `keeper` last wrote.
fn written(keeper: &Keeper) -> Written {
    Written {
        fragment: keeper.on_screen().clone(),
        url: link_to(keeper.on_screen()),
        status: keeper.status(),
    }
}

impl KeeperHandle {
    /// Runs a keeping decision, with the work on screen written first if it was
    /// waiting, and tells the page what is written after it.
    pub fn keep<R>(&self, decision: impl FnOnce(&mut Keeper, &mut BrowserStore) -> R) -> R {
        self.flush();
        self.apply(decision)
    }

    fn apply<R>(&self, decision: impl FnOnce(&mut Keeper, &mut BrowserStore) -> R) -> R {
        let (result, now, on_written) = {
            let mut shell = self.0.borrow_mut();
            let result = decision(&mut shell.keeper, &mut BrowserStore::open());
            (result, written(&shell.keeper), shell.on_written.clone())
        };
        on_written.emit(now);
        result
    }

    /// Writes `scenario`, and the text typed with it, now, after any write waiting; the
    /// address bar takes it as `step` says.
    fn write_now(&self, scenario: &Scenario, typed: &str, step: HistoryStep) {
        self.flush();
        let fragment: Rc<str> = link::encode(scenario).into();
        let embedded = self.0.borrow().keeper.is_embedded();
        if step != HistoryStep::Leave && !embedded {
            write_fragment(&fragment, typed, step == HistoryStep::NewEntry);
        }
        self.apply(|keeper, store| keeper.write(store, fragment, typed.to_string()));
    }

    /// Writes `scenario` once typing has paused, in place of any write waiting.
    fn write_typing(&self, scenario: Rc<Scenario>, typed: String) {
        let handle = self.clone();
        let timer = Timeout::new(TYPING_PAUSE_MS, move || handle.flush());
        self.0.borrow_mut().pending = Some((timer, scenario, typed));
    }

    /// Does the write waiting, if any, now.
    pub fn flush(&self) {
        let pending = self.0.borrow_mut().pending.take();
        if let Some((timer, scenario, typed)) = pending {
            timer.cancel();
            self.write_now(&scenario, &typed, HistoryStep::SameEntry);
        }
    }
}

/// Keeps the address bar and the draft in step with the scenario: a discrete change
/// writes a new history entry at once; typing rewrites the current entry once it
/// pauses, the field is left or the page is hidden. Embedded, nothing is written to the
/// host's history or this browser's storage.
#[hook]
pub fn use_keeper(state: &AppState, opened: &Keeper) -> (Written, KeeperHandle) {
    let now = {
        let opened = written(opened);
        use_state(move || opened)
    };
    let handle = {
        let (now, opened) = (now.clone(), opened.clone());
        use_memo((), move |_| {
            KeeperHandle(Rc::new(RefCell::new(Shell {
                keeper: opened,
                pending: None,
                on_written: Callback::from(move |written: Written| now.set(written)),
            })))
        })
    };
    {
        let (handle, scenario) = ((*handle).clone(), state.scenario.clone());
        let typed = state.drafts.to_keep();
        use_effect_with(state.change, move |change| {
            let Some(change) = change else { return };
            if change.step == HistoryStep::SameEntry && change.typing {
                handle.write_typing(scenario, typed);
            } else if change.step == HistoryStep::SameEntry {
                handle.flush();
            } else {
                handle.write_now(&scenario, &typed, change.step);
            }
        });
    }
    {
        let handle = (*handle).clone();
        use_effect_with((), move |_| {
            // Leaving the page, or switching to another tab, writes what is waiting.
            let flush = |handle: KeeperHandle| move |_: &Event| handle.flush();
            let listeners = [
                EventListener::new(&gloo::utils::window(), "pagehide", flush(handle.clone())),
                EventListener::new(&gloo::utils::document(), "visibilitychange", flush(handle)),
            ];
            move || drop(listeners)
        });
    }
    ((*now).clone(), (*handle).clone())
}

/// What keeping work changes on the page besides the scenario.
#[derive(Clone)]
pub struct KeepingTargets {
    pub notice: UseStateHandle<Option<Notice>>,
    /// What the notice's last button did, said in it.
    pub notice_status: UseStateHandle<Option<String>>,
    pub set_aside: UseStateHandle<Rc<Vec<SetAsideEntry>>>,
    pub dispatch: Callback<Action>,
    pub keeper: KeeperHandle,
}

impl KeepingTargets {
    /// Shows what a decision said: a new notice, the work set aside read again, a
    /// scenario opened.
    fn show(
        &self,
        notice: Option<Option<Notice>>,
        set_aside_changed: bool,
        open: Option<DocumentAction>,
    ) {
        if set_aside_changed {
            self.set_aside
                .set(Rc::new(set_aside_entries(&BrowserStore::open())));
        }
        if let Some(notice) = notice {
            self.notice.set(notice);
            self.notice_status.set(None);
        }
        if let Some(action) = open {
            self.dispatch.emit(Action::Document(action));
        }
    }
}

/// What the user's choices about kept work do ([`crate::keeping::choices`]), with
/// `on_screen` the scenario on screen.
pub fn on_choice(targets: &KeepingTargets, on_screen: &Rc<Scenario>) -> Callback<Choice> {
    let (targets, on_screen) = (targets.clone(), on_screen.clone());
    Callback::from(move |choice: Choice| match choice {
        Choice::SaveAsFile(fragment) => save_as_file(fragment, targets.notice_status.clone()),
        Choice::CopyLink(fragment) => copy_link(fragment, targets.notice_status.clone()),
        choice => {
            let chosen =
                (targets.keeper).keep(|keeper, store| choose(store, keeper, choice, &on_screen));
            targets.show(chosen.notice, chosen.set_aside_changed, chosen.open);
        }
    })
}

/// Saves the work held in this tab as a file, through the file worker, and says how
/// that went.
fn save_as_file(fragment: String, status: UseStateHandle<Option<String>>) {
    let title = link::decode(&fragment).map(|s| s.title).unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        let said = match ask_file_worker(Request::Save(fragment)).await {
            Some(Answer::Saved(text)) => {
                download_text(&scenario_file::file_name(&title), &text, "application/json");
                "Your scenario was saved as a file: you will find it with your downloads."
            }
            _ => "Your scenario could not be saved as a file: the part of the calculator that writes files did not start. Copy its link instead.",
        };
        status.set(Some(said.to_string()));
    });
}

/// Copies the link of the work held in this tab, and says how that went.
fn copy_link(fragment: String, status: UseStateHandle<Option<String>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let said = if copy_to_clipboard(&share_url(&fragment), None).await {
            "Your scenario’s link was copied: paste it somewhere safe, such as an email to yourself."
        } else {
            "This browser did not let the link be copied. Save your scenario as a file instead."
        };
        status.set(Some(said.to_string()));
    });
}

/// Back and Forward step between discrete changes; a link typed or pasted into the
/// address bar of this tab is opened as on start-up ([`crate::keeping::arriving`]).
/// The entry is read once the next frame is painted: the browser's own work on an
/// address of 2 MB and the app's reading of it then never block the page together.
#[hook]
pub fn use_history_listener(targets: KeepingTargets) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            let (entry, targets) = (ArrivedEntry::current(), targets.clone());
            after_next_paint(move || {
                // Moved on meanwhile: the later arrival reads the entry it is on.
                if entry.is_current() {
                    arrive_at_entry(&targets, &entry);
                }
            });
        });
        move || drop(listener)
    });
}

/// Opens or shows what the tab arrived at, and makes its history entry the app's own
/// (but for a link refused, left as the browser made it).
fn arrive_at_entry(targets: &KeepingTargets, entry: &ArrivedEntry) {
    let fragment = entry.fragment();
    let arrived = (targets.keeper)
        .keep(|keeper, store| arrive_at(store, keeper, entry.own, &fragment, &entry.typed));
    match &arrived.entry {
        EntryWrite::Rewrite(fragment) => write_fragment(fragment, "", false),
        EntryWrite::Mark => mark_current_entry(),
        EntryWrite::Leave => {}
    }
    let show = (arrived.show)
        .map(|shown| DocumentAction::ShowHistoryEntry(Box::new(shown), arrived.typed));
    targets.show(arrived.notice, arrived.set_aside_changed, show);
}

/// Another tab's writes: the browser's `storage` event tells this tab, which reads the
/// work set aside again (another tab may have set this tab's earlier work aside, or
/// taken its own out). The draft itself needs nothing: before each write this tab reads
/// it back, and sets another tab's newer draft aside rather than overwrite it.
#[hook]
pub fn use_other_tabs(set_aside: UseStateHandle<Rc<Vec<SetAsideEntry>>>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "storage", move |_| {
            set_aside.set(Rc::new(set_aside_entries(&BrowserStore::open())));
        });
        move || drop(listener)
    });
}
