//! The pooled budget in each contract year as a bar stacked by partner.

use super::chart::{figure, key, n, value_axis, years_axis, Plot, SWATCHES};
use crate::model::chart_scale::{pence, Scale};
use crate::model::{format_gbp, Report};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContributionsChartProps {
    pub report: Rc<Report>,
}

#[component]
pub fn ContributionsChart(props: &ContributionsChartProps) -> Html {
    let report = &props.report;
    let years = &report.years;
    let scale = Scale::covering(years.iter().map(|y| pence(y.pool)), 5);
    let plot = Plot::upright(&scale);

    // Each year's partners stacked from the bottom in the key's order, a white edge
    // between segments; a segment too thin to draw is left out.
    let mut bars = Vec::new();
    let mut words = Vec::new();
    for (index, figures) in years.iter().enumerate() {
        let (x, width) = {
            let (x, width, _) = plot.bar(index, years.len());
            (n(x), n(width))
        };
        let mut below = 0i128;
        for (partner, amount) in figures.contributions.iter().enumerate() {
            let bottom = plot.y(&scale, below);
            below += pence(*amount);
            let top = plot.y(&scale, below);
            if bottom > top {
                bars.push(html! {
                    <rect x={x.clone()} y={n(top)} width={width.clone()} height={n(bottom - top)}
                        class={SWATCHES[partner % SWATCHES.len()]} />
                });
            }
        }
        words.push(format!(
            "{}: {} pooled",
            figures.year.name(),
            format_gbp(figures.pool)
        ));
    }
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

    let drawing = html! {
        <>
            { value_axis(&scale, &plot, false) }
            <g class="chart__bars">{ for bars }</g>
            { years_axis(&plot, years.len()) }
        </>
    };
    let entries = report
        .partners
        .iter()
        .enumerate()
        .map(|(index, partner)| (SWATCHES[index % SWATCHES.len()], partner.name.clone()))
        .collect();
    let table = html! {
        <>
            <thead>
                <tr>
                    <th scope="col">{ "Contract year" }</th>
                    for partner in &report.partners {
                        <th scope="col" class="numeric">{ partner.name.clone() }</th>
                    }
                    <th scope="col" class="numeric">{ "Pooled budget" }</th>
                </tr>
            </thead>
            <tbody>
                for figures in years {
                    <tr>
                        <th scope="row">{ figures.year.label() }</th>
                        for amount in &figures.contributions {
                            <td class="numeric">{ format_gbp(*amount) }</td>
                        }
                        <td class="numeric">{ format_gbp(figures.pool) }</td>
                    </tr>
                }
            </tbody>
            <tfoot>
                <tr class="row--total">
                    <th scope="row">{ "Total" }</th>
                    for partner in &report.partners {
                        <td class="numeric">{ format_gbp(partner.total) }</td>
                    }
                    <td class="numeric">{ format_gbp(report.chosen_total) }</td>
                </tr>
            </tfoot>
        </>
    };
    let key = html! {
        <>
            <p class="hint">{ "Each bar stacks the partners in this order, the first at the bottom." }</p>
            { key(entries) }
        </>
    };
    figure(
        "contributions-chart",
        "Contributions by contract year, stacked by partner",
        plot.upright_view_height(),
        desc,
        drawing,
        key,
        table,
    )
}
