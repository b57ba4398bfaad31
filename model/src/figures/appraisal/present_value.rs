//! Each option's cash flows by financial year, discounted to present value: costs (the
//! spending plan where the option has one, else its pool of contributions), optimism
//! bias as its own line on costs, and benefits (savings, avoided costs, the value of
//! completions) for the financial years the contract runs. Each financial year's figure
//! is discounted and rounded on its own, so every present value is the sum of the parts
//! shown. Net present value is benefits less costs; net present cost is costs less
//! benefits, and against the baseline option the difference of the two.

use super::deflate::published;
use super::discount::{discount, Discounted};
use super::real_terms::{contract_year_factors, option_in_real_terms};
use crate::data::line::{CostKind, CostLine};
use crate::data::money::{round_to_penny, Rate};
use crate::data::scenario::{FundingOption, Scenario};
use crate::figures::financial_years::{
    costs_by_financial_year, pool_by_financial_year, FinancialYear,
};
use crate::figures::report::Report;
use crate::figures::Figures;
use rust_decimal::Decimal;

/// Where an option's costs come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostsFrom {
    /// The spending plan's cost lines.
    Plan,
    /// The pool of contributions, as the option has no spending plan.
    Pool,
}

/// One stream of money by financial year, each year discounted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stream {
    pub years: Vec<FinancialYear>,
    pub parts: Vec<Discounted>,
    pub cash: Decimal,
    /// The sum of the parts' present values.
    pub present: Decimal,
}

impl Stream {
    fn of(flows: &[(FinancialYear, Decimal)], year0: i32) -> Stream {
        let parts: Vec<Discounted> = (flows.iter())
            .map(|(year, cash)| discount(*cash, year.first_year - year0))
            .collect();
        Stream {
            years: flows.iter().map(|(y, _)| *y).collect(),
            cash: flows.iter().map(|(_, c)| *c).sum(),
            present: parts.iter().map(|p| p.present).sum(),
            parts,
        }
    }
}

/// One option appraised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionAppraisal {
    pub costs_from: CostsFrom,
    pub costs: Stream,
    /// The uplift for optimism bias on each year's costs, where there is one.
    pub optimism_bias: Option<Stream>,
    /// Where the option has benefits.
    pub benefits: Option<Stream>,
    /// Costs and optimism bias, at present value.
    pub pv_costs: Decimal,
    pub pv_benefits: Decimal,
    /// PV of benefits − PV of costs.
    pub npv: Decimal,
    /// PV of costs − PV of benefits.
    pub net_present_cost: Decimal,
    /// This option's net present cost less the baseline's.
    pub against_baseline: Decimal,
    /// PV of benefits ÷ PV of costs to two places, only where there are benefits.
    pub bcr: Option<Decimal>,
}

/// Every option appraised on one basis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppraisalFigures {
    /// Prices are of this financial year.
    pub base_year: i32,
    /// The financial year left undiscounted.
    pub year0: i32,
    pub options: Vec<OptionAppraisal>,
}

/// The prices' base year: the scenario's, else the first financial year of the
/// baseline option's contract.
pub fn base_year(scenario: &Scenario) -> i32 {
    let baseline = scenario.options.get(scenario.baseline);
    scenario
        .appraisal
        .base_year
        .unwrap_or_else(|| baseline.map_or(0, |o| FinancialYear::of(o.start).first_year))
}

/// Year 0 of discounting: the scenario's, else the base year.
pub fn year0(scenario: &Scenario) -> i32 {
    scenario
        .appraisal
        .discount_year
        .unwrap_or_else(|| base_year(scenario))
}

/// The prices an appraisal is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Prices {
    /// Real terms at the prices of the base year, as the Green Book asks.
    Real,
    /// Cash: real terms were not asked for, or (with the reason) the deflator does
    /// not cover every year.
    Cash(Option<String>),
}

/// The prices the scenario's appraisal is in.
pub fn prices(scenario: &Scenario) -> Prices {
    if !scenario.appraisal.real_terms {
        return Prices::Cash(None);
    }
    let series = published();
    let base = base_year(scenario);
    let deflator = &scenario.appraisal.deflator;
    match (scenario.options.iter())
        .map(|option| contract_year_factors(option, base, deflator, &series))
        .find_map(Result::err)
    {
        Some(why) => Prices::Cash(Some(why)),
        None => Prices::Real,
    }
}

