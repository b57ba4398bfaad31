//! The scenario file: versioned JSON that finance teams can read and other tools can
//! write. Documented in `docs/scenario-format.md`.
//!
//! Amounts are strings of pounds (`"52000.00"`) so no reader turns them into floating
//! point. Reading is for untrusted files: it never panics, refuses unknown fields and
//! newer versions, and checks every value as the editor would.

use super::inputs::parse_amount;
use super::json::{self, Json};
use super::money::{format_plain_pounds, to_pence};
use super::month::YearMonth;
use super::scenario::{
    Activity, Extension, FundingOption, MatchRule, Partner, PartnerKind, Scenario, Uplift,
};
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

fn text(value: &str) -> Json {
    Json::String(value.to_string())
}

fn object(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// The file's content for `scenario` as JSON.
pub fn to_json(scenario: &Scenario) -> Json {
    let title = &scenario.title;
    let scenario = scenario.active_option();
    let extensions = scenario
        .extensions
        .iter()
        .map(|e| {
            object(vec![
                ("months", Json::Number(e.months.to_string())),
                ("takenUp", Json::Bool(e.taken)),
            ])
        })
        .collect();
    let partners = scenario
        .partners
        .iter()
        .map(|p| {
            let mut members = vec![
                ("name", text(&p.name)),
                ("kind", text(p.kind.code())),
                (
                    "annualContribution",
                    text(&format_plain_pounds(to_pence(p.annual))),
                ),
            ];
            if !p.year_amounts.is_empty() {
                let years = p
                    .year_amounts
                    .iter()
                    .map(|(year, amount)| {
                        (
                            year.to_string(),
                            text(&format_plain_pounds(to_pence(*amount))),
                        )
                    })
                    .collect();
                members.push(("amountsByYear", Json::Object(years)));
            }
            object(members)
        })
        .collect();
    object(vec![
        ("format", text(FORMAT_NAME)),
        ("version", Json::Number(CURRENT_VERSION.to_string())),
        (
            "scenario",
            object(vec![
                ("title", text(title)),
                (
                    "start",
                    text(&format!(
                        "{:04}-{:02}",
                        scenario.start.year(),
                        scenario.start.month()
                    )),
                ),
                (
                    "initialTermYears",
                    Json::Number(scenario.initial_years.to_string()),
                ),
                ("extensions", Json::Array(extensions)),
                ("partners", Json::Array(partners)),
            ]),
        ),
    ])
}

/// The file's text for `scenario`, pretty-printed so it reads well in an editor.
pub fn write(scenario: &Scenario) -> String {
    json::write_pretty(&to_json(scenario))
}

/// The scenario in a file's text.
pub fn read(text: &str) -> Result<Scenario, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::NotAScenarioFile(
            "it is larger than any scenario file".to_string(),
        ));
    }
    let file = json::parse(text)
        .map_err(|_| FileError::NotAScenarioFile("it is not a JSON file".to_string()))?;
    if file.get("format") != Some(&Json::String(FORMAT_NAME.to_string())) {
        return Err(FileError::NotAScenarioFile(format!(
            "it does not say \"format\": \"{FORMAT_NAME}\""
        )));
    }
    match file.get("version").and_then(whole_number) {
        Some(version) if version > u64::from(CURRENT_VERSION) => {
            return Err(FileError::NewerVersion(
                u32::try_from(version).unwrap_or(u32::MAX),
            ))
        }
        Some(version) if version == u64::from(CURRENT_VERSION) => {}
        _ => {
            return Err(FileError::Invalid(
                "its format version is missing or unknown".to_string(),
            ))
        }
    }
    let scenario = read_v1(&file).map_err(FileError::Invalid)?;
    scenario.check_limits().map_err(FileError::Invalid)?;
    Ok(scenario)
}

/// A non-negative whole number written without fraction or exponent.
fn whole_number(value: &Json) -> Option<u64> {
    match value {
        Json::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
        _ => None,
    }
}

/// The members of an object, refusing unknown ones (usually a typo).
fn members<'a>(
    value: &'a Json,
    what: &str,
    allowed: &[&str],
) -> Result<&'a [(String, Json)], String> {
    let Json::Object(members) = value else {
        return Err(format!("{what} must be an object, not {}", value.kind()));
    };
    if let Some((unknown, _)) = members
        .iter()
        .find(|(key, _)| !allowed.contains(&key.as_str()))
    {
        return Err(format!(
            "unknown field `{unknown}` in {what}, expected one of {}",
            allowed.join(", ")
        ));
    }
    Ok(members)
}

