//! Parsing of what people type into fields. Typed text is untrusted: every function
//! here returns a plain-English error instead of panicking.

use super::money::{Percent, Rate};
use super::month::MONTH_NAMES;
use super::version::CalendarDate;
use rust_decimal::Decimal;
use std::fmt;

/// The largest amount any field accepts: £1,000,000,000.
pub const MAX_AMOUNT_POUNDS: i64 = 1_000_000_000;

/// Why typed text is not an amount of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimalPlaces,
    MisplacedComma,
    /// Spaces that do not separate groups of three digits.
    MisplacedSpace,
    /// Commas and spaces both, which cannot both be separating thousands.
    MixedSeparators,
    TooLarge,
}

impl AmountError {
    /// The message shown next to the field, in the GOV.UK style: what to do, not what went wrong.
    pub fn message(self) -> &'static str {
        match self {
            AmountError::Empty => "Enter an amount in pounds, like 52,000",
            AmountError::NotANumber => {
                "Enter the amount as a number in pounds, like 52,000 or 52,000.50"
            }
            AmountError::Negative => "Amount must be £0 or more",
            AmountError::TooManyDecimalPlaces => {
                "Amount must not have more than 2 decimal places, like 52,000.50"
            }
            AmountError::MisplacedComma => {
                "Use commas only between groups of 3 digits, like 1,250,000"
            }
            AmountError::MisplacedSpace => {
                "Use spaces only between groups of 3 digits, like 1 250 000, or no spaces, like 1250000"
            }
            AmountError::MixedSeparators => {
                "Use commas or spaces between groups of 3 digits, not both, like 1,250,000 or 1 250 000"
            }
            AmountError::TooLarge => "Amount must be £1,000,000,000 or less",
        }
    }
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// Reads an amount of pounds as people type it: `52000`, `52,000`, `52 000`,
/// `£52,000.50`, `£ 52 000`. Commas or spaces may group thousands, as long as they do
/// so unambiguously: `52,50` is more likely a mistyped 52.50 than 5,250, and `1 0` is
/// half-way through typing something. Rejects letters, negative amounts, more than two
/// decimal places and amounts over £1,000,000,000.
pub fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    let trimmed = text.trim_matches(is_space);
    if trimmed.is_empty() {
        return Err(AmountError::Empty);
    }
    // An accountant's negative, "(1,200)": read, and refused as negative.
    if trimmed.starts_with('(') && trimmed.ends_with(')') && trimmed.len() > 2 {
        return Err(AmountError::Negative);
    }
    if let Some((number, multiplier)) = shorthand(trimmed) {
        return parse_shorthand(number, multiplier);
    }
    let unsigned = trimmed.trim_start_matches(['-', '−', '–']);
    let negative_sign = unsigned.len() != trimmed.len();
    let without_pound = unsigned.strip_prefix('£').unwrap_or(unsigned);
    let body = without_pound.trim_start_matches(is_space);
    if negative_sign || body.starts_with(['-', '−', '–']) {
        return Err(AmountError::Negative);
    }
    let (whole, fraction) = match body.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (body, None),
    };
    let digits = ungrouped(whole)?;
    if let Some(fraction) = fraction {
        if fraction.is_empty() && digits.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(AmountError::NotANumber);
        }
        if fraction.len() > 2 {
            return Err(AmountError::TooManyDecimalPlaces);
        }
    }
    let fraction = fraction.unwrap_or("");
    if digits.is_empty() && fraction.is_empty() {
        return Err(AmountError::NotANumber);
    }
    // Long runs of digits are too large before they are anything else.
    let significant = digits.trim_start_matches('0');
    if significant.len() > 10 {
        return Err(AmountError::TooLarge);
    }
    // At most ten whole digits and two decimal places: whole pence fit an i64 exactly,
    // and building the Decimal from them needs no decimal-string parser in the app.
    let pence = digits_value(significant) * 100
        + digits_value(fraction) * if fraction.len() == 1 { 10 } else { 1 };
    if pence > MAX_AMOUNT_POUNDS * 100 {
        return Err(AmountError::TooLarge);
    }
    Ok(Decimal::new(pence, 2).normalize())
}

