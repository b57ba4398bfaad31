//! The spending plan against the pool: each year's balance and the running balance,
//! and what would close a shortfall.

use crate::components::results::ReportArgs;
use crate::components::table::{
    figure_cell, head, hidden_caption, money, numeric, region, row, total_row, Region,
};
use funding_model::figures::analysis::{close_gap_in_proportion, split_equally};
use funding_model::figures::report::{describe_balance, Report};
use funding_model::figures::working::Figure;
use funding_model::{format_gbp, LineKind};
use rust_decimal::Decimal;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn spending_plan_table(args: &ReportArgs) -> Html {
    let report = &args.report;
    let Some(balance) = report.balance else {
        return html! {};
    };
    let shortfall = balance.is_sign_negative() && !balance.is_zero();
    let status = if shortfall {
        "balance--shortfall"
    } else {
        "balance--ok"
    };
    html! {
        <>
            <h3 class="table__title" id="spending-title">{ "Spending plan and balance" }</h3>
            <p class={classes!("balance", status)} id="balance-summary">
                { "Balance for the term taken up: " }
                <strong class="money">{ format_gbp(balance) }</strong>
                { format!(". {}.", describe_balance(balance)) }
            </p>
            { by_year(report, balance) }
            { by_cost_line(report) }
            if shortfall {
                { close_the_gap(report, -balance) }
            }
        </>
    }
}

/// Each year's pool, spending and balance, and the running balance.
fn by_year(report: &Report, balance: Decimal) -> Html {
    let table = Region {
        labelled_by: "spending-title",
        class: "table table--figures",
        described_by: None,
    };
    let columns = [
        ("Year", false),
        ("Pooled budget", true),
        ("Spending", true),
        ("Balance", true),
        ("Running balance", true),
    ];
    region(
        table,
        hidden_caption("Spending plan and balance by contract year"),
        html! {
            <>
                { head(&columns) }
                <tbody>
                    for (index, year) in report.years.iter().enumerate() {
                        { row(html! { <>{ year.year.name() }<span class="table__subhead">{ year.year.dates() }</span></> }, html! {
                            <>
                                { figure_cell(Figure::YearPool(index), year.pool, &format!("pooled budget, {}", year.year.name())) }
                                { figure_cell(Figure::YearSpending(index), year.spending, &format!("spending, {}", year.year.name())) }
                                { figure_cell(Figure::YearBalance(index), year.balance, &format!("balance, {}", year.year.name())) }
                                { figure_cell(Figure::RunningBalance(index), year.cumulative_balance, &format!("running balance, {}", year.year.name())) }
                            </>
                        }) }
                    }
                </tbody>
                { total_row("Total", html! {
                    <>
                        { figure_cell(Figure::TermTotal(report.chosen_index()), report.chosen_total, "pooled budget, total") }
                        { figure_cell(Figure::SpendingTotal, report.spending_total, "spending, total") }
                        { figure_cell(Figure::Balance, balance, "balance, total") }
                        <td></td>
                    </>
                }) }
            </>
        },
    )
}

/// What each cost line comes to over the term.
fn by_cost_line(report: &Report) -> Html {
    let table = Region {
        labelled_by: "cost-lines-title",
        class: "table table--narrow",
        described_by: None,
    };
    let caption = html! {
        <caption class="table__caption" id="cost-lines-title">{ "Spending by cost line, for the term taken up" }</caption>
    };
    region(
        table,
        caption,
        html! {
            <>
                { head(&[("Cost line", false), ("Kind", false), ("Total", true)]) }
                <tbody>
                    for (index, line) in report.cost_lines.iter().enumerate() {
                        { row(line.name.clone().into(), html! { <><td>{ line.kind.label() }</td>{ figure_cell(Figure::CostLineTotal(index), line.total, &format!("{}, total", line.name)) }</> }) }
                    }
                </tbody>
            </>
        },
    )
}

/// What would close a shortfall: shared by contribution, shared equally, or given by
/// any one partner alone.
fn close_the_gap(report: &Report, shortfall: Decimal) -> Html {
    let totals: Vec<Decimal> = report.partners.iter().map(|p| p.total).collect();
    let in_proportion = close_gap_in_proportion(shortfall, &totals);
    let equally = split_equally(shortfall, totals.len());
    let table = Region {
        labelled_by: "close-gap-title",
        class: "table table--narrow",
        described_by: None,
    };
    let proportion = |index: usize| match &in_proportion {
        Some(split) => money(split[index]),
        None => numeric("Not possible: nobody contributes yet".to_string()),
    };
    let columns = [
        ("Partner", false),
        ("In proportion to contributions", true),
        ("Shared equally", true),
    ];
    html! {
        <div class="close-gap">
            <h4 class="heading-s" id="close-gap-title">{ format!("Closing the shortfall of {}", format_gbp(shortfall)) }</h4>
            if report.partners.is_empty() {
                <p>{ "Add a partner to see how the shortfall could be shared." }</p>
            } else {
                <p class="hint">{ "Extra each partner would give over the term taken up, to the penny. Any one partner could also close it alone by giving the whole amount." }</p>
                { region(table, hidden_caption("Ways to close the shortfall"), html! {
                    <>
                        { head(&columns) }
                        <tbody>
                            for (index, partner) in report.partners.iter().enumerate() {
                                { row(partner.name.clone().into(), html! { <>{ proportion(index) }{ money(equally[index]) }</> }) }
                            }
                        </tbody>
                    </>
                }) }
            }
        </div>
    }
}
