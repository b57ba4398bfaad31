//! Text typed into a field that is not (yet) the scenario's value as shown: kept with
//! its message so the user's text is never thrown away, and shown wrong only once the
//! user leaves the field or presses Enter, as GOV.UK forms do.

use super::fields::{self, Field, LineRef, Value};
use super::history::Outcome;
use super::{ids, AppState};
use funding_model::data::limits::MAX_CONTRACT_YEARS;

/// The most typed texts restored with a draft: far more than anyone leaves unfixed,
/// and a bound on the work a damaged saved draft can ask for.
const MOST_KEPT: usize = 1_000;
use funding_model::data::scenario::MatchRule;
use funding_model::LineList;

/// Text typed into a [`Field`] that differs from the scenario's value as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    /// Why the text was not accepted; `None` when it was.
    pub error: Option<String>,
    /// Whether the error is shown yet. A field is not marked wrong while the user is
    /// still typing: its error shows once they leave it or press Enter, and from then
    /// on it updates as they type.
    pub shown: bool,
    /// The field's value when this edit began: what the figures use while the text
    /// does not parse, so a half-typed "1 0" never stands for £1 or £10. `None` if
    /// what the field belongs to has gone.
    pub before: Option<Value>,
}

/// The drafts by field. A short list, since only fields being typed in have one: a
/// vector does this with far less code in the bundle than a second kind of `BTreeMap`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Drafts(Vec<(Field, Draft)>);

impl Drafts {
    pub fn get(&self, field: &Field) -> Option<&Draft> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, d)| d)
    }

    fn get_mut(&mut self, field: &Field) -> Option<&mut Draft> {
        self.0.iter_mut().find(|(f, _)| f == field).map(|(_, d)| d)
    }

    fn insert(&mut self, field: Field, draft: Draft) {
        match self.get_mut(&field) {
            Some(existing) => *existing = draft,
            None => self.0.push((field, draft)),
        }
    }

    pub(super) fn remove(&mut self, field: &Field) {
        self.0.retain(|(f, _)| f != field);
    }

    /// Keeps only the drafts of fields `keep` says to.
    pub(super) fn retain(&mut self, keep: impl Fn(&Field, &Draft) -> bool) {
        self.0.retain(|(field, draft)| keep(field, draft));
    }

    /// Forgets every draft of one line's fields, as when the line is set whole.
    pub(super) fn remove_line(&mut self, line: LineRef) {
        self.0.retain(|(field, _)| field.line() != Some(line));
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The drafts of one line's fields, for that line's editor alone.
    pub fn of_line(&self, line: LineRef) -> Drafts {
        Drafts(
            self.0
                .iter()
                .filter(|(field, _)| field.line() == Some(line))
                .cloned()
                .collect(),
        )
    }

    /// Whether a field that `which` picks has an error on show.
    pub fn any_shown_error(&self, which: impl Fn(Field) -> bool) -> bool {
        self.0
            .iter()
            .any(|(field, draft)| draft.shown && draft.error.is_some() && which(*field))
    }

    /// What `field` shows: its draft's text and shown error, else `value`'s text.
    pub fn view(&self, field: Field, value: Option<fields::Value>) -> FieldView {
        match self.get(&field) {
            Some(draft) => FieldView {
                text: draft.text.clone(),
                error: draft.error.clone().filter(|_| draft.shown),
            },
            None => FieldView {
                text: value.as_ref().map_or_else(String::new, fields::value_text),
                error: None,
            },
        }
    }
}

/// What a checked field shows: its text and, once shown, its error.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FieldView {
    pub text: String,
    pub error: Option<String>,
}

/// An entry that could not be accepted, for the error summary and the results notice.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: Field,
    /// What the field is, as in "Sheffield City Council: annual contribution".
    pub field_name: String,
    pub message: String,
    /// What the figures use until it is fixed, as "£52,000.00" or "no uplift".
    pub figures_use: String,
}

