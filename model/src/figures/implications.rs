//! The financial implications, ready to paste into a committee report: paragraphs in
//! that register, built from the figures the page shows (the report, the tables by
//! financial year, the comparison), never worked out again, so the paper agrees with
//! the page to the penny. Written as plain text and as HTML (a table pastes into Word
//! as a table).

use super::agreement_words::{risk_blocks, set_blocks};
use super::appraisal::words::implications_blocks;
use super::comparison::{is_group_row, option_name, Difference};
use super::financial_years::partners_by_financial_year;
use super::groups::{group_in_sentence, groups_worth_showing, is_kind_group};
use super::report::{describe_months, Report};
use super::words::{count_words, quoted, uplift_groups, uplift_sentence};
use super::Figures;
use crate::data::amount_set::resolve;
use crate::data::money::group_thousands;
use crate::data::scenario::{FundingOption, Scenario};
use crate::format_gbp;
use crate::formats::table_export::{neutralise, SHARES_NOTE};
use rust_decimal::Decimal;

pub use super::words::Block;

/// The financial implications of the option on screen, and of each option against
/// the baseline where there are several. Each sentence is said once, and only where it
/// applies to this option. Cash figures only: see [`implications_with_appraisal`].
pub fn financial_implications(scenario: &Scenario, figures: &Figures) -> Vec<Block> {
    let option = scenario.active_option();
    let report = figures.shown();
    let mut blocks = vec![Block::Paragraph(funding_words(scenario, option, report))];
    blocks.extend(one_off_words(report).map(Block::Paragraph));
    blocks.push(Block::Paragraph(term_words(option, report)));
    let years = report.years.len() as u16;
    let resolved = resolve(option);
    blocks.extend(
        uplift_groups(&resolved, years)
            .into_iter()
            .map(|(uplift, members)| {
                Block::Paragraph(format!("{}.", uplift_sentence(option, uplift, &members)))
            }),
    );
    blocks.extend(set_blocks(option, report));
    // A single funder's amounts are said above; several partners' are tabled.
    let single = report.partners.len() == 1;
    if report.partners.len() > 1 {
        blocks.push(Block::Paragraph(format!(
            "The partners' contributions over the {} taken up are:",
            describe_months(report.chosen_term().months)
        )));
        blocks.push(Block::Table(partner_rows(report)));
        if !report.shares_add_up() {
            blocks.push(Block::Paragraph(SHARES_NOTE.to_string()));
        }
    }
    if option.start.month() != 4 && !report.partners.is_empty() {
        let who = if single { "the funder" } else { "each partner" };
        blocks.push(Block::Paragraph(format!(
            "As {who} budgets by financial year (April to March), the contributions by financial year are:"
        )));
        blocks.push(Block::Table(financial_year_rows(report)));
    }
    blocks.extend(group_words(report).map(Block::Paragraph));
    blocks.extend(spending_words(report).map(Block::Paragraph));
    blocks.extend(risk_blocks(option, report));
    blocks.extend(match_words(report).map(Block::Paragraph));
    blocks.extend(value_words(report).map(Block::Paragraph));
    blocks.extend(options_words(scenario, figures).map(Block::Paragraph));
    blocks
}

/// The financial implications with the appraisal's paragraphs (present values,
/// switching values) where the scenario has an appraisal: for the command and the
/// worker, which carry the appraisal's code. The page's first load carries only
/// [`financial_implications`], the cash figures.
pub fn implications_with_appraisal(scenario: &Scenario, figures: &Figures) -> Vec<Block> {
    let mut blocks = financial_implications(scenario, figures);
    blocks.extend(implications_blocks(scenario, figures));
    blocks
}

/// Who funds the service: one funder by name, or a pooled budget and how many give.
fn funding_words(scenario: &Scenario, option: &FundingOption, report: &Report) -> String {
    let which = if scenario.options.len() > 1 {
        format!(
            "Under {}, the",
            quoted(&option_name(&option.name, scenario.active))
        )
    } else {
        "The".to_string()
    };
    match report.partners.as_slice() {
        [] => format!("{which} service has no funding partner yet."),
        [funder] => format!(
            "{which} service is funded by {}, at {}.",
            funder.name,
            report.pool_per_year.label()
        ),
        partners => format!(
            "{which} service is funded from a pooled budget of {}, contributed by {} partners.",
            report.pool_per_year.label(),
            count_words(partners.len())
        ),
    }
}

