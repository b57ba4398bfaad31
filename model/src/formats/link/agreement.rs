//! Version 5: what agreements added to a link. Each line's terms, each option's
//! agreement, and uplifts to four decimal places (`docs/url-format.md`, "Body,
//! version 5"). Ids are not stored, so references are positions: a line's lead is its
//! partner's position, actual spend by line names the cost line's. A reference that
//! names nothing in the option means nothing to any figure, and is not written.

use super::varint::{self, Reader};
use super::{read_pence, read_text, small_count, write_pence, write_text, AGREEMENT_VERSION};
use crate::data::agreement::{Agreement, Basis, Clause, Outturn, Period, RiskRule, Terms};
use crate::data::amount_set::AmountSet;
use crate::data::line::{CostLine, Partner};
use crate::data::money::{Percent, Rate};
use rust_decimal::Decimal;

/// A line's terms: the low three bits say how its amount is set (0 an amount a year,
/// 1 a total over years, 2 a share of a total, 3 by the basis, 4 a one-off), and each
/// bit above says a member is written, in this order.
const SET_BITS: u64 = 7;
const BASIS_FIGURE: u64 = 8;
const GROUP: u64 = 16;
const LEAD: u64 = 32;
const FIXED_COST: u64 = 64;
const OVERSPEND_SHARE: u64 = 128;
const UNDERSPEND_SHARE: u64 = 256;
const MAXIMUM: u64 = 512;

/// An agreement: each bit says a member is written (or, for the two flags, is true).
const BASIS: u64 = 1;
const WHOLE_POUNDS: u64 = 2;
const OVERSPEND: u64 = 4;
const UNDERSPEND: u64 = 8;
const RISK_POOL: u64 = 16;
const TOLERANCE: u64 = 32;
const BY_FINANCIAL_YEAR: u64 = 64;
const ACTUALS: u64 = 128;
const STATED: u64 = 256;

/// `bit` where `set`, else nothing: the flags of a part's members, here and in
/// [`super::appraisal`].
pub(super) fn bit(set: bool, bit: u64) -> u64 {
    if set {
        bit
    } else {
        0
    }
}

/// A member read where `present`; `Some(None)` where it is not written, `None` on
/// damage.
fn optional<T>(present: bool, read: impl FnOnce() -> Option<T>) -> Option<Option<T>> {
    if present {
        read().map(Some)
    } else {
        Some(None)
    }
}

/// A rate: hundredths × 2 where it has no more places (2.50% is 500, as short as
/// version 4 wrote it), else ten-thousandths × 2 + 1 (2.345% is 46,901).
pub(super) fn write_rate(out: &mut Vec<u8>, rate: Rate) {
    match rate.as_percent() {
        Some(percent) => varint::write(out, u64::from(percent.0) * 2),
        None => varint::write(out, u64::from(rate.0) * 2 + 1),
    }
}

pub(super) fn read_rate(reader: &mut Reader) -> Option<Rate> {
    let packed = reader.varint()?;
    let units = match packed & 1 {
        0 => (packed / 2).checked_mul(100)?,
        _ => packed / 2,
    };
    u32::try_from(units).ok().map(Rate)
}

fn read_percent(reader: &mut Reader) -> Option<Percent> {
    u32::try_from(reader.varint()?).ok().map(Percent)
}

/// A line's terms, its lead as the position of the partner with that id.
pub(super) fn write_terms(out: &mut Vec<u8>, terms: &Terms, partners: &[Partner]) {
    let lead = (terms.lead).and_then(|id| partners.iter().position(|p| p.id == id));
    let set = match terms.set {
        AmountSet::Annual => 0,
        AmountSet::OverYears { .. } => 1,
        AmountSet::ShareOf { .. } => 2,
        AmountSet::ByBasis => 3,
        AmountSet::OneOff { .. } => 4,
    };
    let flags = set
        | bit(terms.basis_figure.is_some(), BASIS_FIGURE)
        | bit(!terms.group.is_empty(), GROUP)
        | bit(lead.is_some(), LEAD)
        | bit(terms.fixed_cost, FIXED_COST)
        | bit(terms.overspend_share.is_some(), OVERSPEND_SHARE)
        | bit(terms.underspend_share.is_some(), UNDERSPEND_SHARE)
        | bit(terms.maximum.is_some(), MAXIMUM);
    varint::write(out, flags);
    match terms.set {
        AmountSet::OverYears { total, years } => {
            write_pence(out, total);
            varint::write(out, u64::from(years));
        }
        AmountSet::ShareOf { share, of } => {
            varint::write(out, u64::from(share.0));
            write_pence(out, of);
        }
        AmountSet::OneOff { year } => varint::write(out, u64::from(year)),
        AmountSet::Annual | AmountSet::ByBasis => {}
    }
    if let Some(figure) = terms.basis_figure {
        varint::write(out, figure);
    }
    if !terms.group.is_empty() {
        write_text(out, &terms.group, AGREEMENT_VERSION);
    }
    if let Some(position) = lead {
        varint::write(out, position as u64);
    }
    for share in [terms.overspend_share, terms.underspend_share]
        .into_iter()
        .flatten()
    {
        varint::write(out, u64::from(share.0));
    }
    if let Some(maximum) = terms.maximum {
        write_pence(out, maximum);
    }
}

