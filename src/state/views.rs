//! What each section of the editor shows, and nothing more. Each line's view is the
//! props of its line editor, a component yew skips when its props are equal, so an edit
//! to one partner redraws that partner's editor and not the others
//! (`tests/state_views.rs` shows the views change only where the edit is, and
//! `tests/render_count.rs` that the rows are in fact skipped). The other sections are
//! plain functions, drawn with every change from views this small.

use super::drafts::{Drafts, FieldView};
use super::fields::{Field, LineRef, Value};
use super::AppState;
use funding_model::data::agreement::{Clause, Period, RiskRule, Terms};
use funding_model::data::amount_set::resolve;
use funding_model::data::amount_set::AmountSet;
use funding_model::data::appraisal::{Deflator, Input, InputRef};
use funding_model::data::line::{Line, LineKind, Uplift, YearAmounts};
use funding_model::data::money::from_pence;
use funding_model::data::scenario::MatchRule;
use funding_model::figures::agreement_words::{capitalised, how_set_in};
use funding_model::figures::appraisal::switching::input_label;
use funding_model::figures::checklist::{held, Standing};
use funding_model::figures::outturn::period_plans;
use funding_model::LineList;
use funding_model::Report;
use rust_decimal::Decimal;
use std::rc::Rc;

/// The version details: author, label, status and date.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionView {
    pub author: FieldView,
    pub label: FieldView,
    pub date: FieldView,
    pub status: Option<funding_model::data::version::VersionStatus>,
    /// Whether any detail is given, so the section shows open.
    pub in_use: bool,
}

/// The appraisal: real terms, discounting, optimism bias, the option's benefits, the
/// preferred option, the switching value's input and the sensitivity tests.
#[derive(Clone, Debug, PartialEq)]
pub struct AppraisalView {
    pub real_terms: bool,
    /// "published", "constant" or "own".
    pub deflator: &'static str,
    pub base_year: FieldView,
    pub discount_year: FieldView,
    pub deflator_rate: FieldView,
    pub own_index: FieldView,
    pub optimism_percent: FieldView,
    pub optimism_source: FieldView,
    pub savings: FieldView,
    pub avoided: FieldView,
    pub per_completion: FieldView,
    pub preferred: Option<usize>,
    pub option_names: Vec<String>,
    pub switching_input: Option<InputRef>,
    /// The inputs of the preferred option, for its switching value: (input, label).
    pub switching_choices: Vec<(InputRef, String)>,
    /// The position of the option being edited.
    pub active: usize,
    /// The inputs of the option being edited, to test: (input, label).
    pub test_choices: Vec<(InputRef, String)>,
    /// Each test: its input's label and its low and high fields.
    pub tests: Vec<(String, FieldView, FieldView)>,
    /// Whether anything is set or has an error, so the section shows open.
    pub in_use: bool,
}

/// An input's code in a form's value: "p3" for partner 3's amount.
pub fn input_code(input: Input) -> String {
    match input {
        Input::PartnerAmount(id) => format!("p{id}"),
        Input::CostAmount(id) => format!("c{id}"),
        Input::CashableSavings => "savings".to_string(),
        Input::AvoidedCosts => "avoided".to_string(),
        Input::ValuePerCompletion => "per-completion".to_string(),
        Input::Completions => "completions".to_string(),
    }
}

/// The input a form's value names.
pub fn input_from_code(code: &str) -> Option<Input> {
    Some(match code {
        "savings" => Input::CashableSavings,
        "avoided" => Input::AvoidedCosts,
        "per-completion" => Input::ValuePerCompletion,
        "completions" => Input::Completions,
        _ if code.starts_with('p') => Input::PartnerAmount(code[1..].parse().ok()?),
        _ if code.starts_with('c') => Input::CostAmount(code[1..].parse().ok()?),
        _ => return None,
    })
}

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
    /// How its amount is set, and its part in the agreement.
    pub terms: Terms,
    /// How its amount is worked out, in the words the method uses, where it is not
    /// typed as an amount a year.
    pub how: Option<String>,
    /// What the agreement's other parts mean for the line's fields.
    pub context: Rc<TermsContext>,
    /// What is typed in its fields and not yet settled.
    pub drafts: Drafts,
}

/// What the option's agreement asks of each line's fields: the same for every line, so
/// shared, and changed only when the agreement's rules, the basis or (where a lead is
/// asked for) the partners' names change.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TermsContext {
    /// The basis's name, where there is a basis.
    pub basis_name: Option<String>,
    /// Whether fixed percentages are agreed for an overspend, and for an underspend.
    pub fixed_over: bool,
    pub fixed_under: bool,
    /// Whether an overspend is capped at each partner's maximum.
    pub capped: bool,
    /// Whether each partner bears the cost lines it leads: then the partners, by id
    /// and name, to choose a lead from.
    pub leads: Option<Vec<(u32, String)>>,
    /// Whether any rule for a variance is stated.
    pub any_rule: bool,
}

