//! The version details: who wrote this version, its label, status and date. They
//! print in the paper's header beside the fingerprint of the figures, so a printout
//! can be matched to its link.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::components::disclosure::Disclosure;
use crate::components::select_field;
use crate::state::views::VersionView;
use crate::state::{Action, Field, VersionAction};
use funding_model::data::limits::MAX_TEXT_CHARS;
use funding_model::data::version::VersionStatus;
use yew::prelude::*;

/// Folded away until opened, or while a detail is given or has an error to show.
pub fn version_editor(args: &SectionArgs<VersionView>) -> Html {
    let content = {
        let (view, dispatch) = (args.view.clone(), args.dispatch.clone());
        Callback::from(move |()| version_fields(&view, &dispatch))
    };
    html! {
        <Disclosure class={classes!("details")} summary={"Version details for the paper".to_string()} {content} keep_open={args.view.in_use} />
    }
}

fn version_fields(view: &VersionView, dispatch: &Callback<Action>) -> Html {
    let field = |shown: &crate::state::FieldView, field: Field, label: &str| TextField {
        maxlength: Some(MAX_TEXT_CHARS),
        ..TextField::new(
            Binding::to_state(field, shown.clone(), dispatch),
            label.to_string(),
        )
    };
    let mut choices = vec![(String::new(), "Not given".to_string())];
    choices.extend(
        VersionStatus::ALL
            .iter()
            .map(|status| (status.code().to_string(), status.label().to_string())),
    );
    let on_status = dispatch.reform(|code: String| {
        Action::Version(VersionAction::SetStatus(VersionStatus::from_code(&code)))
    });
    let current = view.status.map_or("", VersionStatus::code);
    html! {
        <div class="details__text">
            <p class="hint">{ "Printed at the top of the paper with the fingerprint of its figures." }</p>
            <div class="inline-fields">
                { text_field(field(&view.label, Field::VersionLabel, "Version").hint("Such as “March paper” or “v3”.")) }
                { text_field(field(&view.author, Field::VersionAuthor, "Author")) }
            </div>
            <div class="inline-fields">
                { select_field("version-status".to_string(), "Status", None, choices, current, on_status) }
                { text_field(field(&view.date, Field::VersionDate, "Date").hint("For example, 3 March 2026 or 3/3/2026.")) }
            </div>
        </div>
    }
}
