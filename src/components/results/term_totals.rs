//! What the contract is worth if it ends after the initial term or after each extension.

use crate::components::results::ReportArgs;
use crate::components::table::{figure_cell, head, hidden_caption, region, Region};
use funding_model::figures::report::describe_months;
use funding_model::figures::working::Figure;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn term_totals(args: &ReportArgs) -> Html {
    let report = &args.report;
    if report.term_totals.len() < 2 {
        return html! {};
    }
    let title = "Contract value by length of contract";
    let table = Region {
        labelled_by: "term-totals-title",
        class: "table",
        described_by: None,
    };
    let columns = [
        ("Contract runs", false),
        ("Length and dates", false),
        ("Cost of this period", true),
        ("Total", true),
    ];
    html! {
        <>
            <h3 class="table__title" id="term-totals-title">{ title }</h3>
            { region(table, hidden_caption(title), html! {
                <>
                    { head(&columns) }
                    <tbody>
                        for (index, term) in report.term_totals.iter().enumerate() {
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
                                { figure_cell(Figure::TermAdds(index), term.adds, &format!("{}, cost of this period", term.label)) }
                                { figure_cell(Figure::TermTotal(index), term.total, &term.label) }
                            </tr>
                        }
                    </tbody>
                </>
            }) }
        </>
    }
}
