//! Version 6: what the appraisal added to a link. Each option's benefits, and after
//! the options the scenario's appraisal and version details (`docs/url-format.md`,
//! "Body, version 6"). Ids are not stored, so an input of a partner or a cost line is
//! its position in its option's list, as a lead is in version 5. A reference that
//! names nothing in the scenario means nothing to any figure, and is not written.

use super::agreement::bit;
use super::varint::{self, Reader};
use super::{read_pence, read_text, small_count, write_pence, write_text, APPRAISAL_VERSION};
use crate::data::appraisal::{
    Appraisal, Benefits, Deflator, Input, InputRef, OptimismBias, Sensitivity,
};
use crate::data::scenario::{FundingOption, Scenario};
use crate::data::version::{CalendarDate, VersionDetails, VersionStatus};
use rust_decimal::Decimal;

/// An appraisal: each bit says a member is written (or, for real terms, is true). A
/// deflator is published unless one of its two bits is set.
const REAL_TERMS: u64 = 1;
const BASE_YEAR: u64 = 2;
const CONSTANT: u64 = 4;
const OWN: u64 = 8;
const DISCOUNT_YEAR: u64 = 16;
const PREFERRED: u64 = 32;
const OPTIMISM_BIAS: u64 = 64;
const SENSITIVITIES: u64 = 128;
const SWITCHING: u64 = 256;

/// Version details: each bit says a member is written.
const AUTHOR: u64 = 1;
const LABEL: u64 = 2;
const STATUS: u64 = 4;
const DATE: u64 = 8;

/// A calendar year as its distance from 2000, zigzagged: 2024 is 48, one byte.
fn write_year(out: &mut Vec<u8>, year: i32) {
    varint::write(out, super::zigzag(year.wrapping_sub(2000)));
}

fn read_year(reader: &mut Reader) -> Option<i32> {
    super::unzigzag(reader.varint()?)?.checked_add(2000)
}

/// An option's benefits: the cashable savings, the avoided costs and the value per
/// completion, each as pence are written.
pub(super) fn write_benefits(out: &mut Vec<u8>, benefits: &Benefits) {
    write_pence(out, benefits.cashable_savings);
    write_pence(out, benefits.avoided_costs);
    write_pence(out, benefits.value_per_completion);
}

pub(super) fn read_benefits(reader: &mut Reader) -> Option<Benefits> {
    Some(Benefits {
        cashable_savings: read_pence(reader)?,
        avoided_costs: read_pence(reader)?,
        value_per_completion: read_pence(reader)?,
    })
}

/// An input as one number: its kind (0 a partner's amount, 1 a cost line's, 2
/// cashable savings, 3 avoided costs, 4 the value per completion, 5 completions) plus
/// 8 times the line's position in its list; the option's position before it. `None`
/// where it names nothing in `options`.
fn input_code(input: InputRef, options: &[FundingOption]) -> Option<(u64, u64)> {
    let option = options.get(input.option)?;
    let code = match input.input {
        Input::PartnerAmount(id) => option.partners.iter().position(|p| p.id == id)? as u64 * 8,
        Input::CostAmount(id) => option.cost_lines.iter().position(|c| c.id == id)? as u64 * 8 + 1,
        Input::CashableSavings => 2,
        Input::AvoidedCosts => 3,
        Input::ValuePerCompletion => 4,
        Input::Completions => 5,
    };
    Some((input.option as u64, code))
}

fn write_input(out: &mut Vec<u8>, (option, code): (u64, u64)) {
    varint::write(out, option);
    varint::write(out, code);
}

/// An input as [`write_input`] writes it, its line given the id it is numbered with in
/// its option (partners from 1, then cost lines). An option or a line that is not
/// there is read as written, for the limits to refuse with what is wrong
/// ([`Scenario::check_limits`]).
fn read_input(reader: &mut Reader, options: &[FundingOption]) -> Option<InputRef> {
    let position = usize::try_from(reader.varint()?).ok()?;
    let partners = options.get(position).map_or(0, |o| o.partners.len());
    let code = reader.varint()?;
    let line = u32::try_from(code / 8).ok()?;
    let id = |before: usize| {
        u32::try_from(before)
            .ok()?
            .checked_add(line)?
            .checked_add(1)
    };
    let input = match (code % 8, line) {
        (0, _) => Input::PartnerAmount(id(0)?),
        (1, _) => Input::CostAmount(id(partners)?),
        (2, 0) => Input::CashableSavings,
        (3, 0) => Input::AvoidedCosts,
        (4, 0) => Input::ValuePerCompletion,
        (5, 0) => Input::Completions,
        _ => return None,
    };
    Some(InputRef {
        option: position,
        input,
    })
}

