//! The address bar and the tab's history: the scenario's link fragment in it, and which
//! entries the app wrote.

use funding_model::link;
use std::rc::Rc;

/// The address bar's fragment, without `#` (natively, where there is no page, none).
pub fn location_fragment() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The state the app gives every history entry it writes, so that Back and Forward
/// to its own entries can be told from a link typed or pasted into the address bar;
/// after it, on a line of its own, the text typed with the entry's scenario and not
/// yet accepted (`state::Drafts::to_keep`), which Back and Forward bring back with it.
const OWN_ENTRY: &str = "funding-calculator";

fn entry_state(typed: &str) -> String {
    if typed.is_empty() {
        OWN_ENTRY.to_string()
    } else {
        format!("{OWN_ENTRY}\n{typed}")
    }
}

/// The current history entry's state, if the page has one.
fn current_state() -> Option<String> {
    gloo::utils::window()
        .history()
        .ok()?
        .state()
        .ok()?
        .as_string()
}

/// Puts `fragment`, with the text `typed` with it, in the address bar, as a new history
/// entry or in place of the current one, keeping the page's query. A fragment too long
/// for an address ([`link::MAX_ADDRESS_CHARS`]) is left out, so a reload opens the
/// saved draft.
pub fn write_fragment(fragment: &str, typed: &str, new_entry: bool) {
    let fragment = if fragment.len() > link::MAX_ADDRESS_CHARS {
        ""
    } else {
        fragment
    };
    let state = entry_state(typed);
    if location_fragment() == fragment && current_state().as_deref() == Some(state.as_str()) {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let url = format!(
        "{}{}{}{fragment}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        if fragment.is_empty() { "" } else { "#" }
    );
    let marker = wasm_bindgen::JsValue::from_str(&state);
    if let Ok(history) = window.history() {
        let _ = if new_entry {
            history.push_state_with_url(&marker, "", Some(&url))
        } else {
            history.replace_state_with_url(&marker, "", Some(&url))
        };
    }
}

/// Marks the current history entry as the app's own, as it stands.
pub fn mark_current_entry() {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state(&wasm_bindgen::JsValue::from_str(OWN_ENTRY), "");
    }
}

/// Whether the current history entry is one the app wrote.
pub fn is_own_entry() -> bool {
    current_state().is_some_and(|state| state.split('\n').next() == Some(OWN_ENTRY))
}

/// The text typed with the current history entry's scenario, if the app wrote it.
pub fn entry_typed() -> String {
    let state = current_state().unwrap_or_default();
    match state.split_once('\n') {
        Some((OWN_ENTRY, typed)) => typed.to_string(),
        _ => String::new(),
    }
}

/// The full link to share: this page with the scenario's fragment and no query.
pub fn share_url(fragment: &str) -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}#{fragment}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The full link to a fragment: this page's address (natively, just the fragment).
pub fn link_to(fragment: &str) -> Rc<str> {
    if cfg!(target_arch = "wasm32") {
        share_url(fragment).into()
    } else {
        format!("#{fragment}").into()
    }
}
