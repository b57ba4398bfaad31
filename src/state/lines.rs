//! The option's partners and cost lines: one set of list operations (add, remove,
//! move, set several amounts) and one set of line edits for both lists, in the style
//! of iced's `Message::Task(id, TaskMessage)`. Typing in a line's fields is
//! [`super::Action::Type`].

use super::fields::{Field, LineRef};
use super::history::Outcome;
use super::moving::Move;
use super::{ids, AppState};
use funding_model::data::limits::MAX_CONTRACT_YEARS;
use funding_model::data::line::{Uplift, YearAmounts};
use funding_model::formats::table_import::{is_unused, placements, ImportedLine, Placement};
use funding_model::{CostKind, Line, LineKind, LineList, PartnerKind};
use rust_decimal::Decimal;
use std::rc::Rc;

/// A change to a list of lines.
#[derive(Clone, Debug, PartialEq)]
pub enum ListAction {
    Add,
    Remove(u32),
    Move(u32, Move),
    /// Several lines' annual amounts at once, as when a target is split among them.
    SetAnnuals(Vec<(u32, Decimal)>),
    /// One uplift on several lines at once.
    SetUplifts(Vec<u32>, Uplift),
    /// One amount typed into a run of years of several lines.
    FillYears(YearsFill),
    /// A split among partners some of whom are new: the parts of those in the list,
    /// and the new ones to add with theirs, as one step.
    SetAnnualsAndAdd(Vec<(u32, Decimal)>, Vec<ImportedLine>),
    /// Rows pasted from a spreadsheet or read from a CSV file: a line of the same name
    /// is updated, an unused blank line filled, and the rest added.
    Import(Vec<ImportedLine>),
    /// A change to one line.
    Line(u32, LineAction),
}

/// One full-year amount for years `from` to `to` (inclusive) of each of `lines`.
#[derive(Clone, Debug, PartialEq)]
pub struct YearsFill {
    pub lines: Vec<u32>,
    pub from: u16,
    pub to: u16,
    pub amount: Decimal,
}

/// A change to one line, other than typing in its fields.
#[derive(Clone, Debug, PartialEq)]
pub enum LineAction {
    /// The kind, by its code; an unknown code means "Other".
    SetKind(String),
    SetUpliftFrom(u16),
}

impl ListAction {
    /// Every change to a list is a discrete one: a new history entry.
    pub(super) fn apply(self, list: LineList, state: &mut AppState) -> Outcome {
        match list {
            LineList::Partners => self.apply_to::<PartnerKind>(state),
            LineList::CostLines => self.apply_to::<CostKind>(state),
        }
    }

    fn apply_to<K: LineKind>(self, state: &mut AppState) -> Outcome {
        let option = Rc::make_mut(&mut state.scenario).active_option_mut();
        let next_id = option.next_id();
        let lines = K::lines_mut(option);
        match self {
            ListAction::Add if lines.len() < K::LIST.most() => {
                lines.push(Line::new(next_id, "", K::FIRST, Decimal::ZERO));
                let name = Field::LineName(LineRef {
                    list: K::LIST,
                    id: next_id,
                });
                Outcome::NEW_ENTRY.focus(name.element_id())
            }
            ListAction::Remove(id) => {
                lines.retain(|line| line.id != id);
                Outcome::NEW_ENTRY.focus(ids::list_heading(K::LIST))
            }
            ListAction::Move(id, direction) => move_line(lines, id, direction),
            ListAction::SetAnnuals(amounts) => {
                for (id, amount) in amounts {
                    if let Some(line) = lines.iter_mut().find(|line| line.id == id) {
                        line.annual = amount;
                    }
                    state
                        .drafts
                        .remove(&Field::Annual(LineRef { list: K::LIST, id }));
                }
                Outcome::NEW_ENTRY
            }
            ListAction::SetUplifts(chosen, uplift) => {
                for line in lines.iter_mut().filter(|line| chosen.contains(&line.id)) {
                    line.uplift = uplift;
                    state.drafts.remove(&Field::Uplift(LineRef {
                        list: K::LIST,
                        id: line.id,
                    }));
                }
                Outcome::NEW_ENTRY
            }
            ListAction::FillYears(fill) => {
                let years = fill.from.max(1)..=fill.to.min(MAX_CONTRACT_YEARS);
                for line in lines
                    .iter_mut()
                    .filter(|line| fill.lines.contains(&line.id))
                {
                    for year in years.clone() {
                        line.year_amounts.insert(year, fill.amount);
                    }
                    state.drafts.remove_line(LineRef {
                        list: K::LIST,
                        id: line.id,
                    });
                }
                Outcome::NEW_ENTRY
            }
            ListAction::SetAnnualsAndAdd(amounts, added) => {
                ListAction::SetAnnuals(amounts).apply_to::<K>(state);
                ListAction::Import(added).apply_to::<K>(state)
            }
            ListAction::Import(imported) => {
                for id in import_lines(lines, next_id, &imported) {
                    state.drafts.remove_line(LineRef { list: K::LIST, id });
                }
                Outcome::NEW_ENTRY.focus(ids::list_heading(K::LIST))
            }
            ListAction::Line(id, action) => {
                if let Some(line) = lines.iter_mut().find(|line| line.id == id) {
                    action.apply(line);
                }
                Outcome::NEW_ENTRY
            }
            ListAction::Add => Outcome::NEW_ENTRY,
        }
    }
}