/// The scenario's appraisal, each reference by position in `scenario`.
pub(super) fn write_appraisal(out: &mut Vec<u8>, scenario: &Scenario) {
    let appraisal = &scenario.appraisal;
    let options = &scenario.options;
    let preferred = appraisal.preferred.filter(|p| *p < options.len());
    let sensitivities: Vec<_> = (appraisal.sensitivities.iter())
        .filter_map(|s| Some((input_code(s.input, options)?, s.low, s.high)))
        .collect();
    let switching = (appraisal.switching_input).and_then(|input| input_code(input, options));
    let flags = bit(appraisal.real_terms, REAL_TERMS)
        | bit(appraisal.base_year.is_some(), BASE_YEAR)
        | bit(
            matches!(appraisal.deflator, Deflator::Constant(_)),
            CONSTANT,
        )
        | bit(matches!(appraisal.deflator, Deflator::Own(_)), OWN)
        | bit(appraisal.discount_year.is_some(), DISCOUNT_YEAR)
        | bit(preferred.is_some(), PREFERRED)
        | bit(appraisal.optimism_bias.is_some(), OPTIMISM_BIAS)
        | bit(!sensitivities.is_empty(), SENSITIVITIES)
        | bit(switching.is_some(), SWITCHING);
    varint::write(out, flags);
    if let Some(year) = appraisal.base_year {
        write_year(out, year);
    }
    match &appraisal.deflator {
        Deflator::Published => {}
        Deflator::Constant(rate) => super::agreement::write_rate(out, *rate),
        Deflator::Own(figures) => {
            varint::write(out, figures.len() as u64);
            for (year, figure) in figures {
                write_year(out, *year);
                write_index(out, *figure);
            }
        }
    }
    if let Some(year) = appraisal.discount_year {
        write_year(out, year);
    }
    if let Some(position) = preferred {
        varint::write(out, position as u64);
    }
    if let Some(bias) = &appraisal.optimism_bias {
        super::agreement::write_rate(out, bias.percent);
        write_text(out, &bias.source, APPRAISAL_VERSION);
    }
    if !sensitivities.is_empty() {
        varint::write(out, sensitivities.len() as u64);
        for (input, low, high) in sensitivities {
            write_input(out, input);
            write_pence(out, low);
            write_pence(out, high);
        }
    }
    if let Some(input) = switching {
        write_input(out, input);
    }
}

/// The appraisal as [`write_appraisal`] writes it, after `options`.
pub(super) fn read_appraisal(reader: &mut Reader, options: &[FundingOption]) -> Option<Appraisal> {
    let flags = reader.varint()?;
    if flags >= SWITCHING * 2 || flags & (CONSTANT | OWN) == CONSTANT | OWN {
        return None;
    }
    let has = |member: u64| flags & member != 0;
    let base_year = match has(BASE_YEAR) {
        true => Some(read_year(reader)?),
        false => None,
    };
    let deflator = if has(CONSTANT) {
        Deflator::Constant(super::agreement::read_rate(reader)?)
    } else if has(OWN) {
        let count = small_count(reader.varint()?)?;
        let figures = (0..count)
            .map(|_| Some((read_year(reader)?, read_index(reader)?)))
            .collect::<Option<Vec<_>>>()?;
        Deflator::Own(figures)
    } else {
        Deflator::Published
    };
    let discount_year = match has(DISCOUNT_YEAR) {
        true => Some(read_year(reader)?),
        false => None,
    };
    let preferred = match has(PREFERRED) {
        true => Some(usize::try_from(reader.varint()?).ok()?),
        false => None,
    };
    let optimism_bias = match has(OPTIMISM_BIAS) {
        true => Some(OptimismBias {
            percent: super::agreement::read_rate(reader)?,
            source: read_text(reader, APPRAISAL_VERSION)?,
        }),
        false => None,
    };
    let mut sensitivities = Vec::new();
    if has(SENSITIVITIES) {
        for _ in 0..small_count(reader.varint()?)? {
            sensitivities.push(Sensitivity {
                input: read_input(reader, options)?,
                low: read_pence(reader)?,
                high: read_pence(reader)?,
            });
        }
    }
    let switching_input = match has(SWITCHING) {
        true => Some(read_input(reader, options)?),
        false => None,
    };
    Some(Appraisal {
        real_terms: has(REAL_TERMS),
        base_year,
        deflator,
        discount_year,
        preferred,
        optimism_bias,
        sensitivities,
        switching_input,
    })
}

