//! The yew user interface: one function component per file. Components only dispatch
//! [`crate::state::Action`]s and show the [`crate::model::Report`] computed from the state.

pub mod accessibility_statement;
pub mod activity_editor;
pub mod amounts_editor;
pub mod app;
pub mod balance_chart;
pub mod browser;
pub mod calculator;
pub mod chart;
pub mod comparison_table;
pub mod contract_form;
pub mod contributions_chart;
pub mod contributions_table;
pub mod cost_line_editor;
pub mod error_summary;
pub mod extensions_editor;
pub mod financial_years_table;
pub mod headline_figures;
pub mod live_region;
pub mod match_rule_editor;
pub mod notice_banner;
pub mod options_chart;
pub mod options_editor;
pub mod partner_editor;
pub mod partners_editor;
pub mod preset_picker;
pub mod print_details;
pub mod set_aside_list;
pub mod share_panel;
pub mod spending_plan_editor;
pub mod spending_plan_table;
pub mod split_tool;
pub mod table_actions;
pub mod term_totals;
pub mod text_field;
pub mod totals_bar;
pub mod value_summary;

pub use app::App;

use yew::{Callback, Event, InputEvent, TargetCast};

/// "1 entry that needs fixing", "2 entries that need fixing": said in the results
/// notice, the totals bar and the announcement alike.
pub fn entries_needing_fixing(count: usize) -> String {
    if count == 1 {
        "1 entry that needs fixing".to_string()
    } else {
        format!("{count} entries that need fixing")
    }
}

/// A callback for `oninput` that hands on the input's text.
pub fn on_text(callback: Callback<String>) -> Callback<InputEvent> {
    Callback::from(move |event: InputEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        callback.emit(input.value());
    })
}

/// A callback for a `<select>`'s `onchange` that hands on the chosen value.
pub fn on_select(callback: Callback<String>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        callback.emit(select.value());
    })
}
