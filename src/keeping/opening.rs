//! What the calculator opens on, decided from the address bar's fragment and the draft
//! saved in the browser, tested natively:
//!
//! 1. a scenario link in the address bar wins;
//! 2. else the draft saved in this browser;
//! 3. else the South Yorkshire example.
//!
//! Opening a link never destroys a different saved draft: the draft is set aside,
//! where the user can get back to it, and a notice says so. Where the browser has no
//! room to set it aside, it stays where it is and is not saved over until the user
//! goes back to it or chooses to replace it.

use super::keeper::{HeldWork, Keeper};
use super::store::{saved_draft, saved_typed, set_aside, Store};
use crate::state::AppState;
use funding_model::data::presets::Preset;
use funding_model::link::{self, LinkError, Repair};
use funding_model::Scenario;
use std::rc::Rc;

/// Why the calculator opened on what it did, or what it could not do, when that needs
/// saying.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The address bar held a scenario link that could not be opened.
    BadLink { message: String, showing: Showing },
    /// A link was opened in place of the user's own different work, and `kept` says
    /// what became of it.
    DraftSetAside {
        draft_title: String,
        kept: Kept,
        repair: Option<Repair>,
    },
    /// The saved draft could not be opened (perhaps saved by a newer version). It is
    /// set aside untouched, or, if there was no room for that, left where it is and
    /// not saved over.
    BadDraft { message: String, kept: bool },
    /// A link opened once what a mail or chat program did to it was undone.
    Repaired(Repair),
    /// A scenario set aside was not opened: there was no room to set aside the one on
    /// screen in its place.
    NoRoomToSwitch,
}

/// What became of the user's own work when a link replaced it on screen: what the
/// notice says is what was written and read back.
#[derive(Clone, Debug, PartialEq)]
pub enum Kept {
    /// Set aside in this browser, among "Scenarios set aside".
    SetAside,
    /// There was no room to set it aside, but it is this browser's saved draft,
    /// unchanged, and nothing is saved over it until the user says so.
    InPlace,
    /// There was no room to set it aside and it is not saved in this browser (storage
    /// full or turned off, or another tab's work saved in its place): it is only in this
    /// tab, as this link fragment, until the user goes back to it or keeps it elsewhere.
    OnlyInThisTab(String),
}

/// What is on screen after a bad link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Showing {
    SavedDraft,
    Example,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    pub scenario: Scenario,
    pub notice: Option<Notice>,
    /// A saved draft (as its link fragment) to keep among the set-aside scenarios.
    pub set_aside: Option<String>,
    /// Whether what opens is the saved draft's work (from the draft, or from a link to
    /// the same work), so the text typed with it is restored too.
    pub is_draft: bool,
    /// The saved draft that must not be saved over: it was to be set aside, and the
    /// browser had no room (see [`Startup::set_aside_refused`]).
    pub held_draft: Option<String>,
}

impl Startup {
    /// The browser had no room to set the draft aside: it stays in place, held from
    /// being saved over, and the notice says so.
    pub fn set_aside_refused(mut self) -> Startup {
        self.held_draft = self.set_aside.take();
        self.notice = not_set_aside(self.notice, Kept::InPlace);
        self
    }
}

/// `notice`, told that the work it set aside could not be set aside after all (the
/// browser had no room), and what became of it instead.
pub fn not_set_aside(notice: Option<Notice>, kept: Kept) -> Option<Notice> {
    match notice {
        Some(Notice::DraftSetAside {
            draft_title,
            repair,
            ..
        }) => Some(Notice::DraftSetAside {
            draft_title,
            kept,
            repair,
        }),
        Some(Notice::BadDraft { message, .. }) => Some(Notice::BadDraft {
            message,
            kept: false,
        }),
        notice => notice,
    }
}

