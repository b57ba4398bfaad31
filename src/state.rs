//! The editing state: the last valid scenario plus the text of fields being typed in.
//!
//! Every change is an [`Action`] applied by [`AppState::apply`], a pure function tested
//! natively; `impl Reducible` only wraps it for yew's `use_reducer`.
//!
//! A typed value that does not parse stays in [`AppState::drafts`] with its message and
//! never reaches the scenario, so the figures on screen are always those of the last
//! valid entry, and the user's text is never thrown away.

use crate::model::inputs::{parse_amount, parse_percent, parse_percent_change, parse_whole_number};
use crate::model::money::format_for_input;
use crate::model::money::Percent;
use crate::model::month::{YearMonth, FIRST_START_YEAR, LAST_START_YEAR};
use crate::model::presets::Preset;
use crate::model::scenario::{
    CostKind, CostLine, Extension, FundingOption, MatchRule, Partner, PartnerKind, Scenario,
    Uplift, MAX_ACTIVITY_PER_YEAR, MAX_CONTRACT_YEARS, MAX_COST_LINES, MAX_DEMAND_CHANGE,
    MAX_EXTENSIONS, MAX_EXTENSION_MONTHS, MAX_OPTIONS, MAX_PARTNERS, MAX_TERM_YEARS,
    MAX_TEXT_CHARS, MAX_UPLIFT, MIN_TERM_YEARS,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// A field whose typed text is checked before it changes the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    StartYear,
    ExtensionMonths {
        extension: u32,
    },
    PartnerAnnual {
        partner: u32,
    },
    PartnerYear {
        partner: u32,
        year: u16,
    },
    PartnerUplift {
        partner: u32,
    },
    CostAnnual {
        line: u32,
    },
    CostYear {
        line: u32,
        year: u16,
    },
    CostUplift {
        line: u32,
    },
    /// The match-funding rule's share or amount.
    MatchMinimum,
    Referrals,
    Completions,
    DemandChange,
}

impl Field {
    /// The HTML id of the field's input, which error links point at.
    pub fn element_id(self) -> String {
        match self {
            Field::StartYear => "start-year".to_string(),
            Field::ExtensionMonths { extension } => format!("extension-{extension}-months"),
            Field::PartnerAnnual { partner } => format!("partner-{partner}-annual"),
            Field::PartnerYear { partner, year } => format!("partner-{partner}-year-{year}"),
            Field::PartnerUplift { partner } => format!("partner-{partner}-uplift"),
            Field::CostAnnual { line } => format!("cost-{line}-annual"),
            Field::CostYear { line, year } => format!("cost-{line}-year-{year}"),
            Field::CostUplift { line } => format!("cost-{line}-uplift"),
            Field::MatchMinimum => "match-minimum".to_string(),
            Field::Referrals => "referrals".to_string(),
            Field::Completions => "completions".to_string(),
            Field::DemandChange => "demand-change".to_string(),
        }
    }
}

/// Text typed into a [`Field`] that differs from the scenario's value as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    /// Why the text was not accepted; `None` when it was.
    pub error: Option<String>,
    /// Whether the error is shown yet. Following GOV.UK guidance, a field is not
    /// marked wrong while the user is still typing: its error shows once they leave it
    /// or press Enter, and from then on it updates as they type.
    pub shown: bool,
}

/// The drafts by field. A short list, since only fields being typed in have one: a
/// vector does this with far less code in the bundle than a second kind of `BTreeMap`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Drafts(Vec<(Field, Draft)>);

impl Drafts {
    pub fn get(&self, field: &Field) -> Option<&Draft> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, d)| d)
    }

    pub fn get_mut(&mut self, field: &Field) -> Option<&mut Draft> {
        self.0.iter_mut().find(|(f, _)| f == field).map(|(_, d)| d)
    }

    pub fn insert(&mut self, field: Field, draft: Draft) {
        match self.get_mut(&field) {
            Some(existing) => *existing = draft,
            None => self.0.push((field, draft)),
        }
    }

    pub fn remove(&mut self, field: &Field) {
        self.0.retain(|(f, _)| f != field);
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Field, &mut Draft) -> bool) {
        self.0.retain_mut(|(f, d)| keep(f, d));
    }

    pub fn values(&self) -> impl Iterator<Item = &Draft> {
        self.0.iter().map(|(_, d)| d)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Draft> {
        self.0.iter_mut().map(|(_, d)| d)
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// What a checked field shows: its text and, once shown, its error.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldView {
    pub text: String,
    pub error: Option<String>,
}

/// Where keyboard focus should go after an action, so it never gets lost when the
/// element that had it disappears or moves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    /// The HTML id of the element to focus.
    pub element_id: String,
    /// Rises with each request, so asking for the same element twice still moves focus.
    pub sequence: u32,
}

