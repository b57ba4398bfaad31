//! The scenario file: versioned JSON that finance teams can read and other tools can
//! write. Documented in `docs/scenario-format.md`.
//!
//! Amounts are strings of pounds (`"52000.00"`) so no reader turns them into floating
//! point. Reading is for untrusted files: it never panics, refuses unknown fields and
//! newer versions, and checks every value as the editor would.

mod json;

use json::Json;

use crate::model::data::inputs::{parse_amount, parse_percent};
use crate::model::data::limits::{
    MAX_ACTIVITY_PER_YEAR, MAX_CONTRACT_YEARS, MAX_DEMAND_CHANGE, MAX_GRANT_MATCH, MAX_OPTIONS,
    MAX_UPLIFT,
};
use crate::model::data::line::{Line, LineKind, LineList, Uplift, YearAmounts};
use crate::model::data::money::{format_plain_pounds, to_pence, Percent};
use crate::model::data::month::YearMonth;
use crate::model::data::scenario::{Activity, Extension, FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;

/// Names the file's contents, so other JSON is not mistaken for a scenario.
pub const FORMAT_NAME: &str = "funding-scenario-calculator";
/// The newest file format version this calculator reads and writes. Files are written
/// in the oldest version that can hold the scenario (as links are, see
/// [`super::version_for`]); version 1 files (one option, no spending plan)
/// and version 2 files still open.
pub const CURRENT_VERSION: u32 = 3;
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
                 this version reads format {CURRENT_VERSION} and earlier. Open it in the latest version. {unchanged}"
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

fn number(value: impl ToString) -> Json {
    Json::Number(value.to_string())
}

/// Pounds as plain text with two decimal places: `"52000.00"`.
fn pounds(amount: Decimal) -> Json {
    text(&format_plain_pounds(to_pence(amount)))
}

/// A percentage as plain text with two decimal places: `"2.50"`.
fn percent(value: Percent) -> Json {
    text(value.label().trim_end_matches('%'))
}

fn object(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// The member holding a line's annual amount: it says what the amount is.
fn annual_key(list: LineList) -> &'static str {
    match list {
        LineList::Partners => "annualContribution",
        LineList::CostLines => "annualCost",
    }
}

/// A partner or a cost line. `amountsByYear` and `uplift` are left out when empty or
/// none.
fn line_json<K: LineKind>(line: &Line<K>) -> Json {
    let mut members = vec![
        ("name", text(&line.name)),
        ("kind", text(line.kind.code())),
        (annual_key(K::LIST), pounds(line.annual)),
    ];
    if !line.year_amounts.is_empty() {
        let years = line
            .year_amounts
            .iter()
            .map(|(year, amount)| (year.to_string(), pounds(*amount)))
            .collect();
        members.push(("amountsByYear", Json::Object(years)));
    }
    if line.uplift != Uplift::NONE {
        members.push((
            "uplift",
            object(vec![
                ("percent", percent(line.uplift.percent)),
                ("fromYear", number(line.uplift.from_year)),
            ]),
        ));
    }
    object(members)
}

fn lines_json<K: LineKind>(lines: &[Line<K>]) -> Json {
    Json::Array(lines.iter().map(line_json).collect())
}

fn option_json(option: &FundingOption) -> Json {
    let extensions = option
        .extensions
        .iter()
        .map(|e| {
            object(vec![
                ("months", number(e.months)),
                ("takenUp", Json::Bool(e.taken)),
            ])
        })
        .collect();
    let start = option.start;
    let mut members = vec![
        ("name", text(&option.name)),
        (
            "start",
            text(&format!("{:04}-{:02}", start.year(), start.month())),
        ),
        ("initialTermYears", number(option.initial_years)),
        ("extensions", Json::Array(extensions)),
        ("partners", lines_json(&option.partners)),
    ];
    if !option.cost_lines.is_empty() {
        members.push(("costLines", lines_json(&option.cost_lines)));
    }
    let rule = match option.match_rule {
        MatchRule::NoRule => None,
        MatchRule::MinimumLocalShare(share) => Some(("minimumLocalShare", percent(share))),
        MatchRule::MinimumLocalAmount(amount) => Some(("minimumLocalAmount", pounds(amount))),
        MatchRule::MinimumShareOfGrant(share) => Some(("minimumShareOfGrant", percent(share))),
    };
    if let Some(rule) = rule {
        members.push(("matchRule", object(vec![rule])));
    }
    let activity = option.activity;
    let activity: Vec<_> = [
        ("referralsPerYear", i64::from(activity.referrals_per_year)),
        (
            "completionsPerYear",
            i64::from(activity.completions_per_year),
        ),
        (
            "demandChangePercent",
            i64::from(activity.demand_change_percent),
        ),
    ]
    .into_iter()
    .filter(|(_, value)| *value != 0)
    .map(|(key, value)| (key, number(value)))
    .collect();
    if !activity.is_empty() {
        members.push(("activity", object(activity)));
    }
    object(members)
}

/// The file's content for `scenario` as JSON. Members holding their default (see
/// `docs/scenario-format.md`) are left out.
fn to_json(scenario: &Scenario) -> Json {
    let mut body = vec![("title", text(&scenario.title))];
    for (key, position) in [
        ("baselineOption", scenario.baseline),
        ("shownOption", scenario.active),
    ] {
        if position != 0 {
            body.push((key, number(position + 1)));
        }
    }
    body.push((
        "options",
        Json::Array(scenario.options.iter().map(option_json).collect()),
    ));
    object(vec![
        ("format", text(FORMAT_NAME)),
        ("version", number(super::version_for(scenario))),
        ("scenario", object(body)),
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
    let scenario = match file.get("version").and_then(whole_number) {
        Some(version) if version > u64::from(CURRENT_VERSION) => {
            return Err(FileError::NewerVersion(
                u32::try_from(version).unwrap_or(u32::MAX),
            ))
        }
        Some(version @ 1..) => read_scenario(&file, version),
        _ => Err("its format version is missing or unknown".to_string()),
    };
    let scenario = scenario.map_err(FileError::Invalid)?;
    scenario.check_limits().map_err(FileError::Invalid)?;
    Ok(scenario)
}

/// A non-negative whole number written without fraction or exponent.
fn whole_number(value: &Json) -> Option<u64> {
    match value {
        Json::Number(text) => digits(text),
        _ => None,
    }
}

fn digits(text: &str) -> Option<u64> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse().ok())
        .flatten()
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

/// An optional whole number, 0 when absent.
fn count_field(value: &Json, key: &str, max: u64) -> Result<u64, String> {
    value
        .get(key)
        .map_or(Ok(0), |_| number_field(value, key, max))
}

fn list_field<'a>(value: &'a Json, key: &str) -> Result<&'a [Json], String> {
    match field(value, key)? {
        Json::Array(items) => Ok(items),
        other => Err(format!("`{key}` must be a list, not {}", other.kind())),
    }
}

