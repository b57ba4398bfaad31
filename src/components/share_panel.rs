//! Share the scenario as a link, and save it to or open it from a file.

use super::browser::{copy_to_clipboard, download_text, share_url};
use crate::model::scenario_file::{self, MAX_FILE_BYTES};
use crate::model::Scenario;
use yew::prelude::*;

/// Links longer than this may be cut short by some mail clients.
const LONG_LINK_CHARS: usize = 1_000;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub scenario: Scenario,
    /// The scenario as a link fragment.
    pub fragment: String,
    /// Opens a scenario read from a file.
    pub on_open: Callback<Scenario>,
}

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[derive(Clone, PartialEq)]
enum FileStatus {
    Idle,
    Opened(String),
    Failed(String),
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let copy_status = use_state(|| CopyStatus::Idle);
    let file_status = use_state(|| FileStatus::Idle);
    let fragment = &props.fragment;
    // Rendered natively in tests, where there is no address bar.
    let url = if cfg!(target_arch = "wasm32") {
        share_url(fragment)
    } else {
        format!("#{fragment}")
    };
    {
        // A new scenario means a new link: the old confirmation no longer applies.
        let copy_status = copy_status.clone();
        use_effect_with(fragment.clone(), move |_| copy_status.set(CopyStatus::Idle));
    }

    let on_copy = {
        let copy_status = copy_status.clone();
        let url = url.clone();
        Callback::from(move |_: MouseEvent| {
            let copy_status = copy_status.clone();
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_to_clipboard(&url, Some("share-link")).await;
                copy_status.set(if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                });
            });
        })
    };
    let on_save = {
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            download_text(
                &scenario_file::file_name(&scenario.title),
                &scenario_file::write(&scenario),
                "application/json",
            );
        })
    };
    let on_file = {
        let file_status = file_status.clone();
        let on_open = props.on_open.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            if file.size() > MAX_FILE_BYTES as f64 {
                file_status.set(FileStatus::Failed(format!(
                    "{name} is too large to be a scenario file. Nothing on screen has been changed."
                )));
                return;
            }
            let file_status = file_status.clone();
            let on_open = on_open.clone();
            // The browser's own File.text(): no reader library needed.
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let outcome = text
                    .ok()
                    .and_then(|value| value.as_string())
                    .ok_or_else(|| {
                        format!("{name} could not be read. Nothing on screen has been changed.")
                    })
                    .and_then(|text| {
                        scenario_file::read(&text)
                            .map_err(|error| format!("{name}: {}", error.message()))
                    });
                match outcome {
                    Ok(scenario) => {
                        on_open.emit(scenario);
                        file_status.set(FileStatus::Opened(name));
                    }
                    Err(message) => file_status.set(FileStatus::Failed(message)),
                }
            });
        })
    };

    let length = url.chars().count();
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h3 class="heading-s" id="share-heading">{ "Share or save this scenario" }</h3>
            <div class="form-group">
                <label class="label" for="share-link">{ "Link to this scenario" }</label>
                <div class="hint" id="share-link-hint">
                    { "The link holds the whole scenario, so anyone who opens it sees the same figures. Nothing is sent anywhere until you paste it." }
                </div>
                <div class="inline-controls">
                    <input class="input input--link" id="share-link" type="text" readonly=true
                        value={url.clone()} aria-describedby="share-link-hint" />
                    <button type="button" class="button button--secondary" onclick={on_copy}>{ "Copy link" }</button>
                </div>
                <p class="share-panel__status" role="status">
                    { match *copy_status {
                        CopyStatus::Idle => String::new(),
                        CopyStatus::Copied => "Link copied. Paste it into an email or a message.".to_string(),
                        CopyStatus::Failed => "Your browser did not let the calculator copy the link. It is selected in the box above: press Ctrl+C (or Cmd+C on a Mac) to copy it.".to_string(),
                    } }
                </p>
                if length > LONG_LINK_CHARS {
                    <p class="warning-text">
                        <strong>{ format!("This link is {} characters long.", crate::model::money::group_thousands(length as u64)) }</strong>
                        { " Some email programs cut long links short. If a colleague cannot open it, send them the scenario file instead." }
                    </p>
                }
            </div>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={on_save}>{ "Save as a file" }</button>
            </div>
            <div class={classes!("form-group", "share-panel__open", matches!(*file_status, FileStatus::Failed(_)).then_some("form-group--error"))}>
                <label class="label" for="open-file">{ "Open a scenario file" }</label>
                <div class="hint" id="open-file-hint">{ "A .json file saved from this calculator. It replaces the scenario on screen; Back returns to it." }</div>
                if let FileStatus::Failed(message) = &*file_status {
                    <p class="error-message" id="open-file-error" role="alert">
                        <span class="visually-hidden">{ "Error: " }</span>{ message.clone() }
                    </p>
                }
                <input class="file-input" id="open-file" type="file" accept=".json,application/json"
                    aria-describedby={if matches!(*file_status, FileStatus::Failed(_)) { "open-file-hint open-file-error" } else { "open-file-hint" }}
                    onchange={on_file} />
                if let FileStatus::Opened(name) = &*file_status {
                    <p class="share-panel__status" role="status">{ format!("Opened {name}.") }</p>
                }
            </div>
        </section>
    }
}
