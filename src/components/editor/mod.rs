//! The scenario editor: each section gets only the view of the state it shows
//! ([`crate::state::views`]) and the one `dispatch` callback.

pub mod activity_editor;
pub mod agreement_editor;
pub mod amount_set_editor;
pub mod amounts_editor;
pub mod amounts_grid;
pub mod appraisal_editor;
pub mod contract_form;
pub mod error_summary;
pub mod extensions_editor;
pub mod grid_row;
pub mod line_editor;
pub mod line_terms_editor;
pub mod lines_editor;
pub mod match_rule_editor;
pub mod options_editor;
pub mod partner_tools;
pub mod paste_preview;
pub mod paste_rows;
pub mod preset_picker;
pub mod scenario_editor;
pub mod text_field;
pub mod version_editor;

use crate::state::Action;
use yew::Callback;

/// What every section of the editor is drawn from: the view of the state it shows
/// ([`crate::state::views`]), and the one `dispatch` callback.
pub struct SectionArgs<V: PartialEq> {
    pub view: V,
    pub dispatch: Callback<Action>,
}
