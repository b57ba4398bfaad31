//! The GOV.UK error summary: every entry not accepted, each linking to its field.

use crate::components::browser::focus::focus_on_click;
use crate::state::{ids, FieldProblem};
use yew::prelude::*;

pub struct ErrorSummaryArgs {
    pub problems: Vec<FieldProblem>,
}

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn error_summary(args: &ErrorSummaryArgs) -> Html {
    if args.problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id={ids::ERROR_SUMMARY} tabindex="-1"
            aria-labelledby="error-summary-title" role="alert">
            <h2 class="error-summary__title" id="error-summary-title">{ "There is a problem" }</h2>
            <ul class="error-summary__list">
                for problem in &args.problems {
                    <li>
                        <a href={format!("#{}", problem.field.element_id())}
                            onclick={focus_on_click(problem.field.element_id())}>
                            { format!("{}: {}", problem.field_name, problem.message) }
                        </a>
                    </li>
                }
            </ul>
        </div>
    }
}
