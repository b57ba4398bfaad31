//! Share the scenario as a link, and save it to or open it from a file.

use super::open_file::{open_file_field, FileStatus};
use crate::components::browser::{copy_to_clipboard, download_text, share_url};
use crate::components::hooks::Kept;
use crate::model::data::money::group_thousands;
use crate::model::scenario_file;
use crate::model::{link, Scenario};
use crate::state::ids;
use std::rc::Rc;
use yew::prelude::*;

/// Links longer than this may be cut short by some mail clients.
const LONG_LINK_CHARS: usize = 1_000;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub scenario: Rc<Scenario>,
    /// The scenario as last written to the address bar and the draft.
    pub kept: Kept,
    /// Opens a scenario read from a file.
    pub on_open: Callback<Scenario>,
}

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let copy_status = use_state(|| CopyStatus::Idle);
    let file_status = use_state(|| FileStatus::Idle);
    let url = props.kept.url.clone();
    {
        // A new scenario means a new link: the old confirmation no longer applies.
        let copy_status = copy_status.clone();
        use_effect_with(props.scenario.clone(), move |_| {
            copy_status.set(CopyStatus::Idle)
        });
    }

    let on_copy = {
        let copy_status = copy_status.clone();
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            let copy_status = copy_status.clone();
            // The scenario as it is now, even if typing has not yet paused.
            let url = share_url(&link::encode(&scenario));
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_to_clipboard(&url, Some(ids::SHARE_LINK)).await;
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
    html! {
        <section class="share-panel" aria-labelledby={ids::SHARE_HEADING}>
            <h3 class="heading-s" id={ids::SHARE_HEADING} tabindex="-1">{ "Share or save this scenario" }</h3>
            { link_field(&url, on_copy, &copy_status) }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={on_save}>{ "Save as a file" }</button>
            </div>
            { open_file_field(&file_status, &props.on_open) }
        </section>
    }
}

/// The link and its Copy button, with a word on long links; a link too long for any
/// browser to open is not offered, and the file is.
fn link_field(url: &str, on_copy: Callback<MouseEvent>, copy_status: &CopyStatus) -> Html {
    let length = url.chars().count();
    if length > link::MAX_ADDRESS_CHARS {
        return html! {
            <div class="form-group">
                <p class="warning-text">
                    <strong>{ format!("This scenario is too large to share as a link ({} characters).", group_thousands(length as u64)) }</strong>
                    { format!(" Browsers open links of up to about {} characters. Save it as a file and send the file instead; this browser keeps it meanwhile.", group_thousands(link::MAX_ADDRESS_CHARS as u64)) }
                </p>
            </div>
        };
    }
    html! {
        <div class="form-group">
            <label class="label" for={ids::SHARE_LINK}>{ "Link to this scenario" }</label>
            <div class="hint" id="share-link-hint">
                { "The link holds the whole scenario, so anyone who opens it sees the same figures. Nothing is sent anywhere until you paste it." }
            </div>
            <div class="inline-controls">
                <input class="input input--link" id={ids::SHARE_LINK} type="text" readonly=true
                    value={url.to_string()} aria-describedby="share-link-hint" />
                <button type="button" class="button button--secondary" onclick={on_copy}>{ "Copy link" }</button>
            </div>
            <p class="share-panel__status" role="status">
                { match copy_status {
                    CopyStatus::Idle => "",
                    CopyStatus::Copied => "Link copied. Paste it into an email or a message.",
                    CopyStatus::Failed => "Your browser did not let the calculator copy the link. It is selected in the box above: press Ctrl+C (or Cmd+C on a Mac) to copy it.",
                } }
            </p>
            if length > LONG_LINK_CHARS {
                <p class="warning-text">
                    <strong>{ format!("This link is {} characters long.", group_thousands(length as u64)) }</strong>
                    { " Some email programs cut long links short. If a colleague cannot open it, send them the scenario file instead." }
                </p>
            }
        </div>
    }
}
