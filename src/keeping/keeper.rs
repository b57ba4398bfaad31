//! The keeper of the work on screen: what was last written as the draft, whether that
//! write was kept, the draft this tab last knew to be stored (so another tab's writes
//! are seen, and set aside rather than overwritten), and the work held from being
//! saved over. Plain data; the page's shell (`components::hooks::keeping`) decides
//! when to write (at once, or once typing pauses) and writes the address bar.

use super::store::{
    is_set_aside, save_draft, saved_draft, saved_typed, set_aside_for_another_tab,
    take_back_from_another_tab, Store,
};
use std::rc::Rc;

/// Whether the work on screen is kept in this browser, as the page says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftStatus {
    /// The last write of the draft succeeded.
    Saved,
    /// The browser refused the last write: its storage is full or turned off.
    Refused,
    /// Not saved, so that the draft saved in this browser (the user's own, which had to
    /// be set aside and could not be, or another tab's) is not saved over.
    Held,
    /// Embedded in another page: nothing is saved, by design.
    Embedded,
}

/// What the page shows of the work last written: the scenario as a link fragment, the
/// full link to share it, and whether the draft was kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    pub fragment: Rc<str>,
    /// This page's address with the fragment (just the fragment natively, where there
    /// is no page).
    pub url: Rc<str>,
    pub status: DraftStatus,
}

/// Work held: a scenario as a link fragment and the text typed with it.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldWork {
    pub fragment: Rc<str>,
    pub typed: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keeper {
    /// The work last written, as a link fragment, and the text typed with it.
    written: Rc<str>,
    typed: String,
    /// The user's own work that a link displaced and that could not be set aside: kept
    /// here, in this tab, and the draft is not saved over while it is.
    held: Option<HeldWork>,
    /// The draft this tab last saved, or opened on: a stored draft that is neither was
    /// written by another tab.
    known: Option<Rc<str>>,
    embedded: bool,
    status: DraftStatus,
}

impl Keeper {
    /// A keeper of `written`, not yet saved; `known` is the draft stored when the tab
    /// opened, which this tab has dealt with (opened, set aside or held).
    pub fn new(written: Rc<str>, typed: String, known: Option<Rc<str>>, embedded: bool) -> Keeper {
        Keeper {
            written,
            typed,
            held: None,
            known,
            embedded,
            status: DraftStatus::Refused,
        }
    }

    /// The work on screen as last written.
    pub fn on_screen(&self) -> &Rc<str> {
        &self.written
    }

    /// The text typed with the work on screen and not yet accepted.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    pub fn status(&self) -> DraftStatus {
        self.status
    }

    pub fn is_embedded(&self) -> bool {
        self.embedded
    }

    /// Writes `fragment` and the text typed with it as the work on screen, and saves
    /// it as the draft unless embedded or held.
    pub fn write(
        &mut self,
        store: &mut dyn Store,
        fragment: Rc<str>,
        typed: String,
    ) -> DraftStatus {
        self.written = fragment;
        self.typed = typed;
        self.save(store)
    }

    /// Saves the work last written as the draft, unless embedded or held.
    pub fn save(&mut self, store: &mut dyn Store) -> DraftStatus {
        self.status = if self.embedded {
            DraftStatus::Embedded
        } else if self.held.is_some() {
            DraftStatus::Held
        } else {
            self.save_over(store)
        };
        self.status
    }

    /// Saves the work on screen as the draft. A draft another tab wrote since this one
    /// last saved is set aside first, never overwritten; where there is no room for that,
    /// nothing is saved. This tab's own earlier work, if another tab set it aside, is
    /// taken out of the list: this write is its latest version.
    fn save_over(&mut self, store: &mut dyn Store) -> DraftStatus {
        let stored = saved_draft(store);
        let from_another_tab = stored
            .as_deref()
            .filter(|stored| Some(*stored) != self.known.as_deref() && *stored != &*self.written);
        if let Some(theirs) = from_another_tab {
            let typed = saved_typed(store);
            if !is_set_aside(store, theirs) && !set_aside_for_another_tab(store, theirs, &typed) {
                return DraftStatus::Held;
            }
        }
        if let Some(mine) = self.known.clone() {
            if stored.as_deref() != Some(&*mine) {
                take_back_from_another_tab(store, &mine);
            }
        }
        if save_draft(store, &self.written, &self.typed) {
            self.known = Some(self.written.clone());
            DraftStatus::Saved
        } else {
            DraftStatus::Refused
        }
    }

    /// Holds `work`, the user's own, which had to be set aside and could not be: it
    /// stays in this tab (and, if it was saved, in the draft, which is not saved over)
    /// until the user goes back to it or keeps the work on screen in its place.
    pub fn hold(&mut self, store: &mut dyn Store, work: HeldWork) -> DraftStatus {
        self.held = Some(work);
        self.save(store)
    }

    /// The work held, released: saving goes on. `replace` saves the work on screen
    /// over it now (the user chose to); else it is about to be opened, and the write
    /// that opening makes saves it again.
    pub fn release(&mut self, store: &mut dyn Store, replace: bool) -> Option<HeldWork> {
        let held = self.held.take();
        if replace {
            // The user chose this work over the draft held: it is this tab's to replace.
            self.known = saved_draft(store).map(Rc::from);
            self.save(store);
        }
        held
    }
}

