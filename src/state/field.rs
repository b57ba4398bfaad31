//! The fields a person types in, as the state names them: which field ([`Field`]),
//! the line it belongs to ([`LineRef`]), its HTML id, its name in messages, and what
//! its text means once accepted ([`Value`]). Reading and writing values is in
//! [`super::fields`] and [`super::agreement_fields`], which both build on this.

use super::ids;
use funding_model::data::agreement::Period;
use funding_model::data::line::display_name;
use funding_model::data::money::{Percent, Rate};
use funding_model::data::scenario::{FundingOption, MatchRule};
use funding_model::data::version::CalendarDate;
use funding_model::LineList;
use rust_decimal::Decimal;

/// A line, by the list it is in and its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineRef {
    pub list: LineList,
    pub id: u32,
}

impl LineRef {
    pub fn partner(id: u32) -> Self {
        LineRef {
            list: LineList::Partners,
            id,
        }
    }

    pub fn cost_line(id: u32) -> Self {
        LineRef {
            list: LineList::CostLines,
            id,
        }
    }
}

/// A field whose typed text changes the scenario, in the option being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    /// The version details' author, label and date.
    VersionAuthor,
    VersionLabel,
    VersionDate,
    /// The appraisal's: the base year of real terms, year 0 of discounting, a
    /// constant rate of inflation, the user's own index, optimism bias and its source.
    BaseYear,
    DiscountYear,
    DeflatorRate,
    OwnIndex,
    OptimismPercent,
    OptimismSource,
    /// The option being edited's benefits a year.
    Savings,
    AvoidedCosts,
    ValuePerCompletion,
    /// The low and the high value of the sensitivity test at this position.
    SensitivityLow(usize),
    SensitivityHigh(usize),
    /// The name of the option at this position.
    OptionName(usize),
    StartYear,
    /// The length of the extension with this id.
    ExtensionMonths(u32),
    LineName(LineRef),
    Annual(LineRef),
    /// A line's amount for one contract year (1 is the first).
    Year(LineRef, u16),
    Uplift(LineRef),
    /// The match-funding rule's share or amount.
    MatchMinimum,
    Referrals,
    Completions,
    DemandChange,
    /// A line's total over years, or the total its share is of.
    SetTotal(LineRef),
    /// How many years a line's total is spread over.
    SetYears(LineRef),
    /// A line's share of a total.
    SetShare(LineRef),
    /// A line's figure of the basis.
    BasisFigure(LineRef),
    /// The funding group a partner is counted in.
    Group(LineRef),
    /// A partner's agreed percentage of an overspend, and of an underspend.
    OverShare(LineRef),
    UnderShare(LineRef),
    /// The most a partner bears of an overspend.
    Maximum(LineRef),
    BasisName,
    BasisSource,
    BasisDate,
    BasisTotal,
    RiskPool,
    Tolerance,
    /// The actual spend in a period, in total.
    Actual(Period),
    /// A cost line's actual spend in a period.
    ActualLine(LineRef, Period),
}

impl Field {
    /// The HTML id of the field's input, which labels and error links point at.
    pub fn element_id(self) -> String {
        match self {
            Field::Title => ids::TITLE.to_string(),
            Field::VersionAuthor => "version-author".to_string(),
            Field::VersionLabel => "version-label".to_string(),
            Field::VersionDate => "version-date".to_string(),
            field if field.is_appraisal() => appraisal_element_id(field),
            Field::OptionName(position) => ids::option_name(position),
            Field::StartYear => ids::START_YEAR.to_string(),
            Field::ExtensionMonths(id) => ids::extension_months(id),
            Field::LineName(line) => format!("{}-name", ids::line(line.list, line.id)),
            Field::Annual(line) => format!("{}-annual", ids::line(line.list, line.id)),
            Field::Year(line, year) => format!("{}-year-{year}", ids::line(line.list, line.id)),
            Field::Uplift(line) => format!("{}-uplift", ids::line(line.list, line.id)),
            Field::MatchMinimum => ids::MATCH_MINIMUM.to_string(),
            Field::Referrals => ids::REFERRALS.to_string(),
            Field::Completions => ids::COMPLETIONS.to_string(),
            Field::DemandChange => ids::DEMAND_CHANGE.to_string(),
            field => agreement_element_id(field),
        }
    }

