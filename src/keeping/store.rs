//! Where work is kept in this browser, and the few things kept there: the draft, the
//! text typed with it, and the list of work set aside. Reached through [`Store`], so
//! every decision that reads or writes it runs natively against [`MemoryStore`], and in
//! the page against the browser's local storage (`components::browser::storage`).

/// A place to keep text by name, whose every write says whether it succeeded: the page
/// never says work is kept unless the write did.
pub trait Store {
    /// The text kept under `key`, if any (and if the store can be read at all).
    fn get(&self, key: &str) -> Option<String>;
    /// Keeps `value` under `key`; `false` if the store refused (full, or turned off).
    fn set(&mut self, key: &str, value: &str) -> bool;
    /// Forgets `key`; `false` if the store refused.
    fn remove(&mut self, key: &str) -> bool;
}

/// The draft: the work on screen, as a link fragment.
const DRAFT_KEY: &str = "funding-calculator/draft";
/// The text typed with the draft and not yet accepted (`state::Drafts::to_keep`).
const TYPED_KEY: &str = "funding-calculator/typed";
/// The work set aside (most recent first), one fragment a line. As many as the store
/// has room for: none is dropped to make room for another.
const SET_ASIDE_KEY: &str = "funding-calculator/set-aside";

/// The saved draft, if any.
pub fn saved_draft(store: &dyn Store) -> Option<String> {
    store.get(DRAFT_KEY)
}

/// The text typed with the saved draft.
pub fn saved_typed(store: &dyn Store) -> String {
    store.get(TYPED_KEY).unwrap_or_default()
}

/// Saves `fragment` as the draft with the text `typed` with it; `false` if the store
/// refused either. The typed text of an earlier draft goes first, so it never comes
/// back with a later one.
pub fn save_draft(store: &mut dyn Store, fragment: &str, typed: &str) -> bool {
    store.remove(TYPED_KEY)
        && store.set(DRAFT_KEY, fragment)
        && (typed.is_empty() || store.set(TYPED_KEY, typed))
}

/// The work set aside, as link fragments, most recent first.
pub fn set_aside_fragments(store: &dyn Store) -> Vec<String> {
    store
        .get(SET_ASIDE_KEY)
        .map(|text| {
            text.lines()
                .filter(|line| !line.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Sets `fragment` aside, first in the list; `false` if the store refused.
pub fn set_aside(store: &mut dyn Store, fragment: &str) -> bool {
    let mut list = set_aside_fragments(store);
    list.retain(|kept| kept != fragment);
    list.insert(0, fragment.to_string());
    store_set_aside(store, &list)
}

/// Takes `fragment` out of the work set aside; `false` if the store refused.
pub fn remove_set_aside(store: &mut dyn Store, fragment: &str) -> bool {
    let mut list = set_aside_fragments(store);
    list.retain(|kept| kept != fragment);
    store_set_aside(store, &list)
}

fn store_set_aside(store: &mut dyn Store, list: &[String]) -> bool {
    if list.is_empty() {
        store.remove(SET_ASIDE_KEY)
    } else {
        store.set(SET_ASIDE_KEY, &list.join("\n"))
    }
}

/// A store in memory, for the native tests of every decision: it can be made to refuse
/// every write, or to have room for only so many characters in all, as a browser's
/// storage does when it is turned off or full.
#[cfg(test)]
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub items: std::collections::BTreeMap<String, String>,
    /// Every write is refused (storage turned off).
    pub refused: bool,
    /// The most characters the store holds in all, keys and values (storage full).
    pub room: Option<usize>,
}

#[cfg(test)]
impl MemoryStore {
    /// A store with room for this many characters in all.
    pub fn with_room(room: usize) -> MemoryStore {
        MemoryStore {
            room: Some(room),
            ..MemoryStore::default()
        }
    }

    fn used_without(&self, key: &str) -> usize {
        (self.items.iter())
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

#[cfg(test)]
impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.items.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> bool {
        let fits = self
            .room
            .is_none_or(|room| self.used_without(key) + key.len() + value.len() <= room);
        if self.refused || !fits {
            return false;
        }
        self.items.insert(key.to_string(), value.to_string());
        true
    }

    fn remove(&mut self, key: &str) -> bool {
        if self.refused {
            return false;
        }
        self.items.remove(key);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_and_its_typed_text_are_kept_together() {
        let mut store = MemoryStore::default();
        assert!(save_draft(&mut store, "v4.one", "amount\t12x\n"));
        assert_eq!(saved_draft(&store).as_deref(), Some("v4.one"));
        assert_eq!(saved_typed(&store), "amount\t12x\n");
        assert!(save_draft(&mut store, "v4.two", ""));
        assert_eq!(
            saved_typed(&store),
            "",
            "the earlier text goes with its draft"
        );
    }

    #[test]
    fn the_list_set_aside_keeps_the_latest_first_and_each_once() {
        let mut store = MemoryStore::default();
        assert!(set_aside(&mut store, "a") && set_aside(&mut store, "b"));
        assert!(set_aside(&mut store, "a"));
        assert_eq!(set_aside_fragments(&store), ["a", "b"]);
        assert!(remove_set_aside(&mut store, "a") && remove_set_aside(&mut store, "b"));
        assert!(set_aside_fragments(&store).is_empty());
        assert!(store.items.is_empty());
    }

    #[test]
    fn a_full_or_refusing_store_says_so() {
        let mut off = MemoryStore {
            refused: true,
            ..MemoryStore::default()
        };
        assert!(!save_draft(&mut off, "v4.one", ""));
        assert!(!set_aside(&mut off, "v4.one"));
        let mut full = MemoryStore::with_room(40);
        assert!(save_draft(&mut full, "v4.short", ""));
        assert!(!set_aside(
            &mut full,
            "v4.a-fragment-longer-than-the-room-left"
        ));
        assert_eq!(saved_draft(&full).as_deref(), Some("v4.short"));
    }
}
