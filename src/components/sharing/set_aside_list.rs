//! Scenarios kept on this computer when a shared link displaced them. Each can be
//! opened (the scenario on screen is set aside in its place) or removed; one this
//! version cannot open (made by a newer version) shows its link, to open there.

use crate::components::browser::address_bar::link_to;
use crate::components::browser::focus::focus_element;
use crate::keeping::{Choice, SetAsideEntry};
use crate::state::ids;
use yew::prelude::*;

/// The list, if any scenario is set aside; its buttons make `on_choice`'s choices.
pub fn set_aside_list(entries: &[&SetAsideEntry], on_choice: &Callback<Choice>) -> Html {
    if entries.is_empty() {
        return html! {};
    }
    let remaining = entries.len();
    html! {
        <details class="details set-aside">
            <summary class="details__summary" id={ids::SET_ASIDE_SUMMARY}>{ format!("Scenarios set aside ({remaining})") }</summary>
            <div class="details__text">
                <p class="hint">{ "Your own work, kept on this computer when you opened a shared link. Opening one sets the scenario on screen aside in its place." }</p>
                <ul class="set-aside__list">
                    for (index, entry) in entries.iter().enumerate() {
                        { entry_item(index, entry, remaining, on_choice) }
                    }
                </ul>
            </div>
        </details>
    }
}

fn entry_item(
    index: usize,
    entry: &SetAsideEntry,
    remaining: usize,
    on_choice: &Callback<Choice>,
) -> Html {
    let fragment = entry.fragment.clone();
    let on_open = on_choice.reform(move |_: MouseEvent| Choice::OpenSetAside(fragment.clone()));
    let on_remove = {
        let (fragment, on_choice) = (entry.fragment.clone(), on_choice.clone());
        Callback::from(move |_: MouseEvent| {
            on_choice.emit(Choice::RemoveSetAside(fragment.clone()));
            // The button goes with its entry: focus moves to the list, or, once it is
            // empty and gone, to the examples just above it.
            focus_element(if remaining > 1 {
                ids::SET_ASIDE_SUMMARY
            } else {
                "preset"
            });
        })
    };
    let hidden_title =
        html! { <span class="visually-hidden">{ format!(": {}", entry.title) }</span> };
    let link_id = format!("set-aside-link-{index}");
    html! {
        <li key={entry.fragment.clone()} class="set-aside__item">
            <span class="set-aside__title">{ entry.title.clone() }</span>
            if !entry.opens {
                <label class="label" for={link_id.clone()}>{ "Its link, to open in the latest version of the calculator" }</label>
                <input class="input input--link" id={link_id} type="text" readonly=true
                    value={link_to(&entry.fragment).to_string()} />
            }
            <div class="button-group">
                if entry.opens {
                    <button type="button" class="button button--secondary button--small" onclick={on_open}>
                        { "Open" }{ hidden_title.clone() }
                    </button>
                }
                <button type="button" class="button button--warning button--small" onclick={on_remove}>
                    { "Remove" }{ hidden_title }
                </button>
            </div>
        </li>
    }
}
