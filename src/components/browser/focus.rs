//! Focus, and what a click lands on.

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

/// The figure a click chose, if it was on one (an element with `data-figure`).
pub fn figure_chosen(event: &yew::MouseEvent) -> Option<funding_model::figures::working::Figure> {
    let code = figure_at(event)?.get_attribute("data-figure")?;
    funding_model::figures::working::Figure::parse(&code)
}

/// The figure (an element with `data-figure`) an event happened on, if any.
fn figure_at(event: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.closest("[data-figure]").ok()?
}

/// The file worker, which works out a figure's working, is started as the pointer or
/// the focus reaches a figure, so that choosing it does not wait for the worker to load.
pub fn warm_up_on_figure(event: &web_sys::Event) {
    if figure_at(event).is_some() {
        super::file_worker::warm_up_file_worker();
    }
}