/// Decides what to open, given the address bar's fragment and the saved draft.
pub fn decide(fragment: &str, saved_draft: Option<&str>) -> Startup {
    let draft = saved_draft.map(|text| (text, link::decode(text)));
    match link::open_received(fragment) {
        Ok(received) => {
            let from_link = received.scenario;
            let different_draft = match &draft {
                Some((text, Ok(saved))) if !same_work(saved, &from_link) => {
                    Some((text.to_string(), saved.title.clone()))
                }
                Some((text, Err(_))) => Some((text.to_string(), String::new())),
                _ => None,
            };
            match different_draft {
                Some((text, draft_title)) => Startup {
                    scenario: from_link,
                    notice: Some(Notice::DraftSetAside {
                        draft_title,
                        kept: Kept::SetAside,
                        repair: received.repair,
                    }),
                    set_aside: Some(text),
                    is_draft: false,
                    held_draft: None,
                },
                None => Startup {
                    is_draft: matches!(&draft, Some((_, Ok(_)))),
                    scenario: from_link,
                    notice: received.repair.map(Notice::Repaired),
                    set_aside: None,
                    held_draft: None,
                },
            }
        }
        Err(error) => without_link(error, draft),
    }
}

/// What the app opens with: the state, why (when that needs saying), and the keeper of
/// the work, its first write done.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub state: AppState,
    pub notice: Option<Notice>,
    pub keeper: Keeper,
}

/// Opens the calculator on the address bar's `fragment` and the draft in `store`, in
/// the order of [`decide`]. The draft this displaces is set aside first; where there is
/// no room for that it is held in place ([`Startup::set_aside_refused`]), never
/// overwritten. Text typed with the draft comes back with its own work. Embedded in
/// another page, the calculator is a view: it reads and keeps no draft.
pub fn open(store: &mut dyn Store, fragment: &str, embedded: bool) -> Opened {
    let saved = if embedded { None } else { saved_draft(store) };
    let mut startup = decide(fragment, saved.as_deref());
    if let Some(draft) = &startup.set_aside {
        let typed = saved_typed(store);
        if !set_aside(store, draft, &typed) {
            startup = startup.set_aside_refused();
        }
    }
    let typed = if startup.is_draft {
        saved_typed(store)
    } else {
        String::new()
    };
    let state = AppState::with_typed(startup.scenario, &typed);
    open_on(store, state, startup.notice, startup.held_draft, embedded)
}

/// Opens on `state`, saved as the draft at once (unless a draft is held from being
/// saved over, or embedded), so the page says from the start whether work is kept.
pub fn open_on(
    store: &mut dyn Store,
    state: AppState,
    notice: Option<Notice>,
    held: Option<String>,
    embedded: bool,
) -> Opened {
    let fragment: Rc<str> = link::encode(&state.scenario).into();
    let typed = state.drafts.to_keep();
    let known = saved_draft(store).map(Rc::from);
    let mut keeper = Keeper::new(fragment, typed, known, embedded);
    match held {
        Some(draft) => {
            let typed = saved_typed(store);
            keeper.hold(
                store,
                HeldWork {
                    fragment: draft.into(),
                    typed,
                },
            )
        }
        None => keeper.save(store),
    };
    Opened {
        state,
        notice,
        keeper,
    }
}

/// Opening on the saved draft, or the example, when the fragment is no scenario (or a
/// bad one, which the notice then names).
fn without_link(error: LinkError, draft: Option<(&str, Result<Scenario, LinkError>)>) -> Startup {
    let bad_link = (error != LinkError::NotAScenario).then(|| error.message());
    let (scenario, showing, draft_notice, set_aside) = match draft {
        Some((_, Ok(saved))) => (saved, Showing::SavedDraft, None, None),
        Some((text, Err(draft_error))) => (
            Preset::SouthYorkshire.scenario(),
            Showing::Example,
            Some(Notice::BadDraft {
                message: draft_error.message(),
                kept: true,
            }),
            Some(text.to_string()),
        ),
        None => (
            Preset::SouthYorkshire.scenario(),
            Showing::Example,
            None,
            None,
        ),
    };
    let notice = match bad_link {
        Some(message) => Some(Notice::BadLink { message, showing }),
        None => draft_notice,
    };
    Startup {
        is_draft: showing == Showing::SavedDraft,
        scenario,
        notice,
        set_aside,
        held_draft: None,
    }
}

/// Whether `scenario` is one of the examples, or a new scenario not yet filled in:
/// nothing of the user's own to keep when another replaces it.
pub fn is_example_or_blank(scenario: &Scenario) -> bool {
    let blank = Scenario::blank(scenario.active_option().start);
    Preset::ALL
        .iter()
        .map(|preset| preset.scenario())
        .chain([blank])
        .any(|other| same_work(scenario, &other))
}

/// Whether two scenarios hold the same work, whatever ids they carry: one encoding
/// each, in full, is enough to compare.
fn same_work(a: &Scenario, b: &Scenario) -> bool {
    link::encode_in_full(a) == link::encode_in_full(b)
}