/// A figure of an index as m × 8 + p, the figure being m ÷ 10^p (p from 0 to 7): 100
/// is 800, 87.532 is 700,259. Figures with more places than 7 are rounded to 7 (the
/// limits allow 6).
fn write_index(out: &mut Vec<u8>, figure: Decimal) {
    let figure = figure.round_dp(7).normalize();
    let mantissa = u64::try_from(figure.mantissa()).unwrap_or(0);
    varint::write(out, mantissa.saturating_mul(8) + u64::from(figure.scale()));
}

fn read_index(reader: &mut Reader) -> Option<Decimal> {
    let packed = reader.varint()?;
    let mantissa = i64::try_from(packed / 8).ok()?;
    Decimal::try_new(mantissa, (packed % 8) as u32).ok()
}

/// The scenario's version details: which members are written, then the author, the
/// label, the status (0 draft, 1 for decision, 2 approved) and the date as one number,
/// ((year − 2000, zigzagged) × 16 + month) × 32 + day.
pub(super) fn write_version(out: &mut Vec<u8>, version: &VersionDetails) {
    let flags = bit(!version.author.is_empty(), AUTHOR)
        | bit(!version.label.is_empty(), LABEL)
        | bit(version.status.is_some(), STATUS)
        | bit(version.date.is_some(), DATE);
    varint::write(out, flags);
    for text in [&version.author, &version.label] {
        if !text.is_empty() {
            write_text(out, text, APPRAISAL_VERSION);
        }
    }
    if let Some(status) = version.status {
        varint::write(out, status_code(status));
    }
    if let Some(date) = version.date {
        let year = super::zigzag(date.year().wrapping_sub(2000));
        let packed = (year * 16 + u64::from(date.month())) * 32 + u64::from(date.day());
        varint::write(out, packed);
    }
}

/// A status's code in links. Fixed forever: a code is never reused.
fn status_code(status: VersionStatus) -> u64 {
    match status {
        VersionStatus::Draft => 0,
        VersionStatus::ForDecision => 1,
        VersionStatus::Approved => 2,
    }
}

/// Version details as [`write_version`] writes them; a day the calendar does not have
/// (as 29 February 2025) is damage, as the encoder never writes one.
pub(super) fn read_version(reader: &mut Reader) -> Option<VersionDetails> {
    let flags = reader.varint()?;
    if flags >= DATE * 2 {
        return None;
    }
    let has = |member: u64| flags & member != 0;
    let mut text = |member: u64| match has(member) {
        true => read_text(reader, APPRAISAL_VERSION).filter(|text| !text.is_empty()),
        false => Some(String::new()),
    };
    let author = text(AUTHOR)?;
    let label = text(LABEL)?;
    let status = match has(STATUS) {
        true => {
            let code = reader.varint()?;
            let mut statuses = VersionStatus::ALL.into_iter();
            Some(statuses.find(|status| status_code(*status) == code)?)
        }
        false => None,
    };
    let date = match has(DATE) {
        true => {
            let packed = reader.varint()?;
            let year = super::unzigzag(packed / 512)?.checked_add(2000)?;
            let month = ((packed / 32) % 16) as u8;
            Some(CalendarDate::new(year, month, (packed % 32) as u8)?)
        }
        false => None,
    };
    Some(VersionDetails {
        author,
        label,
        status,
        date,
    })
}