/// An amount as finance people write it in short: "£5.9m", "£262k", "£1.2bn" (any
/// case, a space before the letters allowed): the number and what it is a number of.
fn shorthand(text: &str) -> Option<(&str, i128)> {
    let lower = text.to_ascii_lowercase();
    let (cut, multiplier) = [("bn", 1_000_000_000), ("m", 1_000_000), ("k", 1_000)]
        .into_iter()
        .find_map(|(suffix, multiplier)| {
            lower
                .strip_suffix(suffix)
                .map(|rest| (rest.len(), multiplier))
        })?;
    let number = text[..cut].trim_end_matches(is_space);
    let number = number
        .strip_prefix('£')
        .unwrap_or(number)
        .trim_start_matches(is_space);
    (!number.is_empty()
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b','))
    .then_some((number, multiplier))
}

/// "5.9" thousands, millions or billions of pounds, exactly, to the penny.
fn parse_shorthand(number: &str, multiplier: i128) -> Result<Decimal, AmountError> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = ungrouped(whole)?;
    if fraction.contains(['.', ',']) || digits.is_empty() && fraction.is_empty() {
        return Err(AmountError::NotANumber);
    }
    if digits.trim_start_matches('0').len() + multiplier.ilog10() as usize > 10
        || fraction.len() > 12
    {
        return Err(AmountError::TooLarge);
    }
    let scale = 10i128.pow(fraction.len() as u32);
    let value = |text: &str| {
        text.bytes()
            .fold(0i128, |n, b| n * 10 + i128::from(b - b'0'))
    };
    let scaled = (value(&digits) * scale + value(fraction)) * multiplier * 100;
    if scaled % scale != 0 {
        return Err(AmountError::TooManyDecimalPlaces);
    }
    let pence = scaled / scale;
    if pence > i128::from(MAX_AMOUNT_POUNDS) * 100 {
        return Err(AmountError::TooLarge);
    }
    Ok(Decimal::from_i128_with_scale(pence, 2).normalize())
}

/// The digits of a whole number of pounds, with any commas or spaces that group its
/// thousands taken out: `1 250 000` and `1,250,000` are `1250000`.
fn ungrouped(whole: &str) -> Result<String, AmountError> {
    if !whole
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || is_space(c))
    {
        return Err(AmountError::NotANumber);
    }
    let commas = whole.contains(',');
    let spaces = whole.contains(is_space);
    if commas && spaces {
        return Err(AmountError::MixedSeparators);
    }
    if commas || spaces {
        let mut groups = whole.split(|c: char| c == ',' || is_space(c));
        let first = groups.next().unwrap_or("");
        let grouped = (1..=3).contains(&first.len()) && groups.all(|group| group.len() == 3);
        if !grouped {
            return Err(if commas {
                AmountError::MisplacedComma
            } else {
                AmountError::MisplacedSpace
            });
        }
    }
    Ok(whole.chars().filter(char::is_ascii_digit).collect())
}

