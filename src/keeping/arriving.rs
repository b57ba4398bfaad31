//! What Back, Forward, or a link typed or pasted into the address bar of an open tab,
//! lands on. Decided from the entry's fragment, whether the app wrote that entry, and
//! the work on screen; a different work on screen is set aside, never lost.

use super::keeper::{HeldWork, Keeper};
use super::opening::{decide, not_set_aside, Kept, Notice, Showing};
use super::store::{saved_draft, set_aside, Store};
use funding_model::link;
use funding_model::Scenario;

/// What Back, Forward, or a link typed into the address bar of an open tab, lands on.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    /// One of the app's own history entries: show its scenario (if it can be read).
    OwnEntry(Option<Scenario>),
    /// A link typed or pasted into the address bar, opened as on start-up: the entry
    /// becomes the app's own, the work on screen is set aside if it differs, and the
    /// notice says what happened. A bad link leaves the work on screen showing.
    NewLink {
        scenario: Option<Scenario>,
        set_aside: Option<String>,
        notice: Option<Notice>,
    },
}

/// Decides what to do on arriving at a history entry whose fragment is `fragment`,
/// with `on_screen` (a link fragment) showing.
pub fn arrive(own_entry: bool, fragment: &str, on_screen: &str) -> Arrival {
    if own_entry {
        return Arrival::OwnEntry(link::decode(fragment).ok());
    }
    let opened = decide(fragment, Some(on_screen));
    match opened.notice {
        Some(Notice::BadLink { message, .. }) => Arrival::NewLink {
            scenario: None,
            set_aside: None,
            notice: Some(Notice::BadLink {
                message,
                showing: Showing::SavedDraft,
            }),
        },
        notice => Arrival::NewLink {
            scenario: link::open_received(fragment)
                .is_ok()
                .then_some(opened.scenario),
            set_aside: opened.set_aside,
            notice,
        },
    }
}

/// What the page does on arriving at a history entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrived {
    /// The scenario to show, if any, and the text typed with it and not yet accepted.
    pub show: Option<Scenario>,
    pub typed: String,
    pub entry: EntryWrite,
    /// The notice to show in place of any on screen (`None`: leave it as it is).
    pub notice: Option<Option<Notice>>,
    /// Whether the work set aside changed.
    pub set_aside_changed: bool,
}

/// What becomes of the history entry arrived at.
#[derive(Clone, Debug, PartialEq)]
pub enum EntryWrite {
    /// It is the app's own already, or a link refused: left as the browser made it, so
    /// Back to it says again why it cannot be opened. (Rewriting an entry whose address
    /// is 2 MB costs the browser as much as arriving at it did.)
    Leave,
    /// It becomes the app's own, holding this link fragment: the link as it was sent,
    /// without what a mail program added to it.
    Rewrite(String),
    /// It becomes the app's own as it stands (an address that holds no scenario, such
    /// as `#main-content`).
    Mark,
}

