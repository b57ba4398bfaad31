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
/// to its own entries can be told from a link typed or pasted into the address bar.
const OWN_ENTRY: &str = "funding-calculator";

/// Puts `fragment` in the address bar, as a new history entry or in place of the
/// current one, keeping the page's query. A fragment too long for an address
/// ([`link::MAX_ADDRESS_CHARS`]) is left out, so a reload opens the saved draft.
pub fn write_fragment(fragment: &str, new_entry: bool) {
    let fragment = if fragment.len() > link::MAX_ADDRESS_CHARS {
        ""
    } else {
        fragment
    };
    if location_fragment() == fragment && is_own_entry() {
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
    let marker = wasm_bindgen::JsValue::from_str(OWN_ENTRY);
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
    gloo::utils::window()
        .history()
        .and_then(|history| history.state())
        .is_ok_and(|state| state.as_string().as_deref() == Some(OWN_ENTRY))
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