/// The id of the error summary, which takes focus when errors are shown on request.
pub const ERROR_SUMMARY_ID: &str = "error-summary";
/// The id of the partners heading, which takes focus after a partner is removed.
pub const PARTNERS_HEADING_ID: &str = "partners-heading";
/// The id of the extensions heading, which takes focus after an extension is removed.
pub const EXTENSIONS_HEADING_ID: &str = "extensions-heading";

/// An entry that could not be accepted, for the error summary and the results notice.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: Field,
    /// What the field is, as in "Sheffield City Council: annual contribution".
    pub field_name: String,
    pub message: String,
}

/// Which kind of match-funding rule, for the rule's radio buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchRuleKind {
    NoRule,
    MinimumLocalShare,
    MinimumLocalAmount,
}

impl MatchRuleKind {
    pub fn of(rule: MatchRule) -> Self {
        match rule {
            MatchRule::NoRule => MatchRuleKind::NoRule,
            MatchRule::MinimumLocalShare(_) => MatchRuleKind::MinimumLocalShare,
            MatchRule::MinimumLocalAmount(_) => MatchRuleKind::MinimumLocalAmount,
        }
    }
}

/// Which way to move a partner in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTitle(String),
    SetStartMonth(u8),
    EditStartYear(String),
    SetInitialYears(u8),
    AddExtension,
    RemoveExtension(u32),
    EditExtensionMonths(u32, String),
    SetExtensionTaken(u32, bool),
    AddPartner,
    RemovePartner(u32),
    RenamePartner(u32, String),
    SetPartnerKind(u32, PartnerKind),
    EditPartnerAnnual(u32, String),
    /// An empty text means "the same as the annual contribution".
    EditPartnerYear(u32, u16, String),
    MovePartner(u32, Move),
    /// The user left a field: show an accepted value in its tidy form, or show why it
    /// was not accepted.
    SettleField(Field),
    /// The user pressed Enter: show every error, and move focus to the error summary
    /// if there are any.
    CheckEntries,
    LoadPreset(Preset),
    /// Set several partners' annual contributions at once, as when a target is split
    /// among them.
    SetAnnualContributions(Vec<(u32, Decimal)>),
    AddOption,
    /// Copy the option at this position, placing the copy after it.
    DuplicateOption(usize),
    RemoveOption(usize),
    RenameOption(usize, String),
    MoveOption(usize, Move),
    SetBaseline(usize),
    /// Edit and show the option at this position.
    ShowOption(usize),
    EditPartnerUplift(u32, String),
    SetPartnerUpliftFrom(u32, u16),
    AddCostLine,
    RemoveCostLine(u32),
    RenameCostLine(u32, String),
    SetCostKind(u32, CostKind),
    EditCostAnnual(u32, String),
    /// An empty text means "the same as the annual cost".
    EditCostYear(u32, u16, String),
    EditCostUplift(u32, String),
    SetCostUpliftFrom(u32, u16),
    SetMatchRuleKind(MatchRuleKind),
    EditMatchMinimum(String),
    EditReferrals(String),
    EditCompletions(String),
    EditDemandChange(String),
    /// Open a scenario from a file or from those set aside: a new history entry.
    Open(Scenario),
    /// Show the scenario of a history entry the user went Back or Forward to.
    ShowHistoryEntry(Scenario),
}

impl Action {
    /// How the change is recorded in the browser's history: Back and Forward step
    /// through discrete changes (a partner added, an extension taken up, an example
    /// loaded), while typing updates the current entry rather than adding one per key.
    pub fn history_step(&self) -> HistoryStep {
        match self {
            Action::SetTitle(_)
            | Action::EditStartYear(_)
            | Action::EditExtensionMonths(..)
            | Action::RenamePartner(..)
            | Action::EditPartnerAnnual(..)
            | Action::EditPartnerYear(..)
            | Action::SettleField(_)
            | Action::CheckEntries
            | Action::RenameOption(..)
            | Action::EditPartnerUplift(..)
            | Action::RenameCostLine(..)
            | Action::EditCostAnnual(..)
            | Action::EditCostYear(..)
            | Action::EditCostUplift(..)
            | Action::EditMatchMinimum(_)
            | Action::EditReferrals(_)
            | Action::EditCompletions(_)
            | Action::EditDemandChange(_) => HistoryStep::SameEntry,
            Action::SetStartMonth(_)
            | Action::SetInitialYears(_)
            | Action::AddExtension
            | Action::RemoveExtension(_)
            | Action::SetExtensionTaken(..)
            | Action::AddPartner
            | Action::RemovePartner(_)
            | Action::SetPartnerKind(..)
            | Action::MovePartner(..)
            | Action::LoadPreset(_)
            | Action::SetAnnualContributions(_)
            | Action::Open(_)
            | Action::AddOption
            | Action::DuplicateOption(_)
            | Action::RemoveOption(_)
            | Action::MoveOption(..)
            | Action::SetBaseline(_)
            | Action::ShowOption(_)
            | Action::SetPartnerUpliftFrom(..)
            | Action::AddCostLine
            | Action::RemoveCostLine(_)
            | Action::SetCostKind(..)
            | Action::SetCostUpliftFrom(..)
            | Action::SetMatchRuleKind(_) => HistoryStep::NewEntry,
            Action::ShowHistoryEntry(_) => HistoryStep::Leave,
        }
    }
}

