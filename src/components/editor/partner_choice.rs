//! What the tools that act on several partners share: a checkbox for each partner, all
//! ticked to begin with, and the line that says what the tool did or what to fix.

use crate::model::LineList;
use crate::state::{Action, ListAction};
use yew::prelude::*;

/// The partners (id, name) as checkboxes under `legend`, ticked unless in `left_out`;
/// `prefix` keeps each tool's checkbox ids its own.
pub fn partner_choice(
    prefix: &'static str,
    legend: &'static str,
    partners: &[(u32, String)],
    left_out: &UseStateHandle<Vec<u32>>,
) -> Html {
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ legend }</legend>
            for (id, name) in partners {
                {{
                    let id = *id;
                    let left_out = left_out.clone();
                    let is_chosen = !left_out.contains(&id);
                    let onchange = Callback::from(move |event: Event| {
                        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                        let mut list = (*left_out).clone();
                        list.retain(|other| *other != id);
                        if !input.checked() {
                            list.push(id);
                        }
                        left_out.set(list);
                    });
                    let checkbox_id = format!("{prefix}-{id}");
                    html! {
                        <div class="checkbox" key={id}>
                            <input class="checkbox__input" type="checkbox" id={checkbox_id.clone()}
                                checked={is_chosen} {onchange} />
                            <label class="checkbox__label" for={checkbox_id}>{ name.clone() }</label>
                        </div>
                    }
                }}
            }
        </fieldset>
    }
}

/// What a tool did, or what to fix, announced as it appears.
pub fn outcome_message(outcome: &Option<Result<String, String>>) -> Html {
    let Some(outcome) = outcome else {
        return Html::default();
    };
    html! {
        <p class={if outcome.is_ok() { "share-panel__status" } else { "error-message" }} role="status">
            { match outcome { Ok(text) | Err(text) => text.clone() } }
        </p>
    }
}

/// "1 partner", "7 partners".
pub fn partners_words(count: usize) -> String {
    match count {
        1 => "1 partner".to_string(),
        count => format!("{count} partners"),
    }
}

/// A tool's panel: a disclosure named `summary`, its hint, the partners it acts on
/// (`choice`), its own fields (`body`) and what it did (`outcome`).
pub struct ToolPanel<'a> {
    pub class: &'static str,
    pub summary: &'static str,
    pub hint: &'static str,
    pub choice: Html,
    pub body: Html,
    pub outcome: &'a Option<Result<String, String>>,
}

pub fn tool_panel(panel: ToolPanel) -> Html {
    html! {
        <details class={classes!("details", panel.class)}>
            <summary class="details__summary">{ panel.summary }</summary>
            <div class="details__text">
                <p class="hint">{ panel.hint }</p>
                { panel.choice }
                { panel.body }
                { outcome_message(panel.outcome) }
            </div>
        </details>
    }
}

/// Carries out what a tool worked out, an action on the partners and the words that
/// say what it did, or keeps what to fix, to show.
pub fn run_tool(
    dispatch: &Callback<Action>,
    message: &UseStateHandle<Option<Result<String, String>>>,
    outcome: Result<(ListAction, String), String>,
) {
    message.set(Some(outcome.map(|(action, words)| {
        dispatch.emit(Action::Lines(LineList::Partners, action));
        words
    })));
}
