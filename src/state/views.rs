//! What each section of the editor shows, and nothing more. Each line's view is the
//! props of its line editor, a component yew skips when its props are equal, so an edit
//! to one partner redraws that partner's editor and not the others
//! (`tests/state_views.rs` shows the views change only where the edit is, and
//! `tests/render_count.rs` that the rows are in fact skipped). The other sections are
//! plain functions, drawn with every change from views this small.

use super::drafts::{Drafts, FieldView};
use super::fields::{Field, LineRef, Value};
use super::AppState;
use funding_model::data::line::{Line, LineKind, Uplift, YearAmounts};
use funding_model::data::scenario::MatchRule;
use funding_model::LineList;
use rust_decimal::Decimal;

/// The scenario's title and its options.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionsView {
    pub title: FieldView,
    /// Each option's name, in order.
    pub names: Vec<String>,
    /// What each option's name field shows.
    pub name_fields: Vec<FieldView>,
    pub baseline: usize,
    pub active: usize,
}

/// The contract's start and initial term.
#[derive(Clone, Debug, PartialEq)]
pub struct ContractView {
    /// 1 for January.
    pub start_month: u8,
    pub initial_years: u8,
    pub start_year: FieldView,
}

/// One extension option.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtensionView {
    pub id: u32,
    pub taken: bool,
    pub months: FieldView,
}

/// One partner or cost line, whichever list it is in.
#[derive(Clone, Debug, PartialEq)]
pub struct LineView {
    pub line: LineRef,
    /// 0 for the first line of its list.
    pub position: usize,
    /// How many lines its list has.
    pub count: usize,
    pub name: String,
    /// The code of its kind.
    pub kind: &'static str,
    pub annual: Decimal,
    pub year_amounts: YearAmounts,
    pub uplift: Uplift,
    /// What is typed in its fields and not yet settled.
    pub drafts: Drafts,
}

impl LineView {
    /// What one of the line's fields shows.
    pub fn field(&self, field: Field) -> FieldView {
        let value = match field {
            Field::LineName(_) => Some(Value::Text(self.name.clone())),
            Field::Annual(_) => Some(Value::Amount(self.annual)),
            Field::Year(_, year) => Some(Value::YearAmount(self.year_amounts.get(&year).copied())),
            Field::Uplift(_) => Some(Value::Uplift(self.uplift.percent)),
            _ => None,
        };
        self.drafts.view(field, value)
    }

    /// The full-year amount in contract year `number`, as the figures take it.
    pub fn full_year_amount(&self, number: u16) -> Decimal {
        funding_model::data::line::full_year_amount(
            self.annual,
            &self.year_amounts,
            self.uplift,
            number,
        )
    }

    /// The name to show: its own, or a numbered placeholder while it is blank.
    pub fn display_name(&self) -> String {
        funding_model::data::line::display_name(&self.name, self.line.list, self.position)
    }
}

/// The match-funding rule and its minimum.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchRuleView {
    pub rule: MatchRule,
    pub minimum: FieldView,
}

/// Expected activity.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityView {
    pub referrals: FieldView,
    pub completions: FieldView,
    pub demand_change: FieldView,
}

impl AppState {
    pub fn options_view(&self) -> OptionsView {
        let scenario = &self.scenario;
        OptionsView {
            title: self.field_view(Field::Title),
            names: scenario.options.iter().map(|o| o.name.clone()).collect(),
            name_fields: (0..scenario.options.len())
                .map(|index| self.field_view(Field::OptionName(index)))
                .collect(),
            baseline: scenario.baseline,
            active: scenario.active,
        }
    }

    pub fn contract_view(&self) -> ContractView {
        let option = self.option();
        ContractView {
            start_month: option.start.month(),
            initial_years: option.initial_years,
            start_year: self.field_view(Field::StartYear),
        }
    }

    pub fn extension_views(&self) -> Vec<ExtensionView> {
        let extensions = &self.option().extensions;
        extensions
            .iter()
            .map(|e| ExtensionView {
                id: e.id,
                taken: e.taken,
                months: self.field_view(Field::ExtensionMonths(e.id)),
            })
            .collect()
    }

    pub fn line_views(&self, list: LineList) -> Vec<LineView> {
        match list {
            LineList::Partners => self.views_of(&self.option().partners),
            LineList::CostLines => self.views_of(&self.option().cost_lines),
        }
    }

    fn views_of<K: LineKind>(&self, lines: &[Line<K>]) -> Vec<LineView> {
        lines
            .iter()
            .enumerate()
            .map(|(position, line)| {
                let line_ref = LineRef {
                    list: K::LIST,
                    id: line.id,
                };
                LineView {
                    line: line_ref,
                    position,
                    count: lines.len(),
                    name: line.name.clone(),
                    kind: line.kind.code(),
                    annual: line.annual,
                    year_amounts: line.year_amounts.clone(),
                    uplift: line.uplift,
                    drafts: self.drafts.of_line(line_ref),
                }
            })
            .collect()
    }

    pub fn match_rule_view(&self) -> MatchRuleView {
        MatchRuleView {
            rule: self.option().match_rule,
            minimum: self.field_view(Field::MatchMinimum),
        }
    }

    pub fn activity_view(&self) -> ActivityView {
        ActivityView {
            referrals: self.field_view(Field::Referrals),
            completions: self.field_view(Field::Completions),
            demand_change: self.field_view(Field::DemandChange),
        }
    }
}