/// What the address bar should do after a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// Add a history entry, so Back returns to the state before.
    NewEntry,
    /// Update the current entry.
    SameEntry,
    /// Leave the address bar alone: it already shows this state.
    Leave,
}

/// The last change made, for the address bar and the saved draft to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub step: HistoryStep,
    /// Rises with every change.
    pub sequence: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The last valid scenario: every figure on screen comes from it.
    pub scenario: Scenario,
    pub drafts: Drafts,
    /// Where focus should go after the last action, if anywhere in particular.
    pub focus: Option<FocusRequest>,
    /// The last change; `None` until the user changes something.
    pub change: Option<Change>,
}

impl AppState {
    pub fn new(scenario: Scenario) -> Self {
        AppState {
            scenario,
            drafts: Drafts::default(),
            focus: None,
            change: None,
        }
    }

    /// The text a field shows: what the user typed, else the scenario's value.
    pub fn field_text(&self, field: Field) -> String {
        if let Some(draft) = self.drafts.get(&field) {
            return draft.text.clone();
        }
        let scenario = self.option();
        let amount_text =
            |amount: Option<&Decimal>| amount.map_or_else(String::new, |a| format_for_input(*a));
        let uplift_text = |uplift: Option<Uplift>| {
            uplift
                .filter(|u| !u.is_none())
                .map_or_else(String::new, |u| percent_for_input(u.percent))
        };
        let count_text = |count: u32| {
            if count == 0 {
                String::new()
            } else {
                count.to_string()
            }
        };
        match field {
            Field::StartYear => scenario.start.year().to_string(),
            Field::ExtensionMonths { extension } => scenario
                .extensions
                .iter()
                .find(|e| e.id == extension)
                .map_or_else(String::new, |e| e.months.to_string()),
            Field::PartnerAnnual { partner } => self
                .partner(partner)
                .map_or_else(String::new, |p| format_for_input(p.annual)),
            Field::PartnerYear { partner, year } => amount_text(
                self.partner(partner)
                    .and_then(|p| p.year_amounts.get(&year)),
            ),
            Field::PartnerUplift { partner } => {
                uplift_text(self.partner(partner).map(|p| p.uplift))
            }
            Field::CostAnnual { line } => amount_text(self.cost_line(line).map(|c| &c.annual)),
            Field::CostYear { line, year } => {
                amount_text(self.cost_line(line).and_then(|c| c.year_amounts.get(&year)))
            }
            Field::CostUplift { line } => uplift_text(self.cost_line(line).map(|c| c.uplift)),
            Field::MatchMinimum => match scenario.match_rule {
                MatchRule::NoRule => String::new(),
                MatchRule::MinimumLocalShare(share) => percent_for_input(share),
                MatchRule::MinimumLocalAmount(amount) => format_for_input(amount),
            },
            Field::Referrals => count_text(scenario.activity.referrals_per_year),
            Field::Completions => count_text(scenario.activity.completions_per_year),
            Field::DemandChange => match scenario.activity.demand_change_percent {
                0 => String::new(),
                change => change.to_string(),
            },
        }
    }

    /// The option being edited.
    pub fn option(&self) -> &FundingOption {
        self.scenario.active_option()
    }

    /// What a field shows, for components that get only their own fields (so an edit
    /// elsewhere does not re-render them).
    pub fn field_view(&self, field: Field) -> FieldView {
        FieldView {
            text: self.field_text(field),
            error: self.field_error(field).map(str::to_string),
        }
    }

    /// The message for a field that could not be accepted, once it is to be shown.
    pub fn field_error(&self, field: Field) -> Option<&str> {
        self.drafts
            .get(&field)
            .filter(|draft| draft.shown)
            .and_then(|draft| draft.error.as_deref())
    }

