//! What the contract is worth if it ends after the initial term or after each extension.

use crate::model::format_gbp;
use crate::model::report::{describe_months, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermTotalsProps {
    pub report: std::rc::Rc<Report>,
}

#[component]
pub fn TermTotals(props: &TermTotalsProps) -> Html {
    let report = &props.report;
    if report.term_totals.len() < 2 {
        return html! {};
    }
    html! {
        <>
        <h3 class="table__title" id="term-totals-title">{ "Contract value by length of contract" }</h3>
        <div class="table-scroll" role="region" aria-labelledby="term-totals-title" tabindex="0">
        <table class="table">
            <caption class="visually-hidden">{ "Contract value by length of contract" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Contract runs" }</th>
                    <th scope="col">{ "Length and dates" }</th>
                    <th scope="col" class="numeric">{ "Total" }</th>
                </tr>
            </thead>
            <tbody>
                for term in &report.term_totals {
                    <tr class={classes!(term.chosen.then_some("row--chosen"))}>
                        <th scope="row">
                            { term.label.clone() }
                            if term.chosen {
                                <strong class="tag">{ "This scenario" }</strong>
                            }
                        </th>
                        <td>
                            { describe_months(term.months) }
                            <span class="table__subhead">{ term.dates() }</span>
                        </td>
                        <td class="numeric">{ format_gbp(term.total) }</td>
                    </tr>
                }
            </tbody>
        </table>
        </div>
        </>
    }
}
