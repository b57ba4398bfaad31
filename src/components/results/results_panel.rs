//! The results column: what the figures leave out, the options compared, the figures
//! of the option shown with their tables and charts, sharing, and the announcement of
//! new figures.

use super::agreement_results::{agreement_results, groups_results, AgreementResultsArgs};
use super::appraisal_panel::AppraisalPanel;
use super::comparison_table::comparison_table;
use super::contributions_table::contributions_table;
use super::decision_text::{decision_text, DecisionTextArgs};
use super::financial_years_table::financial_years_table;
use super::headline_figures::headline_figures;
use super::lines_by_financial_year::LinesByFinancialYear;
use super::live_region::LiveRegion;
use super::paper_table::paper_table;
use super::spending_plan_table::spending_plan_table;
use super::table_actions::{table_actions, TableActionsArgs};
use super::term_totals::term_totals;
use super::value_summary::value_summary;
use super::{ComparisonArgs, ReportArgs};
use crate::components::browser::focus::focus_on_click;
use crate::components::browser::focus::warm_up_on_figure;
use crate::components::charts::balance_chart::balance_chart;
use crate::components::charts::contributions_chart::contributions_chart;
use crate::components::charts::options_chart::options_chart;
use crate::components::entries_needing_fixing;
use crate::components::hooks::real_terms::RealTerms;
use crate::components::sharing::compare_panel::ComparePanel;
use crate::components::sharing::fingerprint::FingerprintLine;
use crate::components::sharing::share_panel::{share_panel, SharePanelArgs};
use crate::components::Shared;
use crate::keeping::{Choice, SetAsideEntry, Written};
use crate::state::page::{PageAction, PageState};
use crate::state::{Action, DocumentAction, FieldProblem};
use funding_model::figures::comparison::option_name;
use funding_model::figures::Figures;
use funding_model::formats::table_export::ResultsTable;
use funding_model::{LineList, Report, Scenario};
use std::rc::Rc;
use yew::prelude::*;

/// What the results column is drawn from.
pub struct ResultsPanelArgs<'a> {
    /// The figures the tables and charts show: in cash, or in real terms.
    pub figures: &'a Rc<Figures>,
    /// The figures in cash, which the text for the paper and the fingerprint use.
    pub cash: &'a Rc<Figures>,
    /// In real terms, the factors of the option on screen; and why not, if asked for.
    pub real: Option<Rc<RealTerms>>,
    pub prices_note: Option<String>,
    /// Entries not accepted, which the figures leave out.
    pub problems: &'a [FieldProblem],
    pub scenario: &'a Rc<Scenario>,
    pub written: &'a Written,
    pub embedded: bool,
    pub dispatch: &'a Callback<Action>,
    /// The share panel's file opened, as a choice about the work on screen.
    pub on_choice: &'a Callback<Choice>,
    /// A click anywhere in the column, which shows the working of a figure chosen.
    pub on_figure: Callback<MouseEvent>,
    /// What the page shows besides the figures, and its changes.
    pub page: &'a PageState,
    pub on_page: &'a Callback<PageAction>,
    /// The page is being printed: what only paper shows is drawn.
    pub printing: bool,
    /// How many rows of each long table are drawn yet.
    pub rows_drawn: usize,
    /// The scenarios set aside, a title and a fragment each, to compare with.
    pub set_aside: Shared<Vec<SetAsideEntry>>,
}