/// Terms as [`write_terms`] writes them; a lead is given the id its partner is
/// numbered with (partners are numbered from 1, in order).
pub(super) fn read_terms(reader: &mut Reader) -> Option<Terms> {
    let flags = reader.varint()?;
    if flags >= MAXIMUM * 2 {
        return None;
    }
    let has = |member: u64| flags & member != 0;
    let set = match flags & SET_BITS {
        0 => AmountSet::Annual,
        1 => AmountSet::OverYears {
            total: read_pence(reader)?,
            years: u8::try_from(reader.varint()?).ok()?,
        },
        2 => AmountSet::ShareOf {
            share: read_percent(reader)?,
            of: read_pence(reader)?,
        },
        3 => AmountSet::ByBasis,
        4 => AmountSet::OneOff {
            year: u16::try_from(reader.varint()?).ok()?,
        },
        _ => return None,
    };
    let basis_figure = optional(has(BASIS_FIGURE), || reader.varint())?;
    let group = optional(has(GROUP), || read_text(reader, AGREEMENT_VERSION))?;
    let lead = optional(has(LEAD), || {
        u32::try_from(reader.varint()?).ok()?.checked_add(1)
    })?;
    let overspend_share = optional(has(OVERSPEND_SHARE), || read_percent(reader))?;
    let underspend_share = optional(has(UNDERSPEND_SHARE), || read_percent(reader))?;
    Some(Terms {
        set,
        basis_figure,
        group: group.unwrap_or_default(),
        overspend_share,
        underspend_share,
        maximum: optional(has(MAXIMUM), || read_pence(reader))?,
        lead,
        fixed_cost: has(FIXED_COST),
    })
}

/// A risk rule's code in links. Fixed forever: a code is never reused.
fn rule_code(rule: RiskRule) -> u64 {
    match rule {
        RiskRule::NotStated => 0,
        RiskRule::InProportion => 1,
        RiskRule::Fixed => 2,
        RiskRule::Aligned => 3,
        RiskRule::Capped => 4,
    }
}

fn read_rule(reader: &mut Reader) -> Option<RiskRule> {
    let code = reader.varint()?;
    RiskRule::ALL
        .into_iter()
        .find(|rule| rule_code(*rule) == code)
}

/// An option's agreement; actual spend by line names each cost line by position.
pub(super) fn write_agreement(out: &mut Vec<u8>, agreement: &Agreement, cost_lines: &[CostLine]) {
    let flags = bit(agreement.basis.is_some(), BASIS)
        | bit(agreement.whole_pounds, WHOLE_POUNDS)
        | bit(agreement.overspend != RiskRule::NotStated, OVERSPEND)
        | bit(agreement.underspend != RiskRule::NotStated, UNDERSPEND)
        | bit(!agreement.risk_pool.is_zero(), RISK_POOL)
        | bit(
            agreement.tolerance != Agreement::default().tolerance,
            TOLERANCE,
        )
        | bit(agreement.by_financial_year, BY_FINANCIAL_YEAR)
        | bit(!agreement.actuals.is_empty(), ACTUALS)
        | bit(!agreement.stated.is_empty(), STATED);
    varint::write(out, flags);
    if let Some(basis) = &agreement.basis {
        for text in [&basis.name, &basis.source, &basis.date] {
            write_text(out, text, AGREEMENT_VERSION);
        }
        write_pence(out, basis.total);
    }
    for rule in [agreement.overspend, agreement.underspend] {
        if rule != RiskRule::NotStated {
            varint::write(out, rule_code(rule));
        }
    }
    if flags & RISK_POOL != 0 {
        write_pence(out, agreement.risk_pool);
    }
    if flags & TOLERANCE != 0 {
        varint::write(out, u64::from(agreement.tolerance.0));
    }
    if flags & ACTUALS != 0 {
        varint::write(out, agreement.actuals.len() as u64);
        for outturn in &agreement.actuals {
            write_outturn(out, outturn, cost_lines);
        }
    }
    if flags & STATED != 0 {
        varint::write(out, agreement.stated.len() as u64);
        for clause in &agreement.stated {
            varint::write(out, u64::from(clause.letter() as u8 - b'a'));
        }
    }
}

