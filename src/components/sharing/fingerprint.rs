//! The fingerprint of the figures on screen, the one the printed paper carries, so a
//! printout can be matched to its link. Worked out once typing pauses, not on every
//! keystroke (at the limits it reads every figure); until then it says so rather
//! than show the fingerprint of figures no longer on screen.

use funding_model::figures::fingerprint::fingerprint_with;
use funding_model::figures::Figures;
use funding_model::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the fingerprint is worked out again.
const PAUSE_MS: u32 = 300;

#[derive(Properties, PartialEq)]
pub struct FingerprintProps {
    pub scenario: Rc<Scenario>,
    pub figures: Rc<Figures>,
}

#[component]
pub fn FingerprintLine(props: &FingerprintProps) -> Html {
    // The figures a fingerprint was worked out for, and the fingerprint.
    let worked_out = use_state(|| None::<(Rc<Figures>, String)>);
    {
        let worked_out = worked_out.clone();
        use_effect_with(
            (props.scenario.clone(), props.figures.clone()),
            move |(scenario, figures)| {
                let (scenario, figures) = (scenario.clone(), figures.clone());
                let timer = gloo::timers::callback::Timeout::new(PAUSE_MS, move || {
                    let text = fingerprint_with(&scenario, &figures);
                    worked_out.set(Some((figures, text)));
                });
                move || drop(timer)
            },
        );
    }
    let current = match &*worked_out {
        Some((figures, text)) if Rc::ptr_eq(figures, &props.figures) => Some(text.clone()),
        // Rendered natively there is no timer to wait for.
        _ if !cfg!(target_arch = "wasm32") => {
            Some(fingerprint_with(&props.scenario, &props.figures))
        }
        _ => None,
    };
    html! {
        <p class="fingerprint-line" id="fingerprint">
            { "Fingerprint of these figures: " }
            if let Some(text) = current {
                <strong class="fingerprint">{ text }</strong>
            } else {
                <span class="hint">{ "worked out when typing pauses" }</span>
            }
            <span class="hint">{ ". The printed paper carries it, so a printout can be matched to its link or file." }</span>
        </p>
    }
}
