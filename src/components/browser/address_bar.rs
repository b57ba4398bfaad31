//! The address bar and the tab's history: the scenario's link fragment in it, and which
//! entries the app wrote.

use funding_model::link;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// The address bar's fragment, without `#` (natively, where there is no page, none).
pub fn location_fragment() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    fragment_of(&location_hash())
}

/// The fragment of `hash` (a `location.hash`), without `#`.
fn fragment_of(hash: &JsValue) -> String {
    let hash = read_string(hash);
    match hash.strip_prefix('#') {
        Some(fragment) => fragment.to_string(),
        None => hash,
    }
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
    let marker = JsValue::from_str(&state);
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
        let _ = history.replace_state(&JsValue::from_str(OWN_ENTRY), "");
    }
}

/// The history entry the tab has just arrived at, as Back, Forward or a link typed into
/// the address bar left it: its fragment still the browser's own string, copied into
/// the app only when it is read.
pub struct ArrivedEntry {
    hash: JsValue,
    /// Whether the app wrote this entry.
    pub own: bool,
    /// The text typed with the entry's scenario, if the app wrote it.
    pub typed: String,
}

impl ArrivedEntry {
    /// The entry the tab is on now.
    pub fn current() -> Self {
        let state = current_state().unwrap_or_default();
        let (own, typed) = match state.split_once('\n') {
            Some((OWN_ENTRY, typed)) => (true, typed.to_string()),
            _ => (state == OWN_ENTRY, String::new()),
        };
        Self {
            hash: location_hash(),
            own,
            typed,
        }
    }

    /// Whether the tab is still on this entry (no later Back, Forward or link has moved
    /// it on, and the app has not rewritten it).
    pub fn is_current(&self) -> bool {
        location_hash() == self.hash
    }

    /// The entry's fragment, without `#`.
    pub fn fragment(&self) -> String {
        fragment_of(&self.hash)
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &JsValue, into: &js_sys::Uint8Array) -> Encoded;
    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

/// A string of the browser's, as the app's: an address (ASCII, as browsers keep it)
/// is copied whole by `TextEncoder.encodeInto`, several times quicker for 2 MB than a
/// character at a time; any other string as usual.
fn read_string(string: &JsValue) -> String {
    let Some(length) = string
        .dyn_ref::<js_sys::JsString>()
        .map(js_sys::JsString::length)
    else {
        return String::new();
    };
    let bytes = js_sys::Uint8Array::new_with_length(length);
    let encoded = TextEncoder::new().encode_into(string, &bytes);
    if encoded.read() != length {
        return string.as_string().unwrap_or_default();
    }
    let bytes = bytes.subarray(0, encoded.written()).to_vec();
    String::from_utf8(bytes).unwrap_or_default()
}

/// `location.hash` as the browser's string, not copied.
fn location_hash() -> JsValue {
    js_sys::Reflect::get(
        &gloo::utils::window().location(),
        &JsValue::from_str("hash"),
    )
    .unwrap_or_default()
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
