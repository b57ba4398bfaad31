//! The agreement's results, each only where the option has it: the funding groups, each
//! partner's part of each year, the basis and how far agreed shares have drifted from
//! it, the actual spend against the plan with the tolerance flag and each partner's
//! part of each variance, and the checklist of what the written agreement states.

use super::export_table::{export_table, ExportTable};
use super::table_actions::{table_actions, TableActionsArgs};
use crate::components::disclosure::Disclosure;
use crate::state::page::{PageAction, PageState};
use funding_model::figures::agreement_words::drift_sentence;
use funding_model::figures::checklist::checklist;
use funding_model::figures::groups::groups_worth_showing;
use funding_model::formats::table_export::ResultsTable;
use funding_model::{FundingOption, Report};
use std::rc::Rc;
use yew::prelude::*;

/// What the agreement's results are drawn from.
pub struct AgreementResultsArgs<'a> {
    pub report: &'a Rc<Report>,
    pub option: &'a FundingOption,
    pub title: &'a AttrValue,
    pub page: &'a PageState,
    pub on_page: &'a Callback<PageAction>,
    pub printing: bool,
}

impl AgreementResultsArgs<'_> {
    /// A table with its actions.
    fn table(
        &self,
        table: ResultsTable,
        title: &str,
        hint: Option<&str>,
        trailing: usize,
        name: &'static str,
    ) -> Html {
        html! {
            <>
                { export_table(self.report, ExportTable { table, title, hint, trailing, printing: self.printing }) }
                { table_actions(TableActionsArgs {
                    report: self.report,
                    table,
                    title: self.title,
                    table_name: name,
                    copied: self.page.table_copied,
                    on_page: self.on_page,
                }) }
            </>
        }
    }
}

/// The funding groups and each partner's part of each year.
pub fn groups_results(args: &AgreementResultsArgs) -> Html {
    let report = args.report;
    let year_parts = {
        let report = report.clone();
        Callback::from(move |()| {
            export_table(
                &report,
                ExportTable {
                    table: ResultsTable::YearOnYear,
                    title: "Each partner's part of each year",
                    hint: None,
                    trailing: 4,
                    printing: false,
                },
            )
        })
    };
    html! {
        <>
            if groups_worth_showing(&report.groups) {
                { args.table(ResultsTable::FundingGroups, "Contributions by funding group", Some("Partners counted together by kind, or in the groups given to them."), 2, "contributions by funding group") }
            }
            if report.partners.len() > 1 && report.years.len() > 1 {
                <Disclosure class={classes!("details", "screen-only")} summary={"Each partner's part of each year, and its change from the year before".to_string()} content={year_parts} />
            }
        </>
    }
}

/// The basis, the drift warning, the actual spend and the checklist.
pub fn agreement_results(args: &AgreementResultsArgs) -> Html {
    let report = args.report;
    let name = report
        .basis
        .as_ref()
        .map(|b| b.basis.name.trim().to_string())
        .filter(|n| !n.is_empty());
    let basis_title = match &name {
        Some(name) => format!("Shares by {name}"),
        None => "Shares by the basis".to_string(),
    };
    html! {
        <>
            if report.basis.is_some() {
                { args.table(ResultsTable::Basis, &basis_title, None, 4, "shares by the basis") }
            }
            if let Some(words) = drift_sentence(report) {
                { warning(&words) }
            }
            if !report.outturns.is_empty() {
                { outturn(args) }
            }
            { checklist_table(args.option, report) }
        </>
    }
}

fn warning(words: &str) -> Html {
    html! {
        <div class="saving-warning">
            <span class="warning-text__icon" aria-hidden="true">{ "!" }</span>
            <p class="warning-text__text"><strong><span class="visually-hidden">{ "Warning: " }</span>{ words.to_string() }</strong></p>
        </div>
    }
}

fn outturn(args: &AgreementResultsArgs) -> Html {
    let report = args.report;
    let beyond: Vec<&str> = (report.outturns.iter())
        .filter(|o| !o.within_tolerance)
        .map(|o| o.plan.in_sentence.as_str())
        .collect();
    let tolerance = args.option.agreement.tolerance.label();
    html! {
        <>
            { args.table(ResultsTable::Outturn, "Actual spend against the plan", Some("Variance is the actual spend less the plan: more than nothing is an overspend."), 5, "actual spend against the plan") }
            if !beyond.is_empty() {
                { warning(&format!("Beyond the {tolerance} tolerance in {}: the agreement's review clause is triggered.", beyond.join(", "))) }
            }
            { args.table(ResultsTable::VarianceParts, "Who bears each variance", Some("Under the agreement's rule for an overspend or an underspend. Each column adds up to the variance."), 1, "who bears each variance") }
        </>
    }
}

/// The written agreement's contents, each with where it stands.
fn checklist_table(option: &FundingOption, report: &Report) -> Html {
    html! {
        <>
            <h3 class="table__title" id="checklist-title">{ "The agreement's checklist" }</h3>
            <p class="hint" id="checklist-hint">{ "What regulation 7(3) of SI 2000/617 says a pooled fund's written agreement must specify, for the paper's appendix." }</p>
            <div class="table-scroll" role="region" aria-labelledby="checklist-title" tabindex="0">
                <table class="table" aria-describedby="checklist-hint">
                    <caption class="visually-hidden">{ "The agreement's checklist" }</caption>
                    <thead><tr>
                        <th scope="col">{ "The agreement must specify" }</th>
                        <th scope="col">{ "Where it stands" }</th>
                    </tr></thead>
                    <tbody>
                        for (clause, standing) in checklist(option, report) {
                            <tr>
                                <th scope="row">{ format!("({}) {}", clause.letter(), clause.label()) }</th>
                                <td>
                                    <strong>{ standing.label() }</strong>
                                    if let Some(detail) = standing.detail() {
                                        { format!(": {detail}") }
                                    }
                                </td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </>
    }
}
