//! The spending plan: what the pool pays for, line by line.

use super::cost_line_editor::CostLineEditor;
use crate::model::report::timeline;
use crate::model::scenario::MAX_COST_LINES;
use crate::state::{Action, AppState, Field, SPENDING_HEADING_ID};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpendingPlanEditorProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn SpendingPlanEditor(props: &SpendingPlanEditorProps) -> Html {
    let option = props.state.option();
    let lines = &option.cost_lines;
    let years = timeline(option);
    let view = |field: Field| props.state.field_view(field);
    html! {
        <section class="spending" aria-labelledby={SPENDING_HEADING_ID}>
            <h3 class="heading-m" id={SPENDING_HEADING_ID} tabindex="-1">{ "Spending plan" }</h3>
            <p class="hint">{ "What the pooled budget pays for: providers, evaluation and other costs. The results show the balance each year." }</p>
            <ol class="item-list">
                for (index, line) in lines.iter().enumerate() {
                    <CostLineEditor
                        key={line.id}
                        line={line.clone()}
                        position={index}
                        years={years.clone()}
                        annual={view(Field::CostAnnual { line: line.id })}
                        by_year={years.iter().map(|y| view(Field::CostYear { line: line.id, year: y.number })).collect::<Vec<_>>()}
                        uplift={view(Field::CostUplift { line: line.id })}
                        dispatch={props.dispatch.clone()}
                    />
                }
            </ol>
            if lines.len() < MAX_COST_LINES {
                <button type="button" class="button button--secondary"
                    onclick={props.dispatch.reform(|_| Action::AddCostLine)}>
                    { "Add a cost line" }
                </button>
            }
        </section>
    }
}
