//! The calculator page: the scenario editor beside its results.

use super::activity_editor::ActivityEditor;
use super::balance_chart::BalanceChart;
use super::browser::focus_on_click;
use super::comparison_table::ComparisonTable;
use super::contract_form::ContractForm;
use super::contributions_chart::ContributionsChart;
use super::contributions_table::ContributionsTable;
use super::entries_needing_fixing;
use super::error_summary::ErrorSummary;
use super::extensions_editor::ExtensionsEditor;
use super::financial_years_table::FinancialYearsTable;
use super::headline_figures::HeadlineFigures;
use super::live_region::LiveRegion;
use super::match_rule_editor::MatchRuleEditor;
use super::notice_banner::NoticeBanner;
use super::options_chart::OptionsChart;
use super::options_editor::OptionsEditor;
use super::partners_editor::PartnersEditor;
use super::preset_picker::PresetPicker;
use super::print_details::PrintDetails;
use super::set_aside_list::SetAsideList;
use super::share_panel::SharePanel;
use super::spending_plan_editor::SpendingPlanEditor;
use super::spending_plan_table::SpendingPlanTable;
use super::table_actions::TableActions;
use super::term_totals::TermTotals;
use super::totals_bar::TotalsBar;
use super::value_summary::ValueSummary;
use crate::model::comparison::{option_name, Comparison};
use crate::model::table_export::ResultsTable;
use crate::model::Report;
use crate::startup::Notice;
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    pub state: AppState,
    pub report: Rc<Report>,
    /// Every option's key figures, shown when there is more than one option.
    pub comparison: Rc<Comparison>,
    pub dispatch: Callback<Action>,
    /// The scenario as a link fragment, computed once by the app.
    pub fragment: String,
    /// Embedded in another page: no sharing or saving controls.
    #[prop_or_default]
    pub embedded: bool,
    /// Why the calculator opened on what it did, when that needs saying.
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// Scenarios set aside on this computer, as link fragments.
    #[prop_or_default]
    pub set_aside: Vec<String>,
    #[prop_or_default]
    pub on_open_set_aside: Callback<String>,
    #[prop_or_default]
    pub on_restore_set_aside: Callback<()>,
    #[prop_or_default]
    pub on_dismiss_notice: Callback<()>,
}