/// An amount of pounds in text, as an amount field takes it; `whose` leads any message.
fn amount(text: &str, whose: &str) -> Result<Decimal, String> {
    parse_amount(text).map_err(|error| format!("{whose}: \"{text}\": {}", error.message()))
}

/// A percentage in text (`"2.50"`) under `key`, from 0 to `max`.
fn percent_field(
    value: &Json,
    key: &str,
    whose: &str,
    what: &str,
    max: Percent,
) -> Result<Percent, String> {
    let text = text_field(value, key)?;
    parse_percent(&text, what, max).map_err(|error| format!("{whose}: \"{text}\": {error}"))
}

/// Versions 1 to 3: version 1 held one option's members in `scenario` itself;
/// version 3 adds a rule on a share of the grants.
fn read_scenario(file: &Json, version: u64) -> Result<Scenario, String> {
    members(file, "the file", &["format", "version", "scenario"])?;
    let body = field(file, "scenario")?;
    if version == 1 {
        let option = read_option(body, version)?;
        return Ok(Scenario::single(&text_field(body, "title")?, option));
    }
    members(
        body,
        "the scenario",
        &["title", "baselineOption", "shownOption", "options"],
    )?;
    let title = text_field(body, "title")?;
    let items = list_field(body, "options")?;
    let mut options = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let option = read_option(item, version);
        options.push(option.map_err(|error| match items.len() {
            1 => error,
            _ => format!("in option {}, {error}", index + 1),
        })?);
    }
    // Numbered from 1 in the file, 1 when absent; 0 becomes a position no scenario has.
    let position = |key| match body.get(key) {
        None => Ok(0),
        Some(_) => {
            number_field(body, key, MAX_OPTIONS as u64).map(|n| (n as usize).wrapping_sub(1))
        }
    };
    Ok(Scenario {
        title,
        baseline: position("baselineOption")?,
        active: position("shownOption")?,
        options,
    })
}