/// The results column. A plain function, drawn with every change; the rows of its long
/// tables (`figure_row`, `comparison_row`) and the tables of each line by financial
/// year are the components, skipped when their figures are unchanged.
pub fn results_panel(args: ResultsPanelArgs) -> Html {
    let report = args.figures.shown();
    let shown = ReportArgs {
        report: Shared(report.clone()),
        printing: args.printing,
        rows_drawn: args.rows_drawn,
    };
    let problems = args.problems;
    let scenario = args.scenario;
    let title = AttrValue::from(scenario.title.clone());
    let actions = |table: ResultsTable, table_name: &'static str| {
        table_actions(TableActionsArgs {
            report,
            table,
            title: &title,
            table_name,
            copied: args.page.table_copied,
            on_page: args.on_page,
        })
    };
    let agreement = AgreementResultsArgs {
        report,
        option: scenario.active_option(),
        title: &title,
        page: args.page,
        on_page: args.on_page,
        printing: args.printing,
    };
    let announcement = match problems.len() {
        0 => report.announcement(),
        count => format!(
            "{} Not including {}.",
            report.announcement(),
            entries_needing_fixing(count)
        ),
    };
    html! {
        <section class={classes!("layout__results", (!problems.is_empty()).then_some("results--stale"))}
            aria-labelledby="results-heading" onclick={args.on_figure.clone()}
            onpointerover={|event: PointerEvent| warm_up_on_figure(&event)}
            onfocusin={|event: FocusEvent| warm_up_on_figure(&event)}>
            <h2 class="heading-m" id="results-heading">{ "Results" }</h2>
            { stale_notice(problems) }
            { prices_notice(args.real.as_deref(), args.prices_note.as_deref()) }
            if args.figures.comparison.option_names.len() > 1 {
                { comparison_table(&ComparisonArgs { comparison: Shared(args.figures.comparison.clone()), rows_drawn: args.rows_drawn }) }
                { options_chart(&ComparisonArgs { comparison: Shared(args.figures.comparison.clone()), rows_drawn: args.rows_drawn }) }
                <h3 class="heading-m option-heading">
                    <span class="caption">{ "Figures for the option being edited" }</span>
                    { option_name(&scenario.active_option().name, scenario.active) }
                </h3>
            }
            { headline_figures(&shown) }
            { term_totals(&shown) }
            if report.term_totals.len() > 1 {
                { actions(ResultsTable::TermTotals, "contract value by length of contract") }
            }
            { contributions_table(&shown) }
            { actions(ResultsTable::Contributions, "contributions by partner and contract year") }
            { contributions_chart(&shown) }
            { groups_results(&agreement) }
            { financial_years_table(&shown) }
            { actions(ResultsTable::FinancialYears, "pooled budget by financial year") }
            { by_financial_year(report, LineList::Partners, &shown, &actions) }
            { spending_plan_table(&shown) }
            { by_financial_year(report, LineList::CostLines, &shown, &actions) }
            if report.balance.is_some() {
                { balance_chart(&shown) }
            }
            { value_summary(&shown) }
            { agreement_results(&agreement) }
            if funding_model::figures::appraisal::words::applies(scenario) {
                <AppraisalPanel fragment={args.written.fragment.clone()} title={title.clone()} />
            }
            { decision_text(DecisionTextArgs {
                scenario,
                figures: args.cash,
                left_out: problems.len(),
                printing: args.printing,
                page: args.page,
                on_page: args.on_page,
            }) }
            { versions_and_sharing(&args) }
            <p class="hint">
                { "Amounts are rounded to the penny, halves away from zero. Part years are pro-rated by month for each partner, and every total is the sum of the figures shown, so rows and columns add up exactly. Each share is the exact share rounded to two decimal places, halves away from zero, so equal amounts show equal shares." }
            </p>
            if args.printing {
                { other_options_on_paper(args.figures, scenario) }
            }
            <LiveRegion message={announcement} />
        </section>
    }
}

/// The fingerprint of the figures, comparing with another version, and the share
/// panel: none of it on paper but the fingerprint in the header, nor embedded but
/// the fingerprint.
fn versions_and_sharing(args: &ResultsPanelArgs) -> Html {
    let scenario = args.scenario;
    html! {
        <>
            if !args.printing {
                <FingerprintLine scenario={scenario.clone()} figures={args.cash.clone()} />
            }
            if !args.embedded && !args.printing {
                <ComparePanel current={args.written.fragment.clone()} set_aside={args.set_aside.clone()} title={AttrValue::from(scenario.title.clone())} />
            }
            if !args.embedded {
                { share_panel(SharePanelArgs {
                    scenario,
                    written: args.written,
                    on_open: args.on_choice.reform(|opened| Choice::Replace(DocumentAction::Open(Box::new(opened)))),
                    page: args.page,
                    on_page: args.on_page,
                }) }
            }
        </>
    }
}

