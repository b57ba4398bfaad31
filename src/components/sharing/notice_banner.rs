//! Says why the calculator opened on what it did, or what it could not do, when that
//! needs saying: a link that could not be opened or was repaired, the user's own draft
//! set aside for a link (or held in place where there was no room to set it aside).

use crate::keeping::opening::Kept;
use crate::keeping::{Choice, Notice, Showing};
use crate::state::ids;
use yew::prelude::*;

/// The buttons a notice offers besides closing it.
#[derive(Clone, PartialEq)]
enum Offer {
    Nothing,
    GoBack,
    GoBackOrKeepThis,
    KeepThis,
    /// Go back to the work held in this tab, or keep it another way: its link fragment.
    GoBackOrKeepElsewhere(String),
}

/// The notice, with the buttons it offers and what the last of them did (`status`). A
/// plain function: the app gives a notice that answers a button focus
/// ([`crate::components::hooks::use_notice_focus`]).
pub fn notice_banner(notice: &Notice, status: Option<&str>, on_choice: &Callback<Choice>) -> Html {
    let (title, body, offer) = words(notice);
    let role = match notice {
        Notice::DraftSetAside {
            kept: Kept::SetAside,
            ..
        }
        | Notice::Repaired(_) => "status",
        _ => "alert",
    };
    let button = |label: &str, choice: Choice, class: &'static str| {
        html! {
            <button type="button" class={class} onclick={on_choice.reform(move |_: MouseEvent| choice.clone())}>{ label.to_string() }</button>
        }
    };
    html! {
        <div class="notice-banner" role={role} aria-labelledby={ids::NOTICE_TITLE}>
            <h2 class="notice-banner__title" id={ids::NOTICE_TITLE} tabindex="-1">{ title }</h2>
            for paragraph in body {
                <p>{ paragraph }</p>
            }
            <div class="button-group">
                if matches!(offer, Offer::GoBack | Offer::GoBackOrKeepThis | Offer::GoBackOrKeepElsewhere(_)) {
                    { button("Go back to my scenario", Choice::GoBack, "button") }
                }
                if let Offer::GoBackOrKeepElsewhere(fragment) = &offer {
                    { button("Save my scenario as a file", Choice::SaveAsFile(fragment.clone()), "button button--secondary") }
                    { button("Copy my scenario’s link", Choice::CopyLink(fragment.clone()), "button button--secondary") }
                }
                if matches!(offer, Offer::KeepThis | Offer::GoBackOrKeepThis) {
                    { button("Save this one in place of mine", Choice::KeepThis, "button button--secondary") }
                }
                { button("Close this message", Choice::DismissNotice, "button button--secondary") }
            </div>
            <p class="notice-banner__status" role="status">{ status.unwrap_or_default() }</p>
        </div>
    }
}

/// The notice's title, paragraphs and buttons.
fn words(notice: &Notice) -> (&'static str, Vec<String>, Offer) {
    let not_saved = "Changes to the scenario on screen are not being saved in this browser, so that yours is not overwritten. Go back to yours, or save this one in its place (yours is then lost unless you have saved it as a file).";
    match notice {
        Notice::BadLink { message, showing } => {
            let showing = match showing {
                Showing::SavedDraft => "You are looking at the scenario you last worked on in this browser.",
                Showing::Example => "You are looking at the South Yorkshire example.",
            };
            ("This link could not be opened", vec![format!("{message} {showing}")], Offer::Nothing)
        }
        Notice::DraftSetAside { draft_title, kept, repair } => {
            let title = match draft_title.trim() {
                "" => String::new(),
                title => format!(" “{title}”"),
            };
            let (words, offer) = match kept {
                Kept::SetAside => (
                    format!("Your own scenario{title} has been kept on this computer. You can go back to it at any time from “Scenarios set aside” below."),
                    Offer::GoBack,
                ),
                Kept::InPlace => (
                    format!("There was no room in this browser to set your own scenario{title} aside, so it is still saved here, unchanged. {not_saved}"),
                    Offer::GoBackOrKeepThis,
                ),
                Kept::OnlyInThisTab(fragment) => (
                    format!("Your own scenario{title} could not be kept in this browser: there was no room to set it aside, and it is not the scenario saved here. It is only in this tab now, and is lost when the tab is closed. Go back to it, or save it as a file or copy its link to keep it."),
                    Offer::GoBackOrKeepElsewhere(fragment.clone()),
                ),
            };
            let mut body = vec![words];
            body.extend(repair.as_ref().map(|repair| repair.message()));
            ("You opened a shared scenario", body, offer)
        }
        Notice::BadDraft { message, kept: true } => (
            "Your saved scenario could not be opened",
            vec![format!("{message} It has been kept, unchanged, among the scenarios set aside. You are looking at the South Yorkshire example.")],
            Offer::Nothing,
        ),
        Notice::BadDraft { message, kept: false } => (
            "Your saved scenario could not be opened",
            vec![format!("{message} It is still saved in this browser, unchanged: there was no room to set it aside. You are looking at the South Yorkshire example; changes to it are not being saved in this browser, so that your saved scenario is not overwritten.")],
            Offer::KeepThis,
        ),
        Notice::Repaired(repair) => ("This link was repaired", vec![repair.message()], Offer::Nothing),
        Notice::NoRoomToSwitch => (
            "That scenario was not opened",
            vec!["There is no room in this browser to set the scenario on screen aside, so opening another would lose it. Save the scenario on screen as a file, or remove scenarios set aside that you no longer need, then try again.".to_string()],
            Offer::Nothing,
        ),
    }
}
