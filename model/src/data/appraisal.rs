//! How money over time is appraised, under HM Treasury's Green Book: real terms at
//! the prices of a base year, present values at the Green Book's discount rates,
//! benefits, optimism bias, switching values and sensitivity. Plain data; the
//! figures come from `crate::figures::appraisal`.
//!
//! The appraisal is the scenario's, not an option's, so every option is appraised on
//! one basis and the figures compare. Benefits are each option's own
//! ([`Benefits`] on `FundingOption`).

use super::money::Rate;
use rust_decimal::Decimal;

/// The scenario's appraisal settings. The default shows cash and appraises nothing
/// beyond the Green Book's defaults, so a scenario without one reads as before.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Appraisal {
    /// Whether tables and charts show real terms rather than cash.
    pub real_terms: bool,
    /// Real terms are at the prices of this financial year, named by the calendar
    /// year it starts in (2024 for 2024-25). `None`: the first financial year of the
    /// baseline option's contract.
    pub base_year: Option<i32>,
    pub deflator: Deflator,
    /// Year 0 of discounting, the financial year left undiscounted, named as
    /// `base_year` is. `None`: the same year as the prices' base year.
    pub discount_year: Option<i32>,
    /// The position of the option the commissioner prefers, for switching values.
    pub preferred: Option<usize>,
    pub optimism_bias: Option<OptimismBias>,
    /// Inputs tested at a low and a high value, in the order the user added them.
    pub sensitivities: Vec<Sensitivity>,
    /// The input whose switching value is shown.
    pub switching_input: Option<InputRef>,
}

impl Appraisal {
    /// Whether anything is set beyond the defaults.
    pub fn is_plain(&self) -> bool {
        *self == Appraisal::default()
    }
}

/// Where the index that turns cash into real terms comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Deflator {
    /// HM Treasury's GDP deflators, shipped with the app as a data file with its
    /// source and date.
    #[default]
    Published,
    /// A constant rate of inflation a year, as the Green Book's worked example's 2%.
    Constant(Rate),
    /// The user's own index, one figure per financial year (its starting calendar
    /// year, the index), in year order with no year twice.
    Own(Vec<(i32, Decimal)>),
}

/// An uplift on costs for optimism bias, with where its percentage comes from (as
/// "Green Book supplementary guidance, outsourcing, upper bound").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptimismBias {
    pub percent: Rate,
    pub source: String,
}

/// What an option saves or is worth, a year, for present value and the
/// benefit-cost ratio. Zero throughout when the user enters none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Benefits {
    /// Money a partner no longer spends, each year of the contract.
    pub cashable_savings: Decimal,
    /// Costs avoided elsewhere (as police time or repeat incidents), each year.
    pub avoided_costs: Decimal,
    /// A value put on each person completing the programme.
    pub value_per_completion: Decimal,
}

impl Benefits {
    pub fn is_none(&self) -> bool {
        *self == Benefits::default()
    }
}

/// One input of one option that an appraisal may move: for a switching value or a
/// sensitivity test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputRef {
    /// The option's position.
    pub option: usize,
    pub input: Input,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A partner's annual contribution, by the partner's id.
    PartnerAmount(u32),
    /// A cost line's annual amount, by the line's id.
    CostAmount(u32),
    CashableSavings,
    AvoidedCosts,
    ValuePerCompletion,
    /// The number of people completing each year.
    Completions,
}

/// An input tested at a low and a high value, the central value being the
/// scenario's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sensitivity {
    pub input: InputRef,
    pub low: Decimal,
    pub high: Decimal,
}