impl LineView {
    /// What one of the line's fields shows.
    pub fn field(&self, field: Field) -> FieldView {
        let value = match field {
            Field::LineName(_) => Some(Value::Text(self.name.clone())),
            Field::Annual(_) => Some(Value::Amount(self.annual)),
            Field::Year(_, year) => Some(Value::YearAmount(self.year_amounts.get(&year).copied())),
            Field::Uplift(_) => Some(Value::Uplift(self.uplift.percent)),
            field => self.terms_value(field),
        };
        self.drafts.view(field, value)
    }

    /// The value of one of the line's agreement fields, as its terms hold it.
    fn terms_value(&self, field: Field) -> Option<Value> {
        let terms = &self.terms;
        Some(match (field, &terms.set) {
            (Field::SetTotal(_), AmountSet::OverYears { total, .. }) => Value::Amount(*total),
            (Field::SetTotal(_), AmountSet::ShareOf { of, .. }) => Value::Amount(*of),
            (Field::SetYears(_), AmountSet::OverYears { years, .. }) => Value::Years(*years),
            (Field::SetShare(_), AmountSet::ShareOf { share, .. }) => Value::Share(*share),
            (Field::BasisFigure(_), _) => Value::Figure(terms.basis_figure),
            (Field::Group(_), _) => Value::Text(terms.group.clone()),
            (Field::OverShare(_), _) => Value::OptionalShare(terms.overspend_share),
            (Field::UnderShare(_), _) => Value::OptionalShare(terms.underspend_share),
            (Field::Maximum(_), _) => Value::OptionalAmount(terms.maximum),
            _ => return None,
        })
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

/// The agreement beyond the amounts.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreementView {
    pub basis_name: FieldView,
    pub basis_source: FieldView,
    pub basis_date: FieldView,
    pub basis_total: FieldView,
    pub has_basis: bool,
    pub whole_pounds: bool,
    pub overspend: RiskRule,
    pub underspend: RiskRule,
    pub risk_pool: FieldView,
    pub tolerance: FieldView,
    pub by_financial_year: bool,
    /// Each period of the term taken up, with its plan and the actual entered.
    pub periods: Vec<PeriodEntry>,
    /// Each clause of the written agreement: what the scenario holds of it, and
    /// whether the user marks it stated.
    pub clauses: Vec<(Clause, Option<Standing>, bool)>,
    /// Whether anything of the agreement is set, or any of its fields has an error to
    /// show: its section stays open.
    pub in_use: bool,
}

/// One period's plan and actual spend, in total and, with a spending plan, by line.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodEntry {
    pub period: Period,
    pub label: String,
    pub plan: Decimal,
    pub actual: FieldView,
    /// Each cost line: where it is, its name, its plan and its actual.
    pub lines: Vec<(LineRef, String, Decimal, FieldView)>,
}

impl AppState {
    /// The agreement section's view; the plans come from the option's `report`.
    pub fn agreement_view(&self, report: &Report) -> AgreementView {
        let option = self.option();
        let agreement = &option.agreement;
        let periods = (period_plans(option, report).into_iter())
            .map(|plan| PeriodEntry {
                period: plan.period,
                label: plan.in_sentence.clone(),
                plan: from_pence(plan.total),
                actual: self.field_view(Field::Actual(plan.period)),
                lines: (option.cost_lines.iter().enumerate())
                    .map(|(index, line)| {
                        let line_ref = LineRef::cost_line(line.id);
                        let planned = from_pence(plan.lines.get(index).copied().unwrap_or(0));
                        let field = self.field_view(Field::ActualLine(line_ref, plan.period));
                        (line_ref, line.display_name(index), planned, field)
                    })
                    .collect(),
            })
            .collect();
        let errors = (self.drafts).any_shown_error(|field| {
            field.is_agreement()
                && (field.line().is_none() || matches!(field, Field::ActualLine(..)))
        });
        AgreementView {
            in_use: !agreement.is_plain() || errors,
            basis_name: self.field_view(Field::BasisName),
            basis_source: self.field_view(Field::BasisSource),
            basis_date: self.field_view(Field::BasisDate),
            basis_total: self.field_view(Field::BasisTotal),
            has_basis: agreement.basis.is_some(),
            whole_pounds: agreement.whole_pounds,
            overspend: agreement.overspend,
            underspend: agreement.underspend,
            risk_pool: self.field_view(Field::RiskPool),
            tolerance: self.field_view(Field::Tolerance),
            by_financial_year: agreement.by_financial_year,
            periods,
            clauses: (held(option, report).into_iter())
                .map(|(clause, standing)| (clause, standing, agreement.stated.contains(&clause)))
                .collect(),
        }
    }

