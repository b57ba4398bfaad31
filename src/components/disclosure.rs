//! A GOV.UK details disclosure whose content is drawn only while it is open: a table
//! of thousands of figures, or twenty year fields for each of hundreds of partners,
//! costs nothing until someone opens it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// The classes of the `<details>`, such as `details`.
    pub class: Classes,
    /// The words that open it.
    pub summary: AttrValue,
    /// Draws the content; called only while the disclosure is open.
    pub content: Callback<(), Html>,
    /// Keeps it open and drawn whatever the user last did, as when a field inside it
    /// has an error to show.
    #[prop_or_default]
    pub keep_open: bool,
    /// Told each time the user opens it.
    #[prop_or_default]
    pub on_open: Callback<()>,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let (open, on_open) = (open.clone(), props.on_open.clone());
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            if details.open() {
                on_open.emit(());
            }
            open.set(details.open());
        })
    };
    let is_open = *open || props.keep_open;
    // Rendered natively (the static page, the tests) there is no script to draw the
    // content later, so it is drawn from the start, folded away all the same.
    let drawn = is_open || !cfg!(target_arch = "wasm32");
    html! {
        <details class={props.class.clone()} open={is_open} {ontoggle}>
            <summary class="details__summary">{ props.summary.clone() }</summary>
            if drawn {
                { props.content.emit(()) }
            }
        </details>
    }
}