impl Drafts {
    /// Typed text that could not be accepted, kept with the saved draft so a reload
    /// loses nothing the user typed: a line a field, its HTML id and its text, with
    /// `\`, tab and newline escaped.
    pub fn to_keep(&self) -> String {
        let escape = |text: &str| {
            text.replace('\\', "\\\\")
                .replace('\t', "\\t")
                .replace('\n', "\\n")
        };
        self.0
            .iter()
            .filter(|(_, draft)| draft.error.is_some())
            .map(|(field, draft)| format!("{}\t{}\n", field.element_id(), escape(&draft.text)))
            .collect()
    }
}

/// The fields and texts of [`Drafts::to_keep`]'s text; lines it could not have written
/// are passed over.
fn typed_kept(text: &str) -> Vec<(Field, String)> {
    let unescape = |text: &str| {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars();
        while let Some(ch) = chars.next() {
            out.push(match (ch, ch == '\\') {
                (_, true) => match chars.next() {
                    Some('t') => '\t',
                    Some('n') => '\n',
                    _ => '\\',
                },
                (ch, false) => ch,
            });
        }
        out
    };
    text.lines()
        .filter_map(|line| {
            let (id, typed) = line.split_once('\t')?;
            Some((Field::from_element_id(id)?, unescape(typed)))
        })
        .collect()
}

impl AppState {
    /// The state of `scenario` with text kept by [`Drafts::to_keep`] typed back into its
    /// fields, its errors shown, as they were when the page was left.
    pub fn with_typed(scenario: funding_model::Scenario, kept: &str) -> AppState {
        let mut state = AppState::new(scenario);
        state.type_back(kept);
        state
    }

    /// Types text kept by [`Drafts::to_keep`] back into its fields, its errors shown.
    pub(super) fn type_back(&mut self, kept: &str) {
        for (field, text) in typed_kept(kept).into_iter().take(MOST_KEPT) {
            self.type_text(field, text);
            self.settle(field);
        }
        self.forget_drafts_of_removed_items();
    }

    /// Text typed into `field`: the scenario takes it if it parses, and otherwise keeps
    /// the value the field had when this edit began (never a half-typed prefix). A
    /// checked field keeps the text as typed, with its message, until it is left.
    pub(super) fn type_text(&mut self, field: Field, text: String) -> Outcome {
        let earlier = self.drafts.get(&field);
        let shown = earlier.is_some_and(|draft| draft.shown && draft.error.is_some());
        let before = match earlier {
            Some(draft) => draft.before.clone(),
            None => fields::read(&self.scenario, field),
        };
        let error = match fields::parse(&self.scenario, field, &text) {
            Ok(value) => {
                fields::write(self.scenario_mut(), field, value);
                None
            }
            Err(message) => {
                if let Some(before) = before.clone() {
                    if fields::read(&self.scenario, field).as_ref() != Some(&before) {
                        fields::write(self.scenario_mut(), field, before);
                    }
                }
                Some(message)
            }
        };
        if field.is_name() && error.is_none() {
            self.drafts.remove(&field);
        } else {
            let draft = Draft {
                text,
                error,
                shown,
                before,
            };
            self.drafts.insert(field, draft);
        }
        Outcome::TYPING
    }

    /// The user left `field`: show an accepted value in its tidy form, or show why it
    /// was not accepted.
    pub(super) fn settle(&mut self, field: Field) -> Outcome {
        match self.drafts.get_mut(&field) {
            Some(draft) if draft.error.is_none() => self.drafts.remove(&field),
            Some(draft) => draft.shown = true,
            None => {}
        }
        Outcome::SETTLED
    }

    /// The user pressed Enter: show every error, and move focus to the error summary
    /// if there are any.
    pub(super) fn check_entries(&mut self) -> Outcome {
        for (_, draft) in &mut self.drafts.0 {
            draft.shown = true;
        }
        if self.drafts.0.iter().any(|(_, draft)| draft.error.is_some()) {
            Outcome::SETTLED.focus(ids::ERROR_SUMMARY)
        } else {
            Outcome::SETTLED
        }
    }

