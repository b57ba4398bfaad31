//! What file format 4 added: each line's terms and each option's agreement, read (every
//! value checked as the editor would, the message naming whose it is) and written
//! (each member left out where it holds its default). Ids are not in the file: a lead
//! is a partner's number and actual spend by line names cost lines by number, from 1.

use super::from_file::{amount, percent, whole};
use super::layout::{
    AgreementFile, Amount, AmountSetFile, BasisFile, LineFile, LinesFile, OutturnFile, Whole,
};
use super::to_file::{percent as percent_text, pounds};
use crate::data::agreement::{
    Agreement, Basis, Clause, Outturn, Period, RiskRule, Terms, DEFAULT_TOLERANCE,
};
use crate::data::amount_set::AmountSet;
use crate::data::limits::{MAX_ACTUAL_PERIODS, MAX_BASIS_FIGURE, MAX_CONTRACT_YEARS, MAX_SHARE};
use crate::data::line::{CostLine, Partner};
use crate::data::scenario::FundingOption;

/// The file format version that added terms and agreements, and uplifts to four
/// decimal places.
pub const AGREEMENT_VERSION: u64 = 4;

/// The first of a line's version 4 members it has, by name: a file of an earlier
/// version with one is refused.
pub fn terms_member(item: &LineFile) -> Option<&'static str> {
    [
        ("amountSet", item.amount_set.is_some()),
        ("basisFigure", item.basis_figure.is_some()),
        ("group", item.group.is_some()),
        ("overspendShare", item.overspend_share.is_some()),
        ("underspendShare", item.underspend_share.is_some()),
        ("maximum", item.maximum.is_some()),
        ("lead", item.lead.is_some()),
        ("fixedCost", item.fixed_cost.is_some()),
    ]
    .into_iter()
    .find_map(|(member, present)| present.then_some(member))
}

/// A whole number from 1 to `max`, named `key` in `whose` message.
fn from_one(whose: &str, key: &str, value: Whole, max: u64) -> Result<u64, String> {
    Some(value.0)
        .filter(|n| (1..=max).contains(n))
        .ok_or_else(|| format!("{whose}: `{key}` must be a whole number from 1 to {max}"))
}

/// The line `name`'s terms, in an option of `partners` partners.
pub fn read_terms(item: &LineFile, name: &str, partners: usize) -> Result<Terms, String> {
    let share = |text: &Option<Amount>, what: &str| {
        let whose = format!("{name}'s {}", what.to_lowercase());
        (text.as_ref())
            .map(|text| percent(text, &whose, what, MAX_SHARE))
            .transpose()
    };
    let basis_figure = (item.basis_figure)
        .map(|figure| whole("basisFigure", figure, MAX_BASIS_FIGURE))
        .transpose()
        .map_err(|error| format!("{name}: {error}"))?;
    let lead = match item.lead {
        None => None,
        Some(Whole(number)) if (1..=partners as u64).contains(&number) => Some(number as u32),
        Some(Whole(number)) => {
            return Err(format!(
                "{name} is led by partner {number}, but the option has {partners} partners (numbered from 1)"
            ))
        }
    };
    Ok(Terms {
        set: (item.amount_set.as_ref())
            .map_or(Ok(AmountSet::Annual), |set| read_amount_set(set, name))?,
        basis_figure,
        group: item.group.clone().unwrap_or_default(),
        overspend_share: share(&item.overspend_share, "Overspend share")?,
        underspend_share: share(&item.underspend_share, "Underspend share")?,
        maximum: (item.maximum.as_ref())
            .map(|maximum| amount(maximum, &format!("{name}'s maximum")))
            .transpose()?,
        lead,
        fixed_cost: item.fixed_cost.unwrap_or(false),
    })
}

fn read_amount_set(set: &AmountSetFile, name: &str) -> Result<AmountSet, String> {
    let whose = format!("{name}'s amountSet");
    let most = u64::from(MAX_CONTRACT_YEARS);
    Ok(match set {
        AmountSetFile::Annual => AmountSet::Annual,
        AmountSetFile::OverYears { total, years } => AmountSet::OverYears {
            total: amount(total, &whose)?,
            years: from_one(&whose, "years", *years, most)? as u8,
        },
        AmountSetFile::ShareOf { share, of } => AmountSet::ShareOf {
            share: percent(share, &whose, "Share", MAX_SHARE)?,
            of: amount(of, &whose)?,
        },
        AmountSetFile::ByBasis => AmountSet::ByBasis,
        AmountSetFile::OneOff { year } => AmountSet::OneOff {
            year: from_one(&whose, "year", *year, most)? as u16,
        },
    })
}

