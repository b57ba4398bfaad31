//! Chooses a worked example to start from.

use crate::components::on_select;
use crate::model::data::presets::Preset;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub on_load: Callback<Preset>,
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
            <div class="form-group">
                <label class="label" for="preset">{ "Start from an example" }</label>
                <div class="hint" id="preset-hint">
                    { "Loading an example replaces the scenario on screen." }
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
