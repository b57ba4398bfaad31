//! A short fingerprint of a scenario's figures, printed in a paper's header, so a
//! printout can be matched to the link or file it came from: "7KQ2-M9XD".
//!
//! It is FNV-1a (64-bit) over a canonical text of the title, every input that changes
//! a figure, and every option's computed figures (each year's contributions and
//! costs, the totals, shares, balance, match funding and value for money), as whole
//! pence and plain numbers. It is computed from the scenario alone, never from the
//! text of a link or file, so a scenario decoded from a link has the fingerprint the
//! sender saw, whatever version of the format carried it.
//!
//! Left out, on purpose: the version details (author, label, status, date), so that
//! re-labelling a version, or marking it approved, keeps its fingerprint; which option
//! is on screen; and the lines' ids, which links and files do not keep (a reference
//! by id, as a cost line's lead partner, is written as the partner's position).
//! FNV-1a is not cryptographic: the fingerprint tells versions apart, it does not
//! prove who made one.

use super::report::Report;
use super::Figures;
use crate::data::agreement::{Agreement, Period, Terms};
use crate::data::appraisal::{Appraisal, Input, InputRef};
use crate::data::line::{Line, LineKind};
use crate::data::money::to_pence;
use crate::data::scenario::{FundingOption, Scenario};
use rust_decimal::Decimal;
use std::fmt::Write;

/// The fingerprint of `scenario`'s figures: ten characters of Crockford's base32,
/// grouped as "7KQ2M-9XDA1".
pub fn fingerprint(scenario: &Scenario) -> String {
    fingerprint_with(scenario, &Figures::build(scenario))
}

/// As [`fingerprint`], with the figures already built.
pub fn fingerprint_with(scenario: &Scenario, figures: &Figures) -> String {
    let text = canonical_text(scenario, figures);
    grouped(fnv1a(text.as_bytes()))
}

/// The text the fingerprint is taken of, one fact a line.
pub fn canonical_text(scenario: &Scenario, figures: &Figures) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "title {:?}", scenario.title);
    let _ = writeln!(text, "baseline {}", scenario.baseline);
    appraisal(&mut text, scenario);
    for (option, report) in scenario.options.iter().zip(&figures.reports) {
        inputs(&mut text, option);
        computed(&mut text, report);
    }
    text
}

/// FNV-1a, 64-bit.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The hash's top 50 bits as ten characters of Crockford's base32 (no I, L, O or U,
/// so nothing is misread off paper), in two groups of five.
fn grouped(hash: u64) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let chars: Vec<char> = (0..10)
        .map(|i| char::from(ALPHABET[((hash >> (59 - 5 * i)) & 31) as usize]))
        .collect();
    let (first, second) = chars.split_at(5);
    format!(
        "{}-{}",
        first.iter().collect::<String>(),
        second.iter().collect::<String>()
    )
}

fn pence(amount: Decimal) -> i64 {
    to_pence(amount)
}

fn appraisal(text: &mut String, scenario: &Scenario) {
    let appraisal: &Appraisal = &scenario.appraisal;
    // Every value the appraisal holds is a number, a flag or a short code: its
    // debug text is canonical but for decimals, written normalised.
    let _ = writeln!(
        text,
        "appraisal {} {:?} {:?} {:?}",
        appraisal.real_terms, appraisal.base_year, appraisal.discount_year, appraisal.preferred
    );
    match &appraisal.deflator {
        crate::data::appraisal::Deflator::Own(index) => {
            for (year, value) in index {
                let _ = writeln!(text, "deflator {year} {}", value.normalize());
            }
        }
        other => {
            let _ = writeln!(text, "deflator {other:?}");
        }
    }
    if let Some(bias) = &appraisal.optimism_bias {
        let _ = writeln!(text, "optimism bias {} {:?}", bias.percent.0, bias.source);
    }
    for test in &appraisal.sensitivities {
        let _ = writeln!(
            text,
            "sensitivity {:?} {} {}",
            input_place(scenario, test.input),
            test.low.normalize(),
            test.high.normalize()
        );
    }
    let switching = appraisal.switching_input.map(|i| input_place(scenario, i));
    let _ = writeln!(text, "switching {switching:?}");
}

/// An input an appraisal moves, a line named by its position, not its id.
fn input_place(scenario: &Scenario, input: InputRef) -> (usize, Input, Option<usize>) {
    let option = scenario.options.get(input.option);
    let place = match input.input {
        Input::PartnerAmount(id) => option.and_then(|o| o.partners.iter().position(|p| p.id == id)),
        Input::CostAmount(id) => option.and_then(|o| o.cost_lines.iter().position(|c| c.id == id)),
        _ => None,
    };
    let kind = match input.input {
        Input::PartnerAmount(_) => Input::PartnerAmount(0),
        Input::CostAmount(_) => Input::CostAmount(0),
        other => other,
    };
    (input.option, kind, place)
}

/// An option's inputs that change a figure, references by position.
fn inputs(text: &mut String, option: &FundingOption) {
    let _ = writeln!(
        text,
        "option {:?}\nstart {} {}\nterm {}",
        option.name,
        option.start.year(),
        option.start.month(),
        option.initial_years
    );
    for extension in &option.extensions {
        let _ = writeln!(text, "extension {} {}", extension.months, extension.taken);
    }
    let _ = writeln!(text, "match {:?}", match_rule(option));
    let activity = option.activity;
    let _ = writeln!(
        text,
        "activity {} {} {}",
        activity.referrals_per_year, activity.completions_per_year, activity.demand_change_percent
    );
    let benefits = option.benefits;
    let _ = writeln!(
        text,
        "benefits {} {} {}",
        pence(benefits.cashable_savings),
        pence(benefits.avoided_costs),
        pence(benefits.value_per_completion)
    );
    let partner_place = |id: u32| option.partners.iter().position(|p| p.id == id);
    lines(text, &option.partners, &partner_place);
    lines(text, &option.cost_lines, &partner_place);
    agreement(text, option, &option.agreement);
}

