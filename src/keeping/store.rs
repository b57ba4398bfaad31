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

/// A piece of work set aside: the scenario as a link fragment, and the text typed with
/// it and not yet accepted (`state::Drafts::to_keep`), which comes back with it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAsideWork {
    pub fragment: String,
    pub typed: String,
    /// Set aside by another tab, whose write would have overwritten it: the tab that
    /// made it takes it out again when it next saves its work (its latest version).
    pub by_another_tab: bool,
}

/// Each piece of work is kept on a line of its own: `*` if another tab set it aside,
/// its fragment (which holds neither), then, if any text was typed with it, a tab and
/// that text with its line breaks written as this character, which typed text never
/// holds.
const TYPED_LINE_BREAK: char = '\u{1E}';

impl SetAsideWork {
    fn from_line(line: &str) -> SetAsideWork {
        let (marked, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (fragment, typed) = line.split_once('\t').unwrap_or((line, ""));
        SetAsideWork {
            fragment: fragment.to_string(),
            typed: typed.replace(TYPED_LINE_BREAK, "\n"),
            by_another_tab: marked,
        }
    }

    fn to_line(&self) -> String {
        let mark = if self.by_another_tab { "*" } else { "" };
        if self.typed.is_empty() {
            return format!("{mark}{}", self.fragment);
        }
        let typed: String = self
            .typed
            .chars()
            .filter(|c| *c != TYPED_LINE_BREAK)
            .collect();
        let typed = typed.replace('\n', &TYPED_LINE_BREAK.to_string());
        format!("{mark}{}\t{typed}", self.fragment)
    }
}

/// The work set aside, most recent first.
pub fn set_aside_work(store: &dyn Store) -> Vec<SetAsideWork> {
    store
        .get(SET_ASIDE_KEY)
        .map(|text| {
            text.lines()
                .filter(|line| !line.is_empty())
                .map(SetAsideWork::from_line)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `fragment` is among the work set aside.
pub fn is_set_aside(store: &dyn Store, fragment: &str) -> bool {
    set_aside_work(store)
        .iter()
        .any(|work| work.fragment == fragment)
}

/// Sets `fragment`, with the text `typed` with it, aside, first in the list; `false` if
/// the store refused.
pub fn set_aside(store: &mut dyn Store, fragment: &str, typed: &str) -> bool {
    put_aside(store, fragment, typed, false)
}

/// Sets aside another tab's draft, which this tab's write would overwrite.
pub fn set_aside_for_another_tab(store: &mut dyn Store, fragment: &str, typed: &str) -> bool {
    put_aside(store, fragment, typed, true)
}

fn put_aside(store: &mut dyn Store, fragment: &str, typed: &str, by_another_tab: bool) -> bool {
    let mut list = set_aside_work(store);
    list.retain(|kept| kept.fragment != fragment);
    let work = SetAsideWork {
        fragment: fragment.to_string(),
        typed: typed.to_string(),
        by_another_tab,
    };
    list.insert(0, work);
    store_set_aside(store, &list)
}

/// Takes `fragment` out of the list if another tab set it aside: this tab's write is
/// its latest version. Work the user set aside stays.
pub fn take_back_from_another_tab(store: &mut dyn Store, fragment: &str) {
    let list = set_aside_work(store);
    if list
        .iter()
        .any(|w| w.by_another_tab && w.fragment == fragment)
    {
        let rest: Vec<SetAsideWork> = list
            .into_iter()
            .filter(|w| w.fragment != fragment)
            .collect();
        store_set_aside(store, &rest);
    }
}

/// Takes `fragment` out of the work set aside; `false` if the store refused.
pub fn remove_set_aside(store: &mut dyn Store, fragment: &str) -> bool {
    let mut list = set_aside_work(store);
    list.retain(|kept| kept.fragment != fragment);
    store_set_aside(store, &list)
}

fn store_set_aside(store: &mut dyn Store, list: &[SetAsideWork]) -> bool {
    if list.is_empty() {
        store.remove(SET_ASIDE_KEY)
    } else {
        let lines: Vec<String> = list.iter().map(SetAsideWork::to_line).collect();
        store.set(SET_ASIDE_KEY, &lines.join("\n"))
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

    fn fragments(store: &MemoryStore) -> Vec<String> {
        set_aside_work(store)
            .into_iter()
            .map(|w| w.fragment)
            .collect()
    }

    #[test]
    fn the_list_set_aside_keeps_the_latest_first_and_each_once() {
        let mut store = MemoryStore::default();
        assert!(set_aside(&mut store, "a", "") && set_aside(&mut store, "b", ""));
        assert!(set_aside(&mut store, "a", ""));
        assert_eq!(fragments(&store), ["a", "b"]);
        assert!(is_set_aside(&store, "b") && !is_set_aside(&store, "c"));
        assert!(remove_set_aside(&mut store, "a") && remove_set_aside(&mut store, "b"));
        assert!(fragments(&store).is_empty());
        assert!(store.items.is_empty());
    }

    #[test]
    fn text_typed_with_work_set_aside_comes_back_with_it() {
        let mut store = MemoryStore::default();
        let typed = "partner-1-annual\t12x\npartner-2-name\tA \\n B\n";
        assert!(set_aside(&mut store, "v4.one", typed));
        assert!(set_aside(&mut store, "v4.two", ""));
        let work = set_aside_work(&store);
        let expected = SetAsideWork {
            fragment: "v4.one".into(),
            typed: typed.into(),
            by_another_tab: false,
        };
        assert_eq!(work[1], expected);
        assert_eq!(work[0].typed, "");
        assert_eq!(store.items.values().next().unwrap().lines().count(), 2);
        assert!(set_aside_for_another_tab(&mut store, "v4.three", "x\ty\n"));
        let work = set_aside_work(&store);
        assert!(work[0].by_another_tab && !work[1].by_another_tab);
        assert_eq!(work[0].typed, "x\ty\n");
        take_back_from_another_tab(&mut store, "v4.two");
        assert_eq!(set_aside_work(&store).len(), 3, "the user's own stays");
        take_back_from_another_tab(&mut store, "v4.three");
        assert_eq!(set_aside_work(&store).len(), 2);
    }

    #[test]
    fn a_full_or_refusing_store_says_so() {
        let mut off = MemoryStore {
            refused: true,
            ..MemoryStore::default()
        };
        assert!(!save_draft(&mut off, "v4.one", ""));
        assert!(!set_aside(&mut off, "v4.one", ""));
        let mut full = MemoryStore::with_room(40);
        assert!(save_draft(&mut full, "v4.short", ""));
        assert!(!set_aside(
            &mut full,
            "v4.a-fragment-longer-than-the-room-left",
            ""
        ));
        assert_eq!(saved_draft(&full).as_deref(), Some("v4.short"));
    }
}