    /// Every entry not accepted whose error is shown, in the order the fields appear.
    pub fn problems(&self) -> Vec<FieldProblem> {
        if !self
            .drafts
            .values()
            .any(|draft| draft.shown && draft.error.is_some())
        {
            return Vec::new();
        }
        // Walk the fields in the order they appear, so no sort is needed.
        let scenario = self.option();
        let mut fields = vec![Field::StartYear];
        fields.extend(
            scenario
                .extensions
                .iter()
                .map(|e| Field::ExtensionMonths { extension: e.id }),
        );
        for partner in &scenario.partners {
            fields.push(Field::PartnerAnnual {
                partner: partner.id,
            });
            fields.extend((1..=MAX_CONTRACT_YEARS).map(|year| Field::PartnerYear {
                partner: partner.id,
                year,
            }));
            fields.push(Field::PartnerUplift {
                partner: partner.id,
            });
        }
        fields.push(Field::MatchMinimum);
        for line in &scenario.cost_lines {
            fields.push(Field::CostAnnual { line: line.id });
            fields.extend((1..=MAX_CONTRACT_YEARS).map(|year| Field::CostYear {
                line: line.id,
                year,
            }));
            fields.push(Field::CostUplift { line: line.id });
        }
        fields.extend([Field::Referrals, Field::Completions, Field::DemandChange]);
        fields
            .into_iter()
            .filter_map(|field| {
                let draft = self.drafts.get(&field).filter(|draft| draft.shown)?;
                Some(FieldProblem {
                    field,
                    field_name: self.field_name(field),
                    message: draft.error.clone()?,
                })
            })
            .collect()
    }

    /// What a field is, for messages that name it away from the field itself.
    pub fn field_name(&self, field: Field) -> String {
        let option = self.option();
        let partner_name = |id: u32| {
            let position = option.partners.iter().position(|p| p.id == id).unwrap_or(0);
            self.partner(id)
                .map_or_else(String::new, |p| p.display_name(position))
        };
        let line_name = |id: u32| {
            let position = option
                .cost_lines
                .iter()
                .position(|c| c.id == id)
                .unwrap_or(0);
            self.cost_line(id)
                .map_or_else(String::new, |c| c.display_name(position))
        };
        match field {
            Field::StartYear => "Contract start year".to_string(),
            Field::ExtensionMonths { extension } => {
                format!(
                    "Extension {}: length in months",
                    self.extension_number(extension)
                )
            }
            Field::PartnerAnnual { partner } => {
                format!("{}: annual contribution", partner_name(partner))
            }
            Field::PartnerYear { partner, year } => {
                format!("{}: amount for year {year}", partner_name(partner))
            }
            Field::PartnerUplift { partner } => {
                format!("{}: annual uplift", partner_name(partner))
            }
            Field::CostAnnual { line } => format!("{}: annual cost", line_name(line)),
            Field::CostYear { line, year } => {
                format!("{}: cost for year {year}", line_name(line))
            }
            Field::CostUplift { line } => format!("{}: annual uplift", line_name(line)),
            Field::MatchMinimum => "Match-funding rule: minimum".to_string(),
            Field::Referrals => "Referrals a year".to_string(),
            Field::Completions => "Completions a year".to_string(),
            Field::DemandChange => "Change in demand".to_string(),
        }
    }

    /// 1 for the first extension.
    pub fn extension_number(&self, id: u32) -> usize {
        self.option()
            .extensions
            .iter()
            .position(|e| e.id == id)
            .map_or(0, |i| i + 1)
    }

    fn partner(&self, id: u32) -> Option<&Partner> {
        self.option().partners.iter().find(|p| p.id == id)
    }

    fn cost_line(&self, id: u32) -> Option<&CostLine> {
        self.option().cost_lines.iter().find(|c| c.id == id)
    }

