//! Starts a new scenario, or from a worked example. The scenario on screen, if it is
//! the user's own work, is set aside first (by the callbacks given).

use funding_model::data::presets::Preset;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The choice of start. A plain function, not a component: the example chosen is the
/// select's own, read when the form is sent, so there is no state to keep.
pub fn preset_picker(on_load: &Callback<Preset>, on_start_new: &Callback<()>) -> Html {
    let on_submit = {
        let on_load = on_load.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(preset) = chosen_preset(&event) {
                on_load.emit(preset);
            }
        })
    };
    html! {
        <form class="preset-picker" onsubmit={on_submit}>
            <p class="hint" id="start-hint">
                { "Either replaces the scenario on screen. Your own work is kept among the scenarios set aside, and Back returns to it." }
            </p>
            <div class="button-group">
                <button type="button" class="button" aria-describedby="start-hint"
                    onclick={on_start_new.reform(|_: MouseEvent| ())}>{ "Start a new scenario" }</button>
            </div>
            <div class="form-group">
                <label class="label" for="preset">{ "Or start from an example" }</label>
                <div class="hint" id="preset-hint">
                    { "A real decision, with its figures, to change or compare." }
                </div>
                <div class="inline-controls">
                    <select class="select" id="preset" name="preset" aria-describedby="preset-hint">
                        for preset in Preset::ALL {
                            <option value={preset.code()}>{ preset.label() }</option>
                        }
                    </select>
                    <button type="submit" class="button button--secondary">{ "Load example" }</button>
                </div>
            </div>
        </form>
    }
}

/// The example chosen in the form that was sent.
fn chosen_preset(event: &SubmitEvent) -> Option<Preset> {
    let form: web_sys::Element = event.target_unchecked_into();
    let select = form.query_selector("select").ok()??;
    Preset::from_code(
        &select
            .dyn_into::<web_sys::HtmlSelectElement>()
            .ok()?
            .value(),
    )
}
