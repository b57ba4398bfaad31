//! What file format 5 added: the scenario's appraisal and version details, and each
//! option's benefits, read (every value checked as the editor would, the message
//! naming whose it is) and written (each member left out where it holds its default).
//! Ids are not in the file: an input of a partner or a cost line is its number in its
//! option's list, from 1, as a lead is in format 4.

use super::from_file::amount;
use super::layout::{
    AppraisalFile, BenefitsFile, DeflatorFile, IndexFile, InputFile, InputRefFile,
    OptimismBiasFile, SensitivitiesFile, SensitivityFile, VersionFile, Whole,
};
use super::to_file::pounds;
use crate::data::appraisal::{
    Appraisal, Benefits, Deflator, Input, InputRef, OptimismBias, Sensitivity,
};
use crate::data::inputs::parse_rate;
use crate::data::limits::{MAX_APPRAISAL_RATE, MAX_DEFLATOR_INDEX, MAX_DEFLATOR_PLACES};
use crate::data::money::Rate;
use crate::data::month::{FIRST_START_YEAR, LAST_START_YEAR};
use crate::data::scenario::{FundingOption, Scenario};
use crate::data::version::{CalendarDate, VersionDetails, VersionStatus};
use rust_decimal::Decimal;

/// The file format version that added the appraisal, benefits and version details.
pub const APPRAISAL_VERSION: u64 = 5;

/// A year from [`FIRST_START_YEAR`] to [`LAST_START_YEAR`], named `key`.
fn year(key: &str, value: Whole) -> Result<i32, String> {
    let years = FIRST_START_YEAR as u64..=LAST_START_YEAR as u64;
    match years.contains(&value.0) {
        true => Ok(value.0 as i32),
        false => Err(format!(
            "the appraisal's `{key}` must be a year from {FIRST_START_YEAR} to {LAST_START_YEAR}"
        )),
    }
}

/// A rate (`"2.00"`, up to four places) from 0 to 100%, named `what` after `whose`.
fn rate(text: &super::layout::Amount, whose: &str, what: &str) -> Result<Rate, String> {
    parse_rate(&text.0, what, MAX_APPRAISAL_RATE)
        .map_err(|error| format!("{whose}: \"{}\": {error}", text.0))
}

/// The appraisal in a file, its inputs naming options among `options` (already read).
pub fn read_appraisal(file: AppraisalFile, options: &[FundingOption]) -> Result<Appraisal, String> {
    let deflator = match file.deflator {
        None | Some(DeflatorFile::Published) => Deflator::Published,
        Some(DeflatorFile::Constant(text)) => {
            Deflator::Constant(rate(&text, "the deflator", "Inflation")?)
        }
        Some(DeflatorFile::Own(index)) => Deflator::Own(read_index(&index)?),
    };
    let preferred = match file.preferred_option {
        None => None,
        Some(Whole(number)) if (1..=options.len() as u64).contains(&number) => {
            Some(number as usize - 1)
        }
        Some(Whole(number)) => {
            return Err(format!(
                "the appraisal's preferred option is option {number}, but the scenario has {} options (numbered from 1)",
                options.len()
            ))
        }
    };
    let optimism_bias = match file.optimism_bias {
        Some(OptimismBiasFile { percent, source }) => Some(OptimismBias {
            percent: rate(&percent, "the optimism bias", "Optimism bias")?,
            source,
        }),
        None => None,
    };
    let mut sensitivities = Vec::with_capacity(file.sensitivities.0.len());
    for (index, item) in file.sensitivities.0.iter().enumerate() {
        let whose = format!("sensitivity {}", index + 1);
        sensitivities.push(Sensitivity {
            input: read_input(item.option, item.input, options, &whose)?,
            low: amount(&item.low, &format!("{whose}'s low value"))?,
            high: amount(&item.high, &format!("{whose}'s high value"))?,
        });
    }
    let switching_input = match file.switching_input {
        Some(item) => Some(read_input(
            item.option,
            item.input,
            options,
            "the switching input",
        )?),
        None => None,
    };
    Ok(Appraisal {
        real_terms: file.real_terms,
        base_year: file.base_year.map(|y| year("baseYear", y)).transpose()?,
        deflator,
        discount_year: (file.discount_year)
            .map(|y| year("discountYear", y))
            .transpose()?,
        preferred,
        optimism_bias,
        sensitivities,
        switching_input,
    })
}

