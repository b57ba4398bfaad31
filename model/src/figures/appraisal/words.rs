//! The appraisal in words, for the method and the financial implications: the prices'
//! base and deflator with its vintage, the discount rate and year 0, optimism bias
//! with its source, where costs and benefits come from; then each option's present
//! values and the switching value. Only what applies: nothing at all for a scenario
//! whose appraisal is plain and whose options have no benefits.

use super::deflate::{published, year_label};
use super::present_value::{appraise, base_year, prices, AppraisalFigures, CostsFrom, Prices};
use super::switching::{input_label, switching_value, value_words, SwitchingValue};
use crate::data::appraisal::{Deflator, Input};
use crate::data::money::format_gbp;
use crate::data::scenario::Scenario;
use crate::figures::comparison::option_name;
use crate::figures::words::{quoted, Block};
use crate::figures::Figures;

/// Whether the scenario asks for an appraisal: settings beyond the defaults, or an
/// option with benefits.
pub fn applies(scenario: &Scenario) -> bool {
    !scenario.appraisal.is_plain() || scenario.options.iter().any(|o| !o.benefits.is_none())
}

fn name(scenario: &Scenario, at: usize) -> String {
    quoted(&option_name(
        scenario.options.get(at).map_or("", |o| o.name.as_str()),
        at,
    ))
}

/// The appraisal's method sentences, in the order a reader needs them.
pub fn method_sentences(scenario: &Scenario, figures: &Figures) -> Vec<String> {
    if !applies(scenario) {
        return Vec::new();
    }
    let appraisal = appraise(scenario, figures);
    let settings = &scenario.appraisal;
    let mut said = Vec::new();
    if settings.real_terms {
        let base = year_label(appraisal.base_year);
        said.push(match &settings.deflator {
            Deflator::Published => format!(
                "Real terms are at {base} prices, deflated by HM Treasury's GDP deflators at market prices, {} release: each amount × the base year's index ÷ its own year's index, rounded to the penny.",
                published().vintage
            ),
            Deflator::Constant(rate) => format!(
                "Real terms are at {base} prices, deflated at a constant {} a year, rounded to the penny.",
                rate.label()
            ),
            Deflator::Own(_) => format!(
                "Real terms are at {base} prices, deflated by the index entered for each financial year, rounded to the penny."
            ),
        });
    }
    said.push(discount_sentence(&appraisal));
    said.extend(prices_sentence(scenario));
    said.push(costs_sentence(scenario, &appraisal));
    if let Some(bias) = settings.optimism_bias.as_ref().filter(|b| b.percent.0 > 0) {
        said.push(format!(
            "Costs carry optimism bias of {} ({}), shown as a line of its own.",
            bias.percent.label(),
            bias.source
        ));
    }
    if appraisal.options.iter().any(|o| o.benefits.is_some()) {
        said.push("Benefits are the amounts a year entered for each option, pro-rated by month as contributions are, over the term taken up.".to_string());
    }
    said
}

fn discount_sentence(appraisal: &AppraisalFigures) -> String {
    let latest = (appraisal.options.iter())
        .flat_map(|o| o.costs.years.iter().map(|y| y.first_year))
        .max()
        .unwrap_or(appraisal.year0);
    let rates = if latest - appraisal.year0 > 30 {
        "3.5% a year to year 30 and the Green Book's lower rates after it"
    } else {
        "the Green Book's 3.5% a year"
    };
    format!(
        "Present values discount each financial year at {rates}, with {} as year 0, undiscounted; each year's discounted figure is rounded to the penny and a present value is their sum.",
        year_label(appraisal.year0)
    )
}

/// What the present values are of, where real terms were asked for.
fn prices_sentence(scenario: &Scenario) -> Option<String> {
    match prices(scenario) {
        Prices::Real => Some(format!(
            "Present values are of the figures in real terms; benefits are entered at {} prices.",
            year_label(base_year(scenario))
        )),
        Prices::Cash(Some(why)) => Some(format!(
            "Present values are of cash figures, as real terms cannot be worked out: {why}"
        )),
        Prices::Cash(None) => None,
    }
}

