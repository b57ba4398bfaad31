//! A list of lines: the funding partners, or the spending plan's cost lines. One
//! editor for both; the partners also get the tool that splits an amount among them.

use super::line_editor::LineEditor;
use super::split_tool::SplitTool;
use crate::model::figures::report::ContractYear;
use crate::model::LineList;
use crate::state::views::LineView;
use crate::state::{ids, Action, ListAction};
use std::rc::Rc;
use yew::prelude::*;

/// Lists longer than this are drawn only where they are on screen (`styles/app.css`).
pub const LONG_LIST: usize = 20;

#[derive(Properties, PartialEq)]
pub struct LinesEditorProps {
    pub list: LineList,
    pub lines: Vec<LineView>,
    /// Every year the contract could run.
    pub timeline: Rc<[ContractYear]>,
    pub dispatch: Callback<Action>,
}

/// The list's heading, the hint under it (if any) and its add button's words.
fn words(list: LineList) -> (&'static str, Option<&'static str>, &'static str) {
    match list {
        LineList::Partners => ("Funding partners", None, "Add a partner"),
        LineList::CostLines => (
            "Spending plan",
            Some("What the pooled budget pays for: providers, evaluation and other costs. The results show the balance each year."),
            "Add a cost line",
        ),
    }
}

#[component]
pub fn LinesEditor(props: &LinesEditorProps) -> Html {
    let list = props.list;
    let heading = ids::list_heading(list);
    let (title, hint, add) = words(list);
    let section_class = match list {
        LineList::Partners => "partners",
        LineList::CostLines => "spending",
    };
    html! {
        <section class={section_class} aria-labelledby={heading}>
            <h3 class="heading-m" id={heading} tabindex="-1">{ title }</h3>
            if let Some(hint) = hint {
                <p class="hint">{ hint }</p>
            }
            <ol class={classes!("item-list", (props.lines.len() > LONG_LIST).then_some("item-list--long"))}>
                for view in &props.lines {
                    <LineEditor key={view.line.id} view={view.clone()}
                        timeline={props.timeline.clone()} dispatch={props.dispatch.clone()} />
                }
            </ol>
            if list == LineList::Partners {
                <SplitTool partners={props.lines.iter().map(|v| (v.line.id, v.display_name())).collect::<Vec<_>>()}
                    dispatch={props.dispatch.clone()} />
            }
            if props.lines.len() < list.most() {
                <button type="button" class="button button--secondary"
                    onclick={props.dispatch.reform(move |_| Action::Lines(list, ListAction::Add))}>
                    { add }
                </button>
            }
        </section>
    }
}
