//! The results: the figures of the option shown, the options compared, and the
//! announcement of new figures. Each reads the shared report; none computes a figure
//! of its own.

pub mod agreement_results;
pub mod appraisal_panel;
pub mod comparison_row;
pub mod comparison_table;
pub mod contributions_table;
pub mod decision_text;
pub mod export_table;
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
use funding_model::figures::comparison::Comparison;
use funding_model::Report;

/// What every part showing the report of the option shown is drawn from.
pub struct ReportArgs {
    pub report: Shared<Report>,
    /// The page is being printed: what only paper shows is drawn.
    pub printing: bool,
    /// How many rows of each long table are drawn yet.
    pub rows_drawn: usize,
}

/// What every part showing the options compared is drawn from.
pub struct ComparisonArgs {
    pub comparison: Shared<Comparison>,
    /// How many of the table's rows are drawn yet.
    pub rows_drawn: usize,
}
