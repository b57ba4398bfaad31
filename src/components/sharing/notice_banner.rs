//! Says why the calculator opened on what it did, when that needs saying: a link that
//! could not be opened, or the user's own draft set aside for a link.

use crate::startup::{Notice, Showing};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    pub notice: Notice,
    /// Opens the scenario set aside when the link was opened.
    pub on_restore: Callback<()>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let (title, body, restore) = match &props.notice {
        Notice::BadLink { message, showing } => (
            "This link could not be opened",
            format!(
                "{message} {}",
                match showing {
                    Showing::SavedDraft => "You are looking at the scenario you last worked on in this browser.",
                    Showing::Example => "You are looking at the South Yorkshire example.",
                }
            ),
            false,
        ),
        Notice::DraftSetAside { draft_title } => (
            "You opened a shared scenario",
            format!(
                "Your own scenario{} has been kept on this computer. You can go back to it at any time from “Scenarios set aside” below.",
                if draft_title.trim().is_empty() { String::new() } else { format!(" “{}”", draft_title.trim()) }
            ),
            true,
        ),
        Notice::BadDraft { message } => (
            "Your saved scenario could not be opened",
            format!("{message} It has been kept, unchanged, among the scenarios set aside. You are looking at the South Yorkshire example."),
            false,
        ),
    };
    let role = if matches!(props.notice, Notice::DraftSetAside { .. }) {
        "status"
    } else {
        "alert"
    };
    html! {
        <div class="notice-banner" role={role} aria-labelledby="notice-title">
            <h2 class="notice-banner__title" id="notice-title">{ title }</h2>
            <p>{ body }</p>
            <div class="button-group">
                if restore {
                    <button type="button" class="button" onclick={props.on_restore.reform(|_: MouseEvent| ())}>
                        { "Go back to my scenario" }
                    </button>
                }
                <button type="button" class="button button--secondary" onclick={dismiss}>{ "Close this message" }</button>
            </div>
        </div>
    }
}
