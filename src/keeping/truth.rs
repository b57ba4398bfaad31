//! Every word about kept work is true of what was written and read back: for every
//! storage outcome (written, full, turned off, written by another tab meanwhile) and
//! every arriving event (a link, Back, a file, an example), what the notice and the
//! draft's status say holds of the store, and the user's work is never lost.

use super::arriving::arrive_at;
use super::choices::{choose, Choice};
use super::keeper::{DraftStatus, Keeper};
use super::opening::{open, Kept, Notice};
use super::store::{is_set_aside, save_draft, saved_draft, MemoryStore};
use crate::state::DocumentAction;
use funding_model::data::presets::Preset;
use funding_model::{link, Scenario};

#[derive(Clone, Copy, Debug)]
enum Storage {
    Written,
    Full,
    TurnedOff,
    WrittenByAnotherTab,
}

#[derive(Clone, Copy, Debug)]
enum Arriving {
    Link,
    Back,
    File,
    Example,
}

/// The user's own work: the example, retitled.
fn retitled() -> Scenario {
    let mut scenario = Preset::SouthYorkshire.scenario();
    scenario
        .title
        .push_str(", as revised by the partners in March");
    scenario
}

/// A tab that opened on the example and retitled it, under `storage`: the store, the
/// keeper, and the retitled work as a link fragment.
fn retitled_in(storage: Storage) -> (MemoryStore, Keeper, String) {
    let mut store = match storage {
        Storage::TurnedOff => MemoryStore {
            refused: true,
            ..MemoryStore::default()
        },
        _ => MemoryStore::default(),
    };
    let mut keeper = open(&mut store, "", false).keeper;
    if let Storage::Full = storage {
        // Full once the example's draft is written: the longer title does not fit.
        store.room = Some(store.items.iter().map(|(k, v)| k.len() + v.len()).sum());
    }
    let mine = link::encode(&retitled());
    keeper.write(&mut store, mine.clone().into(), String::new());
    if let Storage::WrittenByAnotherTab = storage {
        let other = link::encode(&Preset::Cleveland2022.scenario());
        assert!(save_draft(&mut store, &other, ""));
    }
    (store, keeper, mine)
}

/// What happens on `arriving`: the notice, if one is said, and whether the work on
/// screen was replaced.
fn arrive(
    store: &mut MemoryStore,
    keeper: &mut Keeper,
    arriving: Arriving,
) -> (Option<Notice>, bool) {
    let replace_with = |store: &mut MemoryStore, keeper: &mut Keeper, scenario: &Scenario| {
        keeper.write(store, link::encode(scenario).into(), String::new());
    };
    match arriving {
        Arriving::Link => {
            let shared = link::encode(&Preset::Cleveland2022.scenario());
            let arrived = arrive_at(store, keeper, false, &shared, "");
            if let Some(shown) = &arrived.show {
                replace_with(store, keeper, shown);
            }
            (arrived.notice.flatten(), arrived.show.is_some())
        }
        Arriving::Back => {
            let before = link::encode(&Preset::SouthYorkshire.scenario());
            let arrived = arrive_at(store, keeper, true, &before, "");
            (arrived.notice.flatten(), arrived.show.is_some())
        }
        Arriving::File | Arriving::Example => {
            let example = match arriving {
                Arriving::File => DocumentAction::Open(Box::new(Preset::Cleveland2022.scenario())),
                _ => DocumentAction::LoadPreset(Preset::Cleveland2022),
            };
            let chosen = choose(store, keeper, Choice::Replace(example), &retitled());
            if chosen.open.is_some() {
                replace_with(store, keeper, &Preset::Cleveland2022.scenario());
            }
            (chosen.notice.flatten(), chosen.open.is_some())
        }
    }
}

/// Asserts that what is said is true of `store`, and that `mine` is kept somewhere:
/// saved, set aside, held in this tab, or still on screen (after Back, it is the tab's
/// next history entry, which Forward returns to, as a step undone).
fn assert_true(
    case: &str,
    store: &MemoryStore,
    keeper: &Keeper,
    notice: &Option<Notice>,
    mine: &str,
) {
    let saved = saved_draft(store);
    match notice {
        Some(Notice::DraftSetAside { kept, .. }) => match kept {
            Kept::SetAside => assert!(is_set_aside(store, mine), "{case}: said set aside"),
            Kept::InPlace => assert_eq!(saved.as_deref(), Some(mine), "{case}: said saved here"),
            Kept::OnlyInThisTab(held) => {
                assert_eq!(held, mine, "{case}");
                assert_ne!(
                    saved.as_deref(),
                    Some(mine),
                    "{case}: said not saved, and is"
                );
                assert!(
                    !is_set_aside(store, mine),
                    "{case}: said not set aside, and is"
                );
            }
        },
        Some(Notice::NoRoomToSwitch) => {
            assert_eq!(&**keeper.on_screen(), mine, "{case}: said not replaced")
        }
        _ => {}
    }
    if keeper.status() == DraftStatus::Saved {
        assert_eq!(
            saved.as_deref(),
            Some(&**keeper.on_screen()),
            "{case}: said saved"
        );
    } else {
        assert_ne!(
            saved.as_deref(),
            Some(&**keeper.on_screen()),
            "{case}: {:?}",
            keeper.status()
        );
    }
    let held = matches!(notice, Some(Notice::DraftSetAside { kept: Kept::OnlyInThisTab(h), .. }) if h == mine);
    let kept = saved.as_deref() == Some(mine)
        || is_set_aside(store, mine)
        || held
        || &**keeper.on_screen() == mine;
    assert!(
        kept || case.ends_with("Back"),
        "{case}: the user's work is nowhere"
    );
}

#[test]
fn what_is_said_about_kept_work_is_true_whatever_the_storage_and_whatever_arrives() {
    let storages = [
        Storage::Written,
        Storage::Full,
        Storage::TurnedOff,
        Storage::WrittenByAnotherTab,
    ];
    let events = [
        Arriving::Link,
        Arriving::Back,
        Arriving::File,
        Arriving::Example,
    ];
    for storage in storages {
        for arriving in events {
            let case = format!("{storage:?}, then {arriving:?}");
            let (mut store, mut keeper, mine) = retitled_in(storage);
            let (notice, _) = arrive(&mut store, &mut keeper, arriving);
            assert_true(&case, &store, &keeper, &notice, &mine);
        }
    }
}

#[test]
fn with_storage_full_or_off_a_link_says_the_work_is_only_in_this_tab() {
    for storage in [
        Storage::Full,
        Storage::TurnedOff,
        Storage::WrittenByAnotherTab,
    ] {
        let (mut store, mut keeper, mine) = retitled_in(storage);
        let (notice, replaced) = arrive(&mut store, &mut keeper, Arriving::Link);
        assert!(replaced, "{storage:?}");
        let Some(Notice::DraftSetAside { kept, .. }) = notice else {
            panic!("{storage:?}: {notice:?}");
        };
        match storage {
            // Another tab's draft takes room but leaves enough to set this one aside.
            Storage::WrittenByAnotherTab => assert_eq!(kept, Kept::SetAside),
            _ => assert_eq!(kept, Kept::OnlyInThisTab(mine.clone()), "{storage:?}"),
        }
        // Going back brings the work held in this tab back, with nothing lost.
        let back = choose(
            &mut store,
            &mut keeper,
            Choice::GoBack,
            &Preset::Cleveland2022.scenario(),
        );
        assert_eq!(
            back.open,
            Some(DocumentAction::Reopen(Box::new(retitled()), String::new())),
            "{storage:?}"
        );
    }
}