    pub fn appraisal_view(&self) -> AppraisalView {
        let scenario = &*self.scenario;
        let appraisal = &scenario.appraisal;
        let inputs = |option: usize| -> Vec<(InputRef, String)> {
            let Some(at) = scenario.options.get(option) else {
                return Vec::new();
            };
            let lines = (at.partners.iter().map(|l| Input::PartnerAmount(l.id)))
                .chain(at.cost_lines.iter().map(|l| Input::CostAmount(l.id)));
            let fixed = [
                Input::CashableSavings,
                Input::AvoidedCosts,
                Input::ValuePerCompletion,
                Input::Completions,
            ];
            (lines.chain(fixed))
                .map(|input| InputRef { option, input })
                .map(|input| (input, capitalised(&input_label(scenario, input))))
                .collect()
        };
        let fields = Field::APPRAISAL_SETTINGS;
        let [base_year, discount_year, deflator_rate, own_index, optimism_percent, optimism_source, savings, avoided, per_completion] =
            fields.map(|field| self.field_view(field));
        let tests: Vec<_> = (appraisal.sensitivities.iter().enumerate())
            .map(|(at, test)| {
                let label = capitalised(&input_label(scenario, test.input));
                (
                    label,
                    self.field_view(Field::SensitivityLow(at)),
                    self.field_view(Field::SensitivityHigh(at)),
                )
            })
            .collect();
        let has_error = self.drafts.any_shown_error(Field::is_appraisal);
        AppraisalView {
            real_terms: appraisal.real_terms,
            deflator: match appraisal.deflator {
                Deflator::Published => "published",
                Deflator::Constant(_) => "constant",
                Deflator::Own(_) => "own",
            },
            base_year,
            discount_year,
            deflator_rate,
            own_index,
            optimism_percent,
            optimism_source,
            savings,
            avoided,
            per_completion,
            preferred: appraisal.preferred,
            option_names: (scenario.options.iter().enumerate())
                .map(|(at, o)| funding_model::figures::comparison::option_name(&o.name, at))
                .collect(),
            switching_input: appraisal.switching_input,
            switching_choices: appraisal.preferred.map_or_else(Vec::new, inputs),
            active: scenario.active,
            test_choices: inputs(scenario.active),
            tests,
            in_use: has_error || !appraisal.is_plain() || !self.option().benefits.is_none(),
        }
    }

    pub fn version_view(&self) -> VersionView {
        let fields = [
            Field::VersionAuthor,
            Field::VersionLabel,
            Field::VersionDate,
        ];
        let [author, label, date] = fields.map(|field| self.field_view(field));
        let has_error = [&author, &label, &date].iter().any(|v| v.error.is_some());
        VersionView {
            author,
            label,
            date,
            status: self.scenario.version.status,
            in_use: has_error || !self.scenario.version.is_empty(),
        }
    }

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
        let option = self.option();
        let context = Rc::new(self.terms_context(list));
        match list {
            LineList::Partners => self.views_of(&option.partners, &context),
            LineList::CostLines => self.views_of(&option.cost_lines, &context),
        }
    }

    /// What the agreement asks of the lines of `list`.
    fn terms_context(&self, list: LineList) -> TermsContext {
        let agreement = &self.option().agreement;
        let stated = |rule: RiskRule| rule != RiskRule::NotStated;
        let aligned =
            agreement.overspend == RiskRule::Aligned || agreement.underspend == RiskRule::Aligned;
        let partners = &self.option().partners;
        TermsContext {
            basis_name: agreement.basis.as_ref().map(|b| b.name.clone()),
            fixed_over: agreement.overspend == RiskRule::Fixed,
            fixed_under: agreement.underspend == RiskRule::Fixed,
            capped: agreement.overspend == RiskRule::Capped,
            leads: (aligned && list == LineList::CostLines).then(|| {
                (partners.iter().enumerate())
                    .map(|(i, p)| (p.id, p.display_name(i)))
                    .collect()
            }),
            any_rule: stated(agreement.overspend) || stated(agreement.underspend),
        }
    }

    fn views_of<K: LineKind>(
        &self,
        lines: &[Line<K>],
        context: &Rc<TermsContext>,
    ) -> Vec<LineView> {
        let option = self.option();
        let resolved = &*resolve(option);
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
                    terms: line.terms.clone(),
                    how: how_set_in(option, resolved, K::LIST, position)
                        .map(|how| capitalised(&how)),
                    context: context.clone(),
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
