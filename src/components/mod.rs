//! The yew user interface: one function component per file. Components only dispatch
//! [`crate::state::Action`]s and show the figures computed from the state
//! ([`funding_model::figures::Figures`]).
//!
//! - [`app`] owns the state and the figures and chooses the page; [`hooks`] keeps the
//!   address bar, the saved draft and focus in step with the state; [`browser`] holds
//!   every direct call to the browser.
//! - [`calculator`] lays out the calculator page: the [`editor`] beside the
//!   [`results`] and [`charts`], then [`sharing`] (link, file, print, notices).

pub mod app;
pub mod browser;
pub mod calculator;
pub mod charts;
pub mod disclosure;
pub mod editor;
mod hooks;
pub mod results;
pub mod sharing;
pub mod table;

pub use app::App;

use std::rc::Rc;
use yew::html::IntoPropValue;
use yew::{Callback, Event, InputEvent, TargetCast};

/// Figures shared by the components that show them, compared by identity: they are
/// built anew for every change that touches them ([`funding_model::figures::Figures`]),
/// so the same allocation means the same figures, and comparing props is one step
/// rather than a walk through every figure.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> IntoPropValue<Shared<T>> for Rc<T> {
    fn into_prop_value(self) -> Shared<T> {
        Shared(self)
    }
}

/// "1 entry that needs fixing", "2 entries that need fixing": said in the results
/// notice, the totals bar and the announcement alike.
pub fn entries_needing_fixing(count: usize) -> String {
    if count == 1 {
        "1 entry that needs fixing".to_string()
    } else {
        format!("{count} entries that need fixing")
    }
}

/// A callback for `oninput` that hands on the input's text.
pub fn on_text(callback: Callback<String>) -> Callback<InputEvent> {
    Callback::from(move |event: InputEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        callback.emit(input.value());
    })
}

/// A callback for a `<select>`'s `onchange` that hands on the chosen value.
pub fn on_select(callback: Callback<String>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        callback.emit(select.value());
    })
}

/// The options of a `<select>`, the one whose value is `current` selected. A browser
/// takes an option's `selected` into account only when the option is added, not once
/// the person has picked another, so each option is keyed by its value and whether it
/// is the one selected: when the state changes the selection (Back, Forward, an
/// example), the two options concerned are added afresh and the select shows the state.
/// The select itself stays, and keeps focus.
pub fn select_options(choices: Vec<(String, String)>, current: &str) -> yew::Html {
    choices
        .into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            yew::html! {
                <option key={format!("{value}:{selected}")} value={value} {selected}>{ label }</option>
            }
        })
        .collect()
}

/// A labelled select in the GOV.UK pattern, with an optional hint, handing on the
/// chosen value.
pub fn select_field(
    id: String,
    label: &str,
    hint: Option<&str>,
    choices: Vec<(String, String)>,
    current: &str,
    on_change: Callback<String>,
) -> yew::Html {
    let hint_id = format!("{id}-hint");
    yew::html! {
        <div class="form-group">
            <label class="label" for={id.clone()}>{ label.to_string() }</label>
            if let Some(hint) = hint {
                <div class="hint" id={hint_id.clone()}>{ hint.to_string() }</div>
            }
            <select class="select" id={id} onchange={on_select(on_change)}
                aria-describedby={hint.map(|_| hint_id)}>
                { select_options(choices, current) }
            </select>
        </div>
    }
}

/// A single checkbox in the GOV.UK pattern, handing on whether it is ticked.
pub fn checkbox_field(
    id: String,
    label: &str,
    hint: Option<&str>,
    checked: bool,
    on_change: Callback<bool>,
) -> yew::Html {
    let hint_id = format!("{id}-hint");
    let onchange = Callback::from(move |event: Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        on_change.emit(input.checked());
    });
    yew::html! {
        <>
            <div class="checkbox">
                <input class="checkbox__input" type="checkbox" id={id.clone()} {checked} {onchange}
                    aria-describedby={hint.map(|_| hint_id.clone())} />
                <label class="checkbox__label" for={id}>{ label.to_string() }</label>
            </div>
            if let Some(hint) = hint {
                <div class="hint checkbox__hint" id={hint_id}>{ hint.to_string() }</div>
            }
        </>
    }
}

/// The kinds a line of `list` can be, as a select's choices.
pub fn kind_choices(list: funding_model::LineList) -> Vec<(String, String)> {
    list.kind_choices()
        .into_iter()
        .map(|(code, label)| (code.to_string(), label.to_string()))
        .collect()
}
