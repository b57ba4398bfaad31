//! Who bears a variance, in words: the agreement's rules for an overspend and an
//! underspend, the tolerance that triggers its review, and each period's actual spend
//! against the plan with each partner's part. Said only where the option has them.

use super::outturn::PeriodOutturn;
use super::words::Block;
use crate::data::agreement::RiskRule;
use crate::data::money::from_pence;
use crate::data::scenario::FundingOption;
use crate::format_gbp;

/// The rules, a fixed-price line's variance, and the tolerance, where a rule is stated.
pub fn risk_sentences(option: &FundingOption) -> Vec<String> {
    let agreement = &option.agreement;
    let (over, under) = (agreement.overspend, agreement.underspend);
    if over == RiskRule::NotStated && under == RiskRule::NotStated {
        return Vec::new();
    }
    let mut said = Vec::new();
    if over == under && over != RiskRule::Fixed {
        said.push(format!(
            "An overspend or an underspend is {}.",
            rule_words(option, over, true)
        ));
    } else {
        said.push(direction_sentence(option, over, true));
        said.push(direction_sentence(option, under, false));
    }
    let fixed: Vec<String> = (option.cost_lines.iter().enumerate())
        .filter(|(_, line)| line.terms.fixed_cost)
        .map(|(index, line)| line.display_name(index))
        .collect();
    match fixed.as_slice() {
        [] => {}
        [one] => said.push(format!(
            "The variance on {one} is not shared: it is at a fixed price."
        )),
        many => said.push(format!(
            "The variance on {} is not shared: each is at a fixed price.",
            many.join(", ")
        )),
    }
    said.push(format!(
        "A variance of more than {} of the plan triggers the agreement's review clause.",
        agreement.tolerance.label()
    ));
    said
}

fn direction_sentence(option: &FundingOption, rule: RiskRule, overspend: bool) -> String {
    let what = if overspend {
        "An overspend"
    } else {
        "An underspend"
    };
    match rule {
        RiskRule::NotStated => format!("{what}: the agreement's rule is not entered."),
        rule => format!("{what} is {}.", rule_words(option, rule, overspend)),
    }
}

/// How a rule shares a variance, with the partners' terms it uses.
fn rule_words(option: &FundingOption, rule: RiskRule, overspend: bool) -> String {
    let partners = &option.partners;
    let name = |index: usize| partners[index].display_name(index);
    match rule {
        RiskRule::NotStated => "dealt with as the agreement says, not entered here".to_string(),
        RiskRule::InProportion => "shared in proportion to the partners' contributions in the period".to_string(),
        RiskRule::Fixed => {
            let shares: Vec<(usize, u32)> = (partners.iter().enumerate())
                .map(|(index, p)| {
                    let share = if overspend { p.terms.overspend_share } else { p.terms.underspend_share };
                    (index, share.map_or(0, |s| s.0))
                })
                .collect();
            let sum: u32 = shares.iter().map(|(_, s)| s).sum();
            let each: Vec<String> = (shares.iter())
                .map(|(index, share)| format!("{} {}", name(*index), crate::data::money::Percent(*share).label()))
                .collect();
            let note = match sum {
                10_000 => String::new(),
                sum => format!(" (these add up to {}, not 100.00%)", crate::data::money::Percent(sum).label()),
            };
            format!("shared by percentages agreed in advance: {}{note}", each.join(", "))
        }
        RiskRule::Aligned => aligned_words(option),
        RiskRule::Capped if !overspend => {
            "shared in proportion to the partners' contributions in the period (the maximums apply to an overspend)".to_string()
        }
        RiskRule::Capped => capped_words(option),
    }
}

/// "borne by the partner that leads each cost line: Harbour, led by Alpha; …".
fn aligned_words(option: &FundingOption) -> String {
    let lines: Vec<String> = (option.cost_lines.iter().enumerate())
        .map(|(index, line)| {
            let lead = (line.terms.lead)
                .and_then(|id| option.partners.iter().position(|p| p.id == id))
                .map(|at| option.partners[at].display_name(at));
            match lead {
                Some(lead) => format!("{}, led by {lead}", line.display_name(index)),
                None => format!("{}, with no lead partner given", line.display_name(index)),
            }
        })
        .collect();
    match lines.is_empty() {
        true => {
            "borne by the partner that leads each cost line, though there are no cost lines yet"
                .to_string()
        }
        false => format!(
            "borne by the partner that leads each cost line: {}",
            lines.join("; ")
        ),
    }
}