    /// The state after `action`. Never panics, whatever the action carries.
    pub fn apply(&self, action: Action) -> AppState {
        let step = action.history_step();
        let mut next = self.clone();
        let mut focus_on: Option<String> = None;
        let scenario = next.scenario.active_option_mut();
        match action {
            Action::SetTitle(title) => next.scenario.title = within_text_limit(title),
            Action::SetStartMonth(month) => {
                if let Some(start) = YearMonth::new(scenario.start.year(), month) {
                    scenario.start = start;
                }
            }
            Action::EditStartYear(text) => {
                let parsed = parse_whole_number(
                    &text,
                    "Year",
                    FIRST_START_YEAR as u32,
                    LAST_START_YEAR as u32,
                );
                let start = parsed.map(|year| {
                    YearMonth::new(year as i32, scenario.start.month()).unwrap_or(scenario.start)
                });
                if let Ok(start) = start {
                    scenario.start = start;
                }
                next.record(Field::StartYear, text, start.err());
            }
            Action::SetInitialYears(years) => {
                scenario.initial_years = years.clamp(MIN_TERM_YEARS, MAX_TERM_YEARS);
            }
            Action::AddExtension => {
                if scenario.extensions.len() < MAX_EXTENSIONS {
                    let id = scenario.next_id();
                    scenario.extensions.push(Extension {
                        id,
                        months: 12,
                        taken: false,
                    });
                    focus_on = Some(Field::ExtensionMonths { extension: id }.element_id());
                }
            }
            Action::RemoveExtension(id) => {
                scenario.extensions.retain(|e| e.id != id);
                focus_on = Some(EXTENSIONS_HEADING_ID.to_string());
            }
            Action::EditExtensionMonths(id, text) => {
                let parsed =
                    parse_whole_number(&text, "Length", 1, u32::from(MAX_EXTENSION_MONTHS));
                if let (Ok(months), Some(extension)) =
                    (&parsed, scenario.extensions.iter_mut().find(|e| e.id == id))
                {
                    extension.months = *months as u16;
                }
                next.record(Field::ExtensionMonths { extension: id }, text, parsed.err());
            }
            Action::SetExtensionTaken(id, taken) => {
                // Extensions run in order: taking one up takes up those before it, and
                // giving one up gives up those after it.
                if let Some(position) = scenario.extensions.iter().position(|e| e.id == id) {
                    for (index, extension) in scenario.extensions.iter_mut().enumerate() {
                        if taken && index <= position {
                            extension.taken = true;
                        } else if !taken && index >= position {
                            extension.taken = false;
                        }
                    }
                }
            }
            Action::AddPartner => {
                if scenario.partners.len() < MAX_PARTNERS {
                    let id = scenario.next_id();
                    scenario.partners.push(Partner::new(
                        id,
                        "",
                        PartnerKind::Council,
                        Decimal::ZERO,
                    ));
                    focus_on = Some(partner_name_id(id));
                }
            }
            Action::RemovePartner(id) => {
                scenario.partners.retain(|p| p.id != id);
                focus_on = Some(PARTNERS_HEADING_ID.to_string());
            }
            Action::RenamePartner(id, name) => {
                if let Some(partner) = next.partner_mut(id) {
                    partner.name = within_text_limit(name);
                }
            }
            Action::SetPartnerKind(id, kind) => {
                if let Some(partner) = next.partner_mut(id) {
                    partner.kind = kind;
                }
            }
            Action::EditPartnerAnnual(id, text) => {
                let parsed = parse_amount(&text);
                if let (Ok(amount), Some(partner)) = (parsed, next.partner_mut(id)) {
                    partner.annual = amount;
                }
                let error = parsed.err().map(|e| e.message().to_string());
                next.record(Field::PartnerAnnual { partner: id }, text, error);
            }
            Action::EditPartnerYear(id, year, text) => {
                let parsed = parse_optional_amount(&text);
                if let (Ok(amount), Some(partner)) = (&parsed, next.partner_mut(id)) {
                    set_year_amount(&mut partner.year_amounts, year, *amount);
                }
                next.record(Field::PartnerYear { partner: id, year }, text, parsed.err());
            }
            Action::MovePartner(id, direction) => {
                let partners = &mut scenario.partners;
                if let Some(index) = partners.iter().position(|p| p.id == id) {
                    let other = match direction {
                        Move::Up => index.checked_sub(1),
                        Move::Down => Some(index + 1).filter(|&i| i < partners.len()),
                    };
                    if let Some(other) = other {
                        partners.swap(index, other);
                        // Keep focus on the button pressed, or on its twin once the
                        // partner reaches the top or bottom and that button goes.
                        let button = match direction {
                            Move::Up if other == 0 => Move::Down,
                            Move::Down if other + 1 == partners.len() => Move::Up,
                            same => same,
                        };
                        focus_on = Some(move_button_id(id, button));
                    }
                }
            }
            Action::SettleField(field) => match next.drafts.get_mut(&field) {
                Some(draft) if draft.error.is_none() => {
                    next.drafts.remove(&field);
                }
                Some(draft) => draft.shown = true,
                None => {}
            },
            Action::CheckEntries => {
                for draft in next.drafts.values_mut() {
                    draft.shown = true;
                }
                if next.drafts.values().any(|draft| draft.error.is_some()) {
                    focus_on = Some(ERROR_SUMMARY_ID.to_string());
                }
            }
            Action::LoadPreset(preset) => {
                next.scenario = preset.scenario();
                next.drafts.clear();
            }
            Action::SetAnnualContributions(amounts) => {
                for (id, amount) in amounts {
                    if let Some(partner) = next.partner_mut(id) {
                        partner.annual = amount;
                    }
                    next.drafts.remove(&Field::PartnerAnnual { partner: id });
                }
            }
            Action::AddOption => {
                let options = &mut next.scenario.options;
                if options.len() < MAX_OPTIONS {
                    let name = format!("Option {}", options.len() + 1);
                    let option = FundingOption::empty(&name, next.scenario.active_option());
                    next.scenario.options.push(option);
                    next.scenario.active = next.scenario.options.len() - 1;
                    next.drafts.clear();
                    focus_on = Some(option_name_id(next.scenario.active));
                }
            }
            Action::DuplicateOption(index) => {
                if let Some(original) = next.scenario.options.get(index) {
                    if next.scenario.options.len() < MAX_OPTIONS {
                        let mut copy = original.clone();
                        copy.name = within_text_limit(format!("Copy of {}", original.name.trim()));
                        next.scenario.options.insert(index + 1, copy);
                        if next.scenario.baseline > index {
                            next.scenario.baseline += 1;
                        }
                        next.scenario.active = index + 1;
                        next.drafts.clear();
                        focus_on = Some(option_name_id(index + 1));
                    }
                }
            }
            Action::RemoveOption(index) => {
                let scenario = &mut next.scenario;
                if scenario.options.len() > 1 && index < scenario.options.len() {
                    scenario.options.remove(index);
                    let after_removal = |position: usize| match position {
                        p if p == index => 0,
                        p if p > index => p - 1,
                        p => p,
                    };
                    scenario.baseline = after_removal(scenario.baseline);
                    if scenario.active == index {
                        next.drafts.clear();
                    }
                    scenario.active = after_removal(scenario.active);
                    focus_on = Some(OPTIONS_HEADING_ID.to_string());
                }
            }
            Action::RenameOption(index, name) => {
                if let Some(option) = next.scenario.options.get_mut(index) {
                    option.name = within_text_limit(name);
                }
            }
            Action::MoveOption(index, direction) => {
                let scenario = &mut next.scenario;
                let other = match direction {
                    Move::Up => index.checked_sub(1),
                    Move::Down => Some(index + 1),
                };
                if let Some(other) =
                    other.filter(|&o| o < scenario.options.len() && index < scenario.options.len())
                {
                    scenario.options.swap(index, other);
                    let swapped = |position: usize| match position {
                        p if p == index => other,
                        p if p == other => index,
                        p => p,
                    };
                    scenario.baseline = swapped(scenario.baseline);
                    scenario.active = swapped(scenario.active);
                    let last = scenario.options.len() - 1;
                    let button = match direction {
                        Move::Up if other == 0 => Move::Down,
                        Move::Down if other == last => Move::Up,
                        same => same,
                    };
                    focus_on = Some(option_move_button_id(other, button));
                }
            }
            Action::SetBaseline(index) => {
                if index < next.scenario.options.len() {
                    next.scenario.baseline = index;
                }
            }
            Action::ShowOption(index) => {
                if index < next.scenario.options.len() && index != next.scenario.active {
                    next.scenario.active = index;
                    next.drafts.clear();
                }
            }
            Action::EditPartnerUplift(id, text) => {
                let parsed = parse_uplift(&text);
                if let (Ok(percent), Some(partner)) = (&parsed, next.partner_mut(id)) {
                    partner.uplift.percent = *percent;
                }
                next.record(Field::PartnerUplift { partner: id }, text, parsed.err());
            }
            Action::SetPartnerUpliftFrom(id, year) => {
                if let Some(partner) = next.partner_mut(id) {
                    partner.uplift.from_year = year.clamp(1, MAX_CONTRACT_YEARS);
                }
            }
            Action::AddCostLine => {
                if scenario.cost_lines.len() < MAX_COST_LINES {
                    let id = scenario.next_id();
                    scenario.cost_lines.push(CostLine::new(
                        id,
                        "",
                        CostKind::Provider,
                        Decimal::ZERO,
                    ));
                    focus_on = Some(cost_line_name_id(id));
                }
            }
            Action::RemoveCostLine(id) => {
                scenario.cost_lines.retain(|c| c.id != id);
                focus_on = Some(SPENDING_HEADING_ID.to_string());
            }
            Action::RenameCostLine(id, name) => {
                if let Some(line) = next.cost_line_mut(id) {
                    line.name = within_text_limit(name);
                }
            }
            Action::SetCostKind(id, kind) => {
                if let Some(line) = next.cost_line_mut(id) {
                    line.kind = kind;
                }
            }
            Action::EditCostAnnual(id, text) => {
                let parsed = parse_amount(&text);
                if let (Ok(amount), Some(line)) = (parsed, next.cost_line_mut(id)) {
                    line.annual = amount;
                }
                let error = parsed.err().map(|e| e.message().to_string());
                next.record(Field::CostAnnual { line: id }, text, error);
            }
            Action::EditCostYear(id, year, text) => {
                let parsed = parse_optional_amount(&text);
                if let (Ok(amount), Some(line)) = (&parsed, next.cost_line_mut(id)) {
                    set_year_amount(&mut line.year_amounts, year, *amount);
                }
                next.record(Field::CostYear { line: id, year }, text, parsed.err());
            }
            Action::EditCostUplift(id, text) => {
                let parsed = parse_uplift(&text);
                if let (Ok(percent), Some(line)) = (&parsed, next.cost_line_mut(id)) {
                    line.uplift.percent = *percent;
                }
                next.record(Field::CostUplift { line: id }, text, parsed.err());
            }
            Action::SetCostUpliftFrom(id, year) => {
                if let Some(line) = next.cost_line_mut(id) {
                    line.uplift.from_year = year.clamp(1, MAX_CONTRACT_YEARS);
                }
            }
            Action::SetMatchRuleKind(kind) => {
                scenario.match_rule = match kind {
                    MatchRuleKind::NoRule => MatchRule::NoRule,
                    MatchRuleKind::MinimumLocalShare => MatchRule::MinimumLocalShare(Percent(0)),
                    MatchRuleKind::MinimumLocalAmount => {
                        MatchRule::MinimumLocalAmount(Decimal::ZERO)
                    }
                };
                next.drafts.remove(&Field::MatchMinimum);
                focus_on =
                    (kind != MatchRuleKind::NoRule).then(|| Field::MatchMinimum.element_id());
            }
            Action::EditMatchMinimum(text) => {
                let parsed = match scenario.match_rule {
                    MatchRule::NoRule => Ok(MatchRule::NoRule),
                    MatchRule::MinimumLocalShare(_) => {
                        parse_percent(&text, "Share", Percent(10_000))
                            .map(MatchRule::MinimumLocalShare)
                    }
                    MatchRule::MinimumLocalAmount(_) => parse_amount(&text)
                        .map(MatchRule::MinimumLocalAmount)
                        .map_err(|e| e.message().to_string()),
                };
                if let Ok(rule) = parsed {
                    scenario.match_rule = rule;
                }
                next.record(Field::MatchMinimum, text, parsed.err());
            }
            Action::EditReferrals(text) => {
                let parsed = parse_count(&text, "Referrals a year");
                if let Ok(count) = parsed {
                    scenario.activity.referrals_per_year = count;
                }
                next.record(Field::Referrals, text, parsed.err());
            }
            Action::EditCompletions(text) => {
                let parsed = parse_count(&text, "Completions a year");
                if let Ok(count) = parsed {
                    scenario.activity.completions_per_year = count;
                }
                next.record(Field::Completions, text, parsed.err());
            }
            Action::EditDemandChange(text) => {
                let parsed = if text.trim().is_empty() {
                    Ok(0)
                } else {
                    parse_percent_change(&text, "Change in demand", MAX_DEMAND_CHANGE)
                };
                if let Ok(change) = parsed {
                    scenario.activity.demand_change_percent = change;
                }
                next.record(Field::DemandChange, text, parsed.err());
            }
            Action::Open(scenario) | Action::ShowHistoryEntry(scenario) => {
                next.scenario = scenario;
                next.drafts.clear();
            }
        }
        let sequence = self.change.map_or(1, |c| c.sequence.wrapping_add(1));
        next.change = Some(Change { step, sequence });
        next.forget_drafts_of_removed_items();
        if let Some(element_id) = focus_on {
            let sequence = self
                .focus
                .as_ref()
                .map_or(1, |f| f.sequence.wrapping_add(1));
            next.focus = Some(FocusRequest {
                element_id,
                sequence,
            });
        }
        next
    }

