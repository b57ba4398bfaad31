//! The few things the components ask of the browser directly. Each is called only
//! from event handlers and effects, which never run in native tests.

use crate::route::Page;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_element(id: &str) {
    let element = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// A click handler for in-page links (error links, the skip link) that focuses the
/// target itself, since following an anchor only scrolls, and leaves the address
/// bar alone, since its fragment may hold the scenario.
pub fn focus_on_click(element_id: String) -> yew::Callback<yew::MouseEvent> {
    yew::Callback::from(move |event: yew::MouseEvent| {
        event.prevent_default();
        focus_element(&element_id);
    })
}

/// The page the address bar names, read when the app starts.
pub fn current_page() -> Page {
    #[cfg(target_arch = "wasm32")]
    {
        Page::from_query(
            &gloo::utils::window()
                .location()
                .search()
                .unwrap_or_default(),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Page::Calculator
    }
}

/// Puts `page` in the address bar as a new history entry, keeping the fragment.
pub fn push_page(page: Page) {
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{}{hash}", page.query());
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Names the browser tab after the page.
pub fn set_document_title(page: Page) {
    gloo::utils::document().set_title(page.document_title());
}
