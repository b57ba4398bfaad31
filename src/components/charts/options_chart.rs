//! Each option's total for the term it takes up, as a bar lying along a money axis,
//! with the baseline marked.

use super::chart::{figure, key, n, value_axis, Plot, SWATCHES, WIDTH};
use crate::components::results::ComparisonArgs;
use crate::components::table::{head, numeric};
use funding_model::figures::chart_scale::{pence, short_gbp, Scale};
use funding_model::figures::comparison::{describe_difference, Comparison, ComparisonRow};
use funding_model::format_gbp;
use yew::prelude::*;

const ROW: i32 = 32;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn options_chart(args: &ComparisonArgs) -> Html {
    let comparison = &args.comparison;
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

    let lines = option_lines(comparison, row);
    let mut bars = Vec::new();
    let mut labels = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let y = plot.top + ROW * index as i32 + 6;
        let (low, high) = (x_of(0), x_of(values[index]));
        bars.push(html! {
            <rect x={n(low.min(high))} y={n(y)} width={n((high - low).abs())} height="20" class={line.swatch} />
        });
        let text_y = n(y + 15);
        labels.push(html! {
            <>
                <text x={n(plot.left - 8)} y={text_y.clone()} text-anchor="end">{ index + 1 }</text>
                <text x={n(low.max(high) + 6)} y={text_y}>{ short_gbp(values[index]) }</text>
            </>
        });
    }
    let words: Vec<String> = lines.iter().map(OptionLine::words).collect();
    let desc = format!("{}: {}.", row.label, words.join("; "));
    let entries = lines
        .iter()
        .map(|line| (line.swatch, format!("{}. {}", line.number, line.name)))
        .collect();
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
    let table = table(&row.label, &lines);
    figure(
        "options-chart",
        "Options compared: total for the term taken up",
        plot.bottom() + 28,
        desc,
        drawing,
        key(entries),
        Callback::from(move |()| table.clone()),
    )
}

/// One option's figure: its name, amount and difference from the baseline.
struct OptionLine {
    number: usize,
    name: String,
    amount: String,
    difference: String,
    is_baseline: bool,
    swatch: &'static str,
}

impl OptionLine {
    /// As "2. Doncaster only: £50,000.00, −£212,000.00 (−80.92%) compared with the
    /// baseline".
    fn words(&self) -> String {
        let (number, name, amount) = (self.number, &self.name, &self.amount);
        if self.is_baseline {
            format!("{number}. {name}: {amount}")
        } else {
            let difference = &self.difference;
            format!("{number}. {name}: {amount}, {difference} compared with the baseline")
        }
    }
}

fn option_lines(comparison: &Comparison, row: &ComparisonRow) -> Vec<OptionLine> {
    let baseline = comparison.baseline;
    let base_value = row.values.get(baseline).copied().flatten();
    comparison
        .option_names
        .iter()
        .zip(&row.values)
        .enumerate()
        .map(|(index, (name, value))| {
            let is_baseline = index == baseline;
            OptionLine {
                number: index + 1,
                name: if is_baseline {
                    format!("{name} (baseline)")
                } else {
                    name.clone()
                },
                amount: value.map_or_else(|| "not applicable".to_string(), format_gbp),
                difference: if is_baseline {
                    "Baseline".to_string()
                } else {
                    describe_difference(*value, base_value).unwrap_or_else(|| "–".to_string())
                },
                is_baseline,
                swatch: SWATCHES[usize::from(is_baseline)],
            }
        })
        .collect()
}

fn table(label: &str, lines: &[OptionLine]) -> Html {
    html! {
        <>
            { head(&[("Option", false), (label, true), ("Difference from the baseline", true)]) }
            <tbody>
                for line in lines {
                    <tr class={line.is_baseline.then_some("row--chosen")}>
                        <th scope="row">{ line.name.clone() }</th>
                        { numeric(line.amount.clone()) }
                        { numeric(line.difference.clone()) }
                    </tr>
                }
            </tbody>
        </>
    }
}
