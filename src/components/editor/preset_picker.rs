//! Starts a new scenario, or from a worked example. The scenario on screen, if it is
//! the user's own work, is set aside first (by the callbacks given).

use crate::components::on_select;
use crate::model::data::presets::Preset;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub on_load: Callback<Preset>,
    pub on_start_new: Callback<()>,
}

#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let chosen = use_state(|| Preset::SouthYorkshire);
    let on_change = {
        let chosen = chosen.clone();
        on_select(Callback::from(move |code: String| {
            if let Some(preset) = Preset::from_code(&code) {
                chosen.set(preset);
            }
        }))
    };
    let on_submit = {
        let on_load = props.on_load.clone();
        let chosen = *chosen;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_load.emit(chosen);
        })
    };
    html! {
        <form class="preset-picker" onsubmit={on_submit}>
            <p class="hint" id="start-hint">
                { "Either replaces the scenario on screen. Your own work is kept among the scenarios set aside, and Back returns to it." }
            </p>
            <div class="button-group">
                <button type="button" class="button" aria-describedby="start-hint"
                    onclick={props.on_start_new.reform(|_: MouseEvent| ())}>{ "Start a new scenario" }</button>
            </div>
            <div class="form-group">
                <label class="label" for="preset">{ "Or start from an example" }</label>
                <div class="hint" id="preset-hint">
                    { "A real decision, with its figures, to change or compare." }
                </div>
                <div class="inline-controls">
                    <select class="select" id="preset" name="preset" aria-describedby="preset-hint" onchange={on_change}>
                        for preset in Preset::ALL {
                            <option value={preset.code()} selected={preset == *chosen}>{ preset.label() }</option>
                        }
                    </select>
                    <button type="submit" class="button button--secondary">{ "Load example" }</button>
                </div>
            </div>
        </form>
    }
}
