//! The scenario file: versioned JSON that finance teams can read and other tools can
//! write. Documented in `docs/scenario-format.md`.
//!
//! Amounts are strings of pounds (`"52000.00"`) so no reader turns them into floating
//! point. Reading is for untrusted files: serde_json reads them in time linear in
//! their length and never panics; reading refuses unknown, duplicate and mistyped
//! members and newer versions, and checks every value as the editor would.
//!
//! - [`layout`]: the file's own types, one per JSON object, with serde's derives;
//! - [`from_file`] and [`to_file`]: between those types and the model, with
//!   [`agreement_file`] for what version 4 added (lines' terms, options' agreements)
//!   and [`appraisal_file`] for what version 5 added (the appraisal, options'
//!   benefits, version details).

mod agreement_file;
mod appraisal_file;
mod from_file;
mod header;
mod layout;
mod to_file;

use crate::data::scenario::Scenario;
use layout::{File, ScenarioV1, ScenarioV2};

/// Names the file's contents, so other JSON is not mistaken for a scenario.
pub const FORMAT_NAME: &str = "funding-scenario-calculator";
/// The newest file format version this calculator reads and writes. Files are written
/// in the oldest version that can hold the scenario (as links are, see
/// [`super::version_for`], [`super::uses_agreements`] and [`super::uses_appraisal`]);
/// version 1 files (one option, no spending plan), and version 2, 3 and 4 files, still
/// open.
pub const CURRENT_VERSION: u32 = 5;
/// Files larger than this are refused unread.
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// Why a file could not be opened. Opening a file that fails changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON at all (or not UTF-8 text): what is wrong, and where.
    NotJson(String),
    /// JSON, but not this calculator's.
    NotAScenarioFile(String),
    NewerVersion(u32),
    Invalid(String),
}

impl FileError {
    pub fn message(&self) -> String {
        let unchanged = "Nothing on screen has been changed.";
        let not_ours = "This file is not a scenario file from this calculator";
        match self {
            FileError::NotJson(detail) => {
                format!("{not_ours} (it is not a JSON file: {detail}). {unchanged}")
            }
            FileError::NotAScenarioFile(detail) => format!("{not_ours} ({detail}). {unchanged}"),
            FileError::NewerVersion(version) => format!(
                "This file was saved by a newer version of the calculator (file format {version}); \
                 this version reads format {CURRENT_VERSION} and earlier. Open it in the latest version. {unchanged}"
            ),
            FileError::Invalid(detail) => {
                format!("This scenario file cannot be opened: {detail}. {unchanged}")
            }
        }
    }
}

/// The file's text for `scenario`, pretty-printed so it reads well in an editor.
pub fn write(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(&to_file::file(scenario)).unwrap_or_default()
}

/// The scenario in a file's text.
pub fn read(text: &str) -> Result<Scenario, FileError> {
    read_bytes(text.as_bytes())
}

/// The scenario in a file's bytes, which must be UTF-8 text (a byte order mark is
/// passed over, as editors on Windows may write one).
pub fn read_bytes(bytes: &[u8]) -> Result<Scenario, FileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::NotAScenarioFile(
            "it is larger than any scenario file".to_string(),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        FileError::NotJson(format!(
            "byte {} is not UTF-8 text; save the file as UTF-8 and open it again",
            error.valid_up_to() + 1
        ))
    })?;
    let version = header::version(text)?;
    let scenario = match version {
        1 => parse::<ScenarioV1>(text).and_then(from_file::scenario_v1),
        _ => parse::<ScenarioV2>(text).and_then(|body| from_file::scenario_v2(body, version)),
    };
    let scenario = scenario.map_err(FileError::Invalid)?;
    scenario.check_limits().map_err(FileError::Invalid)?;
    Ok(scenario)
}

/// The file's scenario member, read as `S` (the file is known to be JSON by now).
fn parse<S: serde::de::DeserializeOwned>(text: &str) -> Result<S, String> {
    serde_json::from_str::<File<S>>(text)
        .map(|file| file.scenario)
        .map_err(|error| error.to_string())
}

/// What the file worker does when a file is opened: the file's bytes read, and the
/// scenario handed back as a link fragment (which the link format holds without
/// loss), or what is wrong with the file. The app's first load then carries no JSON
/// code: serde_json is in the worker, loaded when a file is first opened or saved.
pub fn file_to_fragment(bytes: &[u8]) -> Result<String, String> {
    read_bytes(bytes)
        .map(|scenario| crate::link::encode(&scenario))
        .map_err(|error| error.message())
}

/// What the file worker does when a scenario is saved: the scenario, given as a link
/// fragment, written as a file's text; `None` for a fragment that is not a scenario
/// (the app only ever sends its own).
pub fn fragment_to_file(fragment: &str) -> Option<String> {
    crate::link::decode(fragment)
        .ok()
        .map(|scenario| write(&scenario))
}

/// A file name for a scenario, from its title: `south-yorkshire-pool.json`. ASCII
/// letters and digits only, so it is safe on every system.
pub fn file_name(title: &str) -> String {
    let mut slug = String::new();
    for ch in title.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "funding-scenario.json".to_string()
    } else {
        format!("{slug}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            file_name("South Yorkshire: 2021 & beyond!"),
            "south-yorkshire-2021-beyond.json"
        );
        assert_eq!(file_name("  "), "funding-scenario.json");
        assert_eq!(file_name("<script>"), "script.json");
        assert!(file_name(&"a".repeat(500)).len() <= 65);
    }
}
