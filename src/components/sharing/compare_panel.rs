//! Compare with an earlier version: a link pasted in, a file, or a scenario set
//! aside, against the scenario on screen. The worker that reads files decodes the
//! other version and writes the comparison (`file_worker::Request::Compare`), so
//! neither a long pasted link nor the comparison's code weighs on the page; the page
//! shows the section the model wrote and copies its text. The comparison follows
//! the scenario on screen as it is edited.

use crate::components::browser::clipboard::copy_rich_to_clipboard;
use crate::components::browser::file_worker::{ask_file_worker, warm_up_file_worker};
use crate::components::browser::files::{chosen_file, file_buffer};
use crate::components::results::table_actions::section_downloads;
use crate::components::{on_select, on_text, select_options, Shared};
use crate::file_worker::{Answer, Request, Section};
use crate::keeping::SetAsideEntry;
use funding_model::scenario_file::MAX_FILE_BYTES;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    /// The scenario's title, which names the tables' files.
    pub title: AttrValue,
    /// The scenario on screen, as a link fragment.
    pub current: Rc<str>,
    /// The scenarios set aside: a title and a fragment each.
    /// Compared by identity: a scenario set aside at the limits is a long fragment.
    pub set_aside: Shared<Vec<SetAsideEntry>>,
}

/// Where the comparison stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    Shown(Rc<Section>),
    Refused(String),
}

const WORKER_DOWN: &str = "The part of the calculator that compares versions could not load. Your work is unchanged. Try again in a moment.";

#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let pasted = use_state(String::new);
    // The earlier version: a link as pasted, or a fragment.
    let earlier = use_state(|| None::<Rc<str>>);
    let status = use_state(|| Status::Idle);
    let copied = use_state(|| None::<bool>);
    {
        let status = status.clone();
        use_effect_with(
            ((*earlier).clone(), props.current.clone()),
            move |(earlier, current)| {
                if let Some(earlier) = earlier.clone() {
                    compare(earlier, current.clone(), status);
                }
            },
        );
    }
    let on_paste = on_text(Callback::from({
        let pasted = pasted.clone();
        move |text: String| pasted.set(text)
    }));
    let on_compare = {
        let (pasted, earlier, status) = (pasted.clone(), earlier.clone(), status.clone());
        Callback::from(move |_: MouseEvent| match pasted.trim() {
            "" => status.set(Status::Refused(
                "Paste a link to the earlier version".into(),
            )),
            text => earlier.set(Some(Rc::from(text))),
        })
    };
    // The choices are positions in the list, not the fragments themselves.
    let on_set_aside = on_select(Callback::from({
        let (earlier, set_aside) = (earlier.clone(), props.set_aside.clone());
        move |position: String| {
            let entry = position
                .parse::<usize>()
                .ok()
                .and_then(|at| set_aside.get(at));
            earlier.set(entry.map(|entry| Rc::from(entry.fragment.as_str())));
        }
    }));
    let on_file = file_chosen(earlier.clone(), status.clone());
    html! {
        // The comparison is worked out in the file worker: reaching for it starts it.
        <section class="compare" aria-labelledby="compare-heading"
            onpointerenter={Callback::from(|_| warm_up_file_worker())} onfocusin={Callback::from(|_| warm_up_file_worker())}>
            <h3 class="heading-m" id="compare-heading">{ "Compare with another version" }</h3>
            <p class="hint">{ "What changed since an earlier version: every input, the figures, a breakdown of each total's change, and a paragraph to paste. Nothing on screen is changed." }</p>
            { sources(&pasted, on_paste, on_compare, &props.set_aside, on_set_aside, on_file, &status) }
            { result(&status, &copied, &props.title) }
        </section>
    }
}

/// Asks the worker to compare, and shows its answer.
fn compare(earlier: Rc<str>, current: Rc<str>, status: UseStateHandle<Status>) {
    status.set(Status::Working);
    wasm_bindgen_futures::spawn_local(async move {
        let request = Request::Compare {
            earlier: earlier.to_string(),
            later: current.to_string(),
        };
        status.set(match ask_file_worker(request).await {
            Some(Answer::Compared(compared)) => Status::Shown(Rc::new(compared)),
            Some(Answer::Refused(message)) => {
                Status::Refused(format!("The other version could not be opened: {message}"))
            }
            _ => Status::Refused(WORKER_DOWN.into()),
        });
    });
}