/// The agreement as [`write_agreement`] writes it, for an option of `partners`
/// partners: its cost lines are numbered after them.
pub(super) fn read_agreement(reader: &mut Reader, partners: usize) -> Option<Agreement> {
    let flags = reader.varint()?;
    if flags >= STATED * 2 {
        return None;
    }
    let has = |member: u64| flags & member != 0;
    let basis = optional(has(BASIS), || {
        Some(Basis {
            name: read_text(reader, AGREEMENT_VERSION)?,
            source: read_text(reader, AGREEMENT_VERSION)?,
            date: read_text(reader, AGREEMENT_VERSION)?,
            total: read_pence(reader)?,
        })
    })?;
    let overspend = optional(has(OVERSPEND), || read_rule(reader))?;
    let underspend = optional(has(UNDERSPEND), || read_rule(reader))?;
    let risk_pool = optional(has(RISK_POOL), || read_pence(reader))?;
    let tolerance = optional(has(TOLERANCE), || read_percent(reader))?;
    let actuals = optional(has(ACTUALS), || {
        let count = small_count(reader.varint()?)?;
        (0..count)
            .map(|_| read_outturn(reader, partners))
            .collect::<Option<Vec<_>>>()
    })?;
    let stated = optional(has(STATED), || {
        let count = small_count(reader.varint()?)?;
        (0..count).map(|_| read_clause(reader)).collect()
    })?;
    let default = Agreement::default();
    Some(Agreement {
        basis,
        whole_pounds: has(WHOLE_POUNDS),
        overspend: overspend.unwrap_or(default.overspend),
        underspend: underspend.unwrap_or(default.underspend),
        risk_pool: risk_pool.unwrap_or(default.risk_pool),
        tolerance: tolerance.unwrap_or(default.tolerance),
        by_financial_year: has(BY_FINANCIAL_YEAR),
        actuals: actuals.unwrap_or_default(),
        stated: stated.unwrap_or_default(),
    })
}

fn read_clause(reader: &mut Reader) -> Option<Clause> {
    let code = u8::try_from(reader.varint()?).ok()?;
    Clause::from_letter(char::from(b'a'.checked_add(code)?))
}

/// A period as one number: contract year n as n × 2; the financial year starting in
/// calendar year y as (y − 2000, zigzagged) × 2 + 1, so 2024/25 is 97, one byte.
fn period_code(period: Period) -> u64 {
    match period {
        Period::ContractYear(year) => u64::from(year) * 2,
        Period::FinancialYear(first) => {
            let offset = i64::from(first) - 2000;
            ((offset << 1 ^ offset >> 63) as u64) * 2 + 1
        }
    }
}

fn read_period(reader: &mut Reader) -> Option<Period> {
    let code = reader.varint()?;
    let value = code >> 1;
    if code & 1 == 0 {
        return u16::try_from(value).ok().map(Period::ContractYear);
    }
    let offset = (value >> 1) as i64 ^ -((value & 1) as i64);
    i32::try_from(offset.checked_add(2000)?)
        .ok()
        .map(Period::FinancialYear)
}

/// One period's actual spend: the period, then a number (lines entered × 2, + 1 with
/// a total), the total, and each line's position and amount.
fn write_outturn(out: &mut Vec<u8>, outturn: &Outturn, cost_lines: &[CostLine]) {
    let lines: Vec<(usize, Decimal)> = (outturn.by_line.iter())
        .filter_map(|(id, amount)| Some((cost_lines.iter().position(|l| l.id == *id)?, *amount)))
        .collect();
    varint::write(out, period_code(outturn.period));
    varint::write(
        out,
        lines.len() as u64 * 2 + u64::from(outturn.total.is_some()),
    );
    if let Some(total) = outturn.total {
        write_pence(out, total);
    }
    for (position, amount) in lines {
        varint::write(out, position as u64);
        write_pence(out, amount);
    }
}

/// Actual spend as [`write_outturn`] writes it, cost lines numbered after `partners`.
fn read_outturn(reader: &mut Reader, partners: usize) -> Option<Outturn> {
    let period = read_period(reader)?;
    let packed = reader.varint()?;
    let total = optional(packed & 1 == 1, || read_pence(reader))?;
    let mut by_line = Vec::new();
    for _ in 0..small_count(packed / 2)? {
        let position = usize::try_from(reader.varint()?).ok()?;
        let id = u32::try_from(partners.checked_add(position)?.checked_add(1)?).ok()?;
        by_line.push((id, read_pence(reader)?));
    }
    Some(Outturn {
        period,
        total,
        by_line,
    })
}

/// An agreement copied from an option of `from` partners into one of `to`: its
/// actual spend by line names the same cost lines by position, so their ids move with
/// the partners before them.
pub(super) fn moved(agreement: &Agreement, from: usize, to: usize) -> Option<Agreement> {
    let mut agreement = agreement.clone();
    for outturn in &mut agreement.actuals {
        for (id, _) in &mut outturn.by_line {
            let position = usize::try_from(*id).ok()?.checked_sub(from)?;
            *id = u32::try_from(to.checked_add(position)?).ok()?;
        }
    }
    Some(agreement)
}
