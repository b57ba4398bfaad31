//! The spending plan against the pool: each year's balance and the running balance,
//! and what would close a shortfall.

use crate::model::analysis::{close_gap_in_proportion, split_equally};
use crate::model::format_gbp;
use crate::model::report::{describe_balance, Report};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpendingPlanTableProps {
    pub report: Rc<Report>,
}

#[component]
pub fn SpendingPlanTable(props: &SpendingPlanTableProps) -> Html {
    let report = &props.report;
    let Some(balance) = report.balance else {
        return html! {};
    };
    let status = if balance.is_sign_negative() && !balance.is_zero() {
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
            <div class="table-scroll" role="region" aria-labelledby="spending-title" tabindex="0">
                <table class="table table--figures">
                    <caption class="visually-hidden">{ "Spending plan and balance by contract year" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Year" }</th>
                            <th scope="col" class="numeric">{ "Pooled budget" }</th>
                            <th scope="col" class="numeric">{ "Spending" }</th>
                            <th scope="col" class="numeric">{ "Balance" }</th>
                            <th scope="col" class="numeric">{ "Running balance" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for year in &report.years {
                            <tr>
                                <th scope="row">{ year.year.name() }<span class="table__subhead">{ year.year.dates() }</span></th>
                                <td class="numeric">{ format_gbp(year.pool) }</td>
                                <td class="numeric">{ format_gbp(year.spending) }</td>
                                <td class="numeric">{ format_gbp(year.balance) }</td>
                                <td class="numeric">{ format_gbp(year.cumulative_balance) }</td>
                            </tr>
                        }
                    </tbody>
                    <tfoot>
                        <tr class="row--total">
                            <th scope="row">{ "Total" }</th>
                            <td class="numeric">{ format_gbp(report.chosen_total) }</td>
                            <td class="numeric">{ format_gbp(report.spending_total) }</td>
                            <td class="numeric">{ format_gbp(balance) }</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <div class="table-scroll" role="region" aria-labelledby="cost-lines-title" tabindex="0">
                <table class="table table--narrow">
                    <caption class="table__caption" id="cost-lines-title">{ "Spending by cost line, for the term taken up" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Cost line" }</th>
                            <th scope="col">{ "Kind" }</th>
                            <th scope="col" class="numeric">{ "Total" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for line in &report.cost_lines {
                            <tr>
                                <th scope="row">{ line.name.clone() }</th>
                                <td>{ line.kind.label() }</td>
                                <td class="numeric">{ format_gbp(line.total) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            if balance.is_sign_negative() && !balance.is_zero() {
                { close_the_gap(report, -balance) }
            }
        </>
    }
}

/// What would close a shortfall: shared by contribution, shared equally, or given by
/// any one partner alone.
fn close_the_gap(report: &Report, shortfall: Decimal) -> Html {
    let totals: Vec<Decimal> = report.partners.iter().map(|p| p.total).collect();
    let in_proportion = close_gap_in_proportion(shortfall, &totals);
    let equally = split_equally(shortfall, totals.len());
    html! {
        <div class="close-gap">
            <h4 class="heading-s" id="close-gap-title">{ format!("Closing the shortfall of {}", format_gbp(shortfall)) }</h4>
            if report.partners.is_empty() {
                <p>{ "Add a partner to see how the shortfall could be shared." }</p>
            } else {
                <p class="hint">{ "Extra each partner would give over the term taken up, to the penny. Any one partner could also close it alone by giving the whole amount." }</p>
                <div class="table-scroll" role="region" aria-labelledby="close-gap-title" tabindex="0">
                    <table class="table table--narrow">
                        <caption class="visually-hidden">{ "Ways to close the shortfall" }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Partner" }</th>
                                <th scope="col" class="numeric">{ "In proportion to contributions" }</th>
                                <th scope="col" class="numeric">{ "Shared equally" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            for (index, partner) in report.partners.iter().enumerate() {
                                <tr>
                                    <th scope="row">{ partner.name.clone() }</th>
                                    <td class="numeric">{ in_proportion.as_ref().map_or_else(|| "Not possible: nobody contributes yet".to_string(), |split| format_gbp(split[index])) }</td>
                                    <td class="numeric">{ format_gbp(equally[index]) }</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}