/// The value of a run of ASCII digits, short enough (checked by the caller) to fit.
fn digits_value(text: &str) -> i64 {
    text.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// Whether `c` is a character nobody sees that changes how a name reads or is handled:
/// a control character (a null, a tab, a line break) or one that sets the direction of
/// the text around it (a right-to-left override, say), with which a name can be made to
/// look like something else.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks a name (of the scenario, an option, a partner or a cost line): one holding a
/// hidden character ([`is_hidden`]) is refused, with what to do.
pub fn check_name(text: &str) -> Result<(), String> {
    if text.chars().any(is_hidden) {
        Err("Names cannot hold hidden characters, such as a tab, a line break or a mark that turns text right to left: type the name again without them".to_string())
    } else {
        Ok(())
    }
}

/// "Enter the year", "Enter the percentage for Kent County Council": the message for a
/// field left empty, from `what` as it starts a sentence ("Year", "The percentage for
/// Kent County Council"). Only its first letter is lowered, so a name stays as typed,
/// and a leading "The" is not said twice.
fn enter(what: &str) -> String {
    let noun = what.strip_prefix("The ").unwrap_or(what);
    let mut chars = noun.chars();
    let first = chars.next().map(|c| c.to_ascii_lowercase());
    format!(
        "Enter the {}{}",
        first.map(String::from).unwrap_or_default(),
        chars.as_str()
    )
}

/// Reads a whole number in `min..=max` for fields such as a year or a number of months.
///
/// `what` names the thing in the message, as in "Year must be between 2000 and 2100".
pub fn parse_whole_number(text: &str, what: &str, min: u32, max: u32) -> Result<u32, String> {
    let trimmed = text.trim_matches(is_space);
    let in_range = || format!("{what} must be between {min} and {max}");
    if trimmed.is_empty() {
        return Err(enter(what));
    }
    if !trimmed.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("{what} must be a whole number, like {min}"));
    }
    if trimmed.trim_start_matches('0').len() > 9 {
        return Err(in_range());
    }
    let number: u32 = trimmed.parse().map_err(|_| in_range())?;
    if (min..=max).contains(&number) {
        Ok(number)
    } else {
        Err(in_range())
    }
}

/// Reads a whole number that may group its thousands with commas or spaces, as a count
/// of people: `1,106`, `1 106`. Errors name it by `what`, as [`parse_whole_number`]'s do.
pub fn parse_count(text: &str, what: &str, max: u32) -> Result<u32, String> {
    let digits = ungrouped(text.trim_matches(is_space))
        .map_err(|_| format!("{what} must be a whole number, like 1,250"))?;
    parse_whole_number(&digits, what, 0, max)
}

/// Reads a percentage such as `31.3`, `31.30%` or `2` into hundredths of a percent,
/// from 0 to `max`. `what` names the thing in messages, as in "Uplift must be …".
pub fn parse_percent(text: &str, what: &str, max: Percent) -> Result<Percent, String> {
    parse_places(text, what, u64::from(max.0), 2, &max.label()).map(|units| Percent(units as u32))
}

/// Reads a rate for an uplift, to up to four decimal places (`5.66`, `2.345%`), from 0
/// to `max`.
pub fn parse_rate(text: &str, what: &str, max: Rate) -> Result<Rate, String> {
    parse_places(text, what, u64::from(max.0), 4, &max.label()).map(|units| Rate(units as u32))
}

/// A percentage of 0 or more with up to `places` decimal places, in units of the last
/// place, at most `max` units (`max_label` in the message).
fn parse_places(
    text: &str,
    what: &str,
    max: u64,
    places: usize,
    max_label: &str,
) -> Result<u64, String> {
    let trimmed = text.trim_matches(is_space);
    let number = trimmed
        .strip_suffix('%')
        .unwrap_or(trimmed)
        .trim_matches(is_space);
    let example = || format!("{what} must be a percentage, like 2.5");
    if number.is_empty() {
        return Err(enter(what));
    }
    if number.starts_with(['-', '−', '–']) {
        return Err(format!("{what} must be 0% or more"));
    }
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return Err(example());
    }
    if fraction.len() > places {
        let like = if places == 2 { "31.30" } else { "5.6612" };
        return Err(format!(
            "{what} must not have more than {places} decimal places, like {like}"
        ));
    }
    let too_large = || format!("{what} must be {max_label} or less");
    let whole = whole.trim_start_matches('0');
    if whole.len() > 6 {
        return Err(too_large());
    }
    let scale = 10_i64.pow(places as u32);
    let fraction_units = digits_value(fraction) * 10_i64.pow((places - fraction.len()) as u32);
    let units = digits_value(whole) * scale + fraction_units;
    if units > max as i64 {
        return Err(too_large());
    }
    Ok(units as u64)
}

