//! Each option's total for the term it takes up, as a bar lying along a money axis,
//! with the baseline marked.

use super::chart::{figure, key, n, value_axis, Plot, SWATCHES, WIDTH};
use crate::model::chart_scale::{pence, short_gbp, Scale};
use crate::model::comparison::{describe_difference, Comparison};
use crate::model::format_gbp;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OptionsChartProps {
    pub comparison: Rc<Comparison>,
}

const ROW: i32 = 32;

#[component]
pub fn OptionsChart(props: &OptionsChartProps) -> Html {
    let comparison = &props.comparison;
    let Some(row) = comparison.term_taken_up() else {
        return Html::default();
    };
    let baseline = comparison.baseline;
    let values: Vec<i128> = row.values.iter().map(|v| v.map_or(0, pence)).collect();
    let scale = Scale::covering(values.iter().copied(), 4);
    // Option numbers on the left, short amounts after the bars on the right.
    let plot = Plot {
        left: 28,
        top: 26,
        width: WIDTH - 28 - 60,
        height: ROW * values.len() as i32,
    };
    let x_of = |value: i128| plot.left + Plot::along(&scale, value, plot.width);

    let mut bars = Vec::new();
    let mut labels = Vec::new();
    let mut entries = Vec::new();
    let mut words = Vec::new();
    let mut rows = Vec::new();
    for (index, (name, value)) in comparison.option_names.iter().zip(&row.values).enumerate() {
        let is_baseline = index == baseline;
        let swatch = SWATCHES[usize::from(is_baseline)];
        let y = plot.top + ROW * index as i32 + 6;
        let (low, high) = (x_of(0), x_of(values[index]));
        bars.push(html! {
            <rect x={n(low.min(high))} y={n(y)} width={n((high - low).abs())} height="20" class={swatch} />
        });
        let text_y = n(y + 15);
        labels.push(html! {
            <>
                <text x={n(plot.left - 8)} y={text_y.clone()} text-anchor="end">{ index + 1 }</text>
                <text x={n(low.max(high) + 6)} y={text_y}>{ short_gbp(values[index]) }</text>
            </>
        });
        let amount = value.map_or_else(|| "not applicable".to_string(), format_gbp);
        let difference = if is_baseline {
            "Baseline".to_string()
        } else {
            describe_difference(*value, row.values.get(baseline).copied().flatten())
                .unwrap_or_else(|| "–".to_string())
        };
        let name = if is_baseline {
            format!("{name} (baseline)")
        } else {
            name.clone()
        };
        words.push(if is_baseline {
            format!("{}. {name}: {amount}", index + 1)
        } else {
            format!(
                "{}. {name}: {amount}, {difference} compared with the baseline",
                index + 1
            )
        });
        entries.push((swatch, format!("{}. {name}", index + 1)));
        rows.push(html! {
            <tr class={is_baseline.then_some("row--chosen")}>
                <th scope="row">{ name }</th>
                <td class="numeric">{ amount }</td>
                <td class="numeric">{ difference }</td>
            </tr>
        });
    }
    let desc = format!("{}: {}.", row.label, words.join("; "));

    // The baseline's amount as a dashed line across every bar, named above the plot.
    let marker = x_of(values.get(baseline).copied().unwrap_or(0));
    let drawing = html! {
        <>
            { value_axis(&scale, &plot, true) }
            <g class="chart__bars">{ for bars }</g>
            <line class="chart__marker" x1={n(marker)} x2={n(marker)} y1={n(plot.top - 6)} y2={n(plot.bottom())} />
            <text x={n(marker)} y={n(plot.top - 10)} text-anchor={if marker < WIDTH / 2 { "start" } else { "end" }}>{ "Baseline" }</text>
            { for labels }
        </>
    };
    let table = html! {
        <>
            <thead>
                <tr>
                    <th scope="col">{ "Option" }</th>
                    <th scope="col" class="numeric">{ row.label.clone() }</th>
                    <th scope="col" class="numeric">{ "Difference from the baseline" }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </>
    };
    figure(
        "options-chart",
        "Options compared: total for the term taken up",
        plot.bottom() + 28,
        desc,
        drawing,
        key(entries),
        table,
    )
}