/// The report an option is appraised from: in real terms where the scenario asks
/// for them and the deflator covers every year, else in cash.
pub fn appraised_report(scenario: &Scenario, option: &FundingOption) -> Report {
    if scenario.appraisal.real_terms {
        let (base, deflator) = (base_year(scenario), &scenario.appraisal.deflator);
        if let Ok(real) = option_in_real_terms(option, base, deflator, &published()) {
            return Report::build(&real);
        }
    }
    Report::build(option)
}

/// Appraises every option, from the reports the page already shows (in cash), or in
/// real terms where the scenario asks for them.
pub fn appraise(scenario: &Scenario, figures: &Figures) -> AppraisalFigures {
    let year0 = year0(scenario);
    let bias = scenario.appraisal.optimism_bias.as_ref().map(|b| b.percent);
    let real = prices(scenario) == Prices::Real;
    let mut options: Vec<OptionAppraisal> = (scenario.options.iter())
        .zip(&figures.reports)
        .map(|(option, report)| match real {
            true => appraise_option(option, &appraised_report(scenario, option), year0, bias),
            false => appraise_option(option, report, year0, bias),
        })
        .collect();
    let baseline = (options.get(scenario.baseline)).map_or(Decimal::ZERO, |o| o.net_present_cost);
    for option in &mut options {
        option.against_baseline = option.net_present_cost - baseline;
    }
    AppraisalFigures {
        base_year: base_year(scenario),
        year0,
        options,
    }
}

/// One option's streams and its headline figures (against the baseline left at zero).
pub fn appraise_option(
    option: &FundingOption,
    report: &Report,
    year0: i32,
    bias: Option<Rate>,
) -> OptionAppraisal {
    let (costs_from, flows) = cost_flows(option, report);
    let costs = Stream::of(&flows, year0);
    let optimism_bias = bias.filter(|b| b.0 > 0).map(|rate| {
        let uplift = Decimal::new(i64::from(rate.0), 6);
        let flows: Vec<_> = (flows.iter())
            .map(|(y, c)| (*y, round_to_penny(*c * uplift)))
            .collect();
        Stream::of(&flows, year0)
    });
    let benefits = (!option.benefits.is_none()).then(|| Stream::of(&benefit_flows(option), year0));
    let pv_costs = costs.present + optimism_bias.as_ref().map_or(Decimal::ZERO, |s| s.present);
    let pv_benefits = benefits.as_ref().map_or(Decimal::ZERO, |s| s.present);
    let bcr =
        (benefits.is_some() && !pv_costs.is_zero()).then(|| round_to_penny(pv_benefits / pv_costs));
    OptionAppraisal {
        costs_from,
        costs,
        optimism_bias,
        benefits,
        pv_costs,
        pv_benefits,
        npv: pv_benefits - pv_costs,
        net_present_cost: pv_costs - pv_benefits,
        against_baseline: Decimal::ZERO,
        bcr,
    }
}

/// The option's costs by financial year: its spending plan, else its pool.
fn cost_flows(
    option: &FundingOption,
    report: &Report,
) -> (CostsFrom, Vec<(FinancialYear, Decimal)>) {
    if option.cost_lines.is_empty() {
        (CostsFrom::Pool, pool_by_financial_year(report))
    } else {
        let table = costs_by_financial_year(report);
        (
            CostsFrom::Plan,
            table.years.into_iter().zip(table.totals).collect(),
        )
    }
}

/// The benefits of a full year: savings, avoided costs, and the value of a year's
/// completions (changed by the demand change, as the report's activity is).
pub fn annual_benefits(option: &FundingOption) -> Decimal {
    let benefits = option.benefits;
    let completions = Decimal::from(option.activity.completions_per_year)
        * Decimal::from(100 + option.activity.demand_change_percent)
        / Decimal::ONE_HUNDRED;
    benefits.cashable_savings
        + benefits.avoided_costs
        + round_to_penny(benefits.value_per_completion * completions)
}

/// The benefits by financial year over the term taken up, pro-rated exactly as the
/// report pro-rates an amount a year: the option with one cost line of the year's
/// benefits, with no uplift and no rounding to pounds, spread by its own rule.
fn benefit_flows(option: &FundingOption) -> Vec<(FinancialYear, Decimal)> {
    let mut carrier = option.clone();
    carrier.agreement.whole_pounds = false;
    carrier.partners.clear();
    carrier.cost_lines = vec![CostLine::new(
        1,
        "Benefits",
        CostKind::Other,
        annual_benefits(option),
    )];
    let table = costs_by_financial_year(&Report::build(&carrier));
    table.years.into_iter().zip(table.totals).collect()
}