/// Reads a whole-number change in per cent that may be negative, such as `60`, `+60%`
/// or `-20`, from -100 to `max`.
pub fn parse_percent_change(text: &str, what: &str, max: i32) -> Result<i32, String> {
    let trimmed = text.trim_matches(is_space);
    let number = trimmed
        .strip_suffix('%')
        .unwrap_or(trimmed)
        .trim_matches(is_space);
    let (negative, magnitude) = match number.strip_prefix(['-', '−', '–']) {
        Some(rest) => (true, rest),
        None => (false, number.strip_prefix('+').unwrap_or(number)),
    };
    let in_range = || format!("{what} must be between -100% and {max}%");
    if magnitude.is_empty() || !magnitude.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "{what} must be a whole number of per cent, like 60 or -20"
        ));
    }
    let magnitude = magnitude.trim_start_matches('0');
    if magnitude.len() > 6 {
        return Err(in_range());
    }
    let value = digits_value(magnitude) as i32 * if negative { -1 } else { 1 };
    if (-100..=max).contains(&value) {
        Ok(value)
    } else {
        Err(in_range())
    }
}

/// Reads a day as people write it: `3 March 2026`, `3 Mar 2026`, `3/3/2026`,
/// `03/03/2026` or `2026-03-03`; blank is no date. Day first, as in the UK.
pub fn parse_date(text: &str) -> Result<Option<CalendarDate>, String> {
    let trimmed = text.trim_matches(is_space);
    if trimmed.is_empty() {
        return Ok(None);
    }
    let example = "Enter a real date, like 3 March 2026 or 3/3/2026";
    if trimmed.len() > 40 {
        return Err(example.to_string());
    }
    if let Some(date) = CalendarDate::from_iso(trimmed) {
        return Ok(Some(date));
    }
    let parts: Vec<&str> = trimmed
        .split(|c: char| c == '/' || c == '.' || c == '-' || is_space(c))
        .filter(|part| !part.is_empty())
        .collect();
    let [day, month, year] = parts[..] else {
        return Err(example.to_string());
    };
    let number = |part: &str| -> Option<u32> {
        (part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let month = number(month).or_else(|| month_number(month));
    let date = match (number(day), month, number(year)) {
        (Some(day), Some(month), Some(year)) if year >= 1000 => {
            CalendarDate::new(year as i32, month as u8, day.min(99) as u8)
        }
        _ => None,
    };
    date.map(Some).ok_or_else(|| example.to_string())
}

/// January is 1, from its name or its first three letters, in any case.
fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTH_NAMES
        .iter()
        .position(|full| {
            let full = full.to_lowercase();
            name == full || (name.len() >= 3 && full.starts_with(&name))
        })
        .map(|index| index as u32 + 1)
}

/// Reads a financial year as people write it, by the calendar year it starts in:
/// `2024`, `2024/25`, `2024-25` or `2024 to 2025`; blank is none (the default).
pub fn parse_financial_year(text: &str, what: &str) -> Result<Option<i32>, String> {
    let trimmed = text.trim_matches(is_space);
    if trimmed.is_empty() {
        return Ok(None);
    }
    let example = format!("{what} must be a financial year, like 2024/25");
    let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
    let rest = trimmed[digits.len()..].trim_matches(is_space);
    let first: i32 = (digits.len() == 4)
        .then(|| digits.parse().ok())
        .flatten()
        .ok_or_else(|| example.clone())?;
    let next = rest
        .strip_prefix(['/', '-', '–'])
        .or_else(|| rest.strip_prefix("to"))
        .map(|after| after.trim_matches(is_space));
    let follows = match next {
        None if rest.is_empty() => true,
        Some(second) if second.len() == 2 => second.parse::<i32>().ok() == Some((first + 1) % 100),
        Some(second) if second.len() == 4 => second.parse::<i32>().ok() == Some(first + 1),
        _ => false,
    };
    if !follows {
        return Err(example);
    }
    let (low, high) = (
        super::month::FIRST_START_YEAR,
        super::month::LAST_START_YEAR,
    );
    if !(low..=high).contains(&first) {
        return Err(format!(
            "{what} must be between {low}/{:02} and {high}/{:02}",
            (low + 1) % 100,
            (high + 1) % 100
        ));
    }
    Ok(Some(first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::money::format_gbp;

    fn ok(text: &str) -> String {
        parse_amount(text).unwrap().to_string()
    }

    #[test]
    fn an_empty_field_is_asked_for_with_its_name_as_typed_and_no_word_twice() {
        let max = Percent(10_000);
        let what = "The percentage for Kent County Council";
        assert_eq!(
            parse_percent("", what, max).unwrap_err(),
            "Enter the percentage for Kent County Council"
        );
        assert_eq!(
            parse_whole_number(" ", "Year", 1, 9).unwrap_err(),
            "Enter the year"
        );
        assert_eq!(
            parse_count("", "Referrals a year", 10).unwrap_err(),
            "Enter the referrals a year"
        );
    }

    #[test]
    fn reads_amounts_as_finance_people_write_them() {
        let read = |text: &str| parse_amount(text).map(format_gbp);
        assert_eq!(read("£5.9m"), Ok("£5,900,000.00".to_string()));
        assert_eq!(read("£262k"), Ok("£262,000.00".to_string()));
        assert_eq!(read("262K"), Ok("£262,000.00".to_string()));
        assert_eq!(read("£1.25 m"), Ok("£1,250,000.00".to_string()));
        assert_eq!(read("£0.5bn"), Ok("£500,000,000.00".to_string()));
        assert_eq!(read("£1.23456k"), Ok("£1,234.56".to_string()));
        assert_eq!(read("£1.234567k"), Err(AmountError::TooManyDecimalPlaces));
        assert_eq!(read("£2bn"), Err(AmountError::TooLarge));
        assert_eq!(read("(1,200)"), Err(AmountError::Negative));
        assert_eq!(read("£5.9.1m"), Err(AmountError::NotANumber));
        assert_eq!(read("mk"), Err(AmountError::NotANumber));
    }

    #[test]
    fn reads_percentages() {
        let max = Percent(10_000);
        assert_eq!(parse_percent("31.3", "Share", max), Ok(Percent(3_130)));
        assert_eq!(parse_percent(" 31.30% ", "Share", max), Ok(Percent(3_130)));
        assert_eq!(parse_percent("2", "Uplift", max), Ok(Percent(200)));
        assert_eq!(parse_percent(".5", "Uplift", max), Ok(Percent(50)));
        assert_eq!(parse_percent("100", "Share", max), Ok(Percent(10_000)));
        assert!(parse_percent("100.01", "Share", max).is_err());
        assert!(parse_percent("-1", "Share", max).is_err());
        assert!(parse_percent("1.234", "Share", max).is_err());
        assert!(parse_percent("abc", "Share", max).is_err());
        assert!(parse_percent(".", "Share", max).is_err());
        assert!(parse_percent("99999999999999999999", "Share", max).is_err());
        assert_eq!(
            parse_percent("", "Share", max),
            Err("Enter the share".to_string())
        );
    }

    #[test]
    fn reads_changes_in_percent() {
        assert_eq!(parse_percent_change("60", "Change", 1_000), Ok(60));
        assert_eq!(parse_percent_change("+60%", "Change", 1_000), Ok(60));
        assert_eq!(parse_percent_change("-20", "Change", 1_000), Ok(-20));
        assert_eq!(parse_percent_change("−100", "Change", 1_000), Ok(-100));
        assert!(parse_percent_change("-101", "Change", 1_000).is_err());
        assert!(parse_percent_change("1001", "Change", 1_000).is_err());
        assert!(parse_percent_change("6.5", "Change", 1_000).is_err());
        assert!(parse_percent_change("", "Change", 1_000).is_err());
        assert!(parse_percent_change("-", "Change", 1_000).is_err());
    }

    #[test]
    fn accepts_what_people_type() {
        assert_eq!(ok("52000"), "52000");
        assert_eq!(ok("52,000"), "52000");
        assert_eq!(ok("£52,000.50"), "52000.5");
        assert_eq!(ok(" 52000 "), "52000");
        assert_eq!(ok("£ 52000"), "52000");
        assert_eq!(ok("157,423.33"), "157423.33");
        assert_eq!(ok("1,000,000,000"), "1000000000");
        assert_eq!(ok("0"), "0");
        assert_eq!(ok("0.5"), "0.5");
        assert_eq!(ok(".5"), "0.5");
        assert_eq!(ok("52."), "52");
        assert_eq!(ok("007"), "7");
        assert_eq!(ok("\u{a0}£1,234.56\u{a0}"), "1234.56");
    }

    #[test]
    fn rejects_letters() {
        for text in [
            "abc",
            "52q",
            "1e5",
            "£",
            "£abc",
            "52,000 pounds",
            "+5",
            "1.2.3",
            ".",
        ] {
            assert_eq!(parse_amount(text), Err(AmountError::NotANumber), "{text:?}");
        }
    }

    #[test]
    fn spaces_may_group_thousands_as_commas_do() {
        assert_eq!(ok("1 000"), "1000");
        assert_eq!(ok("£ 52 000"), "52000");
        assert_eq!(ok("1 250 000.50"), "1250000.5");
        assert_eq!(ok("52\u{a0}000"), "52000");
        assert_eq!(ok("52\u{202f}000"), "52000");
        for text in ["1 0", "1 00", "52 00", "1  000", "12 3456", " 1 0000"] {
            assert_eq!(
                parse_amount(text),
                Err(AmountError::MisplacedSpace),
                "{text:?}"
            );
        }
        assert_eq!(parse_amount("1,000 000"), Err(AmountError::MixedSeparators));
        assert_eq!(parse_amount("52 000.5 0"), Err(AmountError::NotANumber));
        // Every message shows what to type.
        for error in [
            AmountError::MisplacedSpace,
            AmountError::MixedSeparators,
            AmountError::NotANumber,
        ] {
            assert!(error.message().contains("like "), "{error:?}");
        }
    }

    #[test]
    fn counts_may_group_thousands() {
        assert_eq!(parse_count("1,106", "Referrals", 2_000), Ok(1_106));
        assert_eq!(parse_count(" 1 106 ", "Referrals", 2_000), Ok(1_106));
        assert_eq!(
            parse_count("1 1", "Referrals", 2_000),
            Err("Referrals must be a whole number, like 1,250".to_string())
        );
        assert_eq!(
            parse_count("2,001", "Referrals", 2_000),
            Err("Referrals must be between 0 and 2000".to_string())
        );
    }

    #[test]
    fn rejects_negative_amounts() {
        for text in ["-1", "-£5", "£-5", "−50", "-0.01"] {
            assert_eq!(parse_amount(text), Err(AmountError::Negative), "{text:?}");
        }
    }

    #[test]
    fn rejects_more_than_two_decimal_places() {
        assert_eq!(
            parse_amount("52000.505"),
            Err(AmountError::TooManyDecimalPlaces)
        );
        assert_eq!(
            parse_amount("0.001"),
            Err(AmountError::TooManyDecimalPlaces)
        );
    }

    #[test]
    fn rejects_amounts_over_a_billion() {
        assert_eq!(parse_amount("1000000000.01"), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("1,000,000,001"), Err(AmountError::TooLarge));
        assert_eq!(
            parse_amount("99999999999999999999999999999999999999"),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn rejects_commas_that_do_not_group_thousands() {
        for text in ["52,50", ",500", "1,,000", "1,0000", "1234,567"] {
            assert_eq!(
                parse_amount(text),
                Err(AmountError::MisplacedComma),
                "{text:?}"
            );
        }
    }

    #[test]
    fn empty_asks_for_an_amount() {
        assert_eq!(parse_amount("   "), Err(AmountError::Empty));
        assert_eq!(
            AmountError::Empty.message(),
            "Enter an amount in pounds, like 52,000"
        );
    }

    #[test]
    fn whole_numbers_in_range() {
        assert_eq!(parse_whole_number(" 2021 ", "Year", 2000, 2100), Ok(2021));
        assert_eq!(
            parse_whole_number("1999", "Year", 2000, 2100),
            Err("Year must be between 2000 and 2100".to_string())
        );
        assert_eq!(
            parse_whole_number("20x1", "Year", 2000, 2100),
            Err("Year must be a whole number, like 2000".to_string())
        );
        assert_eq!(
            parse_whole_number("", "Year", 2000, 2100),
            Err("Enter the year".to_string())
        );
        assert!(parse_whole_number("99999999999999999999", "Year", 2000, 2100).is_err());
    }

    #[test]
    fn generated_text_is_either_a_valid_amount_or_a_message() {
        const PIECES: [&str; 16] = [
            "0", "1", "5", "9", "00", ",", ".", "£", "-", " ", "a", "e", "\u{a0}", "−", "999",
            "1,000",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..100_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let length = (seed % 9) as usize;
            let text: String = (0..length)
                .map(|i| PIECES[((seed >> (i * 4)) & 15) as usize])
                .collect();
            match parse_amount(&text) {
                Ok(amount) => {
                    assert!(amount >= Decimal::ZERO, "{text:?}");
                    assert!(amount <= Decimal::from(MAX_AMOUNT_POUNDS), "{text:?}");
                    assert!(amount.scale() <= 2, "{text:?}");
                    assert!(
                        !text
                            .chars()
                            .any(|c| c.is_alphabetic() || c == '-' || c == '−'),
                        "{text:?}"
                    );
                }
                Err(error) => assert!(!error.message().is_empty()),
            }
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "£££",
            "-",
            "..",
            ",",
            "£.",
            "٣٤٥",
            "1\u{0}",
            "𝟙𝟚",
            "9".repeat(500).as_str(),
        ] {
            let _ = parse_amount(text);
            let _ = parse_whole_number(text, "Months", 1, 60);
        }
    }

    #[test]
    fn dates_are_read_day_first_in_any_usual_way() {
        let day = |text: &str| parse_date(text).map(|d| d.map(|d| d.iso()));
        for text in [
            "3 March 2026",
            "3 mar 2026",
            "3/3/2026",
            "03/03/2026",
            "2026-03-03",
            " 3.3.2026 ",
        ] {
            assert_eq!(day(text), Ok(Some("2026-03-03".to_string())), "{text}");
        }
        assert_eq!(day("  "), Ok(None));
        for text in [
            "29/2/2025",
            "3 Marc 2026x",
            "3/3/26",
            "31/4/2026",
            "March 2026",
            "1/1/1/2026",
            "３/3/2026",
        ] {
            assert!(day(text).is_err(), "{text}");
        }
        assert!(day(&"9".repeat(100_000)).is_err());
    }

    #[test]
    fn financial_years_are_read_as_people_write_them() {
        let year = |text: &str| parse_financial_year(text, "Base year");
        for text in ["2024", "2024/25", "2024-25", " 2024 to 2025 ", "2024–25"] {
            assert_eq!(year(text), Ok(Some(2024)), "{text}");
        }
        assert_eq!(year(""), Ok(None));
        for text in [
            "2024/26",
            "24/25",
            "2024/2026",
            "1999/00",
            "twenty",
            "2024/25/26",
        ] {
            assert!(year(text).is_err(), "{text}");
        }
        assert_eq!(year("2099/00"), Ok(Some(2099)));
    }
}