fn costs_sentence(scenario: &Scenario, appraisal: &AppraisalFigures) -> String {
    let from = |kind: CostsFrom| -> Vec<String> {
        (appraisal.options.iter().enumerate())
            .filter(|(_, o)| o.costs_from == kind)
            .map(|(at, _)| name(scenario, at))
            .collect()
    };
    match (from(CostsFrom::Plan), from(CostsFrom::Pool)) {
        (_, pool) if pool.is_empty() => "Costs are the spending plan.".to_string(),
        (plan, _) if plan.is_empty() => "Costs are the pooled budget, as there is no spending plan.".to_string(),
        (plan, pool) => format!(
            "Costs are the spending plan of {}, and the pooled budget of {}, which has no spending plan.",
            plan.join(", "),
            pool.join(", ")
        ),
    }
}

/// The appraisal's paragraphs for the financial implications.
pub fn implications_blocks(scenario: &Scenario, figures: &Figures) -> Vec<Block> {
    if !applies(scenario) {
        return Vec::new();
    }
    let appraisal = appraise(scenario, figures);
    let several = scenario.options.len() > 1;
    let mut blocks: Vec<Block> = (appraisal.options.iter().enumerate())
        .map(|(at, option)| {
            let who = if several { format!("Under {}, the", name(scenario, at)) } else { "The".to_string() };
            let mut text = format!("{who} present value of costs is {}", format_gbp(option.pv_costs));
            if let Some(bias) = option.optimism_bias.as_ref().filter(|b| !b.present.is_zero()) {
                text += &format!(", including {} of optimism bias", format_gbp(bias.present));
            }
            if let (Some(benefits), Some(bcr)) = (&option.benefits, option.bcr) {
                text += &format!(
                    "; of benefits, {}: a net present value of {} and a benefit-cost ratio of {bcr:.2}",
                    format_gbp(benefits.present),
                    format_gbp(option.npv)
                );
            }
            if several && at != scenario.baseline {
                let against = option.against_baseline;
                let (how, more) = if against.is_sign_negative() { ("lower", -against) } else { ("higher", against) };
                text += &format!("; its net present cost is {} {how} than the baseline's", format_gbp(more));
            }
            Block::Paragraph(format!("{text}."))
        })
        .collect();
    blocks
        .extend(switching_value(scenario).map(|s| Block::Paragraph(switching_words(scenario, &s))));
    blocks
}

/// The switching value in a sentence or two.
pub fn switching_words(scenario: &Scenario, found: &SwitchingValue) -> String {
    let label = input_label(scenario, found.input);
    let (preferred, against) = (
        name(scenario, found.preferred),
        name(scenario, found.against),
    );
    let at = |value| value_words(found.input.input, value);
    let now = at(found.central);
    let turn = if found.preferred_now {
        format!("{preferred} stays preferred to {against} unless {label}, now {now}, reaches")
    } else {
        format!("{preferred} costs more, net, than {against} unless {label}, now {now}, reaches")
    };
    let mut text = match found.value {
        Some(value) if found.exact => {
            format!("{turn} {}, where their net present costs are equal.", at(value))
        }
        Some(value) => format!(
            "{turn} {}, where their order turns (no value to the penny makes them equal, as each year is rounded).",
            at(value)
        ),
        None => format!("No value of {label} at or above zero changes the order of {preferred} and {against}."),
    };
    if let Some(covers) = found.pool_covers_to {
        let limit = if matches!(found.input.input, Input::CostAmount(_)) {
            "at most"
        } else {
            "at least"
        };
        text += &format!(
            " The pool covers the spending plan only while {label} is {limit} {}.",
            format_gbp(covers)
        );
    }
    text
}