/// The amounts paid once, named with their year: not a year's.
fn one_off_words(report: &Report) -> Option<String> {
    let each: Vec<String> = (report.partners.iter().enumerate())
        .filter_map(|(index, partner)| {
            let number = partner.one_off?;
            let year = report.years.iter().find(|y| y.year.number == number)?;
            let amount = year.contributions.get(index)?;
            Some(format!(
                "{} {} in {}",
                partner.name,
                format_gbp(*amount),
                year.year.in_sentence()
            ))
        })
        .collect();
    match each.as_slice() {
        [] => None,
        [one] => Some(format!(
            "A one-off amount is paid once, not each year: {one}."
        )),
        many => Some(format!(
            "One-off amounts are paid once, not each year: {}.",
            many.join("; ")
        )),
    }
}

/// Each funding group's part of the term, where the groups say more than the
/// partners: "By funding group: the grants £x (68.70%), the councils £y (31.30%)."
fn group_words(report: &Report) -> Option<String> {
    if !groups_worth_showing(&report.groups) {
        return None;
    }
    let each: Vec<String> = (report.groups.iter())
        .map(|group| {
            let share = group
                .share
                .map_or_else(String::new, |s| format!(" ({})", s.label()));
            format!(
                "{} {}{share}",
                group_in_sentence(&group.name, group.members.len()),
                format_gbp(group.total)
            )
        })
        .collect();
    Some(format!(
        "By funding group, over the term taken up: {}.",
        each.join(", ")
    ))
}

/// The initial term, each extension's own cost, and the total with the extensions the
/// option takes up: each said once.
fn term_words(option: &FundingOption, report: &Report) -> String {
    let initial = &report.term_totals[0];
    let mut words = format!(
        "The initial term is {}, from {} to {}, at a total cost of {}.",
        describe_months(initial.months),
        option.start.long_label(),
        initial.end.long_label(),
        format_gbp(initial.total)
    );
    let count = option.extensions.len();
    if count == 0 {
        return words;
    }
    words.push_str(&format!(
        " The contract may be extended by {}.",
        extension_offer(option)
    ));
    let costs: Vec<String> = report.term_totals[1..]
        .iter()
        .enumerate()
        .map(|(index, term)| {
            let name = if count == 1 {
                "The extension".to_string()
            } else {
                format!("extension {}", index + 1)
            };
            let months = describe_months(term.months - report.term_totals[index].months);
            format!(
                "{name} ({months}, to {}) would cost {}",
                term.end.long_label(),
                format_gbp(term.adds)
            )
        })
        .collect();
    let mut costs = costs.join("; ");
    if let Some(first) = costs.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    words.push_str(&format!(" {costs}."));
    let taken = option.taken_extension_count();
    let chosen = report.chosen_term();
    words.push_str(&match taken {
        0 => " These figures assume no extension is taken up.".to_string(),
        _ => format!(
            " With {} taken up, the total is {} over {}, to {}.",
            extensions_taken(taken, count),
            format_gbp(chosen.total),
            describe_months(chosen.months),
            chosen.end.long_label()
        ),
    });
    words
}

/// "one further period of 1 year", "up to two further periods of 1 year each", "up to
/// three further periods (1 year, 6 months, 1 year)".
fn extension_offer(option: &FundingOption) -> String {
    let count = option.extensions.len();
    let lengths: Vec<u16> = option.extensions.iter().map(|e| e.months).collect();
    let periods = match count {
        1 => "one further period".to_string(),
        _ => format!("up to {} further periods", count_words(count)),
    };
    if lengths.iter().all(|m| *m == lengths[0]) {
        let each = if count == 1 { "" } else { " each" };
        format!(
            "{periods} of {}{each}",
            describe_months(u32::from(lengths[0]))
        )
    } else {
        let each: Vec<String> = lengths
            .iter()
            .map(|m| describe_months(u32::from(*m)))
            .collect();
        format!("{periods} ({})", each.join(", "))
    }
}

/// "the extension", "both extensions", "all three extensions", "the first two extensions".
fn extensions_taken(taken: usize, count: usize) -> String {
    match (taken, count) {
        (1, 1) => "the extension".to_string(),
        (2, 2) => "both extensions".to_string(),
        (n, c) if n == c => format!("all {} extensions", count_words(n)),
        (1, _) => "the first extension".to_string(),
        (n, _) => format!("the first {} extensions", count_words(n)),
    }
}