/// In real terms, says so, with each contract year's factor; where real terms were
/// asked for but cannot be shown, why.
fn prices_notice(real: Option<&RealTerms>, note: Option<&str>) -> Html {
    if let Some(note) = note {
        return html! { <div class="inset-text" id="prices-notice" role="status">{ note.to_string() }</div> };
    }
    let Some(real) = real else {
        return Html::default();
    };
    let base = format!(
        "{}/{:02}",
        real.base_year,
        (real.base_year + 1).rem_euclid(100)
    );
    html! {
        <div class="inset-text" id="prices-notice">
            <p>{ format!("Tables and charts show real terms at {base} prices, deflated by {}. The text for the paper below is in cash.", real.deflator) }</p>
            <details class="details">
                <summary class="details__summary">{ "How real terms are worked out" }</summary>
                <div class="details__text">
                    <p>{ "Each contract year's amounts are multiplied by its factor: the mean of its months' factors, each month taking its financial year's (the base year's index ÷ its own), to six decimal places." }</p>
                    <table class="table">
                        <caption class="visually-hidden">{ "Each contract year's factor" }</caption>
                        <thead><tr><th scope="col">{ "Contract year" }</th><th scope="col">{ "Its months" }</th><th scope="col" class="numeric">{ "Factor" }</th></tr></thead>
                        <tbody>
                            for factor in &real.factors {
                                <tr>
                                    <th scope="row">{ factor.year.label() }</th>
                                    <td>{ factor.months.clone() }</td>
                                    <td class="numeric">{ factor.factor.to_string() }</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
            </details>
        </div>
    }
}

/// A list's lines by financial year, with the table's actions; nothing for an empty
/// list.
fn by_financial_year(
    report: &Rc<Report>,
    list: LineList,
    shown: &ReportArgs,
    actions: &dyn Fn(ResultsTable, &'static str) -> Html,
) -> Html {
    let (table, name, count) = match list {
        LineList::Partners => (
            ResultsTable::PartnersByFinancialYear,
            "contributions by partner and financial year",
            report.partners.len(),
        ),
        LineList::CostLines => (
            ResultsTable::CostsByFinancialYear,
            "spending by cost line and financial year",
            report.cost_lines.len(),
        ),
    };
    if count == 0 {
        return Html::default();
    }
    html! {
        <>
            <LinesByFinancialYear report={report.clone()} list={list} printing={shown.printing} rows_drawn={shown.rows_drawn} />
            { actions(table, name) }
        </>
    }
}

/// On paper, each option not being edited, with its key tables: a decision paper
/// compares them all. Drawn only while printing.
fn other_options_on_paper(figures: &Figures, scenario: &Scenario) -> Html {
    html! {
        for (index, report) in figures.reports.iter().enumerate().filter(|(i, _)| *i != scenario.active) {
            <section class="print-only paper-option">
                <h3 class="heading-m">{ option_name(&scenario.options[index].name, index) }</h3>
                { paper_table(report, ResultsTable::Contributions, "Contributions by partner and contract year", 2) }
                { paper_table(report, ResultsTable::FinancialYears, "Pooled budget by financial year", 1) }
            </section>
        }
    }
}

/// Says which entries the figures leave out, each linking to its field.
fn stale_notice(problems: &[FieldProblem]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="stale-notice">
            <p class="stale-notice__title"><strong>
                { format!("These figures do not include {}:", entries_needing_fixing(problems.len())) }
            </strong></p>
            <ul>
                for problem in problems {
                    <li>
                        <a href={format!("#{}", problem.field.element_id())}
                            onclick={focus_on_click(problem.field.element_id())}>
                            { problem.field_name.clone() }
                        </a>
                        { format!(" – figures use {} until it is fixed", problem.figures_use) }
                    </li>
                }
            </ul>
            <p>{ "Each field's value from before the edit is used until then." }</p>
        </div>
    }
}
