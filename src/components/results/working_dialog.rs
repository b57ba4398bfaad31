//! The working of the figure chosen, in a modal dialog: it takes focus, Escape or
//! Close shuts it, and focus goes back to the figure. The working comes from the file
//! worker ([`crate::components::hooks::working`]): the dialog opens at once, and says
//! so while it waits.

use crate::components::hooks::working::WorkingShown;
use crate::state::ids;
use yew::prelude::*;

/// The dialog, with the working as far as it has come (if a figure is explained). A
/// plain function: the app opens and closes it as a modal
/// ([`crate::components::hooks::use_working_dialog`]).
pub fn working_dialog(working: Option<WorkingShown>, on_close: &Callback<()>) -> Html {
    // Escape closes the dialog itself; its close event tells the page.
    let on_closed = on_close.reform(|_: Event| ());
    let on_close = on_close.reform(|_: MouseEvent| ());
    html! {
        <dialog class="working" id={ids::WORKING_DIALOG} aria-labelledby="working-title" onclose={on_closed}>
            if let Some(shown) = &working {
                // The working is read out when it arrives, after the dialog has opened.
                <div aria-live="polite">
                    <h2 class="heading-m working__title" id="working-title">
                        <span class="caption">{ "How it is worked out" }</span>
                        if let WorkingShown::Shown(working) = shown {
                            { format!("{}: {}", working.title, working.figure) }
                        }
                    </h2>
                    { working_body(shown) }
                </div>
                <button type="button" class="button" onclick={on_close}>{ "Close" }</button>
            }
        </dialog>
    }
}

fn working_body(shown: &WorkingShown) -> Html {
    match shown {
        WorkingShown::Waiting => html! { <p class="hint">{ "Working it out…" }</p> },
        WorkingShown::Shown(working) => html! {
            <ol class="working__steps">
                for step in &working.steps { <li>{ step.clone() }</li> }
            </ol>
        },
        WorkingShown::NotOnPage => html! {
            <p>{ "This figure is no longer on the page, as the scenario has changed. Close this and choose the figure again." }</p>
        },
        WorkingShown::Failed => html! {
            <p class="error-message">{ "The part of the calculator that shows how figures are worked out could not load. Your work is unchanged. Close this and try again in a moment." }</p>
        },
    }
}
