//! Says why the calculator opened on what it did, or what it could not do, when that
//! needs saying: a link that could not be opened or was repaired, the user's own draft
//! set aside for a link (or held in place where there was no room to set it aside).

use crate::keeping::{Choice, Notice, Showing};
use crate::state::ids;
use yew::prelude::*;

/// The buttons a notice offers besides closing it.
#[derive(Clone, Copy, PartialEq)]
enum Offer {
    Nothing,
    GoBack,
    GoBackOrKeepThis,
    KeepThis,
}

/// The notice, with the buttons it offers. A plain function: the app gives a notice that
/// answers a button focus ([`crate::components::hooks::use_notice_focus`]).
pub fn notice_banner(notice: &Notice, on_choice: &Callback<Choice>) -> Html {
    let (title, body, offer) = words(notice);
    let role = match notice {
        Notice::DraftSetAside { kept: true, .. } | Notice::Repaired(_) => "status",
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
                if matches!(offer, Offer::GoBack | Offer::GoBackOrKeepThis) {
                    { button("Go back to my scenario", Choice::GoBack, "button") }
                }
                if matches!(offer, Offer::KeepThis | Offer::GoBackOrKeepThis) {
                    { button("Save this one in place of mine", Choice::KeepThis, "button button--secondary") }
                }
                { button("Close this message", Choice::DismissNotice, "button button--secondary") }
            </div>
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
            let mut body = vec![if *kept {
                format!("Your own scenario{title} has been kept on this computer. You can go back to it at any time from “Scenarios set aside” below.")
            } else {
                format!("There was no room in this browser to set your own scenario{title} aside, so it is still saved here, unchanged. {not_saved}")
            }];
            body.extend(repair.as_ref().map(|repair| repair.message()));
            let offer = if *kept { Offer::GoBack } else { Offer::GoBackOrKeepThis };
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
