//! Every field a person types in, and the one place its text is read: [`parse`] turns
//! typed text into a [`Value`] or a plain-English message, [`read`] and [`write`] move
//! values between the scenario and the field, and [`value_text`] writes a value as the
//! field shows it.

use super::agreement_fields;
pub use super::field::{Field, LineRef, Value};
use funding_model::data::inputs::{
    check_name, parse_amount, parse_count, parse_percent, parse_percent_change, parse_rate,
    parse_whole_number,
};
use funding_model::data::limits::{
    MAX_ACTIVITY_PER_YEAR, MAX_DEMAND_CHANGE, MAX_EXTENSION_MONTHS, MAX_GRANT_MATCH,
    MAX_TEXT_CHARS, MAX_UPLIFT,
};
use funding_model::data::money::{format_for_input, format_gbp, group_thousands, Percent, Rate};
use funding_model::data::month::{YearMonth, FIRST_START_YEAR, LAST_START_YEAR};
use funding_model::data::scenario::{FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;

/// Reads typed text as `field` takes it; the error says what to type instead.
pub fn parse(scenario: &Scenario, field: Field, text: &str) -> Result<Value, String> {
    if let Some(parsed) = agreement_fields::parse(field, text) {
        return parsed;
    }
    if let Some(parsed) = super::version::parse(field, text) {
        return parsed;
    }
    if let Some(parsed) = super::appraisal::parse(field, text) {
        return parsed;
    }
    let blank = text.trim().is_empty();
    match field {
        Field::Title | Field::OptionName(_) | Field::LineName(_) => {
            check_name(text)?;
            Ok(Value::Text(text.chars().take(MAX_TEXT_CHARS).collect()))
        }
        Field::StartYear => {
            let (first, last) = (FIRST_START_YEAR as u32, LAST_START_YEAR as u32);
            parse_whole_number(text, "Year", first, last).map(|year| Value::StartYear(year as i32))
        }
        Field::ExtensionMonths(_) => {
            let most = u32::from(MAX_EXTENSION_MONTHS);
            parse_whole_number(text, "Length", 1, most).map(|months| Value::Months(months as u16))
        }
        Field::Annual(_) => amount(text).map(Value::Amount),
        Field::Year(..) if blank => Ok(Value::YearAmount(None)),
        Field::Year(..) => amount(text).map(|a| Value::YearAmount(Some(a))),
        Field::Uplift(_) if blank => Ok(Value::Uplift(Rate(0))),
        Field::Uplift(_) => parse_rate(text, "Uplift", MAX_UPLIFT).map(Value::Uplift),
        Field::MatchMinimum => parse_rule(scenario.active_option().match_rule, text),
        Field::Referrals | Field::Completions if blank => Ok(Value::Count(0)),
        Field::Referrals | Field::Completions => {
            let what = field.name_in(scenario.active_option());
            parse_count(text, &what, MAX_ACTIVITY_PER_YEAR).map(Value::Count)
        }
        Field::DemandChange if blank => Ok(Value::Change(0)),
        Field::DemandChange => {
            parse_percent_change(text, "Change in demand", MAX_DEMAND_CHANGE).map(Value::Change)
        }
        _ => Err(String::new()),
    }
}

fn amount(text: &str) -> Result<Decimal, String> {
    parse_amount(text).map_err(|error| error.message().to_string())
}

/// The rule's minimum, read as the kind of rule chosen takes it.
fn parse_rule(rule: MatchRule, text: &str) -> Result<Value, String> {
    let rule = match rule {
        MatchRule::NoRule => MatchRule::NoRule,
        MatchRule::MinimumLocalShare(_) => {
            MatchRule::MinimumLocalShare(parse_percent(text, "Share", Percent(10_000))?)
        }
        MatchRule::MinimumLocalAmount(_) => MatchRule::MinimumLocalAmount(amount(text)?),
        MatchRule::MinimumShareOfGrant(_) => MatchRule::MinimumShareOfGrant(parse_percent(
            text,
            "Share of the grants",
            MAX_GRANT_MATCH,
        )?),
    };
    Ok(Value::Rule(rule))
}

/// The value `field` has in the scenario; `None` if what it belongs to is gone.
pub fn read(scenario: &Scenario, field: Field) -> Option<Value> {
    let option = scenario.active_option();
    let line = |line: LineRef| option.line_parts(line.list, line.id);
    let activity = option.activity;
    Some(match field {
        Field::Title => Value::Text(scenario.title.clone()),
        field if field.is_version() => super::version::read(&scenario.version, field)?,
        field if field.is_appraisal() => super::appraisal::read(scenario, field)?,
        Field::OptionName(position) => Value::Text(scenario.options.get(position)?.name.clone()),
        Field::StartYear => Value::StartYear(option.start.year()),
        Field::ExtensionMonths(id) => {
            Value::Months(option.extensions.iter().find(|e| e.id == id)?.months)
        }
        Field::LineName(r) => Value::Text(line(r)?.name.to_string()),
        Field::Annual(r) => Value::Amount(line(r)?.annual),
        Field::Year(r, year) => Value::YearAmount(line(r)?.year_amounts.get(&year).copied()),
        Field::Uplift(r) => Value::Uplift(line(r)?.uplift.percent),
        Field::MatchMinimum => Value::Rule(option.match_rule),
        Field::Referrals => Value::Count(activity.referrals_per_year),
        Field::Completions => Value::Count(activity.completions_per_year),
        Field::DemandChange => Value::Change(activity.demand_change_percent),
        field => agreement_fields::read(option, field)?,
    })
}

/// Puts `value` into the scenario at `field`; nothing happens if what the field
/// belongs to is gone, or the value is not of the field's kind.
pub fn write(scenario: &mut Scenario, field: Field, value: Value) {
    if let (Field::Title, Value::Text(title)) = (field, &value) {
        scenario.title.clone_from(title);
        return;
    }
    if super::version::write(&mut scenario.version, field, &value)
        || super::appraisal::write(scenario, field, &value)
    {
        return;
    }
    if let (Field::OptionName(position), Value::Text(name)) = (field, &value) {
        if let Some(option) = scenario.options.get_mut(position) {
            option.name.clone_from(name);
        }
        return;
    }
    let option = scenario.active_option_mut();
    if field.is_agreement() {
        agreement_fields::write(option, field, value);
        return;
    }
    if let Some(line) = field.line() {
        if let Some(parts) = option.line_parts_mut(line.list, line.id) {
            match (field, value) {
                (Field::LineName(_), Value::Text(name)) => *parts.name = name,
                (Field::Annual(_), Value::Amount(amount)) => *parts.annual = amount,
                (Field::Year(_, year), Value::YearAmount(Some(amount))) => {
                    parts.year_amounts.insert(year, amount);
                }
                (Field::Year(_, year), Value::YearAmount(None)) => {
                    parts.year_amounts.remove(&year);
                }
                (Field::Uplift(_), Value::Uplift(percent)) => parts.uplift.percent = percent,
                _ => {}
            }
        }
        return;
    }
    write_option_value(option, field, value);
}

fn write_option_value(option: &mut FundingOption, field: Field, value: Value) {
    match (field, value) {
        (Field::StartYear, Value::StartYear(year)) => {
            option.start = YearMonth::new(year, option.start.month()).unwrap_or(option.start);
        }
        (Field::ExtensionMonths(id), Value::Months(months)) => {
            if let Some(extension) = option.extensions.iter_mut().find(|e| e.id == id) {
                extension.months = months;
            }
        }
        (Field::MatchMinimum, Value::Rule(rule)) => option.match_rule = rule,
        (Field::Referrals, Value::Count(count)) => option.activity.referrals_per_year = count,
        (Field::Completions, Value::Count(count)) => option.activity.completions_per_year = count,
        (Field::DemandChange, Value::Change(change)) => {
            option.activity.demand_change_percent = change;
        }
        _ => {}
    }
}

/// A value as its field shows it: amounts grouped (`52,000`), percentages without
/// needless zeros (`2.5`), and nothing where nothing is set.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        Value::StartYear(year) => year.to_string(),
        Value::Months(months) => months.to_string(),
        Value::Amount(amount) | Value::YearAmount(Some(amount)) => format_for_input(*amount),
        Value::YearAmount(None) | Value::Rule(MatchRule::NoRule) => String::new(),
        Value::Uplift(rate) if rate.0 == 0 => String::new(),
        Value::Uplift(rate) => rate_for_input(*rate),
        Value::Rule(MatchRule::MinimumLocalShare(percent))
        | Value::Rule(MatchRule::MinimumShareOfGrant(percent)) => percent_for_input(*percent),
        Value::Rule(MatchRule::MinimumLocalAmount(amount)) => format_for_input(*amount),
        Value::Count(0) | Value::Change(0) => String::new(),
        Value::Count(count) => count.to_string(),
        Value::Change(change) => change.to_string(),
        Value::Years(years) => years.to_string(),
        Value::Share(percent) | Value::OptionalShare(Some(percent)) => percent_for_input(*percent),
        Value::OptionalAmount(Some(amount)) => format_for_input(*amount),
        Value::OptionalShare(None) | Value::OptionalAmount(None) | Value::Figure(None) => {
            String::new()
        }
        Value::Figure(Some(figure)) => group_thousands(*figure),
        Value::Date(Some(date)) => date.long_label(),
        Value::Date(None) | Value::Year(None) => String::new(),
        Value::Year(Some(year)) => financial_year_label(*year),
        Value::Index(years) => years
            .iter()
            .map(|(year, index)| format!("{}, {}", index_year_label(*year), index.normalize()))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A value in words, for saying what the figures use while a field cannot be read:
/// "£52,000.00", "the annual amount", "no uplift", "an uplift of 2.50%".
pub fn value_words(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        Value::StartYear(year) => year.to_string(),
        Value::Months(1) => "1 month".to_string(),
        Value::Months(months) => format!("{months} months"),
        Value::Amount(amount) | Value::YearAmount(Some(amount)) => format_gbp(*amount),
        Value::YearAmount(None) => "the annual amount".to_string(),
        Value::Uplift(percent) if percent.0 == 0 => "no uplift".to_string(),
        Value::Uplift(percent) => format!("an uplift of {}", percent.label()),
        Value::Rule(MatchRule::NoRule) => "no rule".to_string(),
        Value::Rule(MatchRule::MinimumLocalShare(share)) => {
            format!("{} of the total", share.label())
        }
        Value::Rule(MatchRule::MinimumLocalAmount(amount)) => format_gbp(*amount),
        Value::Rule(MatchRule::MinimumShareOfGrant(share)) => {
            format!("{} of the grants", share.label())
        }
        Value::Count(count) => group_thousands(u64::from(*count)),
        Value::Change(0) => "no change".to_string(),
        Value::Change(change) => format!("{change:+}%"),
        Value::Years(1) => "1 year".to_string(),
        Value::Years(years) => format!("{years} years"),
        Value::Share(percent) | Value::OptionalShare(Some(percent)) => percent.label(),
        Value::OptionalShare(None) => "no share".to_string(),
        Value::OptionalAmount(Some(amount)) => format_gbp(*amount),
        Value::OptionalAmount(None) => "nothing entered".to_string(),
        Value::Figure(Some(figure)) => group_thousands(*figure),
        Value::Figure(None) => "no figure".to_string(),
        Value::Date(Some(date)) => date.long_label(),
        Value::Date(None) => "no date".to_string(),
        Value::Year(Some(year)) => financial_year_label(*year),
        Value::Year(None) => "the default year".to_string(),
        Value::Index(years) => format!("an index for {} years", years.len()),
    }
}

/// A financial year as fields show it: "2024/25".
fn financial_year_label(first: i32) -> String {
    format!("{first}/{:02}", (first + 1).rem_euclid(100))
}

/// A financial year as the index is typed: "2024-25".
fn index_year_label(first: i32) -> String {
    format!("{first}-{:02}", (first + 1).rem_euclid(100))
}

/// A rate as a field shows it: `2.5`, `5.66`, `2.345`.
pub fn rate_for_input(rate: Rate) -> String {
    let label = rate.label();
    let number = label.trim_end_matches('%');
    number
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
}

/// A percentage as a field shows it: `31.3`, `2`, `2.25`.
pub fn percent_for_input(percent: Percent) -> String {
    let (whole, hundredths) = (percent.0 / 100, percent.0 % 100);
    match hundredths {
        0 => whole.to_string(),
        h if h % 10 == 0 => format!("{whole}.{}", h / 10),
        h => format!("{whole}.{h:02}"),
    }
}
