//! Share the scenario as a link, and save it to or open it from a file.

use super::open_file::open_file_field;
use crate::components::browser::address_bar::share_url;
use crate::components::browser::clipboard::copy_to_clipboard;
use crate::components::browser::file_worker::ask_file_worker;
use crate::components::browser::files::download_text;
use crate::file_worker::{Answer, Request};
use crate::keeping::Written;
use crate::state::ids;
use crate::state::page::{Copied, PageAction, PageState};
use funding_model::data::money::group_thousands;
use funding_model::scenario_file;
use funding_model::{link, Scenario};
use std::rc::Rc;
use yew::prelude::*;

/// Links longer than this may be cut short by some mail clients.
const LONG_LINK_CHARS: usize = 1_000;

/// What the share panel is drawn from.
pub struct SharePanelArgs<'a> {
    pub scenario: &'a Rc<Scenario>,
    /// The scenario as last written to the address bar and the draft.
    pub written: &'a Written,
    /// Opens a scenario read from a file.
    pub on_open: Callback<Scenario>,
    /// What copying the link and opening a file last did, and its changes.
    pub page: &'a PageState,
    pub on_page: &'a Callback<PageAction>,
}

/// The panel. A plain function: what it last did is the page's state.
pub fn share_panel(args: SharePanelArgs) -> Html {
    let url = args.written.url.clone();
    let on_copy = {
        let on_page = args.on_page.clone();
        let scenario = args.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            let (on_page, scenario) = (on_page.clone(), scenario.clone());
            // The scenario as it is now, even if typing has not yet paused.
            let url = share_url(&link::encode(&scenario));
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_to_clipboard(&url, Some(ids::SHARE_LINK)).await;
                on_page.emit(PageAction::LinkCopied(scenario, copied));
            });
        })
    };
    let on_save = {
        let (scenario, on_page) = (args.scenario.clone(), args.on_page.clone());
        Callback::from(move |_: MouseEvent| {
            let (scenario, on_page) = (scenario.clone(), on_page.clone());
            // The file is written by the file worker, from the scenario as it is now.
            let request = Request::Save(link::encode(&scenario));
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ask_file_worker(request).await;
                if let Some(Answer::Saved(text)) = &answer {
                    download_text(
                        &scenario_file::file_name(&scenario.title),
                        text,
                        "application/json",
                    );
                }
                on_page.emit(PageAction::SaveFailed(!matches!(
                    answer,
                    Some(Answer::Saved(_))
                )));
            });
        })
    };
    html! {
        <section class="share-panel" aria-labelledby={ids::SHARE_HEADING}>
            <h3 class="heading-s" id={ids::SHARE_HEADING} tabindex="-1">{ "Share or save this scenario" }</h3>
            { link_field(&url, on_copy, args.page.link_copied(args.scenario)) }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={on_save}>{ "Save as a file" }</button>
            </div>
            if args.page.save_failed {
                <p class="error-message" id="save-file-error" role="alert">
                    <span class="visually-hidden">{ "Error: " }</span>
                    { "The file could not be written: the part of the calculator that writes files could not load. Your work is unchanged. Try again, or copy the link instead, which holds the whole scenario." }
                </p>
            }
            { open_file_field(&args.page.file, args.on_page, &args.on_open) }
        </section>
    }
}

/// The link and its Copy button, with a word on long links; a link too long for any
/// browser to open is not offered, and the file is.
fn link_field(url: &str, on_copy: Callback<MouseEvent>, copied: Option<Copied>) -> Html {
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
                { match copied {
                    None => "",
                    Some(true) => "Link copied. Paste it into an email or a message.",
                    Some(false) => "Your browser did not let the calculator copy the link. It is selected in the box above: press Ctrl+C (or Cmd+C on a Mac) to copy it.",
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
