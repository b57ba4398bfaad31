//! The scenario's version details: who wrote it, its label, status and date, printed
//! in a paper's header beside the fingerprint of its figures. Typing in them is
//! [`super::Action::Type`], read and written here as [`super::fields`] does for the
//! rest; choosing a status is a [`VersionAction`].

use super::field::{Field, Value};
use super::history::Outcome;
use super::AppState;
use funding_model::data::inputs::{check_name, parse_date};
use funding_model::data::limits::MAX_TEXT_CHARS;
use funding_model::data::version::{VersionDetails, VersionStatus};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum VersionAction {
    SetStatus(Option<VersionStatus>),
}

impl VersionAction {
    pub(super) fn apply(self, state: &mut AppState) -> Outcome {
        let VersionAction::SetStatus(status) = self;
        Rc::make_mut(&mut state.scenario).version.status = status;
        Outcome::NEW_ENTRY
    }
}

/// Reads typed text for a version field; `None` for any other field.
pub fn parse(field: Field, text: &str) -> Option<Result<Value, String>> {
    Some(match field {
        Field::VersionAuthor | Field::VersionLabel => {
            check_name(text).map(|()| Value::Text(text.chars().take(MAX_TEXT_CHARS).collect()))
        }
        Field::VersionDate => parse_date(text).map(Value::Date),
        _ => return None,
    })
}

/// The value a version field has; `None` for any other field.
pub fn read(version: &VersionDetails, field: Field) -> Option<Value> {
    Some(match field {
        Field::VersionAuthor => Value::Text(version.author.clone()),
        Field::VersionLabel => Value::Text(version.label.clone()),
        Field::VersionDate => Value::Date(version.date),
        _ => return None,
    })
}

/// Puts a value into the version details; `false` if `field` is not one of theirs.
pub fn write(version: &mut VersionDetails, field: Field, value: &Value) -> bool {
    match (field, value) {
        (Field::VersionAuthor, Value::Text(text)) => version.author.clone_from(text),
        (Field::VersionLabel, Value::Text(text)) => version.label.clone_from(text),
        (Field::VersionDate, Value::Date(date)) => version.date = *date,
        _ => return field.is_version(),
    }
    true
}
