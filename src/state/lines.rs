//! The option's partners and cost lines: one set of list operations (add, remove,
//! move, set several amounts) and one set of line edits for both lists, in the style
//! of iced's `Message::Task(id, TaskMessage)`. Typing in a line's fields is
//! [`super::Action::Type`].

use super::fields::{Field, LineRef};
use super::history::Outcome;
use super::moving::Move;
use super::{ids, AppState};
use funding_model::data::agreement::{Basis, Terms};
use funding_model::data::amount_set::{resolve, AmountSet};
use funding_model::data::limits::MAX_CONTRACT_YEARS;
use funding_model::data::line::{Uplift, YearAmounts};
use funding_model::data::money::Percent;
use funding_model::data::scenario::FundingOption;
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
    /// A split that sets how the amounts are set: each chosen line's amount and terms
    /// (a share of a total, or a figure of the basis), the new lines with theirs, and
    /// the basis where the split is by figures.
    SplitSet(Box<Split>),
    /// A change to one line.
    Line(u32, LineAction),
}

/// A split that sets how the amounts are set: each chosen line with its amount and
/// terms, the new lines with theirs, and the basis where the split is by figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub chosen: Vec<SplitPart>,
    pub added: Vec<ImportedLine>,
    pub basis: Option<Basis>,
}

/// A line's id, its amount and how it is set.
pub type SplitPart = (u32, Decimal, Terms);

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
    /// How the amount is set, by its code ([`set_code`]).
    SetHow(String),
    /// The contract year a one-off amount is paid in.
    SetOneOffYear(u16),
    /// The partner (by id) that leads a cost line.
    SetLead(Option<u32>),
    /// Whether a cost line is at a fixed price, its variance not shared.
    SetFixedCost(bool),
}

/// How an amount is set, as the choice's value: `annual`, `over-years`, `share-of`,
/// `basis`, `one-off`.
pub fn set_code(set: &AmountSet) -> &'static str {
    match set {
        AmountSet::Annual => "annual",
        AmountSet::OverYears { .. } => "over-years",
        AmountSet::ShareOf { .. } => "share-of",
        AmountSet::ByBasis => "basis",
        AmountSet::OneOff { .. } => "one-off",
    }
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
        let action = match self.apply_to_terms::<K>(state) {
            Ok(outcome) => return outcome,
            Err(action) => action,
        };
        let option = Rc::make_mut(&mut state.scenario).active_option_mut();
        let next_id = option.next_id();
        let lines = K::lines_mut(option);
        match action {
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
            ListAction::Add | ListAction::SplitSet(..) => Outcome::NEW_ENTRY,
        }
    }
}

impl ListAction {
    /// The actions on how lines' amounts are set and on what refers to a line: done
    /// here, or handed back for [`ListAction::apply_to`].
    fn apply_to_terms<K: LineKind>(self, state: &mut AppState) -> Result<Outcome, ListAction> {
        let option = Rc::make_mut(&mut state.scenario).active_option_mut();
        match self {
            ListAction::Line(id, LineAction::SetHow(code)) => {
                set_how::<K>(option, id, &code);
                state.drafts.remove_line(LineRef { list: K::LIST, id });
                Ok(Outcome::NEW_ENTRY)
            }
            ListAction::SplitSet(split) => {
                let Split {
                    chosen,
                    added,
                    basis,
                } = *split;
                if basis.is_some() {
                    option.agreement.basis = basis;
                }
                for line in K::lines_mut(option).iter_mut() {
                    if let Some((_, amount, terms)) = chosen.iter().find(|(id, ..)| *id == line.id)
                    {
                        line.annual = *amount;
                        line.terms.set = terms.set.clone();
                        line.terms.basis_figure = terms.basis_figure;
                        state.drafts.remove_line(LineRef {
                            list: K::LIST,
                            id: line.id,
                        });
                    }
                }
                Ok(ListAction::Import(added).apply_to::<K>(state))
            }
            ListAction::Remove(id) => {
                forget_references(option, K::LIST, id);
                Err(ListAction::Remove(id))
            }
            action => Err(action),
        }
    }
}

/// What refers to a line removed goes with it: a partner as the lead of cost lines, a
/// cost line's actual spend.
fn forget_references(option: &mut FundingOption, list: LineList, id: u32) {
    match list {
        LineList::Partners => {
            for line in option
                .cost_lines
                .iter_mut()
                .filter(|line| line.terms.lead == Some(id))
            {
                line.terms.lead = None;
            }
        }
        LineList::CostLines => {
            for outturn in &mut option.agreement.actuals {
                outturn.by_line.retain(|(line, _)| *line != id);
            }
            option.agreement.tidy_actuals();
        }
    }
}

/// Changes how line `id`'s amount is set, keeping the amount it has where the new
/// way can: a total over the initial term of that amount a year, all of a total of that
/// amount, a one-off of that amount in the first year.
fn set_how<K: LineKind>(option: &mut FundingOption, id: u32, code: &str) {
    let resolved = resolve(option);
    let amounts: Vec<Decimal> = K::lines(&resolved).iter().map(|l| l.annual).collect();
    let Some(index) = K::lines(option).iter().position(|line| line.id == id) else {
        return;
    };
    let amount = amounts[index];
    let years = option.initial_years;
    let line = &mut K::lines_mut(option)[index];
    line.terms.set = match code {
        "over-years" => AmountSet::OverYears {
            total: amount * Decimal::from(years),
            years,
        },
        // All of its own amount, to begin with: the share and its total are then typed.
        "share-of" => AmountSet::ShareOf {
            share: Percent(10_000),
            of: amount,
        },
        "basis" => AmountSet::ByBasis,
        "one-off" => AmountSet::OneOff { year: 1 },
        _ => AmountSet::Annual,
    };
    line.annual = amount;
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
    if let Some(terms) = &row.terms {
        line.terms.set = terms.set.clone();
        line.terms.basis_figure = terms.basis_figure;
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
            LineAction::SetOneOffYear(year) => {
                line.terms.set = AmountSet::OneOff {
                    year: year.clamp(1, MAX_CONTRACT_YEARS),
                };
            }
            LineAction::SetLead(lead) => line.terms.lead = lead,
            LineAction::SetFixedCost(fixed) => line.terms.fixed_cost = fixed,
            LineAction::SetHow(_) => {}
        }
    }
}