/// A file chosen: opened by the worker, then compared.
fn file_chosen(
    earlier: UseStateHandle<Option<Rc<str>>>,
    status: UseStateHandle<Status>,
) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let Some(file) = chosen_file(&event) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            status.set(Status::Refused(format!(
                "{name} is too large to be a scenario file."
            )));
            return;
        }
        let (earlier, status) = (earlier.clone(), status.clone());
        status.set(Status::Working);
        wasm_bindgen_futures::spawn_local(async move {
            let Some(bytes) = file_buffer(&file).await else {
                status.set(Status::Refused(format!("{name} could not be read.")));
                return;
            };
            match ask_file_worker(Request::Open(bytes)).await {
                Some(Answer::Opened(fragment)) => earlier.set(Some(Rc::from(fragment))),
                Some(Answer::Refused(message)) => {
                    status.set(Status::Refused(format!("{name}: {message}")));
                }
                _ => status.set(Status::Refused(WORKER_DOWN.into())),
            }
        });
    })
}

fn sources(
    pasted: &str,
    on_paste: Callback<InputEvent>,
    on_compare: Callback<MouseEvent>,
    set_aside: &[SetAsideEntry],
    on_set_aside: Callback<Event>,
    on_file: Callback<Event>,
    status: &Status,
) -> Html {
    let error = match status {
        Status::Refused(message) => Some(message.clone()),
        _ => None,
    };
    let mut choices = vec![(String::new(), "Choose a scenario".to_string())];
    choices.extend(
        set_aside
            .iter()
            .enumerate()
            .map(|(at, entry)| (at.to_string(), entry.title.clone())),
    );
    html! {
        <div class={classes!("form-group", error.is_some().then_some("form-group--error"))}>
            if let Some(message) = error {
                <p class="error-message" id="compare-error" role="alert">
                    <span class="visually-hidden">{ "Error: " }</span>{ message }
                </p>
            }
            <label class="label" for="compare-link">{ "A link to the earlier version" }</label>
            <div class="inline-fields">
                <input class="input" id="compare-link" type="text" spellcheck="false" autocomplete="off"
                    value={pasted.to_string()} oninput={on_paste} />
                <button type="button" class="button button--secondary" onclick={on_compare}>{ "Compare" }</button>
            </div>
            <label class="label" for="compare-file">{ "Or a scenario file" }</label>
            <input class="file-input" id="compare-file" type="file" accept=".json,application/json" onchange={on_file} />
            if !set_aside.is_empty() {
                <label class="label" for="compare-set-aside">{ "Or a scenario set aside" }</label>
                <select class="select" id="compare-set-aside" onchange={on_set_aside}>
                    { select_options(choices, "") }
                </select>
            }
        </div>
    }
}

fn result(status: &Status, copied: &UseStateHandle<Option<bool>>, title: &str) -> Html {
    match status {
        Status::Working => html! { <p class="hint" role="status">{ "Comparing…" }</p> },
        Status::Shown(compared) => {
            let on_copy = {
                let (compared, copied) = (compared.clone(), copied.clone());
                Callback::from(move |_: MouseEvent| {
                    let (compared, copied) = (compared.clone(), copied.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        copied.set(Some(
                            copy_rich_to_clipboard(&compared.plain, &compared.html).await,
                        ));
                    });
                })
            };
            let said = match **copied {
                Some(true) => "The paragraph was copied.",
                Some(false) => "The paragraph could not be copied: select it and copy it yourself.",
                None => "",
            };
            html! {
                <div class="compare__result">
                    { Html::from_html_unchecked(compared.page.clone().into()) }
                    { section_downloads(&compared.tables, title) }
                    <button type="button" class="button button--secondary" onclick={on_copy}>{ "Copy the paragraph" }</button>
                    <p class="hint" role="status">{ said }</p>
                </div>
            }
        }
        Status::Idle | Status::Refused(_) => Html::default(),
    }
}
