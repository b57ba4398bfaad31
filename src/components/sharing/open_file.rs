//! The field that opens a scenario file: reads its bytes with the browser's own
//! `Blob.arrayBuffer()` and hands them to the file worker (`browser::ask_file_worker`),
//! which refuses text that is not UTF-8 rather than altering it, and a broken, newer
//! or oversized file with a message, changing nothing. Drawn by the share panel; its status is the page's state.

use crate::components::browser::file_worker::{ask_file_worker, warm_up_file_worker};
use crate::components::browser::files::{chosen_file, file_buffer};
use crate::file_worker::{Answer, Request};
use crate::state::ids;
use crate::state::page::{FileStatus, PageAction};
use funding_model::link;
use funding_model::scenario_file::MAX_FILE_BYTES;
use funding_model::Scenario;
use yew::prelude::*;

/// The file field, with what the last file chosen came to; `on_open` opens a scenario
/// read from a file.
pub fn open_file_field(
    file_status: &FileStatus,
    on_page: &Callback<PageAction>,
    on_open: &Callback<Scenario>,
) -> Html {
    let on_file = {
        let status = on_page.reform(PageAction::File);
        let on_open = on_open.clone();
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else {
                return;
            };
            let name = file.name();
            if file.size() > MAX_FILE_BYTES as f64 {
                status.emit(FileStatus::Failed(format!(
                    "{name} is too large to be a scenario file. Nothing on screen has been changed."
                )));
                return;
            }
            let (status, on_open) = (status.clone(), on_open.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = open_in_worker(&file)
                    .await
                    .map_err(|problem| problem.message(&name));
                match outcome {
                    Ok(scenario) => {
                        on_open.emit(scenario);
                        status.emit(FileStatus::Opened(name));
                    }
                    Err(message) => status.emit(FileStatus::Failed(message)),
                }
            });
        })
    };

    html! {
        // The file worker reads the file: reaching for the control starts it.
        <div class={classes!("form-group", "share-panel__open", matches!(file_status, FileStatus::Failed(_)).then_some("form-group--error"))}
            onpointerenter={Callback::from(|_| warm_up_file_worker())} onfocusin={Callback::from(|_| warm_up_file_worker())}>
            <label class="label" for={ids::OPEN_FILE}>{ "Open a scenario file" }</label>
            <div class="hint" id="open-file-hint">{ "A .json file saved from this calculator. It replaces the scenario on screen; your own work is kept among the scenarios set aside, and Back returns to it." }</div>
            if let FileStatus::Failed(message) = file_status {
                <p class="error-message" id="open-file-error" role="alert">
                    <span class="visually-hidden">{ "Error: " }</span>{ message.clone() }
                </p>
            }
            <input class="file-input" id={ids::OPEN_FILE} type="file" accept=".json,application/json"
                aria-describedby={if matches!(file_status, FileStatus::Failed(_)) { "open-file-hint open-file-error" } else { "open-file-hint" }}
                onchange={on_file} />
            if let FileStatus::Opened(name) = file_status {
                <p class="share-panel__status" role="status">{ format!("Opened {name}.") }</p>
            }
        </div>
    }
}

/// Why a file was not opened.
enum NotOpened {
    /// What is wrong with the file.
    File(String),
    /// The browser could not read the file.
    Unreadable,
    /// The file worker could not load or broke: the file is not to blame.
    WorkerDown,
}

impl NotOpened {
    fn message(self, name: &str) -> String {
        match self {
            NotOpened::File(message) => format!("{name}: {message}"),
            NotOpened::Unreadable => {
                format!("{name} could not be read. Nothing on screen has been changed.")
            }
            NotOpened::WorkerDown => format!("{name} was not opened: the part of the calculator that reads files could not load. Your work is unchanged. Try again in a moment."),
        }
    }
}

/// The file's scenario, read by the file worker; or why it was not opened.
async fn open_in_worker(file: &web_sys::File) -> Result<Scenario, NotOpened> {
    let bytes = file_buffer(file).await.ok_or(NotOpened::Unreadable)?;
    match ask_file_worker(Request::Open(bytes)).await {
        Some(Answer::Opened(fragment)) => {
            link::decode(&fragment).map_err(|_| NotOpened::WorkerDown)
        }
        Some(Answer::Refused(message)) => Err(NotOpened::File(message)),
        _ => Err(NotOpened::WorkerDown),
    }
}