    /// The text a field shows: what the user typed, else the scenario's value.
    pub fn field_text(&self, field: Field) -> String {
        self.field_view(field).text
    }

    /// The message for a field that could not be accepted, once it is to be shown.
    pub fn field_error(&self, field: Field) -> Option<&str> {
        self.drafts
            .get(&field)
            .filter(|draft| draft.shown)
            .and_then(|draft| draft.error.as_deref())
    }

    /// What a field shows: its text and, once shown, its error.
    pub fn field_view(&self, field: Field) -> FieldView {
        self.drafts.view(field, fields::read(&self.scenario, field))
    }

    /// Every entry not accepted whose error is shown, in the order the fields appear.
    pub fn problems(&self) -> Vec<FieldProblem> {
        if !self
            .drafts
            .0
            .iter()
            .any(|(_, draft)| draft.shown && draft.error.is_some())
        {
            return Vec::new();
        }
        let option = self.option();
        self.fields_in_screen_order()
            .into_iter()
            .filter_map(|field| {
                let draft = self.drafts.get(&field).filter(|draft| draft.shown)?;
                Some(FieldProblem {
                    field,
                    field_name: field.name_in(option),
                    message: draft.error.clone()?,
                    figures_use: draft
                        .before
                        .as_ref()
                        .map_or_else(String::new, fields::value_words),
                })
            })
            .collect()
    }

    /// Every checked field of the option being edited, in the order they appear.
    fn fields_in_screen_order(&self) -> Vec<Field> {
        let option = self.option();
        let line_fields = |list: LineList| {
            option.line_ids(list).into_iter().flat_map(move |id| {
                let line = LineRef { list, id };
                [
                    Field::LineName(line),
                    Field::SetTotal(line),
                    Field::SetYears(line),
                ]
                .into_iter()
                .chain([
                    Field::SetShare(line),
                    Field::BasisFigure(line),
                    Field::Annual(line),
                ])
                .chain((1..=MAX_CONTRACT_YEARS).map(move |year| Field::Year(line, year)))
                .chain([
                    Field::Uplift(line),
                    Field::Group(line),
                    Field::OverShare(line),
                ])
                .chain([Field::UnderShare(line), Field::Maximum(line)])
            })
        };
        let mut fields = vec![Field::Title];
        fields.extend((0..self.scenario.options.len()).map(Field::OptionName));
        fields.push(Field::StartYear);
        fields.extend(
            option
                .extensions
                .iter()
                .map(|e| Field::ExtensionMonths(e.id)),
        );
        fields.extend(line_fields(LineList::Partners));
        fields.push(Field::MatchMinimum);
        fields.extend(line_fields(LineList::CostLines));
        fields.extend([Field::Referrals, Field::Completions, Field::DemandChange]);
        fields.extend([
            Field::BasisName,
            Field::BasisSource,
            Field::BasisDate,
            Field::BasisTotal,
        ]);
        fields.extend([Field::RiskPool, Field::Tolerance]);
        // Actual spend, by period then line, as its table lists it.
        let mut actuals: Vec<Field> = (self.drafts.0.iter())
            .map(|(field, _)| *field)
            .filter(|field| matches!(field, Field::Actual(_) | Field::ActualLine(..)))
            .collect();
        actuals.sort_by_key(|field| match field {
            Field::Actual(period) => (*period, 0, 0),
            Field::ActualLine(line, period) => (*period, 1, line.id),
            _ => (
                funding_model::data::agreement::Period::ContractYear(0),
                0,
                0,
            ),
        });
        fields.extend(actuals);
        fields
    }

    /// Drafts of fields whose line, extension or rule has gone go with them.
    pub(super) fn forget_drafts_of_removed_items(&mut self) {
        let option = self.scenario.active_option();
        self.drafts.0.retain(|(field, _)| match *field {
            Field::ExtensionMonths(id) => option.extensions.iter().any(|e| e.id == id),
            Field::MatchMinimum => option.match_rule != MatchRule::NoRule,
            field => field
                .line()
                .is_none_or(|line| option.line_parts(line.list, line.id).is_some()),
        });
    }
}
