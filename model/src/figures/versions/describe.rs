//! Each input as a list of changes shows it: short, as the editor labels it, money
//! as £1,234.56. Two values are reported as changed only where these words differ, so
//! a change is never listed that reads "£1.00 → £1.00".

use crate::data::agreement::{Basis, Outturn, Period};
use crate::data::amount_set::AmountSet;
use crate::data::appraisal::{Deflator, Input, InputRef, OptimismBias, Sensitivity};
use crate::data::line::Uplift;
use crate::data::money::group_thousands;
use crate::data::scenario::{MatchRule, Scenario};
use crate::format_gbp;
use rust_decimal::Decimal;

pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

/// Text, or "none" where it is empty.
pub fn or_none(text: &str) -> String {
    if text.trim().is_empty() {
        "none".to_string()
    } else {
        text.to_string()
    }
}

pub fn money_or_none(amount: Option<Decimal>) -> String {
    amount.map_or_else(|| "none".to_string(), format_gbp)
}

/// "2.50% a year from year 2", "none".
pub fn uplift(uplift: Uplift) -> String {
    if uplift.is_none() {
        "none".to_string()
    } else {
        format!(
            "{} a year from year {}",
            uplift.percent.label(),
            uplift.from_year
        )
    }
}

/// How a line's amount is set, in a few words.
pub fn amount_set(set: &AmountSet) -> String {
    match set {
        AmountSet::Annual => "an amount a year".to_string(),
        AmountSet::OverYears { total, years } => {
            format!("a total of {} over {years} years", format_gbp(*total))
        }
        AmountSet::ShareOf { share, of } => format!("{} of {}", share.label(), format_gbp(*of)),
        AmountSet::ByBasis => "by the basis".to_string(),
        AmountSet::OneOff { year } => format!("a one-off in year {year}"),
    }
}

pub fn match_rule(rule: MatchRule) -> String {
    match rule {
        MatchRule::NoRule => "none".to_string(),
        MatchRule::MinimumLocalShare(share) => {
            format!("local partners at least {} of the total", share.label())
        }
        MatchRule::MinimumLocalAmount(amount) => {
            format!("local partners at least {} in total", format_gbp(amount))
        }
        MatchRule::MinimumShareOfGrant(share) => {
            format!("local match at least {} of the grants", share.label())
        }
    }
}

pub fn basis(basis: Option<&Basis>) -> String {
    match basis {
        None => "none".to_string(),
        Some(basis) => format!(
            "{}, {} a year (source: {}; date: {})",
            or_none(&basis.name),
            format_gbp(basis.total),
            or_none(&basis.source),
            or_none(&basis.date)
        ),
    }
}

/// "contract year 2", "2024-25".
pub fn period(period: Period) -> String {
    match period {
        Period::ContractYear(number) => format!("contract year {number}"),
        Period::FinancialYear(year) => financial_year(year),
    }
}

pub fn financial_year(year: i32) -> String {
    format!("{year}-{:02}", (year + 1).rem_euclid(100))
}

/// An outturn's total and its lines, the lines named by `line_name`.
pub fn outturn(outturn: Option<&Outturn>, line_name: &dyn Fn(u32) -> String) -> String {
    let Some(outturn) = outturn else {
        return "none".to_string();
    };
    let mut parts: Vec<String> = outturn
        .total
        .map(|total| format!("{} in total", format_gbp(total)))
        .into_iter()
        .collect();
    parts.extend(
        (outturn.by_line.iter())
            .map(|(id, amount)| format!("{} on {}", format_gbp(*amount), line_name(*id))),
    );
    if parts.is_empty() {
        "none".to_string()
    } else {
        parts.join("; ")
    }
}

pub fn year(year: Option<i32>, default: &str) -> String {
    year.map_or_else(|| default.to_string(), financial_year)
}

pub fn deflator(deflator: &Deflator) -> String {
    match deflator {
        Deflator::Published => "HM Treasury's GDP deflators".to_string(),
        Deflator::Constant(rate) => format!("{} a year", rate.label()),
        Deflator::Own(index) => {
            let years: Vec<String> = index
                .iter()
                .map(|(year, value)| format!("{} {}", financial_year(*year), value.normalize()))
                .collect();
            format!("its own index ({})", years.join(", "))
        }
    }
}

pub fn optimism_bias(bias: Option<&OptimismBias>) -> String {
    match bias {
        None => "none".to_string(),
        Some(bias) if bias.source.trim().is_empty() => bias.percent.label(),
        Some(bias) => format!("{} ({})", bias.percent.label(), bias.source),
    }
}

/// An input an appraisal moves, named in `scenario`: "Sheffield City Council's
/// contribution in “Option 3”".
pub fn input(scenario: &Scenario, input: Option<InputRef>) -> String {
    let Some(input) = input else {
        return "none".to_string();
    };
    let option = scenario.options.get(input.option);
    let option_name = option.map_or_else(
        || format!("option {}", input.option + 1),
        |o| super::super::comparison::option_name(&o.name, input.option),
    );
    let line = |name: Option<String>, id: u32| name.unwrap_or_else(|| format!("line {id}"));
    let what = match input.input {
        Input::PartnerAmount(id) => {
            let name = option.and_then(|o| o.partners.iter().find(|p| p.id == id));
            format!("{}'s contribution", line(name.map(|p| p.name.clone()), id))
        }
        Input::CostAmount(id) => {
            let name = option.and_then(|o| o.cost_lines.iter().find(|c| c.id == id));
            format!("{}'s amount", line(name.map(|c| c.name.clone()), id))
        }
        Input::CashableSavings => "cashable savings".to_string(),
        Input::AvoidedCosts => "avoided costs".to_string(),
        Input::ValuePerCompletion => "value per completion".to_string(),
        Input::Completions => "completions".to_string(),
    };
    format!("{what} in {option_name}")
}

pub fn sensitivity(scenario: &Scenario, sensitivity: Option<&Sensitivity>) -> String {
    match sensitivity {
        None => "none".to_string(),
        Some(test) => format!(
            "{} from {} to {}",
            input(scenario, Some(test.input)),
            test.low.normalize(),
            test.high.normalize()
        ),
    }
}

pub fn count(count: u32) -> String {
    group_thousands(u64::from(count))
}
