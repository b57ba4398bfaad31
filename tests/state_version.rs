//! The version details edited through actions: typed text reaches the scenario or
//! keeps its text with a message, the status is chosen, and the fields round-trip
//! through their element ids as kept drafts do.

use funding_calculator::state::{Action, AppState, Field, VersionAction};
use funding_model::data::version::{CalendarDate, VersionStatus};

fn type_text(state: AppState, field: Field, text: &str) -> AppState {
    state
        .apply(Action::Type(field, text.to_string()))
        .apply(Action::Settle(field))
}

#[test]
fn version_details_are_typed_and_chosen() {
    let state = AppState::default();
    assert!(!state.version_view().in_use);
    let state = type_text(state, Field::VersionLabel, "March paper");
    let state = type_text(state, Field::VersionAuthor, "Finance, Sheffield");
    let state = type_text(state, Field::VersionDate, "3/3/2026");
    let state = state.apply(Action::Version(VersionAction::SetStatus(Some(
        VersionStatus::ForDecision,
    ))));
    let version = &state.scenario.version;
    assert_eq!(version.label, "March paper");
    assert_eq!(version.author, "Finance, Sheffield");
    assert_eq!(version.date, CalendarDate::new(2026, 3, 3));
    assert_eq!(version.status, Some(VersionStatus::ForDecision));
    let view = state.version_view();
    assert!(view.in_use);
    assert_eq!(view.date.text, "3 March 2026");
}

#[test]
fn a_date_that_does_not_exist_keeps_its_text_with_a_message() {
    let state = type_text(AppState::default(), Field::VersionDate, "3 March 2026");
    let state = type_text(state, Field::VersionDate, "29/2/2025");
    assert_eq!(state.scenario.version.date, CalendarDate::new(2026, 3, 3));
    let view = state.version_view();
    assert_eq!(view.date.text, "29/2/2025");
    assert_eq!(
        view.date.error.as_deref(),
        Some("Enter a real date, like 3 March 2026 or 3/3/2026")
    );
    assert!(view.in_use, "an error keeps the section open");
    let cleared = type_text(state, Field::VersionDate, "");
    assert_eq!(cleared.scenario.version.date, None);
}

#[test]
fn version_fields_are_found_by_their_element_ids() {
    for field in [
        Field::VersionAuthor,
        Field::VersionLabel,
        Field::VersionDate,
    ] {
        assert_eq!(Field::from_element_id(&field.element_id()), Some(field));
        assert!(!field.is_agreement());
    }
}
