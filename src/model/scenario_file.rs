//! The scenario file: versioned JSON that finance teams can read and other tools can
//! write. Documented in `docs/scenario-format.md`.
//!
//! Amounts are strings of pounds (`"52000.00"`) so no reader turns them into floating
//! point. Reading is for untrusted files: it never panics, refuses unknown fields and
//! newer versions, and checks every value as the editor would.

use super::inputs::parse_amount;
use super::month::YearMonth;
use super::scenario::{Extension, Partner, PartnerKind, Scenario};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Names the file's contents, so other JSON is not mistaken for a scenario.
pub const FORMAT_NAME: &str = "funding-scenario-calculator";
/// The file format version this calculator writes.
pub const CURRENT_VERSION: u32 = 1;
/// Files larger than this are refused unread.
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// Why a file could not be opened. Opening a file that fails changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    NotAScenarioFile(String),
    NewerVersion(u32),
    Invalid(String),
}

impl FileError {
    pub fn message(&self) -> String {
        let unchanged = "Nothing on screen has been changed.";
        match self {
            FileError::NotAScenarioFile(detail) => format!(
                "This file is not a scenario file from this calculator ({detail}). {unchanged}"
            ),
            FileError::NewerVersion(version) => format!(
                "This file was saved by a newer version of the calculator (file format {version}); \
                 this version reads format {CURRENT_VERSION}. Open it in the latest version. {unchanged}"
            ),
            FileError::Invalid(detail) => {
                format!("This scenario file cannot be opened: {detail}. {unchanged}")
            }
        }
    }
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    format: String,
    version: u32,
    scenario: ScenarioV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ScenarioV1 {
    title: String,
    /// `YYYY-MM`.
    start: String,
    initial_term_years: u8,
    extensions: Vec<ExtensionV1>,
    partners: Vec<PartnerV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ExtensionV1 {
    months: u16,
    taken_up: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct PartnerV1 {
    name: String,
    kind: String,
    annual_contribution: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    amounts_by_year: BTreeMap<u16, String>,
}

/// The file's text for `scenario`, pretty-printed so it reads well in an editor.
pub fn write(scenario: &Scenario) -> String {
    let file = FileV1 {
        format: FORMAT_NAME.to_string(),
        version: CURRENT_VERSION,
        scenario: ScenarioV1 {
            title: scenario.title.clone(),
            start: format!("{:04}-{:02}", scenario.start.year(), scenario.start.month()),
            initial_term_years: scenario.initial_years,
            extensions: scenario
                .extensions
                .iter()
                .map(|e| ExtensionV1 {
                    months: e.months,
                    taken_up: e.taken,
                })
                .collect(),
            partners: scenario
                .partners
                .iter()
                .map(|p| PartnerV1 {
                    name: p.name.clone(),
                    kind: p.kind.code().to_string(),
                    annual_contribution: pounds(p.annual),
                    amounts_by_year: p
                        .year_amounts
                        .iter()
                        .map(|(y, a)| (*y, pounds(*a)))
                        .collect(),
                })
                .collect(),
        },
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The scenario in a file's text.
pub fn read(text: &str) -> Result<Scenario, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::NotAScenarioFile(
            "it is larger than any scenario file".to_string(),
        ));
    }
    let header: Header = serde_json::from_str(text)
        .map_err(|_| FileError::NotAScenarioFile("it is not a JSON file".to_string()))?;
    if header.format.as_deref() != Some(FORMAT_NAME) {
        return Err(FileError::NotAScenarioFile(format!(
            "it does not say \"format\": \"{FORMAT_NAME}\""
        )));
    }
    match header.version {
        Some(version) if version > CURRENT_VERSION => return Err(FileError::NewerVersion(version)),
        Some(CURRENT_VERSION) => {}
        _ => {
            return Err(FileError::Invalid(
                "its format version is missing or unknown".to_string(),
            ))
        }
    }
    let file: FileV1 =
        serde_json::from_str(text).map_err(|error| FileError::Invalid(error.to_string()))?;
    let scenario = from_v1(file.scenario).map_err(FileError::Invalid)?;
    scenario
        .check_limits()
        .map_err(|why| FileError::Invalid(super::lower_first(&why)))?;
    Ok(scenario)
}

fn from_v1(file: ScenarioV1) -> Result<Scenario, String> {
    let start = file
        .start
        .split_once('-')
        .and_then(|(year, month)| YearMonth::new(year.parse().ok()?, month.parse().ok()?))
        .ok_or_else(|| {
            format!(
                "the start \"{}\" is not a month from 2000-01 to 2100-12 written like 2021-02",
                file.start
            )
        })?;
    let amount = |text: &str, whose: &str| {
        parse_amount(text).map_err(|error| format!("{whose}: \"{text}\": {}", error.message()))
    };
    let mut partners = Vec::with_capacity(file.partners.len());
    for (index, partner) in file.partners.into_iter().enumerate() {
        let kind = PartnerKind::from_code(&partner.kind).ok_or_else(|| {
            format!(
                "partner {} has an unknown kind \"{}\"",
                index + 1,
                partner.kind
            )
        })?;
        let annual = amount(&partner.annual_contribution, &partner.name)?;
        let mut year_amounts = BTreeMap::new();
        for (year, text) in &partner.amounts_by_year {
            year_amounts.insert(*year, amount(text, &partner.name)?);
        }
        partners.push(Partner {
            id: index as u32 + 1,
            name: partner.name,
            kind,
            annual,
            year_amounts,
        });
    }
    let first_extension_id = partners.len() as u32 + 1;
    let extensions = file
        .extensions
        .into_iter()
        .enumerate()
        .map(|(index, e)| Extension {
            id: first_extension_id + index as u32,
            months: e.months,
            taken: e.taken_up,
        })
        .collect();
    Ok(Scenario {
        title: file.title,
        start,
        initial_years: file.initial_term_years,
        extensions,
        partners,
    })
}

fn pounds(amount: Decimal) -> String {
    format!("{:.2}", super::money::round_to_penny(amount))
}

/// A file name for a scenario, from its title: `south-yorkshire-pool.json`.
pub fn file_name(title: &str) -> String {
    let mut slug = String::new();
    for ch in title.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            slug.push(ch);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
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