    /// Whether the field is one of the agreement's ([`agreement_fields`]).
    pub fn is_agreement(self) -> bool {
        !self.is_version()
            && !self.is_appraisal()
            && !matches!(
                self,
                Field::Title
                    | Field::OptionName(_)
                    | Field::StartYear
                    | Field::ExtensionMonths(_)
                    | Field::LineName(_)
                    | Field::Annual(_)
                    | Field::Year(..)
                    | Field::Uplift(_)
                    | Field::MatchMinimum
                    | Field::Referrals
                    | Field::Completions
                    | Field::DemandChange
            )
    }

    /// Whether the field is one of the version details ([`super::version`]).
    pub fn is_version(self) -> bool {
        matches!(
            self,
            Field::VersionAuthor | Field::VersionLabel | Field::VersionDate
        )
    }

    /// The appraisal's fields that are not one of a list, in the order the view
    /// names them.
    pub const APPRAISAL_SETTINGS: [Field; 9] = [
        Field::BaseYear,
        Field::DiscountYear,
        Field::DeflatorRate,
        Field::OwnIndex,
        Field::OptimismPercent,
        Field::OptimismSource,
        Field::Savings,
        Field::AvoidedCosts,
        Field::ValuePerCompletion,
    ];

    /// Whether the field is one of the appraisal's ([`super::appraisal`]).
    pub fn is_appraisal(self) -> bool {
        matches!(
            self,
            Field::BaseYear
                | Field::DiscountYear
                | Field::DeflatorRate
                | Field::OwnIndex
                | Field::OptimismPercent
                | Field::OptimismSource
                | Field::Savings
                | Field::AvoidedCosts
                | Field::ValuePerCompletion
                | Field::SensitivityLow(_)
                | Field::SensitivityHigh(_)
        )
    }

    /// The field whose input has the HTML id `id`, if any: the reverse of
    /// [`Field::element_id`], for typed text kept with the saved draft.
    pub fn from_element_id(id: &str) -> Option<Field> {
        let fixed = [
            Field::Title,
            Field::VersionAuthor,
            Field::VersionLabel,
            Field::VersionDate,
            Field::StartYear,
            Field::MatchMinimum,
            Field::Referrals,
            Field::Completions,
            Field::DemandChange,
            Field::BasisName,
            Field::BasisSource,
            Field::BasisDate,
            Field::BasisTotal,
            Field::RiskPool,
            Field::Tolerance,
        ];
        let appraisal = Field::APPRAISAL_SETTINGS.into_iter();
        if let Some(field) = fixed
            .into_iter()
            .chain(appraisal)
            .find(|f| f.element_id() == id)
        {
            return Some(field);
        }
        if let Some(rest) = id.strip_prefix("sensitivity-") {
            let (number, end) = rest.split_once('-')?;
            let at: usize = number.parse().ok()?;
            let field = match end {
                "low" => Field::SensitivityLow(at),
                "high" => Field::SensitivityHigh(at),
                _ => return None,
            };
            return (field.element_id() == id).then_some(field);
        }
        if let Some(code) = id.strip_prefix("actual-") {
            return period_from_code(code).map(Field::Actual);
        }
        let (kind, rest) = id.split_once('-')?;
        let (number, what) = rest.split_once('-')?;
        let number: u32 = number.parse().ok()?;
        let list = match kind {
            "partner" => LineList::Partners,
            "cost" => LineList::CostLines,
            "option" if what == "name" => return Some(Field::OptionName(number as usize)),
            "extension" if what == "months" => return Some(Field::ExtensionMonths(number)),
            _ => return None,
        };
        let line = LineRef { list, id: number };
        match what {
            "name" => Some(Field::LineName(line)),
            "annual" => Some(Field::Annual(line)),
            "uplift" => Some(Field::Uplift(line)),
            "set-total" => Some(Field::SetTotal(line)),
            "set-years" => Some(Field::SetYears(line)),
            "set-share" => Some(Field::SetShare(line)),
            "basis-figure" => Some(Field::BasisFigure(line)),
            "group" => Some(Field::Group(line)),
            "overspend-share" => Some(Field::OverShare(line)),
            "underspend-share" => Some(Field::UnderShare(line)),
            "maximum" => Some(Field::Maximum(line)),
            _ if what.starts_with("actual-") => period_from_code(&what["actual-".len()..])
                .map(|period| Field::ActualLine(line, period)),
            _ => Some(Field::Year(line, what.strip_prefix("year-")?.parse().ok()?)),
        }
        .filter(|field| field.element_id() == id)
    }

