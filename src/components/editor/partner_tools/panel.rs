//! What the tools acting on several partners share: their panel with a checkbox for
//! each partner (all ticked to begin with), their words, carrying out their action, and
//! the line that says what the tool did or what to fix.

use super::{ToolOutcome, ToolProblem};
use crate::components::browser::focus::focus_on_click;
use crate::state::{Action, ListAction};
use funding_model::LineList;
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
/// What a tool did, or, as a GOV.UK error summary, what to fix: linked to the field it
/// is about, where it is said again.
pub fn outcome_message(outcome: &ToolOutcome) -> Html {
    match outcome {
        None => Html::default(),
        Some(Ok(text)) => {
            html! { <p class="share-panel__status" role="status">{ text.clone() }</p> }
        }
        Some(Err(problem)) => html! {
            <div class="error-summary error-summary--small" role="alert">
                <p class="error-summary__title">{ "There is a problem" }</p>
                <ul class="error-summary__list">
                    <li>
                        if let Some(field) = &problem.field {
                            <a href={format!("#{field}")} onclick={focus_on_click(field.clone())}>{ problem.message.clone() }</a>
                        } else {
                            { problem.message.clone() }
                        }
                    </li>
                </ul>
            </div>
        },
    }
}

/// "1 partner", "7 partners".
pub fn partners_words(count: usize) -> String {
    match count {
        1 => "1 partner".to_string(),
        count => format!("{count} partners"),
    }
}

/// The ids of the partners chosen: all but those left out.
pub fn chosen_ids(partners: &[(u32, String)], left_out: &[u32]) -> Vec<u32> {
    partners
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !left_out.contains(id))
        .collect()
}

/// What a tool's panel says: its disclosure's class and summary, its hint, and its
/// checkboxes' id prefix and legend.
pub struct ToolWords {
    pub class: &'static str,
    pub summary: &'static str,
    pub hint: &'static str,
    pub prefix: &'static str,
    pub legend: &'static str,
}

/// The words of each tool's panel, together so that they read as one set.
pub const SPLIT_WORDS: ToolWords = ToolWords {
    class: "split-tool",
    summary: "Split an amount among partners",
    hint: "Sets the contributions of the partners you choose so they add up exactly to the amount: equally, as shares of it, or in proportion to figures such as population, which are kept with each partner so the split can be checked. A penny that cannot be shared evenly goes to the partner higher in the list.",
    prefix: "split",
    legend: "Partners who share it",
};

pub const UPLIFT_WORDS: ToolWords = ToolWords {
    class: "uplift-tool",
    summary: "Apply a yearly uplift to several partners",
    hint: "Sets the same yearly rise on each partner you choose, compounding and rounded to the penny each year. A partner's amounts typed for particular years stay as typed.",
    prefix: "uplift",
    legend: "Partners it applies to",
};

pub const FILL_WORDS: ToolWords = ToolWords {
    class: "fill-tool",
    summary: "Fill an amount across years",
    hint: "Types the same full-year amount into each year you choose, for each partner you choose, as filling right does in a spreadsheet. Clear a year later to go back to the annual amount.",
    prefix: "fill",
    legend: "Partners it applies to",
};

/// A tool's panel: a disclosure with the hint, the partners it acts on (all ticked
/// until the user leaves some out), the tool's own fields and what it did.
pub fn tool_panel(
    words: &ToolWords,
    partners: &[(u32, String)],
    left_out: &UseStateHandle<Vec<u32>>,
    fields: Html,
    outcome: &ToolOutcome,
) -> Html {
    html! {
        <details class={classes!("details", words.class)}>
            <summary class="details__summary">{ words.summary }</summary>
            <div class="details__text">
                <p class="hint">{ words.hint }</p>
                { partner_choice(words.prefix, words.legend, partners, left_out) }
                { fields }
                { outcome_message(outcome) }
            </div>
        </details>
    }
}

/// Carries out what a tool worked out, an action on the partners and the words that
/// say what it did, or keeps what to fix, to show.
pub fn run_tool(
    dispatch: &Callback<Action>,
    message: &UseStateHandle<ToolOutcome>,
    outcome: Result<(ListAction, String), ToolProblem>,
) {
    message.set(Some(outcome.map(|(action, words)| {
        dispatch.emit(Action::Lines(LineList::Partners, action));
        words
    })));
}
