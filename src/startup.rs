//! What the calculator opens on, decided purely from the address bar's fragment and
//! the draft saved in the browser, so the order is tested natively:
//!
//! 1. a scenario link in the address bar wins;
//! 2. else the draft saved in this browser;
//! 3. else the South Yorkshire example.
//!
//! Opening a link never destroys a different saved draft: the draft is set aside,
//! where the user can get back to it, and a notice says so.

use crate::model::link::{self, LinkError};
use crate::model::presets::Preset;
use crate::model::Scenario;

/// Why the calculator opened on something other than what the user might expect.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The address bar held a scenario link that could not be opened.
    BadLink { message: String, showing: Showing },
    /// A link was opened, and the user's own different draft was set aside.
    DraftSetAside { draft_title: String },
    /// The saved draft could not be opened (perhaps saved by a newer version); it is
    /// kept, set aside, untouched.
    BadDraft { message: String },
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
}

/// Decides what to open, given the address bar's fragment and the saved draft.
pub fn decide(fragment: &str, saved_draft: Option<&str>) -> Startup {
    let draft = saved_draft.map(|text| (text, link::decode(text)));
    match link::decode(fragment) {
        Ok(from_link) => {
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
                    notice: Some(Notice::DraftSetAside { draft_title }),
                    set_aside: Some(text),
                },
                None => Startup {
                    scenario: from_link,
                    notice: None,
                    set_aside: None,
                },
            }
        }
        Err(error) => {
            let bad_link = (error != LinkError::NotAScenario).then(|| error.message());
            let (scenario, showing, draft_notice, set_aside) = match draft {
                Some((_, Ok(saved))) => (saved, Showing::SavedDraft, None, None),
                Some((text, Err(draft_error))) => (
                    Preset::SouthYorkshire.scenario(),
                    Showing::Example,
                    Some(Notice::BadDraft {
                        message: draft_error.message(),
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
                scenario,
                notice,
                set_aside,
            }
        }
    }
}

/// Whether two scenarios hold the same work, whatever ids they carry.
fn same_work(a: &Scenario, b: &Scenario) -> bool {
    link::encode(a) == link::encode(b)
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
                draft_title: Preset::Cleveland2022.scenario().title
            })
        );
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
    fn other_fragments_are_not_errors() {
        assert_eq!(decide("#main-content", None).notice, None);
    }
}
