//! The scenario editor: each section gets only the view of the state it shows
//! ([`crate::state::views`]) and the one `dispatch` callback.

pub mod activity_editor;
pub mod amounts_editor;
pub mod amounts_grid;
pub mod contract_form;
pub mod error_summary;
pub mod extensions_editor;
pub mod fill_tool;
pub mod grid_row;
pub mod line_editor;
pub mod lines_editor;
pub mod match_rule_editor;
pub mod options_editor;
pub mod partner_tools;
pub mod paste_preview;
pub mod paste_rows;
pub mod preset_picker;
pub mod scenario_editor;
pub mod split_tool;
pub mod text_field;
pub mod uplift_tool;

use crate::state::Action;
use yew::{Callback, Properties};

/// The props of every section of the editor: the view of the state it shows
/// ([`crate::state::views`]), and the one `dispatch` callback.
#[derive(Properties, PartialEq)]
pub struct ViewProps<V: PartialEq> {
    pub view: V,
    pub dispatch: Callback<Action>,
}
