//! The whole calculator: the scenario editor beside its results.

use super::contract_form::ContractForm;
use super::contributions_table::ContributionsTable;
use super::error_summary::ErrorSummary;
use super::extensions_editor::ExtensionsEditor;
use super::headline_figures::HeadlineFigures;
use super::partners_editor::PartnersEditor;
use super::preset_picker::PresetPicker;
use super::term_totals::TermTotals;
use super::totals_bar::TotalsBar;
use crate::model::Report;
use crate::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to open with; the South Yorkshire example when not given.
    #[prop_or_default]
    pub initial: Option<AppState>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial.unwrap_or_default());
    let report = use_memo(state.scenario.clone(), Report::build);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let problems = state.problems();
    let title = state.scenario.title.trim();
    html! {
        <>
            <a href="#main-content" class="skip-link">{ "Skip to main content" }</a>
            <header class="app-header">
                <div class="container">
                    <p class="app-header__name">{ "Funding scenario calculator" }</p>
                    <p class="app-header__tagline">{ "Pooled budgets for jointly commissioned services" }</p>
                </div>
            </header>
            <main class="container" id="main-content">
                <h1 class="heading-l">{ if title.is_empty() { "Untitled scenario" } else { title } }</h1>
                <ErrorSummary problems={problems.clone()} />
                <div class="layout">
                    <section class="layout__editor" aria-labelledby="editor-heading">
                        <h2 class="heading-m" id="editor-heading">{ "Scenario" }</h2>
                        <PresetPicker on_load={dispatch.reform(Action::LoadPreset)} />
                        <ContractForm state={(*state).clone()} dispatch={dispatch.clone()} />
                        <ExtensionsEditor state={(*state).clone()} dispatch={dispatch.clone()} />
                        <PartnersEditor state={(*state).clone()} dispatch={dispatch.clone()} />
                        <TotalsBar report={report.clone()} problem_count={problems.len()} />
                    </section>
                    <section class={classes!("layout__results", (!problems.is_empty()).then_some("results--stale"))}
                        aria-labelledby="results-heading">
                        <h2 class="heading-m" id="results-heading">{ "Results" }</h2>
                        if !problems.is_empty() {
                            <div class="stale-notice">
                                <p class="stale-notice__title"><strong>
                                    { if problems.len() == 1 {
                                        "These figures do not include 1 entry that needs fixing:".to_string()
                                    } else {
                                        format!("These figures do not include {} entries that need fixing:", problems.len())
                                    } }
                                </strong></p>
                                <ul>
                                    for problem in &problems {
                                        <li><a href={format!("#{}", problem.field.element_id())}>{ problem.field_name.clone() }</a></li>
                                    }
                                </ul>
                                <p>{ "They show the last figures that were valid." }</p>
                            </div>
                        }
                        <HeadlineFigures report={report.clone()} />
                        <TermTotals report={report.clone()} />
                        <ContributionsTable report={report.clone()} />
                        <p class="hint">
                            { "Amounts are rounded to the penny, halves away from zero. Part years are pro-rated by month for each partner, and every total is the sum of the figures shown, so rows and columns add up exactly. Shares are rounded by the largest-remainder method so they add up to 100.00%." }
                        </p>
                    </section>
                </div>
            </main>
            <footer class="app-footer">
                <div class="container">
                    <p>{ "Everything is calculated in your browser. Nothing you enter is sent anywhere." }</p>
                </div>
            </footer>
        </>
    }
}
