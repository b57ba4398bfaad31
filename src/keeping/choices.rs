//! What the user can choose about their kept work, from the notice, the list of work set
//! aside and the examples, and what each choice does: which scenario opens, what the
//! notice says, what is set aside or taken out. The work on screen is set aside before
//! anything replaces it; where there is no room for that, nothing replaces it.

use super::keeper::Keeper;
use super::opening::{is_example_or_blank, Notice};
use super::store::{remove_set_aside, set_aside, set_aside_work, SetAsideWork, Store};
use crate::state::DocumentAction;
use funding_model::link;
use funding_model::Scenario;

/// A choice about kept work.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    /// Open a scenario set aside (a link fragment), setting the one on screen aside.
    OpenSetAside(String),
    /// Remove a scenario set aside, for good.
    RemoveSetAside(String),
    /// Go back to the user's own scenario, which a shared link displaced.
    GoBack,
    /// Save the scenario on screen over the user's own, which the browser had no room
    /// to set aside.
    KeepThis,
    /// Put a new scenario or an example in place of the one on screen, setting the
    /// user's own work aside first (an example, or a new scenario left blank, is not
    /// worth keeping; embedded, nothing is kept).
    Replace(DocumentAction),
    DismissNotice,
    /// Save the work held in this tab (a link fragment) as a file, or copy its link:
    /// done by the page (the file worker, the clipboard), with nothing kept or changed.
    SaveAsFile(String),
    CopyLink(String),
}

/// What a choice does.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chosen {
    /// What to open, if anything.
    pub open: Option<DocumentAction>,
    /// The notice to show in place of any on screen (`None`: leave it as it is).
    pub notice: Option<Option<Notice>>,
    /// Whether the work set aside changed.
    pub set_aside_changed: bool,
}

/// Does `choice`, with `on_screen` the scenario on screen and `keeper` holding it as
/// last written.
pub fn choose(
    store: &mut dyn Store,
    keeper: &mut Keeper,
    choice: Choice,
    on_screen: &Scenario,
) -> Chosen {
    match choice {
        Choice::OpenSetAside(fragment) => open_set_aside(store, keeper, &fragment),
        Choice::RemoveSetAside(fragment) => Chosen {
            set_aside_changed: remove_set_aside(store, &fragment),
            ..Chosen::default()
        },
        Choice::GoBack => match keeper.release(store, false) {
            // The work the browser had no room to set aside, held in this tab.
            Some(held) => Chosen {
                open: reopen(&held.fragment, held.typed),
                notice: Some(None),
                set_aside_changed: false,
            },
            None => match set_aside_work(store).into_iter().next() {
                Some(latest) => open_set_aside(store, keeper, &latest.fragment),
                None => Chosen::default(),
            },
        },
        Choice::KeepThis => {
            keeper.release(store, true);
            Chosen {
                notice: Some(None),
                ..Chosen::default()
            }
        }
        Choice::Replace(action) => {
            if keeper.is_embedded() || is_example_or_blank(on_screen) {
                return Chosen {
                    open: Some(action),
                    ..Chosen::default()
                };
            }
            if !set_aside(store, keeper.on_screen(), keeper.typed()) {
                return no_room_to_switch();
            }
            Chosen {
                open: Some(action),
                notice: None,
                set_aside_changed: true,
            }
        }
        Choice::DismissNotice => Chosen {
            notice: Some(None),
            ..Chosen::default()
        },
        Choice::SaveAsFile(_) | Choice::CopyLink(_) => Chosen::default(),
    }
}

/// Opens `fragment` again, with the text typed with it.
fn reopen(fragment: &str, typed: String) -> Option<DocumentAction> {
    let scenario = link::decode(fragment).ok()?;
    Some(DocumentAction::Reopen(Box::new(scenario), typed))
}

/// Opens the scenario set aside as `fragment`, setting the one on screen aside in its
/// place; or, with no room for that, opens nothing and says why.
fn open_set_aside(store: &mut dyn Store, keeper: &Keeper, fragment: &str) -> Chosen {
    let typed = set_aside_work(store)
        .into_iter()
        .find(|work| work.fragment == fragment)
        .map(|work| work.typed)
        .unwrap_or_default();
    let Some(open) = reopen(fragment, typed) else {
        return Chosen::default();
    };
    if !set_aside(store, keeper.on_screen(), keeper.typed()) {
        return no_room_to_switch();
    }
    remove_set_aside(store, fragment);
    Chosen {
        open: Some(open),
        notice: Some(None),
        set_aside_changed: true,
    }
}

/// The work on screen could not be set aside (no room): nothing replaces it, and the
/// notice says why.
fn no_room_to_switch() -> Chosen {
    Chosen {
        notice: Some(Some(Notice::NoRoomToSwitch)),
        ..Chosen::default()
    }
}

/// A scenario set aside, as the list shows it: its title, and whether it opens here.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAsideEntry {
    pub fragment: String,
    pub title: String,
    /// Whether this version can open it (else it was made by a newer one).
    pub opens: bool,
}

