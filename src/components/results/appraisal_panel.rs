//! The appraisal's figures: present values with the working of each, the switching
//! value and the sensitivity tests. Worked out and written in the worker
//! (`file_worker::Request::Appraise`), which carries the appraisal's code and the
//! deflators, so a visit that appraises nothing loads none of it; asked for again
//! as the scenario changes.

use super::table_actions::section_downloads;
use crate::components::browser::clipboard::copy_rich_to_clipboard;
use crate::components::browser::file_worker::ask_file_worker;
use crate::file_worker::{Answer, Request, Section};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppraisalPanelProps {
    /// The scenario's title, which names the tables' files.
    pub title: AttrValue,
    /// The scenario on screen, as a link fragment.
    pub fragment: Rc<str>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Working,
    Shown(Rc<Section>),
    Failed,
}

#[component]
pub fn AppraisalPanel(props: &AppraisalPanelProps) -> Html {
    let status = use_state(|| Status::Working);
    let copied = use_state(|| None::<bool>);
    {
        let status = status.clone();
        use_effect_with(props.fragment.clone(), move |fragment| {
            let fragment = fragment.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match ask_file_worker(Request::Appraise(fragment)).await {
                    Some(Answer::Appraised(section)) => Status::Shown(Rc::new(section)),
                    _ => Status::Failed,
                });
            });
        });
    }
    let body = match &*status {
        Status::Working => {
            html! { <p class="hint" role="status">{ "Working out the appraisal…" }</p> }
        }
        Status::Failed => {
            html! { <p class="error-message" role="alert">{ "The part of the calculator that appraises options could not load. Your work is unchanged. Try again in a moment." }</p> }
        }
        Status::Shown(section) => {
            let on_copy = {
                let (section, copied) = (section.clone(), copied.clone());
                Callback::from(move |_: MouseEvent| {
                    let (section, copied) = (section.clone(), copied.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        copied.set(Some(
                            copy_rich_to_clipboard(&section.plain, &section.html).await,
                        ));
                    });
                })
            };
            let said = match *copied {
                Some(true) => "The paragraphs were copied.",
                Some(false) => {
                    "The paragraphs could not be copied: select them and copy them yourself."
                }
                None => "",
            };
            html! {
                <>
                    { Html::from_html_unchecked(section.page.clone().into()) }
                    { section_downloads(&section.tables, &props.title) }
                    if !section.plain.is_empty() {
                        <button type="button" class="button button--secondary" onclick={on_copy}>{ "Copy the paragraphs" }</button>
                        <p class="hint" role="status">{ said }</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="appraisal-results" aria-labelledby="appraisal-results-heading">
            <h3 class="heading-m" id="appraisal-results-heading">{ "Present values and what would change the decision" }</h3>
            { body }
        </section>
    }
}