/// An index of the user's own: years written as the number alone (`"2024"`), in
/// order, each once; figures above 0 as plain decimals (`"87.532"`).
fn read_index(index: &IndexFile) -> Result<Vec<(i32, Decimal)>, String> {
    let mut figures: Vec<(i32, Decimal)> = Vec::with_capacity(index.0.len());
    for (key, text) in &index.0 {
        let year = (key.parse::<i32>().ok())
            .filter(|year| year.to_string() == *key)
            .ok_or_else(|| {
                format!(
                    "the deflator has a figure for \"{key}\", which is not a year like \"2024\""
                )
            })?;
        if figures.last().is_some_and(|(last, _)| *last >= year) {
            return Err(format!(
                "the deflator's figures must be in year order, each year once, but {year} comes after {}",
                figures.last().map_or(0, |(last, _)| *last)
            ));
        }
        let figure = parse_index(&text.0).ok_or_else(|| {
            format!(
                "the deflator's figure for {year}, \"{}\", is not a number above 0 and up to {MAX_DEFLATOR_INDEX} with at most {MAX_DEFLATOR_PLACES} decimal places, like \"87.532\"",
                text.0
            )
        })?;
        figures.push((year, figure));
    }
    Ok(figures)
}

/// A figure of an index: digits, then a point and up to [`MAX_DEFLATOR_PLACES`]
/// digits, above 0 and up to [`MAX_DEFLATOR_INDEX`].
fn parse_index(text: &str) -> Option<Decimal> {
    let (whole, places) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let shaped = !whole.is_empty()
        && whole.len() <= 8
        && digits(whole)
        && digits(places)
        && places.len() <= MAX_DEFLATOR_PLACES as usize
        && places.is_empty() != text.contains('.');
    let figure: Decimal = shaped.then(|| text.parse().ok())??;
    (!figure.is_zero() && figure <= Decimal::from(MAX_DEFLATOR_INDEX)).then_some(figure)
}

/// An input of option `option` (from 1) in `options`, its line by number from 1.
fn read_input(
    option: Whole,
    input: InputFile,
    options: &[FundingOption],
    whose: &str,
) -> Result<InputRef, String> {
    let position = (option.0 as usize).wrapping_sub(1);
    let Some(funding) = options.get(position) else {
        return Err(format!(
            "{whose} is of option {}, but the scenario has {} options (numbered from 1)",
            option.0,
            options.len()
        ));
    };
    let line = |number: Whole, count: usize, before: usize, noun: &str| {
        match (1..=count as u64).contains(&number.0) {
            true => Ok((before as u64 + number.0) as u32),
            false => Err(format!(
                "{whose} is the amount of {noun} {}, but option {} has {count} {noun}s (numbered from 1)",
                number.0, option.0
            )),
        }
    };
    let partners = funding.partners.len();
    let input = match input {
        InputFile::PartnerAmount(number) => {
            Input::PartnerAmount(line(number, partners, 0, "partner")?)
        }
        InputFile::CostAmount(number) => Input::CostAmount(line(
            number,
            funding.cost_lines.len(),
            partners,
            "cost line",
        )?),
        InputFile::CashableSavings => Input::CashableSavings,
        InputFile::AvoidedCosts => Input::AvoidedCosts,
        InputFile::ValuePerCompletion => Input::ValuePerCompletion,
        InputFile::Completions => Input::Completions,
    };
    Ok(InputRef {
        option: position,
        input,
    })
}

/// An option's benefits, each left out zero; `whose` leads any message.
pub fn read_benefits(file: BenefitsFile) -> Result<Benefits, String> {
    let each = |text: &Option<super::layout::Amount>, what: &str| {
        (text.as_ref()).map_or(Ok(Decimal::ZERO), |text| {
            amount(text, &format!("the {what}"))
        })
    };
    Ok(Benefits {
        cashable_savings: each(&file.cashable_savings, "cashable savings")?,
        avoided_costs: each(&file.avoided_costs, "avoided costs")?,
        value_per_completion: each(&file.value_per_completion, "value per completion")?,
    })
}

/// The version details: a status by its code, a date as "2026-03-03".
pub fn read_version(file: VersionFile) -> Result<VersionDetails, String> {
    let status = match file.status {
        None => None,
        Some(code) => Some(VersionStatus::from_code(&code).ok_or_else(|| {
            format!("the version's `status` \"{code}\" is not one of \"draft\", \"for-decision\" or \"approved\"")
        })?),
    };
    let date = match file.date {
        None => None,
        Some(text) => Some(CalendarDate::from_iso(&text).ok_or_else(|| {
            format!(
                "the version's `date` \"{text}\" is not a day of the calendar from {FIRST_START_YEAR} to {LAST_START_YEAR} written like 2026-03-03"
            )
        })?),
    };
    Ok(VersionDetails {
        author: file.author,
        label: file.label,
        status,
        date,
    })
}