#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let CalculatorProps {
        state,
        report,
        dispatch,
        ..
    } = props;
    let problems = state.problems();
    // A set-aside scenario identical to the one on screen is not worth offering.
    let set_aside: Vec<String> = props
        .set_aside
        .iter()
        .filter(|kept| **kept != props.fragment)
        .cloned()
        .collect();
    let title = state.scenario.title.trim();
    let option_names: Vec<String> = state
        .scenario
        .options
        .iter()
        .map(|o| o.name.clone())
        .collect();
    let active_name = option_name(&state.option().name, state.scenario.active);
    // Enter in a text field checks every entry, as submitting a GOV.UK form would.
    let on_keydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            let in_text_field = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.type_() == "text");
            if event.key() == "Enter" && in_text_field {
                event.prevent_default();
                dispatch.emit(Action::CheckEntries);
            }
        })
    };
    let announcement = if problems.is_empty() {
        report.announcement()
    } else {
        format!(
            "{} Not including {}.",
            report.announcement(),
            entries_needing_fixing(problems.len())
        )
    };
    html! {
        <>
            if let Some(notice) = &props.notice {
                <NoticeBanner notice={notice.clone()} on_restore={props.on_restore_set_aside.clone()}
                    on_dismiss={props.on_dismiss_notice.clone()} />
            }
            <h1 class="heading-l" id="page-heading" tabindex="-1">
                { if title.is_empty() { "Untitled scenario" } else { title } }
            </h1>
            <PrintDetails option={state.option().clone()} fragment={props.fragment.clone()} />
            <ErrorSummary problems={problems.clone()} />
            <div class="layout">
                <section class="layout__editor" aria-labelledby="editor-heading" onkeydown={on_keydown}>
                    <h2 class="heading-m" id="editor-heading">{ "Scenario" }</h2>
                    <PresetPicker on_load={dispatch.reform(Action::LoadPreset)} />
                    if !props.embedded {
                        <SetAsideList fragments={set_aside} on_open={props.on_open_set_aside.clone()} />
                    }
                    <OptionsEditor title={state.scenario.title.clone()} names={option_names}
                        baseline={state.scenario.baseline} active={state.scenario.active} dispatch={dispatch.clone()} />
                    <h3 class="heading-m option-heading" id="option-heading">
                        <span class="caption">{ "Option being edited" }</span>
                        { active_name.clone() }
                    </h3>
                    <ContractForm state={state.clone()} dispatch={dispatch.clone()} />
                    <ExtensionsEditor state={state.clone()} dispatch={dispatch.clone()} />
                    <PartnersEditor state={state.clone()} dispatch={dispatch.clone()} />
                    <MatchRuleEditor state={state.clone()} dispatch={dispatch.clone()} />
                    <SpendingPlanEditor state={state.clone()} dispatch={dispatch.clone()} />
                    <ActivityEditor state={state.clone()} dispatch={dispatch.clone()} />
                    <TotalsBar report={report.clone()} problem_count={problems.len()} />
                </section>
                <section class={classes!("layout__results", (!problems.is_empty()).then_some("results--stale"))}
                    aria-labelledby="results-heading">
                    <h2 class="heading-m" id="results-heading">{ "Results" }</h2>
                    if !problems.is_empty() {
                        <div class="stale-notice">
                            <p class="stale-notice__title"><strong>
                                { format!("These figures do not include {}:",
                                    entries_needing_fixing(problems.len())) }
                            </strong></p>
                            <ul>
                                for problem in &problems {
                                    <li>
                                        <a href={format!("#{}", problem.field.element_id())}
                                            onclick={focus_on_click(problem.field.element_id())}>
                                            { problem.field_name.clone() }
                                        </a>
                                    </li>
                                }
                            </ul>
                            <p>{ "They show the last figures that were valid." }</p>
                        </div>
                    }
                    if props.comparison.option_names.len() > 1 {
                        <ComparisonTable comparison={props.comparison.clone()} />
                        <OptionsChart comparison={props.comparison.clone()} />
                        <h3 class="heading-m option-heading">
                            <span class="caption">{ "Figures for the option being edited" }</span>
                            { active_name }
                        </h3>
                    }
                    <HeadlineFigures report={report.clone()} />
                    <TermTotals report={report.clone()} />
                    if report.term_totals.len() > 1 {
                        <TableActions report={report.clone()} table={ResultsTable::TermTotals}
                            title={state.scenario.title.clone()} table_name="contract value by length of contract" />
                    }
                    <ContributionsTable report={report.clone()} />
                    <TableActions report={report.clone()} table={ResultsTable::Contributions}
                        title={state.scenario.title.clone()} table_name="contributions by partner and contract year" />
                    <ContributionsChart report={report.clone()} />
                    <FinancialYearsTable report={report.clone()} />
                    <TableActions report={report.clone()} table={ResultsTable::FinancialYears}
                        title={state.scenario.title.clone()} table_name="pooled budget by financial year" />
                    <SpendingPlanTable report={report.clone()} />
                    if report.balance.is_some() {
                        <BalanceChart report={report.clone()} />
                    }
                    <ValueSummary report={report.clone()} />
                    if !props.embedded {
                        <SharePanel scenario={state.scenario.clone()} fragment={props.fragment.clone()} on_open={dispatch.reform(Action::Open)} />
                    }
                    <p class="hint">
                        { "Amounts are rounded to the penny, halves away from zero. Part years are pro-rated by month for each partner, and every total is the sum of the figures shown, so rows and columns add up exactly. Shares are rounded by the largest-remainder method so they add up to 100.00%." }
                    </p>
                    <LiveRegion message={announcement} />
                </section>
            </div>
        </>
    }
}