/// An option: in version 2 an item of `options`, in version 1 the scenario itself.
fn read_option(body: &Json, version: u64) -> Result<FundingOption, String> {
    let v2 = version >= 2;
    let allowed: &[&str] = if v2 {
        &[
            "name",
            "start",
            "initialTermYears",
            "extensions",
            "partners",
            "costLines",
            "matchRule",
            "activity",
        ]
    } else {
        &[
            "title",
            "start",
            "initialTermYears",
            "extensions",
            "partners",
        ]
    };
    members(body, if v2 { "an option" } else { "the scenario" }, allowed)?;
    let name = match v2 {
        true => text_field(body, "name")?,
        false => "Option 1".to_string(),
    };
    let start_text = text_field(body, "start")?;
    let start = start_text
        .split_once('-')
        .and_then(|(year, month)| YearMonth::new(year.parse().ok()?, month.parse().ok()?))
        .ok_or_else(|| {
            format!("the start \"{start_text}\" is not a month from 2000-01 to 2100-12 written like 2021-02")
        })?;
    // Ids as links number them: partners from 1, then cost lines, then extensions.
    let mut id = 0;
    let partners = read_lines(list_field(body, "partners")?, &mut id, v2)?;
    let lines = match body.get("costLines") {
        Some(_) => list_field(body, "costLines")?,
        None => &[],
    };
    let cost_lines = read_lines(lines, &mut id, true)?;
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
        id += 1;
        extensions.push(Extension { id, months, taken });
    }
    let match_rule = match body.get("matchRule") {
        None => MatchRule::NoRule,
        Some(rule) => read_rule(rule, version)?,
    };
    let activity = match body.get("activity") {
        None => Activity::default(),
        Some(activity) => {
            members(
                activity,
                "the activity",
                &[
                    "referralsPerYear",
                    "completionsPerYear",
                    "demandChangePercent",
                ],
            )?;
            let count = |key| count_field(activity, key, u64::from(MAX_ACTIVITY_PER_YEAR));
            let key = "demandChangePercent";
            let change = match activity.get(key) {
                None => Some(0),
                Some(Json::Number(text)) => {
                    let (sign, unsigned) = text
                        .strip_prefix('-')
                        .map_or((1, text.as_str()), |d| (-1, d));
                    digits(unsigned)
                        .filter(|n| *n <= 100_000)
                        .map(|n| sign * n as i32)
                }
                Some(_) => None,
            };
            Activity {
                referrals_per_year: count("referralsPerYear")? as u32,
                completions_per_year: count("completionsPerYear")? as u32,
                demand_change_percent: change
                    .filter(|c| (-100..=MAX_DEMAND_CHANGE).contains(c))
                    .ok_or_else(|| {
                        format!("`{key}` must be a whole number from -100 to {MAX_DEMAND_CHANGE}")
                    })?,
            }
        }
    };
    Ok(FundingOption {
        name,
        start,
        initial_years: number_field(body, "initialTermYears", u64::from(u8::MAX))? as u8,
        extensions,
        partners,
        cost_lines,
        match_rule,
        activity,
    })
}

