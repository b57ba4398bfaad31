//! Tells screen-reader users the new figures after an edit, politely and once: the
//! message is announced only when it has stopped changing for a moment, so typing
//! "52000" is one announcement, not five.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the figures must be still before they are announced.
const SETTLE_MILLISECONDS: u32 = 1_000;

#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    pub message: AttrValue,
}

#[component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    let announced = use_state(String::new);
    let is_first_message = use_mut_ref(|| true);
    {
        let announced = announced.clone();
        use_effect_with(props.message.clone(), move |message| {
            // The figures on opening the page are read with the page, not announced.
            let first = std::mem::replace(&mut *is_first_message.borrow_mut(), false);
            let message = message.to_string();
            let pending =
                (!first).then(|| Timeout::new(SETTLE_MILLISECONDS, move || announced.set(message)));
            move || drop(pending)
        });
    }
    html! {
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="figures-announcement">
            { (*announced).clone() }
        </div>
    }
}
