//! The file's types as the model: every value checked as the editor checks it, with a
//! message that names what is wrong and whose it is.

use super::agreement_file::{read_agreement, read_terms, terms_member, AGREEMENT_VERSION};
use super::appraisal_file::{read_appraisal, read_benefits, read_version, APPRAISAL_VERSION};
use super::layout::{
    ActivityFile, Amount, ExtensionFile, LineFile, MatchRuleFile, OptionFile, ScenarioV1,
    ScenarioV2, UpliftFile, Whole, YearsFile,
};
use crate::data::inputs::{parse_amount, parse_percent, parse_rate};
use crate::data::limits::{
    MAX_ACTIVITY_PER_YEAR, MAX_CONTRACT_YEARS, MAX_DEMAND_CHANGE, MAX_GRANT_MATCH, MAX_OPTIONS,
    MAX_UPLIFT,
};
use crate::data::line::{Line, LineKind, LineList, Uplift, YearAmounts};
use crate::data::money::{Percent, Rate};
use crate::data::month::YearMonth;
use crate::data::scenario::{Activity, Extension, FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;

/// Version 1: one option, named as version 1 files are opened.
pub fn scenario_v1(body: ScenarioV1) -> Result<Scenario, String> {
    let option = OptionFile {
        name: "Option 1".to_string(),
        start: body.start,
        initial_term_years: body.initial_term_years,
        extensions: body.extensions,
        partners: body.partners,
        cost_lines: Vec::new(),
        match_rule: MatchRuleFile::default(),
        activity: ActivityFile::default(),
        agreement: None,
        benefits: None,
    };
    Ok(Scenario::single(&body.title, read_option(option, 1)?))
}

/// Versions 2 to 5.
pub fn scenario_v2(body: ScenarioV2, version: u64) -> Result<Scenario, String> {
    if version < APPRAISAL_VERSION {
        let member = [
            ("appraisal", body.appraisal.is_some()),
            ("versionDetails", body.version_details.is_some()),
        ];
        if let Some((member, _)) = member.into_iter().find(|(_, present)| *present) {
            return Err(format!(
                "unknown field `{member}` (it needs file format {APPRAISAL_VERSION})"
            ));
        }
    }
    let count = body.options.len();
    let mut options = Vec::with_capacity(count.min(MAX_OPTIONS));
    for (index, option) in body.options.into_iter().enumerate() {
        options.push(read_option(option, version).map_err(|error| match count {
            1 => error,
            _ => format!("in option {}, {error}", index + 1),
        })?);
    }
    // Numbered from 1 in the file; 0 becomes a position no scenario has.
    let position = |key: &str, value: Whole| {
        whole(key, value, MAX_OPTIONS as u64).map(|n| (n as usize).wrapping_sub(1))
    };
    let appraisal = match body.appraisal {
        Some(appraisal) => read_appraisal(appraisal, &options)?,
        None => Default::default(),
    };
    Ok(Scenario {
        title: body.title,
        baseline: position("baselineOption", body.baseline_option)?,
        active: position("shownOption", body.shown_option)?,
        options,
        appraisal,
        version: body
            .version_details
            .map_or(Ok(Default::default()), read_version)?,
    })
}

/// A whole number no larger than `max`.
pub(super) fn whole(key: &str, value: Whole, max: u64) -> Result<u64, String> {
    Some(value.0)
        .filter(|n| *n <= max)
        .ok_or_else(|| format!("`{key}` must be a whole number up to {max}"))
}

/// An amount of pounds in text, as an amount field takes it; `whose` leads any message.
pub(super) fn amount(text: &Amount, whose: &str) -> Result<Decimal, String> {
    parse_amount(&text.0).map_err(|error| format!("{whose}: \"{}\": {}", text.0, error.message()))
}

/// A percentage in text (`"2.50"`), from 0 to `max`; `whose` leads any message.
pub(super) fn percent(
    text: &Amount,
    whose: &str,
    what: &str,
    max: Percent,
) -> Result<Percent, String> {
    parse_percent(&text.0, what, max).map_err(|error| format!("{whose}: \"{}\": {error}", text.0))
}

fn rate(text: &Amount, whose: &str, what: &str, max: Rate) -> Result<Rate, String> {
    parse_rate(&text.0, what, max).map_err(|error| format!("{whose}: \"{}\": {error}", text.0))
}

fn read_option(option: OptionFile, version: u64) -> Result<FundingOption, String> {
    let start = option
        .start
        .split_once('-')
        .and_then(|(year, month)| YearMonth::new(year.parse().ok()?, month.parse().ok()?))
        .ok_or_else(|| {
            format!(
                "the start \"{}\" is not a month from 2000-01 to 2100-12 written like 2021-02",
                option.start
            )
        })?;
    if version == 1 && option.partners.iter().any(|p| p.uplift.is_some()) {
        let index = option.partners.iter().position(|p| p.uplift.is_some());
        return Err(format!(
            "unknown field `uplift` in partner {} (version 1 files have no uplifts)",
            index.unwrap_or(0) + 1
        ));
    }
    if version < APPRAISAL_VERSION && option.benefits.is_some() {
        return Err(format!(
            "unknown field `benefits` (it needs file format {APPRAISAL_VERSION})"
        ));
    }
    if version < AGREEMENT_VERSION && option.agreement.is_some() {
        return Err(format!(
            "unknown field `agreement` (it needs file format {AGREEMENT_VERSION})"
        ));
    }
    // Ids as links number them: partners from 1, then cost lines, then extensions.
    let mut id = 0;
    let count = option.partners.len();
    let partners = read_lines(&option.partners, &mut id, version, count)?;
    let cost_lines = read_lines(&option.cost_lines, &mut id, version, count)?;
    let extensions = read_extensions(option.extensions, &mut id)?;
    let agreement = match option.agreement {
        Some(agreement) => read_agreement(agreement, count, cost_lines.len())?,
        None => Default::default(),
    };
    Ok(FundingOption {
        name: option.name,
        start,
        initial_years: whole(
            "initialTermYears",
            option.initial_term_years,
            u8::MAX.into(),
        )? as u8,
        extensions,
        partners,
        cost_lines,
        match_rule: read_rule(option.match_rule, version)?,
        activity: read_activity(option.activity)?,
        agreement,
        benefits: option
            .benefits
            .map_or(Ok(Default::default()), read_benefits)?,
    })
}

fn read_extensions(items: Vec<ExtensionFile>, id: &mut u32) -> Result<Vec<Extension>, String> {
    let mut extensions = Vec::with_capacity(items.len());
    for item in items {
        *id += 1;
        extensions.push(Extension {
            id: *id,
            months: whole("months", item.months, u16::MAX.into())? as u16,
            taken: item.taken_up,
        });
    }
    Ok(extensions)
}

/// The match-funding rule: at most one minimum; a share of the grants from version 3.
fn read_rule(rule: MatchRuleFile, version: u64) -> Result<MatchRule, String> {
    let what = "the match-funding rule";
    if version < 3 && rule.minimum_share_of_grant.is_some() {
        return Err(format!(
            "unknown field `minimumShareOfGrant` in {what} (it needs file format 3)"
        ));
    }
    Ok(
        match (
            rule.minimum_local_share,
            rule.minimum_local_amount,
            rule.minimum_share_of_grant,
        ) {
            (None, None, None) => MatchRule::NoRule,
            (Some(share), None, None) => {
                MatchRule::MinimumLocalShare(percent(&share, what, "Share", Percent(10_000))?)
            }
            (None, Some(minimum), None) => MatchRule::MinimumLocalAmount(amount(&minimum, what)?),
            (None, None, Some(share)) => MatchRule::MinimumShareOfGrant(percent(
                &share,
                what,
                "Share of the grants",
                MAX_GRANT_MATCH,
            )?),
            _ => return Err(format!("{what} must have one minimum, not two")),
        },
    )
}

fn read_activity(activity: ActivityFile) -> Result<Activity, String> {
    let count = |key, value| whole(key, value, u64::from(MAX_ACTIVITY_PER_YEAR)).map(|n| n as u32);
    let change = activity.demand_change_percent.0;
    let range = -100..=i64::from(MAX_DEMAND_CHANGE);
    if !range.contains(&change) {
        return Err(format!(
            "`demandChangePercent` must be a whole number from -100 to {MAX_DEMAND_CHANGE}"
        ));
    }
    Ok(Activity {
        referrals_per_year: count("referralsPerYear", activity.referrals_per_year)?,
        completions_per_year: count("completionsPerYear", activity.completions_per_year)?,
        demand_change_percent: change as i32,
    })
}

/// A list of partners or cost lines, numbered on from `id`, in an option of `partners`
/// partners (which leads name).
fn read_lines<K: LineKind>(
    items: &[LineFile],
    id: &mut u32,
    version: u64,
    partners: usize,
) -> Result<Vec<Line<K>>, String> {
    let mut lines = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        *id += 1;
        lines.push(read_line(item, index, *id, version, partners)?);
    }
    Ok(lines)
}