/// Arrives at the entry whose fragment is `fragment`: an own entry is shown and kept as
/// the work on screen at once (so a link arriving straight after it sets this one
/// aside, not the one before); a new link opens as on start-up, and the work on screen
/// is set aside with the text typed with it. Where there is no room, it is held: the
/// notice says it is still this browser's saved draft only if the draft read back is
/// that work, and otherwise that it is only in this tab.
pub fn arrive_at(
    store: &mut dyn Store,
    keeper: &mut Keeper,
    own_entry: bool,
    fragment: &str,
    typed: &str,
) -> Arrived {
    match arrive(own_entry, fragment, keeper.on_screen()) {
        Arrival::OwnEntry(scenario) => {
            if let Some(entry) = &scenario {
                keeper.write(store, link::encode(entry).into(), typed.to_string());
            }
            Arrived {
                show: scenario,
                typed: typed.to_string(),
                entry: EntryWrite::Leave,
                notice: None,
                set_aside_changed: false,
            }
        }
        Arrival::NewLink {
            scenario,
            set_aside: displaced,
            mut notice,
        } => {
            let entry = match (&scenario, &notice) {
                (Some(opened), _) => EntryWrite::Rewrite(link::encode(opened)),
                (None, Some(Notice::BadLink { .. })) => EntryWrite::Leave,
                (None, _) => EntryWrite::Mark,
            };
            let mut set_aside_changed = false;
            if let Some(displaced) = displaced {
                let typed = keeper.typed().to_string();
                if set_aside(store, &displaced, &typed) {
                    set_aside_changed = true;
                } else {
                    let kept = if saved_draft(store).as_deref() == Some(displaced.as_str()) {
                        Kept::InPlace
                    } else {
                        Kept::OnlyInThisTab(displaced.clone())
                    };
                    let fragment = displaced.into();
                    keeper.hold(store, HeldWork { fragment, typed });
                    notice = not_set_aside(notice, kept);
                }
            }
            Arrived {
                show: scenario,
                typed: String::new(),
                entry,
                notice: Some(notice),
                set_aside_changed,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::keeper::DraftStatus;
    use super::super::store::{save_draft, saved_draft, set_aside_work, MemoryStore};
    use super::*;
    use funding_model::data::presets::Preset;

    fn fragment(preset: Preset) -> String {
        link::encode(&preset.scenario())
    }

    fn keeper_of(store: &mut MemoryStore, preset: Preset) -> Keeper {
        let known = saved_draft(store).map(Into::into);
        let mut keeper = Keeper::new(fragment(preset).into(), String::new(), known, false);
        keeper.save(store);
        keeper
    }

    #[test]
    fn back_to_an_own_entry_shows_its_scenario() {
        let cleveland = fragment(Preset::Cleveland2022);
        assert_eq!(
            arrive(true, &cleveland, &fragment(Preset::SouthYorkshire)),
            Arrival::OwnEntry(Some(Preset::Cleveland2022.scenario()))
        );
        assert_eq!(
            arrive(true, "v2.broken", &cleveland),
            Arrival::OwnEntry(None)
        );
    }

    #[test]
    fn a_pasted_link_sets_the_work_on_screen_aside() {
        let on_screen = fragment(Preset::SouthYorkshire);
        let Arrival::NewLink {
            scenario,
            set_aside,
            notice,
        } = arrive(false, &fragment(Preset::Cleveland2022), &on_screen)
        else {
            panic!("a pasted link is a new link");
        };
        assert_eq!(scenario, Some(Preset::Cleveland2022.scenario()));
        assert_eq!(set_aside, Some(on_screen));
        assert!(matches!(notice, Some(Notice::DraftSetAside { .. })));
    }

    #[test]
    fn a_pasted_bad_link_keeps_the_work_on_screen() {
        let on_screen = fragment(Preset::SouthYorkshire);
        let arrival = arrive(false, "v2.AAAA", &on_screen);
        let Arrival::NewLink {
            scenario, notice, ..
        } = arrival
        else {
            panic!("a pasted link is a new link");
        };
        assert_eq!(scenario, None);
        assert!(matches!(
            notice,
            Some(Notice::BadLink {
                showing: Showing::SavedDraft,
                ..
            })
        ));
        let other = arrive(false, "main-content", &on_screen);
        assert_eq!(
            other,
            Arrival::NewLink {
                scenario: None,
                set_aside: None,
                notice: None
            },
            "an in-page address is no scenario and changes nothing"
        );
    }

    #[test]
    fn a_link_arriving_sets_the_work_on_screen_aside() {
        let mut store = MemoryStore::default();
        let mut keeper = keeper_of(&mut store, Preset::SouthYorkshire);
        let cleveland = fragment(Preset::Cleveland2022);
        let arrived = arrive_at(&mut store, &mut keeper, false, &cleveland, "");
        assert_eq!(arrived.show, Some(Preset::Cleveland2022.scenario()));
        assert_eq!(arrived.entry, EntryWrite::Rewrite(cleveland));
        assert!(arrived.set_aside_changed);
        assert_eq!(
            set_aside_work(&store)[0].fragment,
            fragment(Preset::SouthYorkshire)
        );
        assert!(matches!(
            arrived.notice,
            Some(Some(Notice::DraftSetAside {
                kept: Kept::SetAside,
                ..
            }))
        ));
    }

    #[test]
    fn with_no_room_the_work_on_screen_is_held_and_the_notice_says_so() {
        let south_yorkshire = fragment(Preset::SouthYorkshire);
        let mut store = MemoryStore::with_room(south_yorkshire.len() + 40);
        let mut keeper = keeper_of(&mut store, Preset::SouthYorkshire);
        let arrived = arrive_at(
            &mut store,
            &mut keeper,
            false,
            &fragment(Preset::Cleveland2022),
            "",
        );
        assert!(!arrived.set_aside_changed);
        assert_eq!(keeper.status(), DraftStatus::Held);
        assert_eq!(saved_draft(&store), Some(south_yorkshire));
        assert!(matches!(
            arrived.notice,
            Some(Some(Notice::DraftSetAside {
                kept: Kept::InPlace,
                ..
            }))
        ));
    }

    #[test]
    fn back_to_an_own_entry_keeps_it_as_the_work_on_screen() {
        let mut store = MemoryStore::default();
        let mut keeper = keeper_of(&mut store, Preset::SouthYorkshire);
        let cleveland = fragment(Preset::Cleveland2022);
        save_draft(&mut store, "v4.other", "");
        let arrived = arrive_at(&mut store, &mut keeper, true, &cleveland, "");
        assert_eq!(arrived.entry, EntryWrite::Leave);
        assert_eq!(arrived.notice, None, "the notice is left as it is");
        assert_eq!(&**keeper.on_screen(), cleveland.as_str());
        assert_eq!(saved_draft(&store), Some(cleveland));
        let bad = arrive_at(&mut store, &mut keeper, false, "v2.AAAA", "");
        assert_eq!(
            bad.entry,
            EntryWrite::Leave,
            "a refused link's entry is left alone"
        );
        assert_eq!(bad.show, None);
        let skip_link = arrive_at(&mut store, &mut keeper, false, "main-content", "");
        assert_eq!(skip_link.entry, EntryWrite::Mark);
        assert_eq!(skip_link.show, None);
    }
}