/// The number from 1 of the option `input` names and its input as the file writes it;
/// `None` where it names an option or a line the scenario does not have.
fn write_input(input: InputRef, options: &[FundingOption]) -> Option<(Whole, InputFile)> {
    let option = options.get(input.option)?;
    let number = |position: usize| Whole(position as u64 + 1);
    let file = match input.input {
        Input::PartnerAmount(id) => {
            InputFile::PartnerAmount(number(option.partners.iter().position(|p| p.id == id)?))
        }
        Input::CostAmount(id) => {
            InputFile::CostAmount(number(option.cost_lines.iter().position(|c| c.id == id)?))
        }
        Input::CashableSavings => InputFile::CashableSavings,
        Input::AvoidedCosts => InputFile::AvoidedCosts,
        Input::ValuePerCompletion => InputFile::ValuePerCompletion,
        Input::Completions => InputFile::Completions,
    };
    Some((number(input.option), file))
}

/// A rate as plain text with two decimal places, or as many as it has.
fn rate_text(value: Rate) -> super::layout::Amount {
    super::layout::Amount(value.label().trim_end_matches('%').to_string())
}

/// A figure of an index as plain text, as many places as it has: `"87.532"`.
fn index_text(figure: Decimal) -> super::layout::Amount {
    super::layout::Amount(figure.normalize().to_string())
}

/// The scenario's appraisal as the file writes it; none where it is plain. A reference
/// naming nothing in the scenario is not written.
pub fn write_appraisal(scenario: &Scenario) -> Option<AppraisalFile> {
    let appraisal = &scenario.appraisal;
    if appraisal.is_plain() {
        return None;
    }
    let options = &scenario.options;
    Some(AppraisalFile {
        real_terms: appraisal.real_terms,
        base_year: appraisal.base_year.map(|year| Whole(year.max(0) as u64)),
        deflator: match &appraisal.deflator {
            Deflator::Published => None,
            Deflator::Constant(rate) => Some(DeflatorFile::Constant(rate_text(*rate))),
            Deflator::Own(figures) => Some(DeflatorFile::Own(IndexFile(
                (figures.iter())
                    .map(|(year, figure)| (year.to_string(), index_text(*figure)))
                    .collect(),
            ))),
        },
        discount_year: appraisal
            .discount_year
            .map(|year| Whole(year.max(0) as u64)),
        preferred_option: (appraisal.preferred)
            .filter(|position| *position < options.len())
            .map(|position| Whole(position as u64 + 1)),
        optimism_bias: appraisal
            .optimism_bias
            .as_ref()
            .map(|bias| OptimismBiasFile {
                percent: rate_text(bias.percent),
                source: bias.source.clone(),
            }),
        sensitivities: SensitivitiesFile(
            (appraisal.sensitivities.iter())
                .filter_map(|sensitivity| {
                    let (option, input) = write_input(sensitivity.input, options)?;
                    Some(SensitivityFile {
                        option,
                        input,
                        low: pounds(sensitivity.low),
                        high: pounds(sensitivity.high),
                    })
                })
                .collect(),
        ),
        switching_input: (appraisal.switching_input)
            .and_then(|input| write_input(input, options))
            .map(|(option, input)| InputRefFile { option, input }),
    })
}

/// An option's benefits as the file writes them; none where there are none.
pub fn write_benefits(benefits: &Benefits) -> Option<BenefitsFile> {
    let each = |amount: Decimal| (!amount.is_zero()).then(|| pounds(amount));
    (!benefits.is_none()).then(|| BenefitsFile {
        cashable_savings: each(benefits.cashable_savings),
        avoided_costs: each(benefits.avoided_costs),
        value_per_completion: each(benefits.value_per_completion),
    })
}

/// The version details as the file writes them; none where they are empty.
pub fn write_version(version: &VersionDetails) -> Option<VersionFile> {
    (!version.is_empty()).then(|| VersionFile {
        author: version.author.clone(),
        label: version.label.clone(),
        status: version.status.map(|status| status.code().to_string()),
        date: version.date.map(CalendarDate::iso),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_figures_are_plain_decimals_above_zero() {
        assert_eq!(parse_index("87.532"), Some(Decimal::new(87_532, 3)));
        assert_eq!(parse_index("100"), Some(Decimal::from(100)));
        for text in [
            "0",
            "0.000",
            "-1",
            "1e3",
            "1.",
            ".5",
            "1.1234567",
            "100001",
            "",
            " 1",
            "1_0",
        ] {
            assert_eq!(parse_index(text), None, "{text}");
        }
    }
}