/// An option's agreement, the option having `partners` partners and `cost_lines`
/// cost lines.
pub fn read_agreement(
    file: AgreementFile,
    partners: usize,
    cost_lines: usize,
) -> Result<Agreement, String> {
    let rule = |code: &Option<String>, key: &str| {
        match code {
        None => Ok(RiskRule::NotStated),
        Some(code) => RiskRule::from_code(code).ok_or_else(|| {
            format!("the agreement's `{key}` \"{code}\" is not one of \"none\", \"proportion\", \"fixed\", \"aligned\" or \"capped\"")
        }),
    }
    };
    let by_financial_year = match file.actuals_by.as_deref() {
        None | Some("contractYear") => false,
        Some("financialYear") => true,
        Some(other) => {
            return Err(format!(
            "the agreement's `actualsBy` \"{other}\" is not \"contractYear\" or \"financialYear\""
        ))
        }
    };
    let basis = match file.basis {
        Some(BasisFile {
            name,
            source,
            date,
            total,
        }) => Some(Basis {
            total: amount(&total, "the basis's total")?,
            name,
            source,
            date,
        }),
        None => None,
    };
    Ok(Agreement {
        basis,
        whole_pounds: file.whole_pounds,
        overspend: rule(&file.overspend, "overspend")?,
        underspend: rule(&file.underspend, "underspend")?,
        risk_pool: (file.risk_pool.as_ref())
            .map_or(Ok(Default::default()), |pool| amount(pool, "the risk pool"))?,
        tolerance: (file.tolerance.as_ref()).map_or(Ok(DEFAULT_TOLERANCE), |tolerance| {
            percent(tolerance, "the agreement", "Tolerance", MAX_SHARE)
        })?,
        by_financial_year,
        actuals: read_actuals(&file.actuals, partners, cost_lines)?,
        stated: read_stated(&file.stated)?,
    })
}

/// The clauses marked as stated: letters "a" to "g", each once.
fn read_stated(letters: &[String]) -> Result<Vec<Clause>, String> {
    let mut stated: Vec<Clause> = Vec::with_capacity(Clause::ALL.len());
    for letter in letters {
        let mut chars = letter.chars();
        let clause = match (chars.next(), chars.next()) {
            (Some(letter), None) => Clause::from_letter(letter),
            _ => None,
        }
        .ok_or_else(|| {
            format!("the agreement's `stated` holds \"{letter}\", which is not a letter from \"a\" to \"g\"")
        })?;
        if stated.contains(&clause) {
            return Err(format!("the agreement's `stated` holds \"{letter}\" twice"));
        }
        stated.push(clause);
    }
    Ok(stated)
}

/// Actual spend in period order, whatever order the file gives it in; each period once.
fn read_actuals(
    items: &[OutturnFile],
    partners: usize,
    cost_lines: usize,
) -> Result<Vec<Outturn>, String> {
    if items.len() > MAX_ACTUAL_PERIODS {
        return Err(format!(
            "the agreement gives actual spend for more than {MAX_ACTUAL_PERIODS} periods"
        ));
    }
    let mut actuals = (items.iter())
        .map(|item| read_outturn(item, partners, cost_lines))
        .collect::<Result<Vec<_>, _>>()?;
    actuals.sort_by_key(|outturn| outturn.period);
    match actuals
        .windows(2)
        .find(|pair| pair[0].period == pair[1].period)
    {
        Some(pair) => Err(format!(
            "actual spend for {} is given twice",
            period_text(pair[0].period)
        )),
        None => Ok(actuals),
    }
}

fn read_outturn(item: &OutturnFile, partners: usize, cost_lines: usize) -> Result<Outturn, String> {
    let period = parse_period(&item.period).ok_or_else(|| {
        format!(
            "actual spend for \"{}\": a period is written like \"year 1\" or \"2024/25\"",
            item.period
        )
    })?;
    let whose = format!("actual spend for {}", item.period);
    let mut by_line = Vec::with_capacity(item.by_line.0.len());
    for (key, value) in &item.by_line.0 {
        let number = (key.parse::<usize>().ok())
            .filter(|number| (1..=cost_lines).contains(number) && number.to_string() == *key)
            .ok_or_else(|| {
                format!(
                    "{whose} names cost line \"{key}\", but the option has {cost_lines} cost lines (numbered from 1, like \"1\")"
                )
            })?;
        let id = (partners + number) as u32;
        if by_line.iter().any(|(line, _)| *line == id) {
            return Err(format!("{whose} gives cost line {number} twice"));
        }
        by_line.push((id, amount(value, &whose)?));
    }
    Ok(Outturn {
        period,
        total: (item.total.as_ref())
            .map(|total| amount(total, &whose))
            .transpose()?,
        by_line,
    })
}

/// A period as the file writes it: "year 3" for a contract year, "2024/25" for a
/// financial year.
fn period_text(period: Period) -> String {
    match period {
        Period::ContractYear(year) => format!("year {year}"),
        Period::FinancialYear(first) => format!("{first}/{:02}", (first + 1).rem_euclid(100)),
    }
}