    fn partner_mut(&mut self, id: u32) -> Option<&mut Partner> {
        self.scenario
            .active_option_mut()
            .partners
            .iter_mut()
            .find(|p| p.id == id)
    }

    fn cost_line_mut(&mut self, id: u32) -> Option<&mut CostLine> {
        self.scenario
            .active_option_mut()
            .cost_lines
            .iter_mut()
            .find(|c| c.id == id)
    }

    fn record(&mut self, field: Field, text: String, error: Option<String>) {
        let shown = self
            .drafts
            .get(&field)
            .is_some_and(|draft| draft.shown && draft.error.is_some());
        self.drafts.insert(field, Draft { text, error, shown });
    }

    fn forget_drafts_of_removed_items(&mut self) {
        let scenario = self.scenario.active_option();
        let has_partner = |id: u32| scenario.partners.iter().any(|p| p.id == id);
        let has_extension = |id: u32| scenario.extensions.iter().any(|e| e.id == id);
        let has_line = |id: u32| scenario.cost_lines.iter().any(|c| c.id == id);
        self.drafts.retain(|field, _| match *field {
            Field::ExtensionMonths { extension } => has_extension(extension),
            Field::PartnerAnnual { partner }
            | Field::PartnerYear { partner, .. }
            | Field::PartnerUplift { partner } => has_partner(partner),
            Field::CostAnnual { line }
            | Field::CostYear { line, .. }
            | Field::CostUplift { line } => has_line(line),
            Field::MatchMinimum => scenario.match_rule != MatchRule::NoRule,
            Field::StartYear | Field::Referrals | Field::Completions | Field::DemandChange => true,
        });
    }
}

