//! Scenarios kept on this computer when a shared link displaced them. Each can be
//! opened (the scenario on screen is set aside in its place) or removed; one this
//! version cannot open (made by a newer version) shows its link, to open there.

use crate::components::browser::focus_element;
use crate::model::link;
use crate::state::ids;
use yew::prelude::*;

/// What the list's buttons do with a scenario's link fragment.
pub struct SetAsideActions<'a> {
    pub on_open: &'a Callback<String>,
    pub on_remove: &'a Callback<String>,
}

/// A set-aside scenario as the list shows it: its title, and whether it opens here.
#[derive(PartialEq)]
pub struct Entry {
    pub fragment: String,
    title: String,
    opens: bool,
}

/// The scenarios set aside in this browser, most recent first, as the list shows them.
/// The app reads them when the list changes and holds them, not on every render: a
/// scenario at the limits takes milliseconds to decode.
pub fn read_set_aside() -> Vec<Entry> {
    crate::components::browser::set_aside_list()
        .iter()
        .map(|fragment| entry(fragment))
        .collect()
}

/// The list, if any scenario is set aside.
pub fn set_aside_list(entries: &[&Entry], actions: SetAsideActions) -> Html {
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
                        { entry_item(index, entry, remaining, &actions) }
                    }
                </ul>
            </div>
        </details>
    }
}

fn entry(fragment: &str) -> Entry {
    let (title, opens) = match link::decode(fragment) {
        Ok(scenario) if !scenario.title.trim().is_empty() => (scenario.title, true),
        Ok(_) => ("Untitled scenario".to_string(), true),
        Err(_) => ("A scenario this version cannot open".to_string(), false),
    };
    Entry {
        fragment: fragment.to_string(),
        title,
        opens,
    }
}

fn entry_item(index: usize, entry: &Entry, remaining: usize, actions: &SetAsideActions) -> Html {
    let fragment = entry.fragment.clone();
    let on_open = actions
        .on_open
        .reform(move |_: MouseEvent| fragment.clone());
    let on_remove = {
        let (fragment, remove) = (entry.fragment.clone(), actions.on_remove.clone());
        Callback::from(move |_: MouseEvent| {
            remove.emit(fragment.clone());
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
                    value={crate::components::hooks::link_to(&entry.fragment).to_string()} />
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
