//! Actual spend against the plan: for each period with an outturn entered, the plan,
//! the actual, the variance, whether it is within the agreement's tolerance, and each
//! partner's part of it under the agreement's rule, to the penny (the parts, the risk
//! pool's part, a fixed line's variance and what nobody bears add up to the variance).

use super::financial_years::{costs_by_financial_year, partners_by_financial_year};
use super::report::Report;
use super::risk_share::{
    split_variance, within_tolerance, LineVariance, ShareRule, VarianceInput, VarianceSplit,
};
use crate::data::agreement::{Outturn, Period, RiskRule};
use crate::data::money::{to_pence, Percent};
use crate::data::scenario::FundingOption;

/// The plan of one period: the spending plan's (or, with none, the pool's) total and
/// lines, and the partners' contributions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodPlan {
    pub period: Period,
    /// As "2024/25" or "Year 1: Apr 2024 to Mar 2025".
    pub label: String,
    /// As a sentence says it: "2024/25" or "year 1 (Apr 2024 to Mar 2025)".
    pub in_sentence: String,
    /// In pence.
    pub total: i64,
    /// Each cost line's plan, in pence; empty with no spending plan.
    pub lines: Vec<i64>,
    /// Each partner's contribution, in pence.
    pub contributions: Vec<i64>,
}

/// One period's actual spend against its plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodOutturn {
    pub plan: PeriodPlan,
    /// The actual spend, in pence: the total entered, else the lines' (each line not
    /// entered taken as planned).
    pub actual: i64,
    /// Each cost line's actual spend, in pence, where entered by line.
    pub line_actuals: Vec<Option<i64>>,
    pub within_tolerance: bool,
    /// The rule for this direction; `NotStated` where the agreement's is not entered.
    pub rule: RiskRule,
    pub split: VarianceSplit,
    /// Whether the rule needs actual spend by cost line and only a total was entered.
    pub needs_lines: bool,
}

impl PeriodOutturn {
    /// Actual less plan, in pence: an overspend if positive.
    pub fn variance(&self) -> i64 {
        self.split.variance
    }
}

/// Every period of the chosen term the outturn can be entered for, with its plan:
/// contract years, or financial years where the agreement says so.
pub fn period_plans(option: &FundingOption, report: &Report) -> Vec<PeriodPlan> {
    let has_plan = !option.cost_lines.is_empty();
    let pence = |amounts: &[rust_decimal::Decimal]| {
        amounts.iter().map(|a| to_pence(*a)).collect::<Vec<i64>>()
    };
    if option.agreement.by_financial_year {
        let partners = partners_by_financial_year(report);
        let costs = costs_by_financial_year(report);
        return (partners.years.iter().enumerate())
            .map(|(column, year)| PeriodPlan {
                period: Period::FinancialYear(year.first_year),
                label: year.label(),
                in_sentence: year.label(),
                total: to_pence(if has_plan {
                    costs.totals[column]
                } else {
                    partners.totals[column]
                }),
                lines: costs
                    .lines
                    .iter()
                    .map(|row| to_pence(row[column]))
                    .collect(),
                contributions: partners
                    .lines
                    .iter()
                    .map(|row| to_pence(row[column]))
                    .collect(),
            })
            .collect();
    }
    (report.years.iter())
        .map(|year| PeriodPlan {
            period: Period::ContractYear(year.year.number),
            label: year.year.label(),
            in_sentence: year.year.in_sentence(),
            total: to_pence(if has_plan { year.spending } else { year.pool }),
            lines: pence(&year.costs),
            contributions: pence(&year.contributions),
        })
        .collect()
}

/// The outturn of every period with actual spend entered, in period order.
pub fn outturns(option: &FundingOption, report: &Report) -> Vec<PeriodOutturn> {
    let agreement = &option.agreement;
    if agreement.actuals.is_empty() {
        return Vec::new();
    }
    period_plans(option, report)
        .into_iter()
        .filter_map(|plan| {
            let entered = agreement.outturn(plan.period)?;
            Some(period_outturn(option, plan, entered))
        })
        .collect()
}