    /// Whether the field is a name (the title, an option's or a line's): any text but
    /// one holding hidden characters is taken as it is, so such a field holds a draft
    /// only while what is typed in it is refused.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Field::Title
                | Field::VersionAuthor
                | Field::VersionLabel
                | Field::OptimismSource
                | Field::OptionName(_)
                | Field::LineName(_)
                | Field::Group(_)
                | Field::BasisName
                | Field::BasisSource
                | Field::BasisDate
        )
    }

    /// The line the field belongs to, if any.
    pub fn line(self) -> Option<LineRef> {
        match self {
            Field::LineName(line) | Field::Annual(line) | Field::Year(line, _) => Some(line),
            Field::Uplift(line) | Field::SetTotal(line) | Field::SetYears(line) => Some(line),
            Field::SetShare(line) | Field::BasisFigure(line) | Field::Group(line) => Some(line),
            Field::OverShare(line) | Field::UnderShare(line) | Field::Maximum(line) => Some(line),
            Field::ActualLine(line, _) => Some(line),
            _ => None,
        }
    }

    /// What the field is, for messages away from it: "Sheffield City Council: annual
    /// contribution".
    pub fn name_in(self, option: &FundingOption) -> String {
        let line_name = |line: LineRef| {
            option
                .line_parts(line.list, line.id)
                .map_or_else(String::new, |parts| {
                    display_name(parts.name, line.list, parts.position)
                })
        };
        let is_partner = |line: LineRef| line.list == LineList::Partners;
        match self {
            Field::Title => "Scenario title".to_string(),
            Field::VersionAuthor => "Version: author".to_string(),
            Field::VersionLabel => "Version: label".to_string(),
            Field::VersionDate => "Version: date".to_string(),
            field if field.is_appraisal() => appraisal_field_name(field),
            Field::OptionName(position) => format!("Option {}: name", position + 1),
            Field::StartYear => "Contract start year".to_string(),
            Field::ExtensionMonths(id) => {
                let number = option
                    .extensions
                    .iter()
                    .position(|e| e.id == id)
                    .map_or(0, |i| i + 1);
                format!("Extension {number}: length in months")
            }
            Field::LineName(line) => format!("{}: name", line_name(line)),
            Field::Annual(line) if is_partner(line) => {
                format!("{}: annual contribution", line_name(line))
            }
            Field::Annual(line) => format!("{}: annual cost", line_name(line)),
            Field::Year(line, year) if is_partner(line) => {
                format!("{}: amount for year {year}", line_name(line))
            }
            Field::Year(line, year) => format!("{}: cost for year {year}", line_name(line)),
            Field::Uplift(line) => format!("{}: annual uplift", line_name(line)),
            Field::MatchMinimum => "Match-funding rule: minimum".to_string(),
            Field::Referrals => "Referrals a year".to_string(),
            Field::Completions => "Completions a year".to_string(),
            Field::DemandChange => "Change in demand".to_string(),
            field => agreement_field_name(field, &line_name),
        }
    }
}

/// The HTML id of an appraisal field's input.
fn appraisal_element_id(field: Field) -> String {
    match field {
        Field::BaseYear => "base-year".to_string(),
        Field::DiscountYear => "discount-year".to_string(),
        Field::DeflatorRate => "deflator-rate".to_string(),
        Field::OwnIndex => "own-index".to_string(),
        Field::OptimismPercent => "optimism-percent".to_string(),
        Field::OptimismSource => "optimism-source".to_string(),
        Field::Savings => "benefit-savings".to_string(),
        Field::AvoidedCosts => "benefit-avoided".to_string(),
        Field::ValuePerCompletion => "benefit-per-completion".to_string(),
        Field::SensitivityLow(at) => format!("sensitivity-{at}-low"),
        Field::SensitivityHigh(at) => format!("sensitivity-{at}-high"),
        _ => String::new(),
    }
}

/// What an appraisal field is, for messages away from it.
fn appraisal_field_name(field: Field) -> String {
    match field {
        Field::BaseYear => "Real terms: base year".to_string(),
        Field::DiscountYear => "Discounting: year 0".to_string(),
        Field::DeflatorRate => "Real terms: rate of inflation".to_string(),
        Field::OwnIndex => "Real terms: your own index".to_string(),
        Field::OptimismPercent => "Optimism bias".to_string(),
        Field::OptimismSource => "Optimism bias: source".to_string(),
        Field::Savings => "Cashable savings a year".to_string(),
        Field::AvoidedCosts => "Costs avoided a year".to_string(),
        Field::ValuePerCompletion => "Value of each completion".to_string(),
        Field::SensitivityLow(at) => format!("Sensitivity test {}: low value", at + 1),
        Field::SensitivityHigh(at) => format!("Sensitivity test {}: high value", at + 1),
        _ => String::new(),
    }
}

