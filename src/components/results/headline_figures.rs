//! The figures a commissioner looks for first.

use crate::components::results::ReportArgs;
use crate::components::table::how_link;
use funding_model::figures::report::{describe_months, PoolPerYear};
use funding_model::figures::working::Figure;
use funding_model::format_gbp;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn headline_figures(args: &ReportArgs) -> Html {
    let report = &args.report;
    let pool = match report.pool_per_year {
        PoolPerYear::Same(pool) => html! {
            <><span class="money">{ format_gbp(pool) }</span>{ " a year" }</>
        },
        PoolPerYear::Varies { lowest, highest } => html! {
            <>
                <span class="money">{ format_gbp(lowest) }</span>{ " to " }
                <span class="money">{ format_gbp(highest) }</span>{ " a year" }
            </>
        },
    };
    let initial = &report.term_totals[0];
    let chosen = report.chosen_term();
    let chosen_label = chosen.taken_up_label();
    html! {
        <dl class="headline-figures">
            <div class="headline-figure">
                <dt>{ "Pooled budget" }</dt>
                <dd class="headline-figure__value">{ pool }</dd>
                <dd class="headline-figure__how">{ how_link(Figure::PoolPerYear, "the pooled budget a year") }</dd>
            </div>
            <div class="headline-figure">
                <dt>{ format!("Initial term ({})", describe_months(initial.months)) }</dt>
                <dd class="headline-figure__value money">{ format_gbp(initial.total) }</dd>
                <dd class="headline-figure__note">{ initial.dates() }</dd>
                <dd class="headline-figure__how">{ how_link(Figure::TermTotal(0), "the initial term's total") }</dd>
            </div>
            <div class="headline-figure headline-figure--main">
                <dt>{ chosen_label }</dt>
                <dd class="headline-figure__value money">{ format_gbp(chosen.total) }</dd>
                <dd class="headline-figure__note">
                    { format!("{}, {}", describe_months(chosen.months), chosen.dates()) }
                </dd>
                <dd class="headline-figure__how">{ how_link(Figure::TermTotal(report.chosen_index()), "the total for the term taken up") }</dd>
            </div>
        </dl>
    }
}