/// The match-funding rule: at most one minimum; a share of the grants from version 3.
fn read_rule(rule: &Json, version: u64) -> Result<MatchRule, String> {
    let what = "the match-funding rule";
    let keys: &[&str] = &[
        "minimumLocalShare",
        "minimumLocalAmount",
        "minimumShareOfGrant",
    ];
    let allowed = if version >= 3 { keys } else { &keys[..2] };
    Ok(match members(rule, what, allowed)? {
        [] => MatchRule::NoRule,
        [(key, _)] if key == "minimumLocalShare" => {
            MatchRule::MinimumLocalShare(percent_field(rule, key, what, "Share", Percent(10_000))?)
        }
        [(key, _)] if key == "minimumShareOfGrant" => MatchRule::MinimumShareOfGrant(
            percent_field(rule, key, what, "Share of the grants", MAX_GRANT_MATCH)?,
        ),
        [(key, _)] => MatchRule::MinimumLocalAmount(amount(&text_field(rule, key)?, what)?),
        _ => return Err(format!("{what} must have one minimum, not two")),
    })
}

/// A list of partners or cost lines, numbered on from `id`; an uplift is allowed
/// only where `uplift` says (not in version 1).
fn read_lines<K: LineKind>(
    items: &[Json],
    id: &mut u32,
    uplift: bool,
) -> Result<Vec<Line<K>>, String> {
    let mut lines = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        *id += 1;
        lines.push(read_line(item, index, *id, uplift)?);
    }
    Ok(lines)
}

/// A partner or a cost line: name, kind code, the annual amount, amounts by year and
/// (when `uplift` is allowed) an uplift.
fn read_line<K: LineKind>(
    item: &Json,
    index: usize,
    id: u32,
    uplift: bool,
) -> Result<Line<K>, String> {
    let what = K::LIST.noun().to_ascii_lowercase();
    let annual_key = annual_key(K::LIST);
    let keys = ["name", "kind", annual_key, "amountsByYear", "uplift"];
    members(
        item,
        &format!("{what} {}", index + 1),
        &keys[..if uplift { 5 } else { 4 }],
    )?;
    let name = text_field(item, "name")?;
    let annual = amount(&text_field(item, annual_key)?, &name)?;
    let year_amounts = match item.get("amountsByYear") {
        Some(years) => read_year_amounts(years, &name)?,
        None => YearAmounts::default(),
    };
    let uplift = match item.get("uplift") {
        Some(uplift) => read_uplift(uplift, &name)?,
        None => Uplift::NONE,
    };
    let code = text_field(item, "kind")?;
    let kind = K::from_code(&code)
        .ok_or_else(|| format!("{what} {} has an unknown kind \"{code}\"", index + 1))?;
    Ok(Line {
        id,
        name,
        kind,
        annual,
        year_amounts,
        uplift,
    })
}

/// Years may come in any order; each must be one some contract could have, which also
/// keeps the list short (no line can hold more than one amount a year).
fn read_year_amounts(years: &Json, name: &str) -> Result<YearAmounts, String> {
    let Json::Object(years) = years else {
        return Err(format!("`amountsByYear` of {name} must be an object"));
    };
    let mut amounts = YearAmounts::default();
    for (year, value) in years {
        let year: u16 = year
            .parse()
            .ok()
            .filter(|year| (1..=MAX_CONTRACT_YEARS).contains(year))
            .ok_or_else(|| {
                format!("{name} has an amount for \"{year}\", which is not a contract year")
            })?;
        let Json::String(value) = value else {
            return Err(format!(
                "{name}'s amount for year {year} must be text, like \"52000.00\""
            ));
        };
        amounts.insert(year, amount(value, name)?);
    }
    Ok(amounts)
}

fn read_uplift(uplift: &Json, name: &str) -> Result<Uplift, String> {
    let whose = format!("{name}'s uplift");
    members(uplift, &whose, &["percent", "fromYear"])?;
    Ok(Uplift {
        percent: percent_field(uplift, "percent", &whose, "Uplift", MAX_UPLIFT)?,
        from_year: number_field(uplift, "fromYear", u64::from(MAX_CONTRACT_YEARS))? as u16,
    })
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