#[cfg(test)]
mod tests {
    use super::super::keeper::DraftStatus;
    use super::super::store::{save_draft, set_aside_work, MemoryStore};
    use super::*;

    fn fragment(preset: Preset) -> String {
        link::encode(&preset.scenario())
    }

    #[test]
    fn with_nothing_saved_it_opens_on_south_yorkshire() {
        let startup = decide("", None);
        assert_eq!(
            startup.scenario.title,
            Preset::SouthYorkshire.scenario().title
        );
        assert_eq!(startup.notice, None);
    }

    #[test]
    fn a_saved_draft_comes_next() {
        let startup = decide("", Some(&fragment(Preset::Cleveland2022)));
        assert_eq!(
            startup.scenario.title,
            Preset::Cleveland2022.scenario().title
        );
        assert_eq!(startup.notice, None);
        assert_eq!(startup.set_aside, None);
    }

    #[test]
    fn a_link_wins_and_sets_a_different_draft_aside() {
        let draft = fragment(Preset::Cleveland2022);
        let startup = decide(
            &format!("#{}", fragment(Preset::SouthYorkshire)),
            Some(&draft),
        );
        assert_eq!(
            startup.scenario.title,
            Preset::SouthYorkshire.scenario().title
        );
        assert_eq!(startup.set_aside.as_deref(), Some(draft.as_str()));
        assert_eq!(
            startup.notice,
            Some(Notice::DraftSetAside {
                draft_title: Preset::Cleveland2022.scenario().title,
                kept: Kept::SetAside,
                repair: None,
            })
        );
    }

    #[test]
    fn with_no_room_to_set_it_aside_the_draft_is_held_in_place() {
        let draft = fragment(Preset::Cleveland2022);
        let startup = decide(&fragment(Preset::SouthYorkshire), Some(&draft)).set_aside_refused();
        assert_eq!(startup.set_aside, None);
        assert_eq!(startup.held_draft.as_deref(), Some(draft.as_str()));
        assert!(matches!(
            startup.notice,
            Some(Notice::DraftSetAside {
                kept: Kept::InPlace,
                ..
            })
        ));
        let unreadable = decide("", Some("v9.future")).set_aside_refused();
        assert_eq!(unreadable.held_draft.as_deref(), Some("v9.future"));
        assert!(matches!(
            unreadable.notice,
            Some(Notice::BadDraft { kept: false, .. })
        ));
        let nothing_to_hold = decide("", Some(&draft)).set_aside_refused();
        assert_eq!(nothing_to_hold.held_draft, None);
        assert_eq!(nothing_to_hold.notice, None);
    }

    #[test]
    fn a_link_as_mail_delivers_it_opens_and_says_it_was_repaired() {
        let link = fragment(Preset::SouthYorkshire);
        let startup = decide(&format!("#{}).", link.replacen('.', "%2E", 1)), None);
        assert_eq!(startup.scenario, Preset::SouthYorkshire.scenario());
        let Some(Notice::Repaired(repair)) = startup.notice else {
            panic!("the repair is told: {:?}", startup.notice);
        };
        assert_eq!(repair.decoded.as_deref(), Some("%2E"));
        assert_eq!(repair.removed, ").");
        let with_draft = decide(&format!("{link}."), Some(&fragment(Preset::Cleveland2022)));
        assert!(matches!(
            with_draft.notice,
            Some(Notice::DraftSetAside {
                repair: Some(_),
                kept: Kept::SetAside,
                ..
            })
        ));
    }

    #[test]
    fn reopening_the_same_work_sets_nothing_aside() {
        let same = fragment(Preset::SouthYorkshire);
        let startup = decide(&same, Some(&same));
        assert_eq!(startup.notice, None);
        assert_eq!(startup.set_aside, None);
    }

    #[test]
    fn a_bad_link_says_so_and_opens_the_saved_draft() {
        let link = fragment(Preset::SouthYorkshire);
        let cut = &link[..link.len() / 2];
        let startup = decide(cut, Some(&fragment(Preset::Cleveland2022)));
        assert_eq!(
            startup.scenario.title,
            Preset::Cleveland2022.scenario().title
        );
        assert!(matches!(
            startup.notice,
            Some(Notice::BadLink {
                showing: Showing::SavedDraft,
                ..
            })
        ));
        assert_eq!(startup.set_aside, None, "the draft is open, not set aside");
    }