fn match_rule(option: &FundingOption) -> (u8, i64) {
    use crate::data::scenario::MatchRule;
    match option.match_rule {
        MatchRule::NoRule => (0, 0),
        MatchRule::MinimumLocalShare(share) => (1, i64::from(share.0)),
        MatchRule::MinimumLocalAmount(amount) => (2, pence(amount)),
        MatchRule::MinimumShareOfGrant(share) => (3, i64::from(share.0)),
    }
}

fn lines<K: LineKind>(
    text: &mut String,
    lines: &[Line<K>],
    partner_place: &dyn Fn(u32) -> Option<usize>,
) {
    for line in lines {
        let _ = write!(
            text,
            "line {:?} {} {} {} {}",
            line.name,
            line.kind.code(),
            pence(line.annual),
            line.uplift.percent.0,
            line.uplift.from_year
        );
        for (year, amount) in &line.year_amounts {
            let _ = write!(text, " {year}:{}", pence(*amount));
        }
        text.push('\n');
        terms(text, &line.terms, partner_place);
    }
}

fn terms(text: &mut String, terms: &Terms, partner_place: &dyn Fn(u32) -> Option<usize>) {
    use crate::data::amount_set::AmountSet;
    let set = match &terms.set {
        AmountSet::Annual => "annual".to_string(),
        AmountSet::OverYears { total, years } => format!("over {} {years}", pence(*total)),
        AmountSet::ShareOf { share, of } => format!("share {} {}", share.0, pence(*of)),
        AmountSet::ByBasis => "basis".to_string(),
        AmountSet::OneOff { year } => format!("once {year}"),
    };
    let _ = writeln!(
        text,
        "terms {set} {:?} {:?} {:?} {:?} {:?} {:?} {}",
        terms.basis_figure,
        terms.group,
        terms.overspend_share.map(|p| p.0),
        terms.underspend_share.map(|p| p.0),
        terms.maximum.map(pence),
        terms.lead.map(partner_place),
        terms.fixed_cost
    );
}

fn agreement(text: &mut String, option: &FundingOption, agreement: &Agreement) {
    if let Some(basis) = &agreement.basis {
        let _ = writeln!(
            text,
            "basis {:?} {:?} {:?} {}",
            basis.name,
            basis.source,
            basis.date,
            pence(basis.total)
        );
    }
    let _ = writeln!(
        text,
        "agreement {} {} {} {} {} {}",
        agreement.whole_pounds,
        agreement.overspend.code(),
        agreement.underspend.code(),
        pence(agreement.risk_pool),
        agreement.tolerance.0,
        agreement.by_financial_year
    );
    let line_place = |id: u32| option.cost_lines.iter().position(|c| c.id == id);
    for outturn in &agreement.actuals {
        let period = match outturn.period {
            Period::ContractYear(number) => format!("year {number}"),
            Period::FinancialYear(year) => format!("financial year {year}"),
        };
        let _ = write!(text, "actual {period} {:?}", outturn.total.map(pence));
        for (id, amount) in &outturn.by_line {
            let _ = write!(text, " {:?}:{}", line_place(*id), pence(*amount));
        }
        text.push('\n');
    }
    let stated: String = agreement.stated.iter().map(|c| c.letter()).collect();
    let _ = writeln!(text, "stated {stated}");
}

/// The figures the page shows, in whole pence and hundredths of a per cent.
fn computed(text: &mut String, report: &Report) {
    for year in &report.years {
        let _ = write!(text, "year {} {}", year.year.number, year.year.months);
        for amount in year.contributions.iter().chain(&year.costs) {
            let _ = write!(text, " {}", pence(*amount));
        }
        text.push('\n');
    }
    for partner in &report.partners {
        let share = partner.share.map(|s| s.0);
        let _ = writeln!(text, "partner total {} {share:?}", pence(partner.total));
    }
    for line in &report.cost_lines {
        let share = line.share.map(|s| s.0);
        let _ = writeln!(text, "cost total {} {share:?}", pence(line.total));
    }
    for term in &report.term_totals {
        let _ = writeln!(
            text,
            "term {} {} {}",
            term.months,
            pence(term.total),
            term.chosen
        );
    }
    let _ = writeln!(
        text,
        "totals {} {} {:?} {:?}",
        pence(report.chosen_total),
        pence(report.spending_total),
        report.balance.map(pence),
        report.match_funding.met
    );
    if let Some(activity) = report.activity {
        let value = activity.value;
        let _ = writeln!(
            text,
            "activity {} {} {} {:?} {:?} {:?}",
            activity.referrals,
            activity.completions,
            pence(activity.cost),
            value.cost_per_referral.map(pence),
            value.cost_per_completion.map(pence),
            value.completion_rate.map(|r| r.0)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_in_crockford_base32_grouped() {
        assert_eq!(grouped(0), "00000-00000");
        assert_eq!(grouped(u64::MAX), "ZZZZZ-ZZZZZ");
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