/// Text cut to the longest a title or name may be, so every scenario the editor makes
/// can travel as a link or a file.
fn within_text_limit(text: String) -> String {
    if text.chars().count() > MAX_TEXT_CHARS {
        text.chars().take(MAX_TEXT_CHARS).collect()
    } else {
        text
    }
}

/// What owns a set of amounts (annual, by year, uplift): a partner or a cost line. The
/// same editor serves both, making the right fields and actions from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountOwner {
    Partner(u32),
    CostLine(u32),
}

impl AmountOwner {
    pub fn annual_field(self) -> Field {
        match self {
            AmountOwner::Partner(partner) => Field::PartnerAnnual { partner },
            AmountOwner::CostLine(line) => Field::CostAnnual { line },
        }
    }

    pub fn year_field(self, year: u16) -> Field {
        match self {
            AmountOwner::Partner(partner) => Field::PartnerYear { partner, year },
            AmountOwner::CostLine(line) => Field::CostYear { line, year },
        }
    }

    pub fn uplift_field(self) -> Field {
        match self {
            AmountOwner::Partner(partner) => Field::PartnerUplift { partner },
            AmountOwner::CostLine(line) => Field::CostUplift { line },
        }
    }

    pub fn edit_annual(self, text: String) -> Action {
        match self {
            AmountOwner::Partner(id) => Action::EditPartnerAnnual(id, text),
            AmountOwner::CostLine(id) => Action::EditCostAnnual(id, text),
        }
    }