    #[test]
    fn an_unreadable_draft_is_kept_and_the_example_opens() {
        let startup = decide("", Some("v9.future"));
        assert_eq!(
            startup.scenario.title,
            Preset::SouthYorkshire.scenario().title
        );
        assert!(matches!(startup.notice, Some(Notice::BadDraft { .. })));
        assert_eq!(startup.set_aside.as_deref(), Some("v9.future"));
    }

    #[test]
    fn examples_and_blank_scenarios_are_not_work_to_keep() {
        for preset in Preset::ALL {
            assert!(is_example_or_blank(&preset.scenario()));
        }
        let start = funding_model::YearMonth::next_april(2026, 12);
        assert_eq!(start, funding_model::YearMonth::new(2027, 4).unwrap());
        assert!(is_example_or_blank(&Scenario::blank(start)));
        let mut edited = Preset::SouthYorkshire.scenario();
        edited.title.push_str(" (draft)");
        assert!(!is_example_or_blank(&edited));
        let mut named = Scenario::blank(start);
        named.options[0].partners[0].name = "Bolton Council".to_string();
        assert!(!is_example_or_blank(&named));
    }

    #[test]
    fn other_fragments_are_not_errors() {
        assert_eq!(decide("#main-content", None).notice, None);
    }

    #[test]
    fn opening_sets_a_different_draft_aside_and_saves_what_opens() {
        let mut store = MemoryStore::default();
        let draft = fragment(Preset::Cleveland2022);
        save_draft(&mut store, &draft, "");
        let opened = open(&mut store, &fragment(Preset::SouthYorkshire), false);
        assert_eq!(*opened.state.scenario, Preset::SouthYorkshire.scenario());
        assert_eq!(set_aside_work(&store)[0].fragment, draft);
        assert_eq!(saved_draft(&store), Some(fragment(Preset::SouthYorkshire)));
        assert_eq!(opened.keeper.status(), DraftStatus::Saved);
    }

    #[test]
    fn with_no_room_to_set_the_draft_aside_it_is_held_unchanged() {
        let draft = fragment(Preset::Cleveland2022);
        let mut store = MemoryStore::with_room(draft.len() + 40);
        assert!(save_draft(&mut store, &draft, ""));
        let opened = open(&mut store, &fragment(Preset::SouthYorkshire), false);
        assert_eq!(opened.keeper.status(), DraftStatus::Held);
        assert_eq!(
            saved_draft(&store),
            Some(draft),
            "the draft is not saved over"
        );
        assert!(matches!(
            opened.notice,
            Some(Notice::DraftSetAside {
                kept: Kept::InPlace,
                ..
            })
        ));
    }

    #[test]
    fn with_storage_refused_nothing_is_said_to_be_kept() {
        let mut store = MemoryStore {
            refused: true,
            ..MemoryStore::default()
        };
        let opened = open(&mut store, "", false);
        assert_eq!(opened.keeper.status(), DraftStatus::Refused);
        let embedded = open(&mut MemoryStore::default(), "", true);
        assert_eq!(embedded.keeper.status(), DraftStatus::Embedded);
    }

    #[test]
    fn text_typed_with_the_draft_comes_back_with_it() {
        let mut store = MemoryStore::default();
        let mut state = AppState::new(Preset::Cleveland2022.scenario());
        let partner = state.option().partners[0].id;
        let field = crate::state::Field::Annual(crate::state::LineRef {
            list: funding_model::LineList::Partners,
            id: partner,
        });
        state = state.apply(crate::state::Action::Type(field, "12x".to_string()));
        open_on(&mut store, state, None, None, false);
        let reopened = open(&mut store, "", false);
        assert_eq!(reopened.state.drafts.to_keep(), saved_typed(&store));
        assert!(saved_typed(&store).contains("12x"));
    }

    #[test]
    fn typed_text_comes_back_only_with_its_own_work() {
        let own = fragment(Preset::SouthYorkshire);
        assert!(decide("", Some(&own)).is_draft, "the draft itself");
        assert!(decide(&own, Some(&own)).is_draft, "a reload: the same work");
        let other = fragment(Preset::Cleveland2022);
        assert!(!decide(&other, Some(&own)).is_draft, "a different link");
        assert!(!decide("", None).is_draft, "the example");
    }
}
