//! The scenario's title and its options: which one is being edited, which is the
//! baseline, and adding, copying, renaming, reordering and removing them.

use super::text_field::TextField;
use crate::model::comparison::option_name;
use crate::model::scenario::{MAX_OPTIONS, MAX_TEXT_CHARS};
use crate::state::{option_move_button_id, option_name_id, Action, Move, OPTIONS_HEADING_ID};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OptionsEditorProps {
    pub title: AttrValue,
    /// Each option's name, in order.
    pub names: Vec<String>,
    pub baseline: usize,
    pub active: usize,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn OptionsEditor(props: &OptionsEditorProps) -> Html {
    let dispatch = &props.dispatch;
    let count = props.names.len();
    html! {
        <section class="options" aria-labelledby={OPTIONS_HEADING_ID}>
            <TextField id="title" label="Scenario title" value={props.title.clone()}
                maxlength={MAX_TEXT_CHARS} oninput={dispatch.reform(Action::SetTitle)} />
            <h3 class="heading-m" id={OPTIONS_HEADING_ID} tabindex="-1">{ "Options" }</h3>
            <p class="hint">
                { "Model each option being decided between, such as doing nothing. The results compare every option with the baseline." }
            </p>
            <ol class="item-list">
                for (index, name) in props.names.iter().enumerate() {
                    {{
                        let shown = option_name(name, index);
                        let active = index == props.active;
                        html! {
                            <li class={classes!("item", "option", active.then_some("option--active"))} key={index}>
                              <fieldset class="fieldset fieldset--item">
                                <legend class="item__title">
                                    { format!("{}. {shown}", index + 1) }
                                    if active { <strong class="tag">{ "Being edited" }</strong> }
                                    if index == props.baseline { <strong class="tag tag--grey">{ "Baseline" }</strong> }
                                </legend>
                                <TextField id={option_name_id(index)} label="Name" value={name.clone()}
                                    maxlength={MAX_TEXT_CHARS}
                                    oninput={dispatch.reform(move |name| Action::RenameOption(index, name))} />
                                <div class="button-group">
                                    if !active {
                                        <button type="button" class="button button--small"
                                            onclick={dispatch.reform(move |_| Action::ShowOption(index))}>
                                            { "Edit" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if index != props.baseline {
                                        <button type="button" class="button button--secondary button--small"
                                            onclick={dispatch.reform(move |_| Action::SetBaseline(index))}>
                                            { "Make baseline" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if count < MAX_OPTIONS {
                                        <button type="button" class="button button--secondary button--small"
                                            onclick={dispatch.reform(move |_| Action::DuplicateOption(index))}>
                                            { "Copy" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if index > 0 {
                                        <button type="button" class="button button--secondary button--small"
                                            id={option_move_button_id(index, Move::Up)}
                                            onclick={dispatch.reform(move |_| Action::MoveOption(index, Move::Up))}>
                                            { "Move up" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if index + 1 < count {
                                        <button type="button" class="button button--secondary button--small"
                                            id={option_move_button_id(index, Move::Down)}
                                            onclick={dispatch.reform(move |_| Action::MoveOption(index, Move::Down))}>
                                            { "Move down" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if count > 1 {
                                        <button type="button" class="button button--warning button--small"
                                            onclick={dispatch.reform(move |_| Action::RemoveOption(index))}>
                                            { "Remove" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                </div>
                              </fieldset>
                            </li>
                        }
                    }}
                }
            </ol>
            if count < MAX_OPTIONS {
                <button type="button" class="button button--secondary"
                    onclick={dispatch.reform(|_| Action::AddOption)}>
                    { "Add an option" }
                </button>
            }
        </section>
    }
}
