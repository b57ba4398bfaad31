//! The pooled budget by UK financial year (April to March), for finance teams whose
//! budgets run that way.

use crate::components::results::ReportArgs;
use crate::components::table::{figure_cell, head, hidden_caption, region, row, total_row, Region};
use funding_model::figures::financial_years::pool_by_financial_year;
use funding_model::figures::working::Figure;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn financial_years_table(args: &ReportArgs) -> Html {
    let rows = pool_by_financial_year(&args.report);
    let title = "Pooled budget by financial year";
    let table = Region {
        labelled_by: "financial-years-title",
        class: "table table--narrow",
        described_by: Some("financial-years-hint"),
    };
    html! {
        <>
            <h3 class="table__title" id="financial-years-title">{ title }</h3>
            <p class="hint" id="financial-years-hint">
                { "April to March. Each contract year's pool is shared across its months, so the financial years add up to the total to the penny." }
            </p>
            { region(table, hidden_caption(title), html! {
                <>
                    { head(&[("Financial year", false), ("Pooled budget", true)]) }
                    <tbody>
                        for (index, (year, pool)) in rows.iter().enumerate() {
                            { row(year.label().into(), figure_cell(Figure::FinancialYearPool(index), *pool, &year.label())) }
                        }
                    </tbody>
                    { total_row("Total", figure_cell(Figure::TermTotal(args.report.chosen_index()), args.report.chosen_total, "total")) }
                </>
            }) }
        </>
    }
}
