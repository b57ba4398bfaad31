//! A compact line of the key totals that stays in view at the foot of the editor, so
//! figures can be watched while editing partners far down the page.

use funding_model::figures::report::{describe_months, Report};
use funding_model::format_gbp;
use yew::prelude::*;

pub struct TotalsBarArgs {
    pub report: std::rc::Rc<Report>,
    /// How many entries the figures leave out because they need fixing.
    pub problem_count: usize,
}

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn totals_bar(args: &TotalsBarArgs) -> Html {
    let report = &args.report;
    let pool = report.pool_per_year.label();
    let chosen = report.chosen_term();
    html! {
        <aside class="totals-bar" aria-label="Current totals">
            <p class="totals-bar__figures">
                <span class="totals-bar__item">{ "Pool " }<strong class="money">{ pool }</strong></span>
                <span class="totals-bar__item">
                    { format!("Total over {} ", describe_months(chosen.months)) }
                    <strong class="money">{ format_gbp(chosen.total) }</strong>
                </span>
            </p>
            if args.problem_count > 0 {
                <p class="totals-bar__warning">
                    { format!("Not including {}", crate::components::entries_needing_fixing(args.problem_count)) }
                </p>
            }
        </aside>
    }
}
