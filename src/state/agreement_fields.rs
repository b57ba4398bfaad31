//! The agreement's fields: how a line's amount is set (a total and its years, a share
//! and what it is of, a basis figure), a partner's group and terms for a variance, the
//! basis, the risk pool, the tolerance and the actual spend. Read, parsed and written
//! here, as [`super::fields`] does for the rest.

use super::field::{Field, LineRef, Value};
use funding_model::data::agreement::{Agreement, Basis, Period};
use funding_model::data::amount_set::AmountSet;
use funding_model::data::inputs::{check_name, parse_amount, parse_percent, parse_whole_number};
use funding_model::data::limits::{MAX_CONTRACT_YEARS, MAX_TEXT_CHARS};
use funding_model::data::money::Percent;
use funding_model::data::scenario::FundingOption;
use rust_decimal::Decimal;

/// The most a basis figure may be: more than any population or caseload.
pub const MAX_BASIS_FIGURE: u32 = 1_000_000_000;

/// Reads typed text for an agreement field; `None` for any other field.
pub fn parse(field: Field, text: &str) -> Option<Result<Value, String>> {
    let blank = text.trim().is_empty();
    let amount = |text: &str| parse_amount(text).map_err(|e| e.message().to_string());
    let hundred = Percent(10_000);
    Some(match field {
        Field::SetTotal(_) | Field::RiskPool => amount(text).map(Value::Amount),
        Field::SetYears(_) => {
            parse_whole_number(text, "Number of years", 1, u32::from(MAX_CONTRACT_YEARS))
                .map(|years| Value::Years(years as u8))
        }
        Field::SetShare(_) => parse_percent(text, "Share", hundred).map(Value::Share),
        Field::Tolerance => parse_percent(text, "Tolerance", hundred).map(Value::Share),
        Field::BasisFigure(_) if blank => Ok(Value::Figure(None)),
        Field::BasisFigure(_) => {
            parse_whole_number(&text.replace(',', ""), "Figure", 0, MAX_BASIS_FIGURE)
                .map(|figure| Value::Figure(Some(u64::from(figure))))
        }
        Field::OverShare(_) | Field::UnderShare(_) if blank => Ok(Value::OptionalShare(None)),
        Field::OverShare(_) | Field::UnderShare(_) => {
            parse_percent(text, "Share", hundred).map(|share| Value::OptionalShare(Some(share)))
        }
        Field::Maximum(_) | Field::Actual(_) | Field::ActualLine(..) | Field::BasisTotal
            if blank =>
        {
            Ok(Value::OptionalAmount(None))
        }
        Field::Maximum(_) | Field::Actual(_) | Field::ActualLine(..) | Field::BasisTotal => {
            amount(text).map(|a| Value::OptionalAmount(Some(a)))
        }
        Field::Group(_) | Field::BasisName | Field::BasisSource | Field::BasisDate => {
            check_name(text).map(|()| Value::Text(text.chars().take(MAX_TEXT_CHARS).collect()))
        }
        _ => return None,
    })
}

/// The value an agreement field has; `None` for any other field or where what it
/// belongs to is gone.
pub fn read(option: &FundingOption, field: Field) -> Option<Value> {
    let agreement = &option.agreement;
    let total = agreement.basis.as_ref().map(|basis| basis.total);
    let basis = agreement.basis.clone().unwrap_or_default();
    let terms = |line: LineRef| {
        option
            .line_parts(line.list, line.id)
            .map(|parts| parts.terms.clone())
    };
    Some(match field {
        Field::SetTotal(line) => match terms(line)?.set {
            AmountSet::OverYears { total, .. } => Value::Amount(total),
            AmountSet::ShareOf { of, .. } => Value::Amount(of),
            _ => Value::Amount(Decimal::ZERO),
        },
        Field::SetYears(line) => match terms(line)?.set {
            AmountSet::OverYears { years, .. } => Value::Years(years),
            _ => Value::Years(option.initial_years),
        },
        Field::SetShare(line) => match terms(line)?.set {
            AmountSet::ShareOf { share, .. } => Value::Share(share),
            _ => Value::Share(Percent(0)),
        },
        Field::BasisFigure(line) => Value::Figure(terms(line)?.basis_figure),
        Field::Group(line) => Value::Text(terms(line)?.group),
        Field::OverShare(line) => Value::OptionalShare(terms(line)?.overspend_share),
        Field::UnderShare(line) => Value::OptionalShare(terms(line)?.underspend_share),
        Field::Maximum(line) => Value::OptionalAmount(terms(line)?.maximum),
        Field::BasisName => Value::Text(basis.name),
        Field::BasisSource => Value::Text(basis.source),
        Field::BasisDate => Value::Text(basis.date),
        Field::BasisTotal => Value::OptionalAmount(total),
        Field::RiskPool => Value::Amount(agreement.risk_pool),
        Field::Tolerance => Value::Share(agreement.tolerance),
        Field::Actual(period) => {
            Value::OptionalAmount(agreement.outturn(period).and_then(|o| o.total))
        }
        Field::ActualLine(line, period) => {
            Value::OptionalAmount(agreement.outturn(period).and_then(|o| o.line(line.id)))
        }
        _ => return None,
    })
}

