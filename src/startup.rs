//! What the calculator opens on, decided purely from the address bar's fragment and
//! the draft saved in the browser, so the order is tested natively:
//!
//! 1. a scenario link in the address bar wins;
//! 2. else the draft saved in this browser;
//! 3. else the South Yorkshire example.
//!
//! Opening a link never destroys a different saved draft: the draft is set aside,
//! where the user can get back to it, and a notice says so. Where the browser has no
//! room to set it aside, it stays where it is and is not saved over until the user
//! goes back to it or chooses to replace it.

use crate::model::data::presets::Preset;
use crate::model::link::{self, LinkError, Repair};
use crate::model::Scenario;

/// Why the calculator opened on what it did, or what it could not do, when that needs
/// saying.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The address bar held a scenario link that could not be opened.
    BadLink { message: String, showing: Showing },
    /// A link was opened in place of the user's own different draft. `kept`: the draft
    /// was set aside. If the browser had no room to set it aside, it stays where it is
    /// and the work on screen is not saved over it until the user says so.
    DraftSetAside {
        draft_title: String,
        kept: bool,
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
        self.notice = not_set_aside(self.notice);
        self
    }
}

/// `notice`, told that the draft it set aside could not be set aside after all (the
/// browser had no room), so the draft stays where it is, held from being saved over.
pub fn not_set_aside(notice: Option<Notice>) -> Option<Notice> {
    match notice {
        Some(Notice::DraftSetAside {
            draft_title,
            repair,
            ..
        }) => Some(Notice::DraftSetAside {
            draft_title,
            kept: false,
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
                        kept: true,
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
                kept: true,
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
            Some(Notice::DraftSetAside { kept: false, .. })
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
                kept: true,
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
        let start = crate::model::YearMonth::next_april(2026, 12);
        assert_eq!(start, crate::model::YearMonth::new(2027, 4).unwrap());
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
    fn typed_text_comes_back_only_with_its_own_work() {
        let own = fragment(Preset::SouthYorkshire);
        assert!(decide("", Some(&own)).is_draft, "the draft itself");
        assert!(decide(&own, Some(&own)).is_draft, "a reload: the same work");
        let other = fragment(Preset::Cleveland2022);
        assert!(!decide(&other, Some(&own)).is_draft, "a different link");
        assert!(!decide("", None).is_draft, "the example");
    }
}