/// The HTML id of an agreement field's input.
fn agreement_element_id(field: Field) -> String {
    let of = |line: LineRef, what: &str| format!("{}-{what}", ids::line(line.list, line.id));
    match field {
        Field::SetTotal(line) => of(line, "set-total"),
        Field::SetYears(line) => of(line, "set-years"),
        Field::SetShare(line) => of(line, "set-share"),
        Field::BasisFigure(line) => of(line, "basis-figure"),
        Field::Group(line) => of(line, "group"),
        Field::OverShare(line) => of(line, "overspend-share"),
        Field::UnderShare(line) => of(line, "underspend-share"),
        Field::Maximum(line) => of(line, "maximum"),
        Field::ActualLine(line, period) => of(line, &format!("actual-{}", period_code(period))),
        Field::Actual(period) => format!("actual-{}", period_code(period)),
        Field::BasisName => "basis-name".to_string(),
        Field::BasisSource => "basis-source".to_string(),
        Field::BasisDate => "basis-date".to_string(),
        Field::BasisTotal => "basis-total".to_string(),
        Field::RiskPool => "risk-pool".to_string(),
        Field::Tolerance => "tolerance".to_string(),
        _ => String::new(),
    }
}

/// What an agreement field is, for messages away from it.
fn agreement_field_name(field: Field, line_name: &dyn Fn(LineRef) -> String) -> String {
    let period = |period: Period| match period {
        Period::ContractYear(number) => format!("year {number}"),
        Period::FinancialYear(first) => {
            funding_model::figures::financial_years::FinancialYear { first_year: first }.label()
        }
    };
    match field {
        Field::SetTotal(line) => format!("{}: total", line_name(line)),
        Field::SetYears(line) => format!("{}: number of years", line_name(line)),
        Field::SetShare(line) => format!("{}: share", line_name(line)),
        Field::BasisFigure(line) => format!("{}: basis figure", line_name(line)),
        Field::Group(line) => format!("{}: funding group", line_name(line)),
        Field::OverShare(line) => format!("{}: share of an overspend", line_name(line)),
        Field::UnderShare(line) => format!("{}: share of an underspend", line_name(line)),
        Field::Maximum(line) => format!("{}: most it bears of an overspend", line_name(line)),
        Field::ActualLine(line, p) => format!("{}: actual spend in {}", line_name(line), period(p)),
        Field::Actual(p) => format!("Actual spend in {}", period(p)),
        Field::BasisName => "Basis: what the figures are".to_string(),
        Field::BasisSource => "Basis: source".to_string(),
        Field::BasisDate => "Basis: date".to_string(),
        Field::BasisTotal => "Basis: total a year".to_string(),
        Field::RiskPool => "Risk pool".to_string(),
        Field::Tolerance => "Tolerance".to_string(),
        _ => String::new(),
    }
}

/// What a field's text means once it is accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    StartYear(i32),
    Months(u16),
    Amount(Decimal),
    /// A year's own amount, or `None` for "the same as the annual amount".
    YearAmount(Option<Decimal>),
    Uplift(Rate),
    Rule(MatchRule),
    Count(u32),
    Change(i32),
    Years(u8),
    Share(Percent),
    OptionalShare(Option<Percent>),
    OptionalAmount(Option<Decimal>),
    Figure(Option<u64>),
    Date(Option<CalendarDate>),
    /// A financial year by the calendar year it starts in; `None` for the default.
    Year(Option<i32>),
    /// An index by financial year.
    Index(Vec<(i32, Decimal)>),
}

/// A period in an element id: `y3` for contract year 3, `fy2024` for 2024/25.
pub fn period_code(period: Period) -> String {
    match period {
        Period::ContractYear(number) => format!("y{number}"),
        Period::FinancialYear(first) => format!("fy{first}"),
    }
}

/// The period an element id's code names.
pub fn period_from_code(code: &str) -> Option<Period> {
    if let Some(first) = code.strip_prefix("fy") {
        return first.parse().ok().map(Period::FinancialYear);
    }
    code.strip_prefix('y')?
        .parse()
        .ok()
        .map(Period::ContractYear)
}