/// Puts `value` into the option at an agreement field; whether the field is one.
pub fn write(option: &mut FundingOption, field: Field, value: Value) -> bool {
    if let (Field::ActualLine(line, period), Value::OptionalAmount(amount)) = (field, &value) {
        write_line_actual(option, line, period, *amount);
        return true;
    }
    if let Some(line) = field.line() {
        let initial = option.initial_years;
        let Some(parts) = option.line_parts_mut(line.list, line.id) else {
            return true;
        };
        return write_terms(parts.terms, initial, field, value);
    }
    write_agreement(&mut option.agreement, field, value)
}

fn write_terms(
    terms: &mut funding_model::data::agreement::Terms,
    initial: u8,
    field: Field,
    value: Value,
) -> bool {
    match (field, value) {
        (Field::SetTotal(_), Value::Amount(amount)) => match &mut terms.set {
            AmountSet::OverYears { total, .. } => *total = amount,
            AmountSet::ShareOf { of, .. } => *of = amount,
            set => {
                *set = AmountSet::OverYears {
                    total: amount,
                    years: initial,
                }
            }
        },
        (Field::SetYears(_), Value::Years(count)) => match &mut terms.set {
            AmountSet::OverYears { years, .. } => *years = count,
            set => {
                *set = AmountSet::OverYears {
                    total: Decimal::ZERO,
                    years: count,
                }
            }
        },
        (Field::SetShare(_), Value::Share(percent)) => match &mut terms.set {
            AmountSet::ShareOf { share, .. } => *share = percent,
            set => {
                *set = AmountSet::ShareOf {
                    share: percent,
                    of: Decimal::ZERO,
                }
            }
        },
        (Field::BasisFigure(_), Value::Figure(figure)) => terms.basis_figure = figure,
        (Field::Group(_), Value::Text(group)) => terms.group = group,
        (Field::OverShare(_), Value::OptionalShare(share)) => terms.overspend_share = share,
        (Field::UnderShare(_), Value::OptionalShare(share)) => terms.underspend_share = share,
        (Field::Maximum(_), Value::OptionalAmount(most)) => terms.maximum = most,
        _ => return field.is_agreement(),
    }
    true
}

fn write_agreement(agreement: &mut Agreement, field: Field, value: Value) -> bool {
    fn basis(agreement: &mut Agreement) -> &mut Basis {
        agreement.basis.get_or_insert_with(Basis::default)
    }
    match (field, value) {
        (Field::BasisName, Value::Text(text)) => basis(agreement).name = text,
        (Field::BasisSource, Value::Text(text)) => basis(agreement).source = text,
        (Field::BasisDate, Value::Text(text)) => basis(agreement).date = text,
        (Field::BasisTotal, Value::OptionalAmount(amount)) => {
            basis(agreement).total = amount.unwrap_or(Decimal::ZERO);
        }
        (Field::RiskPool, Value::Amount(amount)) => agreement.risk_pool = amount,
        (Field::Tolerance, Value::Share(percent)) => agreement.tolerance = percent,
        (Field::Actual(period), Value::OptionalAmount(amount)) => {
            agreement.outturn_mut(period).total = amount;
            agreement.tidy_actuals();
        }
        _ => return field.is_agreement(),
    }
    if agreement.basis.as_ref() == Some(&Basis::default()) {
        agreement.basis = None;
    }
    true
}

/// Puts a cost line's actual spend for a period into the option.
pub fn write_line_actual(
    option: &mut FundingOption,
    line: LineRef,
    period: Period,
    amount: Option<Decimal>,
) {
    let outturn = option.agreement.outturn_mut(period);
    outturn.by_line.retain(|(id, _)| *id != line.id);
    if let Some(amount) = amount {
        outturn.by_line.push((line.id, amount));
        outturn.by_line.sort_by_key(|(id, _)| *id);
    }
    option.agreement.tidy_actuals();
}