/// The scenarios set aside, most recent first, as the list shows them. The app reads
/// them when the list changes and holds them, not on every render: a scenario at the
/// limits takes milliseconds to decode.
pub fn set_aside_entries(store: &dyn Store) -> Vec<SetAsideEntry> {
    set_aside_work(store)
        .into_iter()
        .map(|SetAsideWork { fragment, .. }| {
            let (title, opens) = match link::decode(&fragment) {
                Ok(scenario) if !scenario.title.trim().is_empty() => (scenario.title, true),
                Ok(_) => ("Untitled scenario".to_string(), true),
                Err(_) => ("A scenario this version cannot open".to_string(), false),
            };
            SetAsideEntry {
                fragment,
                title,
                opens,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::keeper::{DraftStatus, HeldWork};
    use super::super::store::{save_draft, saved_draft, MemoryStore};
    use super::*;
    use funding_model::data::presets::Preset;

    fn fragment(scenario: &Scenario) -> String {
        link::encode(scenario)
    }

    fn own_work() -> Scenario {
        let mut scenario = Preset::SouthYorkshire.scenario();
        scenario.title.push_str(" (my draft)");
        scenario
    }

    fn keeping(store: &mut MemoryStore, scenario: &Scenario) -> Keeper {
        let mut keeper = Keeper::new(fragment(scenario).into(), String::new(), None, false);
        keeper.save(store);
        keeper
    }

    #[test]
    fn an_example_replaces_own_work_only_once_it_is_set_aside() {
        let mut store = MemoryStore::default();
        let mine = own_work();
        let mut keeper = keeping(&mut store, &mine);
        let example = DocumentAction::LoadPreset(Preset::Cleveland2022);
        let chosen = choose(
            &mut store,
            &mut keeper,
            Choice::Replace(example.clone()),
            &mine,
        );
        assert_eq!(chosen.open, Some(example.clone()));
        assert!(chosen.set_aside_changed);
        assert_eq!(set_aside_entries(&store)[0].title, mine.title);
        let mut full = MemoryStore::with_room(fragment(&mine).len() + 40);
        let mut keeper = keeping(&mut full, &mine);
        let refused = choose(&mut full, &mut keeper, Choice::Replace(example), &mine);
        assert_eq!(
            refused.open, None,
            "nothing replaces work that cannot be set aside"
        );
        assert_eq!(refused.notice, Some(Some(Notice::NoRoomToSwitch)));
    }

    #[test]
    fn an_example_on_screen_is_replaced_without_being_set_aside() {
        let mut store = MemoryStore::default();
        let example = Preset::SouthYorkshire.scenario();
        let mut keeper = keeping(&mut store, &example);
        let action = DocumentAction::LoadPreset(Preset::Cleveland2022);
        let chosen = choose(&mut store, &mut keeper, Choice::Replace(action), &example);
        assert!(chosen.open.is_some() && !chosen.set_aside_changed);
        assert!(set_aside_entries(&store).is_empty());
    }

    #[test]
    fn opening_work_set_aside_sets_the_work_on_screen_aside_in_its_place() {
        let mut store = MemoryStore::default();
        let mine = own_work();
        set_aside(&mut store, &fragment(&mine), "");
        let other = Preset::Cleveland2022.scenario();
        let mut keeper = keeping(&mut store, &other);
        let chosen = choose(
            &mut store,
            &mut keeper,
            Choice::OpenSetAside(fragment(&mine)),
            &other,
        );
        assert_eq!(
            chosen.open,
            Some(DocumentAction::Reopen(
                Box::new(mine.clone()),
                String::new()
            ))
        );
        let titles: Vec<String> = set_aside_entries(&store)
            .into_iter()
            .map(|e| e.title)
            .collect();
        assert_eq!(titles, std::slice::from_ref(&other.title));
        let back = choose(&mut store, &mut keeper, Choice::GoBack, &other);
        assert_eq!(
            back.open,
            Some(DocumentAction::Reopen(Box::new(other), String::new())),
            "the latest set aside"
        );
    }

    #[test]
    fn going_back_to_a_held_draft_opens_it_and_keep_this_saves_over_it() {
        let mut store = MemoryStore::default();
        let mine = own_work();
        save_draft(&mut store, &fragment(&mine), "");
        let shared = Preset::Cleveland2022.scenario();
        let mut keeper = Keeper::new(fragment(&shared).into(), String::new(), None, false);
        let work = HeldWork {
            fragment: fragment(&mine).into(),
            typed: String::new(),
        };
        keeper.hold(&mut store, work);
        let mut held = keeper.clone();
        let back = choose(&mut store, &mut held, Choice::GoBack, &shared);
        assert_eq!(
            back.open,
            Some(DocumentAction::Reopen(
                Box::new(mine.clone()),
                String::new()
            ))
        );
        assert_eq!(back.notice, Some(None));
        let keep = choose(&mut store, &mut keeper, Choice::KeepThis, &shared);
        assert_eq!((keep.open, keeper.status()), (None, DraftStatus::Saved));
        assert_eq!(saved_draft(&store), Some(fragment(&shared)));
    }

    #[test]
    fn work_set_aside_is_listed_and_removed() {
        let mut store = MemoryStore::default();
        set_aside(&mut store, "v9.from-a-newer-version", "");
        set_aside(
            &mut store,
            &fragment(&Scenario::blank(
                funding_model::YearMonth::new(2027, 4).unwrap(),
            )),
            "",
        );
        let entries = set_aside_entries(&store);
        assert_eq!(entries[0].title, "Untitled scenario");
        assert!(!entries[1].opens);
        let mut keeper = keeping(&mut store, &own_work());
        let removed = choose(
            &mut store,
            &mut keeper,
            Choice::RemoveSetAside(entries[1].fragment.clone()),
            &own_work(),
        );
        assert!(removed.set_aside_changed);
        assert_eq!(set_aside_entries(&store).len(), 1);
    }
}