/// Partner, a year, total, share: what each partner gives.
fn partner_rows(report: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        "Partner".to_string(),
        "A year".to_string(),
        "Total for the term".to_string(),
        "Share of the pool".to_string(),
    ]];
    for (index, partner) in report.partners.iter().enumerate() {
        let full: Vec<Decimal> = report
            .years
            .iter()
            .filter(|y| !y.year.is_part_year())
            .map(|y| y.contributions[index])
            .collect();
        let (low, high) = (full.iter().min().copied(), full.iter().max().copied());
        let a_year = match (partner.one_off, low, high) {
            (Some(year), ..) => format!("{} once, in year {year}", format_gbp(partner.total)),
            (None, low, high) => match (low, high) {
                (Some(low), Some(high)) if low != high => {
                    format!("{} to {}", format_gbp(low), format_gbp(high))
                }
                (Some(low), _) => format_gbp(low),
                _ => "–".to_string(),
            },
        };
        let share = partner.share.map_or_else(|| "–".to_string(), |s| s.label());
        rows.push(vec![
            partner.name.clone(),
            a_year,
            format_gbp(partner.total),
            share,
        ]);
    }
    rows.push(vec![
        "Total pooled budget".to_string(),
        report.pool_per_year.label().replace(" a year", ""),
        format_gbp(report.chosen_total),
        if report.partners.iter().any(|p| p.share.is_some()) {
            "100.00%".to_string()
        } else {
            "–".to_string()
        },
    ]);
    rows
}

/// Each partner's contributions by financial year, with the total of each row.
fn financial_year_rows(report: &Report) -> Vec<Vec<String>> {
    let table = partners_by_financial_year(report);
    let mut header = vec!["Partner".to_string()];
    header.extend(table.years.iter().map(|y| y.label()));
    header.push("Total".to_string());
    let mut rows = vec![header];
    for (index, partner) in report.partners.iter().enumerate() {
        let mut row = vec![partner.name.clone()];
        row.extend(table.lines[index].iter().map(|a| format_gbp(*a)));
        row.push(format_gbp(table.line_total(index)));
        rows.push(row);
    }
    if report.partners.len() > 1 {
        let mut total = vec!["Total pooled budget".to_string()];
        total.extend(table.totals.iter().map(|a| format_gbp(*a)));
        total.push(format_gbp(table.totals.iter().sum()));
        rows.push(total);
    }
    rows
}

fn spending_words(report: &Report) -> Option<String> {
    let balance = report.balance?;
    let lines: Vec<String> = report
        .cost_lines
        .iter()
        .map(|line| format!("{} {}", line.name, format_gbp(line.total)))
        .collect();
    let outcome = if balance.is_zero() {
        "Funding and spending match.".to_string()
    } else if balance.is_sign_positive() {
        format!(
            "The pooled budget exceeds the spending by {}.",
            format_gbp(balance)
        )
    } else {
        format!(
            "The spending exceeds the pooled budget by {}: the partners would need to agree who meets this shortfall.",
            format_gbp(-balance)
        )
    };
    Some(format!(
        "The spending plan totals {} over the term taken up: {}. {outcome}",
        format_gbp(report.spending_total),
        lines.join("; ")
    ))
}

fn match_words(report: &Report) -> Option<String> {
    let funding = &report.match_funding;
    // Said where there is a rule to meet, or grants and local money side by side.
    let mixed = !funding.grant_total.is_zero() && !funding.local_total.is_zero();
    if !mixed && funding.rule_words().is_none() {
        return None;
    }
    let mut words = format!(
        "Local partners contribute {} and grants {}",
        format_gbp(funding.local_total),
        format_gbp(funding.grant_total)
    );
    if let Some(share) = funding.local_share {
        words.push_str(&format!(
            ": local match funding is {} of the total",
            share.label()
        ));
    }
    words.push('.');
    if let (Some(rule), Some(verdict)) = (funding.rule_words(), funding.verdict()) {
        words.push_str(&format!(
            " The match-funding rule asks for {rule}. {verdict}"
        ));
    }
    Some(words)
}

