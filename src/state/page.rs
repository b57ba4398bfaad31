//! What the page shows besides the scenario and its figures: the figure whose working
//! is open, what copying or opening a file last did, and which texts shown on demand
//! are open. It passes with the session and is never saved. One reducer holds all of
//! it, so the parts of the page that show it are plain functions, not components each
//! with a copy of yew's lifecycle (docs/benchmarks.md, issue 17).

use funding_model::figures::working::Figure;
use funding_model::formats::table_export::ResultsTable;
use funding_model::Scenario;
use std::rc::Rc;
use yew::Reducible;

/// Whether the browser let the calculator copy to the clipboard.
pub type Copied = bool;

/// What the last scenario file chosen came to.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum FileStatus {
    #[default]
    Idle,
    /// Opened, with the file's name.
    Opened(String),
    /// Refused, with what to do about it.
    Failed(String),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageState {
    /// The figure whose working is shown in the dialog.
    pub explained: Option<Figure>,
    /// The results table last copied.
    pub table_copied: Option<(ResultsTable, Copied)>,
    /// The scenario whose link was last copied: the word on it goes once the scenario
    /// on screen is another.
    link_copied: Option<(Rc<Scenario>, Copied)>,
    pub file: FileStatus,
    /// The last "Save as a file" could not write the file.
    pub save_failed: bool,
    /// "How the figures are worked out" is shown.
    pub method_shown: bool,
    /// "Financial implications" is shown.
    pub implications_shown: bool,
    /// What copying the financial implications did.
    pub implications_copied: Option<Copied>,
}

/// Every change to what the page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum PageAction {
    Explain(Option<Figure>),
    TableCopied(ResultsTable, Copied),
    LinkCopied(Rc<Scenario>, Copied),
    File(FileStatus),
    /// Whether the last "Save as a file" failed.
    SaveFailed(bool),
    ToggleMethod,
    ToggleImplications,
    ImplicationsCopied(Copied),
}

impl PageState {
    pub fn apply(mut self, action: PageAction) -> Self {
        match action {
            PageAction::Explain(figure) => self.explained = figure,
            PageAction::TableCopied(table, copied) => self.table_copied = Some((table, copied)),
            PageAction::LinkCopied(scenario, copied) => self.link_copied = Some((scenario, copied)),
            PageAction::File(status) => self.file = status,
            PageAction::SaveFailed(failed) => self.save_failed = failed,
            PageAction::ToggleMethod => self.method_shown = !self.method_shown,
            PageAction::ToggleImplications => self.implications_shown = !self.implications_shown,
            PageAction::ImplicationsCopied(copied) => self.implications_copied = Some(copied),
        }
        self
    }

    /// What copying the link did, if the link copied was the scenario on screen's.
    pub fn link_copied(&self, on_screen: &Rc<Scenario>) -> Option<Copied> {
        let (scenario, copied) = self.link_copied.as_ref()?;
        (Rc::ptr_eq(scenario, on_screen) || scenario == on_screen).then_some(*copied)
    }
}

impl Reducible for PageState {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use funding_model::data::presets::Preset;

    #[test]
    fn the_word_on_a_copied_link_goes_when_the_scenario_changes() {
        let scenario = Rc::new(Preset::SouthYorkshire.scenario());
        let page = PageState::default().apply(PageAction::LinkCopied(scenario.clone(), true));
        assert_eq!(page.link_copied(&scenario), Some(true));
        // The same scenario, rebuilt by an edit that changed nothing, is still the one copied.
        assert_eq!(page.link_copied(&Rc::new((*scenario).clone())), Some(true));
        let mut edited = (*scenario).clone();
        edited.title.push_str(" (revised)");
        assert_eq!(page.link_copied(&Rc::new(edited)), None);
    }

    #[test]
    fn each_change_touches_only_its_own_part() {
        let page = PageState::default()
            .apply(PageAction::ToggleMethod)
            .apply(PageAction::TableCopied(ResultsTable::Contributions, false))
            .apply(PageAction::Explain(Some(Figure::SpendingTotal)));
        assert!(page.method_shown && !page.implications_shown);
        assert_eq!(
            page.table_copied,
            Some((ResultsTable::Contributions, false))
        );
        assert_eq!(page.explained, Some(Figure::SpendingTotal));
        let page = page
            .apply(PageAction::ToggleMethod)
            .apply(PageAction::Explain(None));
        assert!(!page.method_shown);
        assert_eq!(page.explained, None);
        assert_eq!(page.file, FileStatus::Idle);
    }
}
