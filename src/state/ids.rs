//! Every HTML id that more than one place refers to: the state asks for focus by
//! them, error links and labels point at them, and the browser tests find controls by
//! them. Kept in one place so a rename cannot leave a link pointing nowhere.

use super::moving::Move;
use funding_model::LineList;

/// The error summary, which takes focus when errors are shown on request.
pub const ERROR_SUMMARY: &str = "error-summary";
/// The headings that take focus after an item of theirs is removed.
pub const OPTIONS_HEADING: &str = "options-heading";
pub const EXTENSIONS_HEADING: &str = "extensions-heading";
/// The page's main heading, which takes focus when the page changes.
pub const PAGE_HEADING: &str = "page-heading";
/// The main content, the skip link's target.
pub const MAIN_CONTENT: &str = "main-content";
/// The notice's heading, which takes focus when a notice comes up in answer to a
/// button (as when there is no room to switch scenarios).
pub const NOTICE_TITLE: &str = "notice-title";
/// The dialog that shows the working of a figure.
pub const WORKING_DIALOG: &str = "working-dialog";
/// The sharing section, where the warning that work is not being saved points.
pub const SHARE_HEADING: &str = "share-heading";
/// The list of scenarios set aside, whose summary takes focus after one is removed.
pub const SET_ASIDE_SUMMARY: &str = "set-aside-summary";
/// The scenario's title field.
pub const TITLE: &str = "title";
pub const START_MONTH: &str = "start-month";
pub const START_YEAR: &str = "start-year";
pub const INITIAL_TERM: &str = "initial-term";
pub const MATCH_MINIMUM: &str = "match-minimum";
pub const REFERRALS: &str = "referrals";
pub const COMPLETIONS: &str = "completions";
pub const DEMAND_CHANGE: &str = "demand-change";
/// The file input that opens a scenario file.
pub const OPEN_FILE: &str = "open-file";
/// The read-only box holding the link, selected when the clipboard is refused.
pub const SHARE_LINK: &str = "share-link";

/// The heading of a list of lines, which takes focus after one of them is removed.
pub fn list_heading(list: LineList) -> &'static str {
    match list {
        LineList::Partners => "partners-heading",
        LineList::CostLines => "spending-heading",
    }
}

/// The box that rows copied from a spreadsheet are pasted into, for a list.
pub fn paste_rows(list: LineList) -> &'static str {
    match list {
        LineList::Partners => "partners-paste",
        LineList::CostLines => "spending-paste",
    }
}

/// What a line's ids start with: `partner-3`, `cost-41`.
pub fn line(list: LineList, id: u32) -> String {
    let prefix = match list {
        LineList::Partners => "partner",
        LineList::CostLines => "cost",
    };
    format!("{prefix}-{id}")
}

/// A line's move-up or move-down button.
pub fn line_move_button(list: LineList, id: u32, direction: Move) -> String {
    format!("{}-{}", line(list, id), move_word(direction))
}

/// The name field of the option at `position`.
pub fn option_name(position: usize) -> String {
    format!("option-{position}-name")
}

/// An option's move-up or move-down button.
pub fn option_move_button(position: usize, direction: Move) -> String {
    format!("option-{position}-{}", move_word(direction))
}

/// An extension's length field.
pub fn extension_months(id: u32) -> String {
    format!("extension-{id}-months")
}

fn move_word(direction: Move) -> &'static str {
    match direction {
        Move::Up => "move-up",
        Move::Down => "move-down",
    }
}
