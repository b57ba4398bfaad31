//! The working of the figure chosen, in a modal dialog: it takes focus, Escape or
//! Close shuts it, and focus goes back to the figure.

use crate::model::figures::working::Working;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkingDialogProps {
    pub working: Option<Working>,
    pub on_close: Callback<()>,
}

#[component]
pub fn WorkingDialog(props: &WorkingDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.working.is_some(), move |open| {
            if let Some(element) = dialog.cast::<web_sys::HtmlDialogElement>() {
                match (*open, element.open()) {
                    (true, false) => {
                        let _ = element.show_modal();
                    }
                    (false, true) => element.close(),
                    _ => {}
                }
            }
        });
    }
    // Escape closes the dialog itself; its close event tells the page.
    let on_closed = props.on_close.reform(|_: Event| ());
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <dialog class="working" ref={dialog} aria-labelledby="working-title" onclose={on_closed}>
            if let Some(working) = &props.working {
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
