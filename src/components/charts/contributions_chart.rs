//! The pooled budget in each contract year as a bar stacked by partner. With many
//! partners the largest are drawn one by one and the rest together, so the bars stay
//! readable; the table under the chart holds every partner.

use super::chart::{figure, key, n, value_axis, years_axis, Plot, SWATCHES};
use crate::components::results::ReportArgs;
use crate::components::table::{head, money, row, total_row, Column};
use funding_model::figures::chart_scale::{pence, Scale};
use funding_model::{format_gbp, Report};
use yew::prelude::*;

/// The most segments a bar has: the largest partners, then one for all the others.
const MOST_SEGMENTS: usize = 10;

/// What the bars stack: each named segment with the partners it adds up.
struct Segment {
    name: String,
    partners: Vec<usize>,
}

/// Every partner its own segment, or, with more than [`MOST_SEGMENTS`], the largest
/// contributors over the term (in list order) and then the others together.
fn segments(report: &Report) -> Vec<Segment> {
    let partners = &report.partners;
    let alone = |index: usize| Segment {
        name: partners[index].name.clone(),
        partners: vec![index],
    };
    if partners.len() <= MOST_SEGMENTS {
        return (0..partners.len()).map(alone).collect();
    }
    // The largest by picking the next largest again and again: no sort in the bundle.
    let mut largest: Vec<usize> = Vec::new();
    while largest.len() < MOST_SEGMENTS - 1 {
        let next = (0..partners.len())
            .filter(|i| !largest.contains(i))
            .reduce(|a, b| {
                if partners[b].total > partners[a].total {
                    b
                } else {
                    a
                }
            });
        largest.extend(next);
    }
    let mut shown: Vec<Segment> = (0..partners.len())
        .filter(|i| largest.contains(i))
        .map(alone)
        .collect();
    let others: Vec<usize> = (0..partners.len())
        .filter(|i| !largest.contains(i))
        .collect();
    shown.push(Segment {
        name: format!("The other {} partners together", others.len()),
        partners: others,
    });
    shown
}

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn contributions_chart(args: &ReportArgs) -> Html {
    let report = &args.report;
    let years = &report.years;
    let scale = Scale::covering(years.iter().map(|y| pence(y.pool)), 5);
    let plot = Plot::upright(&scale);
    let segments = segments(report);
    // Each year's segments stacked from the bottom in the key's order, a white edge
    // between them; a segment too thin to draw is left out.
    let mut bars = Vec::new();
    for (index, figures) in years.iter().enumerate() {
        let (x, width, _) = plot.bar(index, years.len());
        let (x, width) = (n(x), n(width));
        let mut below = 0i128;
        for (position, segment) in segments.iter().enumerate() {
            let bottom = plot.y(&scale, below);
            below += segment
                .partners
                .iter()
                .map(|&partner| pence(figures.contributions[partner]))
                .sum::<i128>();
            let top = plot.y(&scale, below);
            if bottom > top {
                bars.push(html! {
                    <rect x={x.clone()} y={n(top)} width={width.clone()} height={n(bottom - top)}
                        class={SWATCHES[position % SWATCHES.len()]} />
                });
            }
        }
    }
    let drawing = html! {
        <>
            { value_axis(&scale, &plot, false) }
            <g class="chart__bars">{ for bars }</g>
            { years_axis(&plot, years.len()) }
        </>
    };
    let entries = segments
        .iter()
        .enumerate()
        .map(|(index, segment)| (SWATCHES[index % SWATCHES.len()], segment.name.clone()))
        .collect();
    let key = html! {
        <>
            <p class="hint">{ "Each bar stacks the partners in this order, the first at the bottom." }</p>
            { key(entries) }
        </>
    };
    let table = {
        let report = report.clone();
        Callback::from(move |()| table(&report))
    };
    figure(
        "contributions-chart",
        "Contributions by contract year, stacked by partner",
        plot.upright_view_height(),
        description(report),
        drawing,
        key,
        table,
    )
}

/// The chart in words: each year's pool and the largest contributor.
fn description(report: &Report) -> String {
    let words: Vec<String> = report
        .years
        .iter()
        .map(|figures| {
            format!(
                "{}: {} pooled",
                figures.year.name(),
                format_gbp(figures.pool)
            )
        })
        .collect();
    let mut desc = words.join("; ");
    let largest = report
        .partners
        .iter()
        .reduce(|a, b| if b.total > a.total { b } else { a });
    match largest {
        Some(partner) if !partner.total.is_zero() => desc.push_str(&format!(
            ". Largest contributor over the term: {}, {}{}.",
            partner.name,
            format_gbp(partner.total),
            partner
                .share
                .map_or(String::new(), |s| format!(" ({})", s.label()))
        )),
        _ => desc.push_str(". No partner contributes anything yet."),
    }
    desc
}

/// Every partner's contribution in every year, as the chart's table.
fn table(report: &Report) -> Html {
    let mut columns: Vec<Column> = vec![("Contract year", false)];
    columns.extend(report.partners.iter().map(|p| (p.name.as_str(), true)));
    columns.push(("Pooled budget", true));
    html! {
        <>
            { head(&columns) }
            <tbody>
                for figures in &report.years {
                    { row(figures.year.label().into(), html! {
                        <>
                            { for figures.contributions.iter().map(|amount| money(*amount)) }
                            { money(figures.pool) }
                        </>
                    }) }
                }
            </tbody>
            { total_row("Total", html! {
                <>
                    { for report.partners.iter().map(|p| money(p.total)) }
                    { money(report.chosen_total) }
                </>
            }) }
        </>
    }
}