fn read_line<K: LineKind>(
    item: &LineFile,
    index: usize,
    id: u32,
    version: u64,
    partners: usize,
) -> Result<Line<K>, String> {
    let what = format!("{} {}", K::LIST.noun().to_ascii_lowercase(), index + 1);
    if let Some(member) = terms_member(item).filter(|_| version < AGREEMENT_VERSION) {
        return Err(format!(
            "unknown field `{member}` in {what} (it needs file format {AGREEMENT_VERSION})"
        ));
    }
    let (annual, other, key, other_key) = match K::LIST {
        LineList::Partners => (
            &item.annual_contribution,
            &item.annual_cost,
            "annualContribution",
            "annualCost",
        ),
        LineList::CostLines => (
            &item.annual_cost,
            &item.annual_contribution,
            "annualCost",
            "annualContribution",
        ),
    };
    if other.is_some() {
        return Err(format!("unknown field `{other_key}` in {what}"));
    }
    let annual = annual
        .as_ref()
        .ok_or_else(|| format!("missing field `{key}` in {what}"))?;
    let name = &item.name;
    let annual = amount(annual, name)?;
    let year_amounts = read_years(&item.amounts_by_year, name)?;
    let uplift = match &item.uplift {
        Some(uplift) => read_uplift(uplift, name, version)?,
        None => Uplift::NONE,
    };
    let code = &item.kind;
    let kind =
        K::from_code(code).ok_or_else(|| format!("{what} has an unknown kind \"{code}\""))?;
    Ok(Line {
        id,
        name: name.clone(),
        kind,
        annual,
        year_amounts,
        uplift,
        terms: read_terms(item, name, partners)?,
    })
}