fn field<'a>(value: &'a Json, key: &str) -> Result<&'a Json, String> {
    value
        .get(key)
        .ok_or_else(|| format!("missing field `{key}`"))
}

fn text_field(value: &Json, key: &str) -> Result<String, String> {
    match field(value, key)? {
        Json::String(text) => Ok(text.clone()),
        other => Err(format!("`{key}` must be text, not {}", other.kind())),
    }
}

fn number_field(value: &Json, key: &str, max: u64) -> Result<u64, String> {
    field(value, key).and_then(|v| {
        whole_number(v)
            .filter(|n| *n <= max)
            .ok_or_else(|| format!("`{key}` must be a whole number up to {max}"))
    })
}

fn list_field<'a>(value: &'a Json, key: &str) -> Result<&'a [Json], String> {
    match field(value, key)? {
        Json::Array(items) => Ok(items),
        other => Err(format!("`{key}` must be a list, not {}", other.kind())),
    }
}

fn read_v1(file: &Json) -> Result<Scenario, String> {
    members(file, "the file", &["format", "version", "scenario"])?;
    let body = field(file, "scenario")?;
    members(
        body,
        "the scenario",
        &[
            "title",
            "start",
            "initialTermYears",
            "extensions",
            "partners",
        ],
    )?;
    let start_text = text_field(body, "start")?;
    let start = start_text
        .split_once('-')
        .and_then(|(year, month)| YearMonth::new(year.parse().ok()?, month.parse().ok()?))
        .ok_or_else(|| {
            format!("the start \"{start_text}\" is not a month from 2000-01 to 2100-12 written like 2021-02")
        })?;
    let amount = |text: &str, whose: &str| {
        parse_amount(text).map_err(|error| format!("{whose}: \"{text}\": {}", error.message()))
    };
    let mut partners = Vec::new();
    for (index, item) in list_field(body, "partners")?.iter().enumerate() {
        members(
            item,
            "a partner",
            &["name", "kind", "annualContribution", "amountsByYear"],
        )?;
        let name = text_field(item, "name")?;
        let kind_code = text_field(item, "kind")?;
        let kind = PartnerKind::from_code(&kind_code)
            .ok_or_else(|| format!("partner {} has an unknown kind \"{kind_code}\"", index + 1))?;
        let annual = amount(&text_field(item, "annualContribution")?, &name)?;
        let mut year_amounts = BTreeMap::new();
        if let Some(years) = item.get("amountsByYear") {
            let Json::Object(years) = years else {
                return Err(format!("`amountsByYear` of {name} must be an object"));
            };
            for (year, value) in years {
                let year: u16 = year.parse().map_err(|_| {
                    format!("{name} has an amount for \"{year}\", which is not a contract year")
                })?;
                let Json::String(value) = value else {
                    return Err(format!(
                        "{name}'s amount for year {year} must be text, like \"52000.00\""
                    ));
                };
                year_amounts.insert(year, amount(value, &name)?);
            }
        }
        partners.push(Partner {
            id: index as u32 + 1,
            name,
            kind,
            annual,
            year_amounts,
            uplift: Uplift::NONE,
        });
    }
    let mut extensions = Vec::new();
    for item in list_field(body, "extensions")? {
        members(item, "an extension", &["months", "takenUp"])?;
        let months = number_field(item, "months", u64::from(u16::MAX))? as u16;
        let taken = match field(item, "takenUp")? {
            Json::Bool(taken) => *taken,
            other => {
                return Err(format!(
                    "`takenUp` must be true or false, not {}",
                    other.kind()
                ))
            }
        };
        let id = (partners.len() + extensions.len()) as u32 + 1;
        extensions.push(Extension { id, months, taken });
    }
    let option = FundingOption {
        name: "Option 1".to_string(),
        start,
        initial_years: number_field(body, "initialTermYears", u64::from(u8::MAX))? as u8,
        extensions,
        partners,
        cost_lines: Vec::new(),
        match_rule: MatchRule::NoRule,
        activity: Activity::default(),
    };
    Ok(Scenario::single(&text_field(body, "title")?, option))
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