/// Puts `imported` into `lines` where [`placements`] says; returns the ids of the
/// lines set. New lines take ids from `next_id` on.
fn import_lines<K: LineKind>(
    lines: &mut Vec<Line<K>>,
    mut next_id: u32,
    imported: &[ImportedLine],
) -> Vec<u32> {
    let existing: Vec<(&str, bool)> = lines
        .iter()
        .map(|line| {
            (
                line.name.as_str(),
                is_unused(&line.name, line.annual, &line.year_amounts),
            )
        })
        .collect();
    let placed = placements(&existing, imported, K::LIST.most());
    let mut set = Vec::with_capacity(imported.len());
    for (row, placement) in imported.iter().zip(placed) {
        let index = match placement {
            Placement::Update(index) | Placement::Fill(index) => index,
            Placement::Add => {
                lines.push(Line::new(next_id, "", K::FIRST, Decimal::ZERO));
                next_id = next_id.saturating_add(1);
                lines.len() - 1
            }
            Placement::NoRoom => continue,
        };
        set_from_row(&mut lines[index], row);
        set.push(lines[index].id);
    }
    set
}

fn set_from_row<K: LineKind>(line: &mut Line<K>, row: &ImportedLine) {
    if line.name.trim().is_empty() {
        line.name = row.name.trim().to_string();
    }
    if let Some(kind) = row.kind.and_then(K::from_code) {
        line.kind = kind;
    }
    if let Some(annual) = row.annual {
        line.annual = annual;
        line.uplift = Uplift::NONE;
    }
    if !row.years.is_empty() {
        line.year_amounts = YearAmounts::default();
        for &(year, amount) in &row.years {
            if amount != line.annual {
                line.year_amounts.insert(year, amount);
            }
        }
    }
}

fn move_line<K: LineKind>(lines: &mut [Line<K>], id: u32, direction: Move) -> Outcome {
    let count = lines.len();
    let index = lines.iter().position(|line| line.id == id);
    let Some((index, other)) = index.and_then(|i| Some((i, direction.neighbour(i, count)?))) else {
        return Outcome::NEW_ENTRY;
    };
    lines.swap(index, other);
    let button = direction.button_left_at(other, count);
    Outcome::NEW_ENTRY.focus(ids::line_move_button(K::LIST, id, button))
}

impl LineAction {
    fn apply<K: LineKind>(self, line: &mut Line<K>) {
        match self {
            LineAction::SetKind(code) => line.kind = K::from_code(&code).unwrap_or(K::OTHER),
            LineAction::SetUpliftFrom(year) => {
                line.uplift.from_year = year.clamp(1, MAX_CONTRACT_YEARS);
            }
        }
    }
}
