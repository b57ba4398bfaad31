//! The file's own types, as serde reads and writes them: one struct per JSON object of
//! `docs/scenario-format.md`, so the model's types stay free to change. Reading them
//! checks only the JSON shape (unknown, duplicate, missing and mistyped members);
//! the values are checked as the editor checks them in [`super::from_file`].
//!
//! An optional member is never `null`: serde would read `null` as absent, so optional
//! members are read with [`present`], which refuses it.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The file, in every version: the scenario's shape is the version's.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File<S> {
    pub format: String,
    pub version: Whole,
    pub scenario: S,
}

/// Version 1: one option's members in the scenario itself.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ScenarioV1 {
    pub title: String,
    pub start: String,
    pub initial_term_years: Whole,
    pub extensions: Vec<ExtensionFile>,
    pub partners: Vec<LineFile>,
}

/// Versions 2 to 4 (3 adds a rule on a share of the grants, 4 the agreement).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ScenarioV2 {
    pub title: String,
    #[serde(default = "Whole::one", skip_serializing_if = "Whole::is_one")]
    pub baseline_option: Whole,
    #[serde(default = "Whole::one", skip_serializing_if = "Whole::is_one")]
    pub shown_option: Whole,
    pub options: Vec<OptionFile>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OptionFile {
    pub name: String,
    pub start: String,
    pub initial_term_years: Whole,
    pub extensions: Vec<ExtensionFile>,
    pub partners: Vec<LineFile>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost_lines: Vec<LineFile>,
    #[serde(default, skip_serializing_if = "MatchRuleFile::is_empty")]
    pub match_rule: MatchRuleFile,
    #[serde(default, skip_serializing_if = "ActivityFile::is_empty")]
    pub activity: ActivityFile,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub agreement: Option<AgreementFile>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ExtensionFile {
    pub months: Whole,
    pub taken_up: bool,
}

/// A partner or a cost line. They share one shape but for the annual amount's name:
/// `annualContribution` for a partner, `annualCost` for a cost line (which list a
/// line is in decides which it must have, in [`super::from_file`]).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LineFile {
    pub name: String,
    pub kind: String,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub annual_contribution: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub annual_cost: Option<Amount>,
    #[serde(default, skip_serializing_if = "YearsFile::is_empty")]
    pub amounts_by_year: YearsFile,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub uplift: Option<UpliftFile>,
    // From version 4, the line's part in the agreement (`model::data::agreement::Terms`).
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub amount_set: Option<AmountSetFile>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub basis_figure: Option<Whole>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub group: Option<String>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub overspend_share: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub underspend_share: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub maximum: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub lead: Option<Whole>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_cost: Option<bool>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct UpliftFile {
    pub percent: Amount,
    pub from_year: Whole,
}

/// How a line's amount is set (version 4): `"byBasis"`, or an object of one member
/// such as `{"overYears": {"total": "2331951.00", "years": 5}}`.
#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "how the amount is set, like \"byBasis\" or { \"oneOff\": { \"year\": 1 } }"
)]
pub enum AmountSetFile {
    Annual,
    OverYears { total: Amount, years: Whole },
    ShareOf { share: Amount, of: Amount },
    ByBasis,
    OneOff { year: Whole },
}

/// An option's agreement (version 4); each member left out holds its default.
#[derive(Serialize, Deserialize, Default)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of the agreement's members, like { \"wholePounds\": true }"
)]
pub struct AgreementFile {
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub basis: Option<BasisFile>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub whole_pounds: bool,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub overspend: Option<String>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub underspend: Option<String>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub risk_pool: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub tolerance: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub actuals_by: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actuals: Vec<OutturnFile>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated: Vec<String>,
}

fn is_false(value: &bool) -> bool {
    !value
}

#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of the basis's name, source, date and total"
)]
pub struct BasisFile {
    pub name: String,
    pub source: String,
    pub date: String,
    pub total: Amount,
}

/// One period's actual spend: in total, or by cost line.
#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of one period's actual spend, like { \"period\": \"year 1\", \"total\": \"52000.00\" }"
)]
pub struct OutturnFile {
    pub period: String,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub total: Option<Amount>,
    #[serde(default, skip_serializing_if = "LinesFile::is_empty")]
    pub by_line: LinesFile,
}

/// At most one minimum; `{}` is no rule.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct MatchRuleFile {
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_local_share: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_local_amount: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_share_of_grant: Option<Amount>,
}

impl MatchRuleFile {
    fn is_empty(&self) -> bool {
        self.minimum_local_share.is_none()
            && self.minimum_local_amount.is_none()
            && self.minimum_share_of_grant.is_none()
    }
}