#[cfg(test)]
mod tests {
    use super::super::store::{saved_draft, set_aside_work, MemoryStore};
    use super::*;

    fn keeper(store: &mut MemoryStore, fragment: &str) -> Keeper {
        let known = saved_draft(store).map(Rc::from);
        let mut keeper = Keeper::new(fragment.into(), String::new(), known, false);
        keeper.save(store);
        keeper
    }

    fn held(fragment: &str) -> HeldWork {
        HeldWork {
            fragment: fragment.into(),
            typed: String::new(),
        }
    }

    #[test]
    fn each_write_says_whether_the_draft_was_kept() {
        let mut store = MemoryStore::with_room(70);
        let mut keeper = keeper(&mut store, "v4.a");
        assert_eq!(keeper.status(), DraftStatus::Saved);
        let long: Rc<str> = "v4.".repeat(30).into();
        assert_eq!(
            keeper.write(&mut store, long, String::new()),
            DraftStatus::Refused
        );
        assert_eq!(keeper.status(), DraftStatus::Refused);
        assert_eq!(&**keeper.on_screen(), "v4.".repeat(30));
    }

    #[test]
    fn a_held_draft_is_never_saved_over_until_released() {
        let mut store = MemoryStore::default();
        let mut keeper = keeper(&mut store, "v4.mine");
        assert_eq!(keeper.hold(&mut store, held("v4.mine")), DraftStatus::Held);
        assert_eq!(
            keeper.write(&mut store, "v4.theirs".into(), String::new()),
            DraftStatus::Held
        );
        assert_eq!(saved_draft(&store).as_deref(), Some("v4.mine"));
        assert_eq!(keeper.release(&mut store, true), Some(held("v4.mine")));
        assert_eq!(saved_draft(&store).as_deref(), Some("v4.theirs"));
        assert_eq!(keeper.status(), DraftStatus::Saved);
    }

    #[test]
    fn embedded_nothing_is_saved() {
        let mut store = MemoryStore::default();
        let mut keeper = Keeper::new("v4.a".into(), String::new(), None, true);
        assert_eq!(keeper.save(&mut store), DraftStatus::Embedded);
        assert!(store.items.is_empty());
    }

    #[test]
    fn two_tabs_each_keep_their_work() {
        let mut store = MemoryStore::default();
        let mut a = keeper(&mut store, "v4.a1");
        let mut b = keeper(&mut store, "v4.a1");
        a.write(&mut store, "v4.a2".into(), String::new());
        b.write(&mut store, "v4.b1".into(), "typed in b".into());
        assert_eq!(saved_draft(&store).as_deref(), Some("v4.b1"));
        let aside = |store: &MemoryStore| -> Vec<String> {
            set_aside_work(store)
                .into_iter()
                .map(|w| w.fragment)
                .collect()
        };
        assert_eq!(aside(&store), ["v4.a2"], "b set a's newer draft aside");
        a.write(&mut store, "v4.a3".into(), String::new());
        assert_eq!(saved_draft(&store).as_deref(), Some("v4.a3"));
        assert_eq!(
            aside(&store),
            ["v4.b1"],
            "a set b's aside, and took its own older one out"
        );
        assert_eq!(set_aside_work(&store)[0].typed, "typed in b");
        b.write(&mut store, "v4.b2".into(), String::new());
        assert_eq!(aside(&store), ["v4.a3"]);
    }

    #[test]
    fn another_tabs_draft_is_not_overwritten_where_there_is_no_room_to_set_it_aside() {
        let mut store = MemoryStore::with_room(90);
        let mut a = keeper(&mut store, "v4.a");
        let mut b = keeper(&mut store, "v4.a");
        b.write(&mut store, "v4.b".into(), String::new());
        store.room = Some(store.items.iter().map(|(k, v)| k.len() + v.len()).sum());
        assert_eq!(
            a.write(&mut store, "v4.aa".into(), String::new()),
            DraftStatus::Held
        );
        assert_eq!(saved_draft(&store).as_deref(), Some("v4.b"));
    }
}