fn value_words(report: &Report) -> Option<String> {
    let activity = report.activity?;
    let mut words = format!(
        "Over the term taken up, {} referrals and {} completions are expected",
        group_thousands(u64::from(activity.referrals)),
        group_thousands(u64::from(activity.completions))
    );
    let value = activity.value;
    let costs: Vec<String> = [
        value
            .cost_per_referral
            .map(|c| format!("{} a referral", format_gbp(c))),
        value
            .cost_per_completion
            .map(|c| format!("{} a completion", format_gbp(c))),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !costs.is_empty() {
        words.push_str(&format!(", at {}", costs.join(" and ")));
    }
    words.push('.');
    Some(words)
}

/// Each option against the baseline, its name quoted and its difference in words.
fn options_words(scenario: &Scenario, figures: &Figures) -> Option<String> {
    let comparison = &figures.comparison;
    if comparison.option_names.len() < 2 {
        return None;
    }
    let row = comparison.term_taken_up()?;
    let baseline = comparison.baseline;
    let others: Vec<String> = (0..comparison.option_names.len())
        .filter(|&index| index != baseline)
        .filter_map(|index| {
            let value = row.values[index]?;
            let difference = Difference::between(Some(value), row.values[baseline])?;
            let compared = match difference.in_words().as_str() {
                "the same" => "the same".to_string(),
                words => format!("which is {words}"),
            };
            Some(format!(
                "{} would cost {}, {compared}",
                quoted(&comparison.option_names[index]),
                format_gbp(value)
            ))
        })
        .collect();
    let base_value = row.values[baseline].map_or_else(|| "–".to_string(), format_gbp);
    let mut words = format!(
        "Against the baseline, {}, at {} for the term it takes up: {}.",
        quoted(&option_name(&scenario.options[baseline].name, baseline)),
        base_value,
        others.join("; ")
    );
    if let Some(first) = words.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    for index in (0..comparison.option_names.len()).filter(|&index| index != baseline) {
        words.push_str(&group_changes(figures, index));
    }
    Some(words)
}

/// " In “Option 2”, the grants rise by £213,468.00 (19.73%) and the councils stay the
/// same." for each group in both options, where the comparison has groups.
fn group_changes(figures: &Figures, index: usize) -> String {
    let comparison = &figures.comparison;
    let baseline = comparison.baseline;
    let changes: Vec<String> = (comparison.rows.iter())
        .filter(|row| is_group_row(row, &figures.reports))
        .filter_map(|row| {
            let difference = Difference::between(row.values[index], row.values[baseline])?;
            let group = row.label.split(": ").next().unwrap_or_default();
            let members = (figures.reports.iter())
                .flat_map(|report| report.groups.iter())
                .filter(|g| g.name == group)
                .map(|g| g.members.len())
                .max()
                .unwrap_or(0);
            let singular = members == 1 && is_kind_group(group);
            Some(format!(
                "{} {}",
                group_in_sentence(group, members),
                difference.as_change(singular)
            ))
        })
        .collect();
    match changes.as_slice() {
        [] => String::new(),
        [one] => format!(" In {}, {one}.", quoted(&comparison.option_names[index])),
        [first @ .., last] => format!(
            " In {}, {} and {last}.",
            quoted(&comparison.option_names[index]),
            first.join(", ")
        ),
    }
}

/// The blocks as plain text: paragraphs apart, a table's cells tab-separated, each
/// neutralised as a spreadsheet cell would need (pasted into one, a line is a cell).
pub fn to_plain_text(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(words) => neutralise(words),
            Block::Table(rows) => rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|cell| neutralise(cell))
                        .collect::<Vec<_>>()
                        .join("\t")
                })
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect();
    parts.join("\n\n")
}

/// The blocks as HTML for a word processor, every text escaped and, as a spreadsheet
/// reads pasted HTML too, neutralised.
pub fn to_html(blocks: &[Block]) -> String {
    let mut html = String::new();
    for block in blocks {
        match block {
            Block::Paragraph(words) => {
                html.push_str(&format!("<p>{}</p>", escape(&neutralise(words))))
            }
            Block::Table(rows) => {
                html.push_str("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">");
                for (index, row) in rows.iter().enumerate() {
                    let cell = if index == 0 { "th" } else { "td" };
                    html.push_str("<tr>");
                    for words in row {
                        html.push_str(&format!("<{cell}>{}</{cell}>", escape(&neutralise(words))));
                    }
                    html.push_str("</tr>");
                }
                html.push_str("</table>");
            }
        }
    }
    html
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
