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
    /// The fingerprint of the scenario's figures (`figures::fingerprint`), as the
    /// page and the printed paper show it: written for people to match a file to a
    /// paper, never read back, since the figures are worked out afresh.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub fingerprint: Option<String>,
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

/// Versions 2 to 5 (3 adds a rule on a share of the grants, 4 the agreement, 5 the
/// appraisal, benefits and version details).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ScenarioV2 {
    pub title: String,
    #[serde(default = "Whole::one", skip_serializing_if = "Whole::is_one")]
    pub baseline_option: Whole,
    #[serde(default = "Whole::one", skip_serializing_if = "Whole::is_one")]
    pub shown_option: Whole,
    pub options: Vec<OptionFile>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub appraisal: Option<AppraisalFile>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub version_details: Option<VersionFile>,
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
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub benefits: Option<BenefitsFile>,
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

/// The scenario's appraisal (version 5); each member left out holds its default.
#[derive(Serialize, Deserialize, Default)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of the appraisal's members, like { \"realTerms\": true }"
)]
pub struct AppraisalFile {
    #[serde(default, skip_serializing_if = "is_false")]
    pub real_terms: bool,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub base_year: Option<Whole>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub deflator: Option<DeflatorFile>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub discount_year: Option<Whole>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_option: Option<Whole>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub optimism_bias: Option<OptimismBiasFile>,
    #[serde(default, skip_serializing_if = "SensitivitiesFile::is_empty")]
    pub sensitivities: SensitivitiesFile,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub switching_input: Option<InputRefFile>,
}

/// Where the deflator comes from: `"published"`, `{"constant": "2.00"}`, or
/// `{"own": {"2024": "100.000", ...}}`.
#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "the deflator, like \"published\" or { \"constant\": \"2.00\" }"
)]
pub enum DeflatorFile {
    Published,
    Constant(Amount),
    Own(IndexFile),
}

#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of the optimism bias's percent and source"
)]
pub struct OptimismBiasFile {
    pub percent: Amount,
    pub source: String,
}

/// One input of one option, the option numbered from 1.
#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of an option's number and one of its inputs, like { \"option\": 1, \"input\": \"cashableSavings\" }"
)]
pub struct InputRefFile {
    pub option: Whole,
    pub input: InputFile,
}

/// An input: a partner's or cost line's amount by its number from 1, or one of the
/// option's benefits or its completions.
#[derive(Serialize, Deserialize, Clone, Copy)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an input, like \"completions\" or { \"partnerAmount\": 1 }"
)]
pub enum InputFile {
    PartnerAmount(Whole),
    CostAmount(Whole),
    CashableSavings,
    AvoidedCosts,
    ValuePerCompletion,
    Completions,
}

#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of an input tested at a low and a high value"
)]
pub struct SensitivityFile {
    pub option: Whole,
    pub input: InputFile,
    pub low: Amount,
    pub high: Amount,
}

/// An option's benefits a year (version 5); each left out is zero.
#[derive(Serialize, Deserialize, Default)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of the option's benefits, like { \"cashableSavings\": \"12000.00\" }"
)]
pub struct BenefitsFile {
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub cashable_savings: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub avoided_costs: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub value_per_completion: Option<Amount>,
}

/// The scenario's version details (version 5); each left out is empty.
#[derive(Serialize, Deserialize, Default)]
#[serde(
    deny_unknown_fields,
    rename_all = "camelCase",
    expecting = "an object of the version's author, label, status and date"
)]
pub struct VersionFile {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<String>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<String>,
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

/// The most inputs `sensitivities` can hold.
const MOST_SENSITIVITIES: usize = crate::data::limits::MAX_SENSITIVITIES;
/// The most years an index of the user's own can hold.
const MOST_INDEX_YEARS: usize = crate::data::limits::MAX_DEFLATOR_YEARS;

/// `sensitivities`, refused past [`MOST_SENSITIVITIES`] items as it is read.
#[derive(Default)]
pub struct SensitivitiesFile(pub Vec<SensitivityFile>);

impl SensitivitiesFile {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for SensitivitiesFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(&self.0)
    }
}

impl<'de> Deserialize<'de> for SensitivitiesFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> Visitor<'de> for Items {
            type Value = SensitivitiesFile;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of inputs tested at a low and a high value")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    if items.len() == MOST_SENSITIVITIES {
                        return Err(de::Error::custom(format!(
                            "`sensitivities` holds more than {MOST_SENSITIVITIES} inputs"
                        )));
                    }
                    items.push(item);
                }
                Ok(SensitivitiesFile(items))
            }
        }
        deserializer.deserialize_seq(Items)
    }
}

/// A deflator's index of the user's own: figures keyed by the calendar year each
/// financial year starts in, as written, refused past [`MOST_INDEX_YEARS`] members.
pub struct IndexFile(pub Vec<(String, Amount)>);

impl Serialize for IndexFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(year, figure)| (year, figure)))
    }
}

impl<'de> Deserialize<'de> for IndexFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(Keyed {
                most: MOST_INDEX_YEARS,
                member: "own",
                things: "years",
                example: "an object of index figures by year, like { \"2024\": \"100.000\" }",
            })
            .map(IndexFile)
    }
}

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