/// "met first from a risk pool of £5,000.00 in each period, then shared in proportion
/// …, no partner bearing more than its maximum: Alpha £1,000.00".
fn capped_words(option: &FundingOption) -> String {
    let pool = option.agreement.risk_pool;
    let first = match pool.is_zero() {
        true => "shared ".to_string(),
        false => format!(
            "met first from a risk pool of {} in each period, then shared ",
            format_gbp(pool)
        ),
    };
    let maximums: Vec<String> = (option.partners.iter().enumerate())
        .filter_map(|(index, p)| {
            Some(format!(
                "{} {}",
                p.display_name(index),
                format_gbp(p.terms.maximum?)
            ))
        })
        .collect();
    let caps = match maximums.is_empty() {
        true => ", though no maximum is entered yet".to_string(),
        false => format!(": {}", maximums.join(", ")),
    };
    format!("{first}in proportion to the partners' contributions in the period, no partner bearing more than its maximum{caps}")
}

/// Each period's actual spend against the plan, and who bears the variance.
pub fn outturn_blocks(option: &FundingOption, outturns: &[PeriodOutturn]) -> Vec<Block> {
    let mut blocks = Vec::new();
    for outturn in outturns {
        blocks.push(Block::Paragraph(outturn_sentence(option, outturn)));
        let shared = outturn.split.parts.iter().any(|part| *part != 0);
        if shared && option.partners.len() > 1 {
            blocks.push(Block::Table(parts_rows(option, outturn)));
        }
    }
    blocks
}

/// "In 2024/25, the actual spend of £240,591.76 is £11,456.76 (5.00%) more than the
/// plan of £229,135.00: beyond the 5.00% tolerance, so the review clause is triggered."
pub fn outturn_sentence(option: &FundingOption, outturn: &PeriodOutturn) -> String {
    let plan = &outturn.plan;
    let variance = outturn.variance();
    let difference = super::comparison::Difference::between(
        Some(from_pence(outturn.actual)),
        Some(from_pence(plan.total)),
    );
    let compared = match difference.map(|d| d.in_words()) {
        Some(words) if words == "the same" => "is the same as".to_string(),
        Some(words) => format!("is {words} than"),
        None => "against".to_string(),
    };
    let tolerance = option.agreement.tolerance.label();
    let judged = match (variance, outturn.within_tolerance) {
        (0, _) => String::new(),
        (_, true) => format!(": within the {tolerance} tolerance"),
        (_, false) => format!(
            ": beyond the {tolerance} tolerance, so the agreement's review clause is triggered"
        ),
    };
    let mut words = format!(
        "In {}, the actual spend of {} {compared} the plan of {}{judged}.",
        plan.in_sentence,
        format_gbp(from_pence(outturn.actual)),
        format_gbp(from_pence(plan.total))
    );
    words.push_str(&who_bears(option, outturn));
    words
}

/// The sentence on who bears the variance: the pool's part, a fixed line's, and what
/// nobody bears, each only where it is not nothing.
fn who_bears(option: &FundingOption, outturn: &PeriodOutturn) -> String {
    let split = &outturn.split;
    if split.variance == 0 {
        return String::new();
    }
    let what = if split.variance > 0 {
        "overspend"
    } else {
        "underspend"
    };
    let mut words = String::new();
    if outturn.rule == RiskRule::NotStated {
        return format!(" The agreement's rule for an {what} is not entered, so no partner's part is worked out.");
    }
    if outturn.needs_lines {
        words.push_str(" The rule shares a variance by who leads each cost line, so it needs the actual spend by cost line.");
    }
    if split.not_shared != 0 {
        words.push_str(&format!(
            " {} of it is on fixed-price lines and is not shared.",
            format_gbp(from_pence(split.not_shared).abs())
        ));
    }
    if split.from_pool != 0 {
        words.push_str(&format!(
            " The risk pool meets {}.",
            format_gbp(from_pence(split.from_pool))
        ));
    }
    if let [only] = split.parts.as_slice() {
        if *only != 0 {
            let name = option
                .partners
                .first()
                .map_or_else(String::new, |p| p.display_name(0));
            words.push_str(&format!(
                " {name} bears {}.",
                format_gbp(from_pence(*only).abs())
            ));
        }
    } else if split.parts.iter().any(|part| *part != 0) {
        words.push_str(&format!(" The partners bear the {what} as follows:"));
    }
    if split.unmet != 0 && !outturn.needs_lines {
        words.push_str(&format!(
            " {} is borne by no partner under the rule.",
            format_gbp(from_pence(split.unmet).abs())
        ));
    }
    words
}

/// Partner and part of the variance, with the total row.
fn parts_rows(option: &FundingOption, outturn: &PeriodOutturn) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        "Partner".to_string(),
        "Part of the variance".to_string(),
    ]];
    for (index, part) in outturn.split.parts.iter().enumerate() {
        let name = option
            .partners
            .get(index)
            .map_or_else(String::new, |p| p.display_name(index));
        rows.push(vec![name, format_gbp(from_pence(*part))]);
    }
    let borne: i64 = outturn.split.parts.iter().sum();
    rows.push(vec![
        "Borne by the partners".to_string(),
        format_gbp(from_pence(borne)),
    ]);
    rows
}
