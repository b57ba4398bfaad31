//! Links as people receive them. Mail and chat programs percent-encode a link's
//! characters (`v2%2E…`) and take the punctuation after it into it (`…Xy).`,
//! `…Xy>`, `…Xy%20`). A link is opened as it is if it can be; if not, it is decoded
//! and the characters after its last base64url character are set apart, and it opens
//! only if its checksum then matches, so what opens is exactly what was sent. The
//! user is told what was repaired. Linear in the link's length.

use super::{decode, LinkError};
use crate::Scenario;

/// A scenario opened from a link as received, and what had to be repaired.
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    pub scenario: Scenario,
    pub repair: Option<Repair>,
}

/// What was done to a received link to open it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    /// Its first percent-escape (`%2E`), if it had any: they were decoded.
    pub decoded: Option<String>,
    /// The characters after the link that were set apart (`).`), if any.
    pub removed: String,
}

impl Repair {
    /// What was repaired, for the notice on screen.
    pub fn message(&self) -> String {
        let mut done = Vec::new();
        if let Some(escape) = &self.decoded {
            done.push(format!(
                "it had been encoded (“{escape}” and the like), so it was decoded"
            ));
        }
        if !self.removed.is_empty() {
            done.push(format!(
                "it had {} added at its end, which was removed",
                described(&self.removed)
            ));
        }
        format!(
            "The link was repaired before it opened: {}. Its checksum matched, so the \
             scenario is exactly as it was sent.",
            done.join("; and ")
        )
    }
}

/// Characters as a person can see them: spaces named, anything else quoted (at most 20
/// characters of it, with "…" if there were more).
fn described(text: &str) -> String {
    if text.chars().all(char::is_whitespace) {
        return match text.chars().count() {
            1 => "a space".to_string(),
            _ => "spaces".to_string(),
        };
    }
    let mut short: String = text.chars().take(20).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    format!("“{short}”")
}

/// Opens `fragment` as received: as it is if it can be, else repaired if the repair
/// gives a link whose checksum matches. A leading `#` is allowed.
pub fn open_received(fragment: &str) -> Result<Received, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let first = decode(fragment);
    if !matches!(first, Err(LinkError::Damaged | LinkError::NotAScenario)) {
        return first.map(|scenario| Received {
            scenario,
            repair: None,
        });
    }
    let decoded = percent_decoded(fragment);
    let text = decoded.as_deref().unwrap_or(fragment);
    let end = text
        .rfind(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        .map_or(0, |at| at + 1);
    let repair = Repair {
        decoded: decoded.is_some().then(|| first_escape(fragment)),
        removed: text[end..].to_string(),
    };
    if repair.decoded.is_none() && repair.removed.is_empty() {
        return first.map(|scenario| Received {
            scenario,
            repair: None,
        });
    }
    match decode(&text[..end]) {
        Ok(scenario) => Ok(Received {
            scenario,
            repair: Some(repair),
        }),
        Err(LinkError::NotAScenario) => first.map(|scenario| Received {
            scenario,
            repair: None,
        }),
        Err(error) => Err(error),
    }
}

/// The first `%XX` in `text`, as written.
fn first_escape(text: &str) -> String {
    let at = text.find('%').unwrap_or(0);
    text.get(at..at + 3).unwrap_or("%").to_string()
}

/// `text` with its `%XX` escapes decoded, if it has any that decode to UTF-8 text.
fn percent_decoded(text: &str) -> Option<String> {
    if !text.contains('%') {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let escape = bytes.get(at + 1..at + 3).and_then(|hex| {
            let hex = std::str::from_utf8(hex).ok()?;
            u8::from_str_radix(hex, 16).ok()
        });
        match (bytes[at], escape) {
            (b'%', Some(byte)) => {
                out.push(byte);
                at += 3;
            }
            (byte, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;
    use crate::link::encode;

    fn cleveland() -> (String, Scenario) {
        let scenario = Preset::Cleveland2022.scenario();
        (encode(&scenario), scenario)
    }

    #[test]
    fn an_intact_link_opens_with_nothing_repaired() {
        let (link, scenario) = cleveland();
        assert_eq!(
            open_received(&format!("#{link}")),
            Ok(Received {
                scenario,
                repair: None
            })
        );
    }

    #[test]
    fn punctuation_and_spaces_after_a_link_are_set_apart() {
        let (link, _) = cleveland();
        let tails = [
            (").", ").", None),
            (",", ",", None),
            (">", ">", None),
            (" ", " ", None),
            ("\"", "\"", None),
            ("'>.", "'>.", None),
            ("%20", " ", Some("%20")),
            ("%3E", ">", Some("%3E")),
        ];
        for (tail, removed, decoded) in tails {
            let received = open_received(&format!("{link}{tail}")).unwrap();
            let repair = received.repair.expect(tail);
            assert_eq!(
                (repair.removed.as_str(), repair.decoded.as_deref()),
                (removed, decoded)
            );
        }
        let repair = open_received(&format!("{link}).")).unwrap().repair.unwrap();
        assert_eq!(
            repair,
            Repair {
                decoded: None,
                removed: ").".to_string()
            }
        );
        assert_eq!(
            repair.message(),
            "The link was repaired before it opened: it had “).” added at its end, which was \
             removed. Its checksum matched, so the scenario is exactly as it was sent."
        );
    }

    #[test]
    fn a_percent_encoded_link_is_decoded() {
        let (link, scenario) = cleveland();
        let encoded = link.replacen('.', "%2E", 1).replace('-', "%2D");
        let received = open_received(&encoded).unwrap();
        assert_eq!(received.scenario, scenario);
        assert_eq!(
            received.repair,
            Some(Repair {
                decoded: Some("%2E".to_string()),
                removed: String::new()
            })
        );
        let both = open_received(&format!("{encoded}%20"))
            .unwrap()
            .repair
            .unwrap();
        assert_eq!(both.removed, " ");
        assert_eq!(
            both.message(),
            "The link was repaired before it opened: it had been encoded (“%2E” and the \
             like), so it was decoded; and it had a space added at its end, which was \
             removed. Its checksum matched, so the scenario is exactly as it was sent."
        );
    }

    #[test]
    fn a_link_cut_short_or_changed_stays_damaged() {
        let (link, _) = cleveland();
        let cut = &link[..link.len() - 3];
        assert_eq!(open_received(&format!("{cut}).")), Err(LinkError::Damaged));
        let changed = link.replacen('A', "B", 1);
        assert_eq!(
            open_received(&format!("{changed}.")),
            Err(LinkError::Damaged)
        );
        assert_eq!(open_received("#main-content"), Err(LinkError::NotAScenario));
        assert_eq!(open_received("%zz"), Err(LinkError::NotAScenario));
        assert_eq!(open_received("%E2%82"), Err(LinkError::NotAScenario));
    }

    #[test]
    fn long_removals_are_shortened_in_the_message() {
        let repair = Repair {
            decoded: None,
            removed: ").".repeat(50),
        };
        assert!(repair.message().contains("“).).).).).).).).).).…”"));
    }
}