    pub fn edit_year(self, year: u16, text: String) -> Action {
        match self {
            AmountOwner::Partner(id) => Action::EditPartnerYear(id, year, text),
            AmountOwner::CostLine(id) => Action::EditCostYear(id, year, text),
        }
    }

    pub fn edit_uplift(self, text: String) -> Action {
        match self {
            AmountOwner::Partner(id) => Action::EditPartnerUplift(id, text),
            AmountOwner::CostLine(id) => Action::EditCostUplift(id, text),
        }
    }

    pub fn set_uplift_from(self, year: u16) -> Action {
        match self {
            AmountOwner::Partner(id) => Action::SetPartnerUpliftFrom(id, year),
            AmountOwner::CostLine(id) => Action::SetCostUpliftFrom(id, year),
        }
    }
}

/// An amount for one year, where empty text means "the same as the annual amount".
fn parse_optional_amount(text: &str) -> Result<Option<Decimal>, String> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_amount(text)
            .map(Some)
            .map_err(|e| e.message().to_string())
    }
}

fn set_year_amount(year_amounts: &mut BTreeMap<u16, Decimal>, year: u16, amount: Option<Decimal>) {
    match amount {
        Some(amount) => year_amounts.insert(year, amount),
        None => year_amounts.remove(&year),
    };
}

/// An uplift, where empty text means none.
fn parse_uplift(text: &str) -> Result<Percent, String> {
    if text.trim().is_empty() {
        Ok(Percent(0))
    } else {
        parse_percent(text, "Uplift", MAX_UPLIFT)
    }
}

/// A number of people a year, where empty text means none expected.
fn parse_count(text: &str, what: &str) -> Result<u32, String> {
    if text.trim().is_empty() {
        Ok(0)
    } else {
        parse_whole_number(&text.replace(',', ""), what, 0, MAX_ACTIVITY_PER_YEAR)
    }
}

/// A percentage as a field shows it: `31.3`, `2`, `2.25`.
pub fn percent_for_input(percent: Percent) -> String {
    let (whole, hundredths) = (percent.0 / 100, percent.0 % 100);
    match hundredths {
        0 => whole.to_string(),
        h if h % 10 == 0 => format!("{whole}.{}", h / 10),
        h => format!("{whole}.{h:02}"),
    }
}

/// The id of the options heading, which takes focus after an option is removed.
pub const OPTIONS_HEADING_ID: &str = "options-heading";
/// The id of the spending plan heading, which takes focus after a cost line is removed.
pub const SPENDING_HEADING_ID: &str = "spending-heading";

/// The HTML id of the name field of the option at `position`.
pub fn option_name_id(position: usize) -> String {
    format!("option-{position}-name")
}

/// The HTML id of an option's move-up or move-down button.
pub fn option_move_button_id(position: usize, direction: Move) -> String {
    match direction {
        Move::Up => format!("option-{position}-move-up"),
        Move::Down => format!("option-{position}-move-down"),
    }
}

/// The HTML id of a cost line's name field.
pub fn cost_line_name_id(line: u32) -> String {
    format!("cost-{line}-name")
}

/// The HTML id of a partner's name field.
pub fn partner_name_id(partner: u32) -> String {
    format!("partner-{partner}-name")
}

/// The HTML id of a partner's move-up or move-down button.
pub fn move_button_id(partner: u32, direction: Move) -> String {
    match direction {
        Move::Up => format!("partner-{partner}-move-up"),
        Move::Down => format!("partner-{partner}-move-down"),
    }
}

impl Default for AppState {
    /// With nothing saved, the calculator opens on the South Yorkshire example.
    fn default() -> Self {
        AppState::new(Preset::SouthYorkshire.scenario())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
