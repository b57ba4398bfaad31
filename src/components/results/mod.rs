//! The results: the figures of the option shown, the options compared, and the
//! announcement of new figures. Each reads the shared report; none computes a figure
//! of its own.

pub mod comparison_row;
pub mod comparison_table;
pub mod contributions_table;
pub mod decision_text;
pub mod figure_row;
pub mod financial_years_table;
pub mod headline_figures;
pub mod lines_by_financial_year;
pub mod live_region;
pub mod paper_table;
pub mod results_panel;
pub mod spending_plan_table;
pub mod table_actions;
pub mod term_totals;
pub mod totals_bar;
pub mod value_summary;
pub mod working_dialog;

use crate::components::Shared;
use crate::model::figures::comparison::Comparison;
use crate::model::Report;
use yew::Properties;

/// Tables with more rows than this are drawn only where they are on screen
/// (`styles/app.css`).
pub const LONG_TABLE: usize = 40;

/// The props of every component that shows the report of the option shown.
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub report: Shared<Report>,
    /// The page is being printed: what only paper shows is drawn.
    pub printing: bool,
}

/// The props of every component that shows the options compared.
#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub comparison: Shared<Comparison>,
}
