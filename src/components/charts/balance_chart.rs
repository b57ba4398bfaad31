//! Each contract year's balance (pool less spending) as a bar above or below £0,
//! with the running balance as dots joined by a line. Nothing without a spending plan.

use super::chart::{figure, key, n, value_axis, years_axis, Plot, SWATCHES};
use crate::components::results::ReportArgs;
use crate::components::table::{head, money, row, total_row};
use funding_model::figures::chart_scale::{pence, Scale};
use funding_model::figures::report::describe_balance;
use funding_model::format_gbp;
use rust_decimal::Decimal;
use yew::prelude::*;

/// "surplus of £1.00", "shortfall of £1.00" or "balanced (£0.00)".
fn in_words(balance: Decimal) -> String {
    if balance.is_zero() {
        "balanced (£0.00)".to_string()
    } else if balance.is_sign_positive() {
        format!("surplus of {}", format_gbp(balance))
    } else {
        format!("shortfall of {}", format_gbp(-balance))
    }
}

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn balance_chart(args: &ReportArgs) -> Html {
    let report = &args.report;
    let Some(total) = report.balance else {
        return Html::default();
    };
    let years = &report.years;
    let scale = Scale::covering(
        years
            .iter()
            .flat_map(|y| [pence(y.balance), pence(y.cumulative_balance)]),
        5,
    );
    let plot = Plot::upright(&scale);
    let zero = plot.y(&scale, 0);
    let (surplus, shortfall) = (SWATCHES[1], SWATCHES[3]);

    let mut bars = Vec::new();
    let mut dots = Vec::new();
    let mut points = String::new();
    let mut words = Vec::new();
    let mut rows = Vec::new();
    for (index, figures) in years.iter().enumerate() {
        let (x, width, middle) = plot.bar(index, years.len());
        let y = plot.y(&scale, pence(figures.balance));
        let class = if y < zero { surplus } else { shortfall };
        bars.push(html! {
            <rect x={n(x)} y={n(y.min(zero))} width={n(width)} height={n((y - zero).abs())} {class} />
        });
        let running = plot.y(&scale, pence(figures.cumulative_balance));
        points.push_str(&format!("{middle},{running} "));
        dots.push(html! { <circle class="chart__dot" cx={n(middle)} cy={n(running)} r="4" /> });
        words.push(format!(
            "{}: {}, {} so far",
            figures.year.name(),
            in_words(figures.balance),
            in_words(figures.cumulative_balance)
        ));
        rows.push(row(
            figures.year.label().into(),
            html! { <>{ money(figures.balance) }{ money(figures.cumulative_balance) }</> },
        ));
    }
    let desc = format!(
        "{}. Over the term: {}.",
        words.join("; "),
        describe_balance(total)
    );

    let drawing = html! {
        <>
            { value_axis(&scale, &plot, false) }
            <g class="chart__bars">{ for bars }</g>
            <polyline class="chart__line" {points} />
            { for dots }
            { years_axis(&plot, years.len()) }
        </>
    };
    let entries = vec![
        (surplus, "Surplus in the year: a bar above £0".to_string()),
        (
            shortfall,
            "Shortfall in the year: a bar below £0".to_string(),
        ),
        (
            "chart__dot",
            "Running balance, all years so far: dots joined by a line".to_string(),
        ),
    ];
    let columns = [
        ("Contract year", false),
        ("Balance for the year", true),
        ("Running balance", true),
    ];
    let table = html! {
        <>
            { head(&columns) }
            <tbody>{ for rows }</tbody>
            { total_row("Over the term", html! { <>{ money(total) }<td></td></> }) }
        </>
    };
    figure(
        "balance-chart",
        "Balance over time: surplus or shortfall by contract year",
        plot.upright_view_height(),
        desc,
        drawing,
        key(entries),
        Callback::from(move |()| table.clone()),
    )
}
