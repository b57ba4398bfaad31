//! The working of the figure chosen, in a modal dialog: it takes focus, Escape or
//! Close shuts it, and focus goes back to the figure.

use crate::state::ids;
use funding_model::figures::working::Working;
use yew::prelude::*;

/// The dialog, with the working shown (if any). A plain function: the app opens and
/// closes it as a modal ([`crate::components::hooks::use_working_dialog`]).
pub fn working_dialog(working: Option<Working>, on_close: &Callback<()>) -> Html {
    // Escape closes the dialog itself; its close event tells the page.
    let on_closed = on_close.reform(|_: Event| ());
    let on_close = on_close.reform(|_: MouseEvent| ());
    html! {
        <dialog class="working" id={ids::WORKING_DIALOG} aria-labelledby="working-title" onclose={on_closed}>
            if let Some(working) = &working {
                <h2 class="heading-m working__title" id="working-title">
                    <span class="caption">{ "How it is worked out" }</span>
                    { format!("{}: {}", working.title, working.figure) }
                </h2>
                <ol class="working__steps">
                    for step in &working.steps { <li>{ step.clone() }</li> }
                </ol>
                <button type="button" class="button" onclick={on_close}>{ "Close" }</button>
            }
        </dialog>
    }
}