/// Expected activity; each figure 0 when absent.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ActivityFile {
    #[serde(default, skip_serializing_if = "Whole::is_zero")]
    pub referrals_per_year: Whole,
    #[serde(default, skip_serializing_if = "Whole::is_zero")]
    pub completions_per_year: Whole,
    #[serde(default, skip_serializing_if = "Signed::is_zero")]
    pub demand_change_percent: Signed,
}

impl ActivityFile {
    fn is_empty(&self) -> bool {
        self.referrals_per_year.is_zero()
            && self.completions_per_year.is_zero()
            && self.demand_change_percent.is_zero()
    }
}

/// An optional member that is there: `null` is refused, not read as absent.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// Pounds or a percentage, as text: `"52000.00"`, `"2.50"`. Text, so no program on
/// the way turns an amount into floating point.
#[derive(Serialize, Clone)]
#[serde(transparent)]
pub struct Amount(pub String);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text in quotes, like \"52000.00\"")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Amount, E> {
                Ok(Amount(text.to_string()))
            }
        }
        deserializer.deserialize_str(Text)
    }
}

/// A whole number of 0 or more, written without a fraction or an exponent.
#[derive(Serialize, Clone, Copy, Default, PartialEq, Eq, Debug)]
#[serde(transparent)]
pub struct Whole(pub u64);

impl Whole {
    fn one() -> Whole {
        Whole(1)
    }

    fn is_one(&self) -> bool {
        self.0 == 1
    }

    fn is_zero(&self) -> bool {
        self.0 == 0
    }
}

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Number;
        impl Visitor<'_> for Number {
            type Value = Whole;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number, like 2")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Whole, E> {
                Ok(Whole(n))
            }
        }
        deserializer.deserialize_u64(Number)
    }
}

/// A whole number that may be negative.
#[derive(Serialize, Clone, Copy, Default)]
#[serde(transparent)]
pub struct Signed(pub i64);

impl Signed {
    fn is_zero(&self) -> bool {
        self.0 == 0
    }
}

impl<'de> Deserialize<'de> for Signed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Number;
        impl Visitor<'_> for Number {
            type Value = Signed;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number, like -20")
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Signed, E> {
                Ok(Signed(n))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Signed, E> {
                i64::try_from(n)
                    .map(Signed)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(n), &self))
            }
        }
        deserializer.deserialize_i64(Number)
    }
}

/// The most years `amountsByYear` can hold: one for each contract year there can be.
const MOST_YEARS: usize = crate::data::limits::MAX_CONTRACT_YEARS as usize;
/// The most cost lines `byLine` can name.
const MOST_LINES: usize = crate::data::limits::MAX_COST_LINES;

/// `amountsByYear`: the years' keys as written, with their amounts, in the order
/// written. Refused past [`MOST_YEARS`] members, so a hostile file's thousands of
/// keys cost nothing; which keys are years is checked with the line's name at hand.
#[derive(Default)]
pub struct YearsFile(pub Vec<(String, Amount)>);

/// `byLine`: actual spend keyed by cost line number, as written, refused past
/// [`MOST_LINES`] members as `amountsByYear` is past its years.
#[derive(Default)]
pub struct LinesFile(pub Vec<(String, Amount)>);

impl YearsFile {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl LinesFile {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for YearsFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(year, amount)| (year, amount)))
    }
}

impl Serialize for LinesFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(line, amount)| (line, amount)))
    }
}

/// An object of amounts by key, read in the order written and refused past `most`
/// members, which the message names as `member`'s `things`.
struct Keyed {
    most: usize,
    member: &'static str,
    things: &'static str,
    example: &'static str,
}

impl<'de> Visitor<'de> for Keyed {
    type Value = Vec<(String, Amount)>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.example)
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        let mut amounts = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if amounts.len() == self.most {
                let (member, most, things) = (self.member, self.most, self.things);
                return Err(de::Error::custom(format!(
                    "`{member}` holds more than {most} {things}"
                )));
            }
            amounts.push((key, map.next_value()?));
        }
        Ok(amounts)
    }
}

impl<'de> Deserialize<'de> for YearsFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(Keyed {
                most: MOST_YEARS,
                member: "amountsByYear",
                things: "years",
                example: "an object of amounts by contract year, like { \"2\": \"52000.00\" }",
            })
            .map(YearsFile)
    }
}

impl<'de> Deserialize<'de> for LinesFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(Keyed {
                most: MOST_LINES,
                member: "byLine",
                things: "cost lines",
                example: "an object of amounts by cost line, like { \"1\": \"52000.00\" }",
            })
            .map(LinesFile)
    }
}