fn period_outturn(option: &FundingOption, plan: PeriodPlan, entered: &Outturn) -> PeriodOutturn {
    let agreement = &option.agreement;
    let line_actuals: Vec<Option<i64>> = (option.cost_lines.iter())
        .map(|line| entered.line(line.id).map(to_pence))
        .collect();
    let by_line = entered.total.is_none() && line_actuals.iter().any(Option::is_some);
    let lines: Vec<LineVariance> = if by_line {
        line_variances(option, &plan, &line_actuals)
    } else {
        let actual = entered.total.map_or(plan.total, to_pence);
        vec![LineVariance {
            variance: actual - plan.total,
            lead: None,
            variable: true,
        }]
    };
    let variance: i64 = lines.iter().map(|l| l.variance).sum();
    let rule = if variance >= 0 {
        agreement.overspend
    } else {
        agreement.underspend
    };
    let share_rule = share_rule(option, rule, variance >= 0);
    let split = split_variance(&VarianceInput {
        contributions: &plan.contributions,
        lines: &lines,
        rule: &share_rule,
    });
    let split = match rule {
        RiskRule::NotStated => VarianceSplit {
            parts: vec![0; plan.contributions.len()],
            from_pool: 0,
            not_shared: 0,
            unmet: variance,
            variance,
        },
        _ => split,
    };
    PeriodOutturn {
        within_tolerance: within_tolerance(variance, plan.total, agreement.tolerance),
        actual: plan.total + variance,
        needs_lines: rule == RiskRule::Aligned && !by_line,
        line_actuals: if by_line { line_actuals } else { Vec::new() },
        rule,
        split,
        plan,
    }
}

/// Each cost line's variance (a line not entered spends its plan), its lead partner
/// by position, and whether it is shared.
fn line_variances(
    option: &FundingOption,
    plan: &PeriodPlan,
    actuals: &[Option<i64>],
) -> Vec<LineVariance> {
    (option.cost_lines.iter().zip(actuals).enumerate())
        .map(|(index, (line, actual))| {
            let planned = plan.lines.get(index).copied().unwrap_or(0);
            LineVariance {
                variance: actual.map_or(0, |actual| actual - planned),
                lead: (line.terms.lead)
                    .and_then(|id| option.partners.iter().position(|p| p.id == id)),
                variable: !line.terms.fixed_cost,
            }
        })
        .collect()
}

/// The agreement's rule for one direction, with the partners' terms it needs.
fn share_rule(option: &FundingOption, rule: RiskRule, overspend: bool) -> ShareRule {
    let partners = &option.partners;
    match rule {
        RiskRule::NotStated | RiskRule::InProportion => ShareRule::InProportion,
        RiskRule::Aligned => ShareRule::Aligned,
        RiskRule::Fixed => ShareRule::Fixed(
            (partners.iter())
                .map(|p| match overspend {
                    true => p.terms.overspend_share,
                    false => p.terms.underspend_share,
                })
                .map(|share| share.unwrap_or(Percent(0)))
                .collect(),
        ),
        RiskRule::Capped => ShareRule::Capped {
            maximums: partners
                .iter()
                .map(|p| p.terms.maximum.map(to_pence))
                .collect(),
            risk_pool: to_pence(option.agreement.risk_pool),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;
    use rust_decimal::Decimal;

    fn cleveland_with(actual: i64, rule: RiskRule) -> (FundingOption, Vec<PeriodOutturn>) {
        let mut option = Preset::Cleveland2022.option();
        option.agreement.overspend = rule;
        option.agreement.underspend = rule;
        option.agreement.outturn_mut(Period::ContractYear(1)).total = Some(Decimal::new(actual, 2));
        let report = Report::build(&option);
        let found = outturns(&option, &report);
        (option, found)
    }

    #[test]
    fn an_overspend_in_proportion_to_contributions() {
        let (_, found) = cleveland_with(24_059_175, RiskRule::InProportion);
        assert!(
            found[0].within_tolerance,
            "exactly 5.00% over the plan of £229,135.00"
        );
        let (_, found) = cleveland_with(24_059_176, RiskRule::InProportion);
        let year = &found[0];
        assert_eq!(year.variance(), 1_145_676);
        assert!(!year.within_tolerance, "a penny more than 5.00% over");
        assert_eq!(year.split.parts.iter().sum::<i64>(), year.variance());
        assert_eq!(year.split.parts, [787_117, 358_559]);
    }

    #[test]
    fn an_underspend_within_tolerance_with_no_rule_stated() {
        let (_, found) = cleveland_with(22_913_400, RiskRule::NotStated);
        let year = &found[0];
        assert_eq!(year.variance(), -100);
        assert!(year.within_tolerance);
        assert_eq!(year.split.unmet, -100);
    }

    #[test]
    fn aligned_needs_lines() {
        let (mut option, found) = cleveland_with(24_000_000, RiskRule::Aligned);
        assert!(found[0].needs_lines);
        option.cost_lines[0].terms.lead = Some(1);
        option.cost_lines[1].terms.fixed_cost = true;
        let outturn = option.agreement.outturn_mut(Period::ContractYear(1));
        outturn.total = None;
        outturn.by_line = vec![(3, Decimal::from(130_000)), (4, Decimal::from(100_000))];
        let report = Report::build(&option);
        let year = &outturns(&option, &report)[0];
        assert_eq!(year.split.parts, [880_300, 0]);
        assert_eq!(year.split.not_shared, 6_200);
        assert_eq!(year.actual, 23_800_000);
    }
}
