//! The keeper of the work on screen: what was last written as the draft, whether that
//! write was kept, and the saved draft it must not save over. Plain data; the page's
//! shell (`components::hooks::keeping`) decides when to write (at once, or once typing
//! pauses) and writes the address bar.

use super::store::{save_draft, Store};
use std::rc::Rc;

/// Whether the work on screen is kept in this browser, as the page says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftStatus {
    /// The last write of the draft succeeded.
    Saved,
    /// The browser refused the last write: its storage is full or turned off.
    Refused,
    /// Not saved, so that a saved draft the browser had no room to set aside is not
    /// saved over, until the user goes back to it or chooses to replace it.
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

#[derive(Clone, Debug, PartialEq)]
pub struct Keeper {
    /// The work last written, as a link fragment, and the text typed with it.
    written: Rc<str>,
    typed: String,
    /// The saved draft that must not be saved over, if any.
    held: Option<Rc<str>>,
    embedded: bool,
    status: DraftStatus,
}

impl Keeper {
    /// A keeper of `written`, which is not yet saved.
    pub fn new(written: Rc<str>, typed: String, held: Option<Rc<str>>, embedded: bool) -> Keeper {
        Keeper {
            written,
            typed,
            held,
            embedded,
            status: DraftStatus::Refused,
        }
    }

    /// The work on screen as last written.
    pub fn on_screen(&self) -> &Rc<str> {
        &self.written
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
        } else if save_draft(store, &self.written, &self.typed) {
            DraftStatus::Saved
        } else {
            DraftStatus::Refused
        };
        self.status
    }

    /// Stops saving over the saved draft `draft` (a link fragment), which the browser
    /// had no room to set aside.
    pub fn hold(&mut self, store: &mut dyn Store, draft: &str) -> DraftStatus {
        self.held = Some(draft.into());
        self.save(store)
    }

    /// The held draft, released: saving goes on. `replace` saves the work on screen
    /// over it now (the user chose to); else the draft is about to be opened, and the
    /// write that opening makes saves it again.
    pub fn release(&mut self, store: &mut dyn Store, replace: bool) -> Option<Rc<str>> {
        let held = self.held.take();
        if replace {
            self.save(store);
        }
        held
    }
}

#[cfg(test)]
mod tests {
    use super::super::store::{saved_draft, MemoryStore};
    use super::*;

    #[test]
    fn each_write_says_whether_the_draft_was_kept() {
        let mut store = MemoryStore::with_room(70);
        let mut keeper = Keeper::new("v4.a".into(), String::new(), None, false);
        assert_eq!(keeper.save(&mut store), DraftStatus::Saved);
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
        let mut keeper = Keeper::new("v4.mine".into(), String::new(), None, false);
        keeper.save(&mut store);
        assert_eq!(keeper.hold(&mut store, "v4.mine"), DraftStatus::Held);
        assert_eq!(
            keeper.write(&mut store, "v4.theirs".into(), String::new()),
            DraftStatus::Held
        );
        assert_eq!(saved_draft(&store).as_deref(), Some("v4.mine"));
        assert_eq!(keeper.release(&mut store, true).as_deref(), Some("v4.mine"));
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
}