/// Years may come in any order; each key must be a contract year some contract could
/// have, written as the number alone (`"2"`, not `"02"` or `"+2"`), and given once.
fn read_years(years: &YearsFile, name: &str) -> Result<YearAmounts, String> {
    let mut amounts = YearAmounts::default();
    for (key, value) in &years.0 {
        let year = key
            .parse::<u16>()
            .ok()
            .filter(|year| (1..=MAX_CONTRACT_YEARS).contains(year) && year.to_string() == *key)
            .ok_or_else(|| {
                format!(
                    "{name} has an amount for \"{key}\", which is not a contract year \
                     (years are written 1 to {MAX_CONTRACT_YEARS}, like \"2\")"
                )
            })?;
        if amounts.insert(year, amount(value, name)?).is_some() {
            return Err(format!("{name} has two amounts for year {year}"));
        }
    }
    Ok(amounts)
}

/// An uplift: to four decimal places from version 4; earlier versions held two, so
/// more there is refused rather than read as something no such file could say.
fn read_uplift(uplift: &UpliftFile, name: &str, version: u64) -> Result<Uplift, String> {
    let whose = format!("{name}'s uplift");
    let percent = rate(&uplift.percent, &whose, "Uplift", MAX_UPLIFT)?;
    if version < AGREEMENT_VERSION && percent.as_percent().is_none() {
        return Err(format!(
            "{whose}: \"{}\": Uplift must not have more than 2 decimal places in a file of format 3 or earlier (format {AGREEMENT_VERSION} holds up to 4)",
            uplift.percent.0
        ));
    }
    Ok(Uplift {
        percent,
        from_year: whole("fromYear", uplift.from_year, u64::from(MAX_CONTRACT_YEARS))? as u16,
    })
}
