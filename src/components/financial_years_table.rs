//! The pooled budget by UK financial year (April to March), for finance teams whose
//! budgets run that way.

use crate::model::financial_years::pool_by_financial_year;
use crate::model::{format_gbp, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FinancialYearsTableProps {
    pub report: std::rc::Rc<Report>,
}

#[component]
pub fn FinancialYearsTable(props: &FinancialYearsTableProps) -> Html {
    let rows = pool_by_financial_year(&props.report);
    html! {
        <>
            <h3 class="table__title" id="financial-years-title">{ "Pooled budget by financial year" }</h3>
            <p class="hint" id="financial-years-hint">
                { "April to March. Each contract year's pool is shared across its months, so the financial years add up to the total to the penny." }
            </p>
            <div class="table-scroll" role="region" aria-labelledby="financial-years-title" tabindex="0">
                <table class="table table--narrow" aria-describedby="financial-years-hint">
                    <caption class="visually-hidden">{ "Pooled budget by financial year" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Financial year" }</th>
                            <th scope="col" class="numeric">{ "Pooled budget" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for (year, pool) in &rows {
                            <tr>
                                <th scope="row">{ year.label() }</th>
                                <td class="numeric">{ format_gbp(*pool) }</td>
                            </tr>
                        }
                    </tbody>
                    <tfoot>
                        <tr class="row--total">
                            <th scope="row">{ "Total" }</th>
                            <td class="numeric">{ format_gbp(props.report.chosen_total) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </>
    }
}
