//! The scenario's title and its options: which one is being edited, which is the
//! baseline, and adding, copying, renaming, reordering and removing them.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::state::views::OptionsView;
use crate::state::{ids, Action, Field, Move, OptionsAction};
use funding_model::data::limits::{MAX_OPTIONS, MAX_TEXT_CHARS};
use funding_model::figures::comparison::option_name;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn options_editor(args: &SectionArgs<OptionsView>) -> Html {
    let dispatch = &args.dispatch;
    let view = &args.view;
    let count = view.names.len();
    let title = Field::Title;
    html! {
        <section class="options" aria-labelledby={ids::OPTIONS_HEADING}>
            { text_field(TextField {
                maxlength: Some(MAX_TEXT_CHARS),
                ..TextField::new(Binding::to_state(title, view.title.clone(), dispatch), "Scenario title")
            }) }
            <h3 class="heading-m" id={ids::OPTIONS_HEADING} tabindex="-1">{ "Options" }</h3>
            <p class="hint">
                { "Model each option being decided between, such as doing nothing. The results compare every option with the baseline." }
            </p>
            <ol class="item-list">
                for (index, name) in view.names.iter().enumerate() {
                    {{
                        let shown = option_name(name, index);
                        let active = index == view.active;
                        let option = |action: OptionsAction| Action::Options(action);
                        html! {
                            <li class={classes!("item", "option", active.then_some("option--active"))} key={index}>
                              <fieldset class="fieldset fieldset--item">
                                <legend class="item__title">
                                    { format!("{}. {shown}", index + 1) }
                                    if active { <strong class="tag">{ "Being edited" }</strong> }
                                    if index == view.baseline { <strong class="tag tag--grey">{ "Baseline" }</strong> }
                                </legend>
                                { text_field(TextField {
                                    maxlength: Some(MAX_TEXT_CHARS),
                                    ..TextField::new(Binding::to_state(Field::OptionName(index), view.name_fields[index].clone(), dispatch), "Name")
                                }) }
                                <div class="button-group">
                                    if !active {
                                        <button type="button" class="button button--small"
                                            onclick={dispatch.reform(move |_| option(OptionsAction::Show(index)))}>
                                            { "Edit" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if index != view.baseline {
                                        <button type="button" class="button button--secondary button--small"
                                            onclick={dispatch.reform(move |_| option(OptionsAction::SetBaseline(index)))}>
                                            { "Make baseline" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if count < MAX_OPTIONS {
                                        <button type="button" class="button button--secondary button--small"
                                            onclick={dispatch.reform(move |_| option(OptionsAction::Duplicate(index)))}>
                                            { "Copy" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if index > 0 {
                                        <button type="button" class="button button--secondary button--small"
                                            id={ids::option_move_button(index, Move::Up)}
                                            onclick={dispatch.reform(move |_| option(OptionsAction::Move(index, Move::Up)))}>
                                            { "Move up" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if index + 1 < count {
                                        <button type="button" class="button button--secondary button--small"
                                            id={ids::option_move_button(index, Move::Down)}
                                            onclick={dispatch.reform(move |_| option(OptionsAction::Move(index, Move::Down)))}>
                                            { "Move down" }<span class="visually-hidden">{ format!(": {shown}") }</span>
                                        </button>
                                    }
                                    if count > 1 {
                                        <button type="button" class="button button--warning button--small"
                                            onclick={dispatch.reform(move |_| option(OptionsAction::Remove(index)))}>
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
                    onclick={dispatch.reform(|_| Action::Options(OptionsAction::Add))}>
                    { "Add an option" }
                </button>
            }
        </section>
    }
}