/// A period as [`period_text`] writes it ("Year 3" too); digits as written, each year
/// once, so only one text stands for each period.
fn parse_period(text: &str) -> Option<Period> {
    let plain = |digits: &str| {
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0')
    };
    if let Some(("year" | "Year", number)) = text.split_once(' ') {
        return (plain(number))
            .then(|| number.parse().ok())
            .flatten()
            .map(Period::ContractYear);
    }
    let (first, second) = text.split_once('/')?;
    let digits =
        |part: &str, count| part.len() == count && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(first, 4) || !digits(second, 2) {
        return None;
    }
    let first: i32 = first.parse().ok()?;
    let second: i32 = second.parse().ok()?;
    (second == (first + 1) % 100).then_some(Period::FinancialYear(first))
}

/// Writes `terms` into the line's file members, its lead as its partner's number among
/// `partners` (a lead naming none of them is not written: it names nobody).
pub fn write_terms(file: &mut LineFile, terms: &Terms, partners: &[Partner]) {
    file.amount_set = match terms.set {
        AmountSet::Annual => None,
        AmountSet::OverYears { total, years } => Some(AmountSetFile::OverYears {
            total: pounds(total),
            years: Whole(u64::from(years)),
        }),
        AmountSet::ShareOf { share: part, of } => Some(AmountSetFile::ShareOf {
            share: percent_text(part),
            of: pounds(of),
        }),
        AmountSet::ByBasis => Some(AmountSetFile::ByBasis),
        AmountSet::OneOff { year } => Some(AmountSetFile::OneOff {
            year: Whole(u64::from(year)),
        }),
    };
    file.basis_figure = terms.basis_figure.map(Whole);
    file.group = (!terms.group.is_empty()).then(|| terms.group.clone());
    file.overspend_share = terms.overspend_share.map(percent_text);
    file.underspend_share = terms.underspend_share.map(percent_text);
    file.maximum = terms.maximum.map(pounds);
    file.lead = (terms.lead)
        .and_then(|id| partners.iter().position(|partner| partner.id == id))
        .map(|position| Whole(position as u64 + 1));
    file.fixed_cost = terms.fixed_cost.then_some(true);
}

/// The option's agreement as the file writes it; none where it is plain.
pub fn write_agreement(option: &FundingOption) -> Option<AgreementFile> {
    let agreement = &option.agreement;
    if agreement.is_plain() {
        return None;
    }
    let rule = |rule: RiskRule| (rule != RiskRule::NotStated).then(|| rule.code().to_string());
    Some(AgreementFile {
        basis: agreement.basis.as_ref().map(|basis| BasisFile {
            name: basis.name.clone(),
            source: basis.source.clone(),
            date: basis.date.clone(),
            total: pounds(basis.total),
        }),
        whole_pounds: agreement.whole_pounds,
        overspend: rule(agreement.overspend),
        underspend: rule(agreement.underspend),
        risk_pool: (!agreement.risk_pool.is_zero()).then(|| pounds(agreement.risk_pool)),
        tolerance: (agreement.tolerance != DEFAULT_TOLERANCE)
            .then(|| percent_text(agreement.tolerance)),
        actuals_by: agreement
            .by_financial_year
            .then(|| "financialYear".to_string()),
        actuals: (agreement.actuals.iter())
            .map(|outturn| write_outturn(outturn, &option.cost_lines))
            .collect(),
        stated: (agreement.stated.iter())
            .map(|clause| clause.letter().to_string())
            .collect(),
    })
}

/// One period's actual spend, by line keyed by each cost line's number (an id naming
/// none of `cost_lines` is not written).
fn write_outturn(outturn: &Outturn, cost_lines: &[CostLine]) -> OutturnFile {
    let number = |id: u32| cost_lines.iter().position(|line| line.id == id);
    OutturnFile {
        period: period_text(outturn.period),
        total: outturn.total.map(pounds),
        by_line: LinesFile(
            (outturn.by_line.iter())
                .filter_map(|(id, actual)| Some(((number(*id)? + 1).to_string(), pounds(*actual))))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_written_once_and_read_back() {
        for period in [
            Period::ContractYear(1),
            Period::ContractYear(60),
            Period::FinancialYear(1999),
            Period::FinancialYear(2024),
            Period::FinancialYear(2160),
        ] {
            assert_eq!(parse_period(&period_text(period)), Some(period));
        }
        assert_eq!(period_text(Period::FinancialYear(1999)), "1999/00");
        assert_eq!(parse_period("Year 2"), Some(Period::ContractYear(2)));
        for text in [
            "year 01",
            "year",
            "year -1",
            "year  1",
            "2024/26",
            "2024-25",
            "24/25",
            "2024/2025",
            "",
            "year 70000",
        ] {
            assert_eq!(parse_period(text), None, "{text}");
        }
    }
}
