//! Every option's figures, built once per change and shared: the results, the charts,
//! the editors (through each report's timeline) and the comparison all read the same
//! [`Report`], so a figure cannot differ between two places on the page.

use super::comparison::Comparison;
use super::report::Report;
use crate::data::scenario::{FundingOption, Scenario};
use std::rc::Rc;

/// Each option's report, in option order, and the comparison built from them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub reports: Vec<Rc<Report>>,
    pub comparison: Rc<Comparison>,
    /// What each report was built from, to tell which options a change touched.
    built_from: Vec<FundingOption>,
    active: usize,
}

impl Figures {
    /// Every figure of `scenario`, built from nothing.
    pub fn build(scenario: &Scenario) -> Figures {
        Figures::rebuild(None, scenario)
    }

    /// Every figure of `scenario`, reusing the reports of `previous` for options that
    /// have not changed since, so an edit in one option rebuilds that option's report
    /// alone. When nothing has changed, the comparison is reused too.
    pub fn rebuild(previous: Option<&Figures>, scenario: &Scenario) -> Figures {
        // Usually at the same position; after a move or a removal, elsewhere.
        let kept = |position: usize, option: &FundingOption| {
            let previous = previous?;
            let index = match previous.built_from.get(position) {
                Some(same) if same == option => position,
                _ => previous.built_from.iter().position(|o| o == option)?,
            };
            Some(previous.reports[index].clone())
        };
        let reports: Vec<Rc<Report>> = scenario
            .options
            .iter()
            .enumerate()
            .map(|(position, option)| {
                kept(position, option).unwrap_or_else(|| Rc::new(Report::build(option)))
            })
            .collect();
        let comparison = match previous {
            Some(previous) if previous.same_as(scenario, &reports) => previous.comparison.clone(),
            _ => Rc::new(Comparison::build(scenario, &reports)),
        };
        Figures {
            reports,
            comparison,
            built_from: scenario.options.clone(),
            active: scenario.active,
        }
    }

    /// The report of the option being edited and shown.
    pub fn shown(&self) -> &Rc<Report> {
        let last = self.reports.len().saturating_sub(1);
        &self.reports[self.active.min(last)]
    }

    /// Whether these figures were built from the same options, names and baseline.
    fn same_as(&self, scenario: &Scenario, reports: &[Rc<Report>]) -> bool {
        self.reports.len() == reports.len()
            && self
                .reports
                .iter()
                .zip(reports)
                .all(|(a, b)| Rc::ptr_eq(a, b))
            && self.comparison.baseline == scenario.baseline
            && self
                .built_from
                .iter()
                .zip(&scenario.options)
                .all(|(a, b)| a.name == b.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;
    use rust_decimal::Decimal;

    #[test]
    fn an_edit_in_one_option_rebuilds_that_option_alone() {
        let mut scenario = Preset::SouthYorkshireOptions.scenario();
        let before = Figures::build(&scenario);
        scenario.options[1].partners[0].annual = Decimal::from(55_000);
        let after = Figures::rebuild(Some(&before), &scenario);
        assert!(Rc::ptr_eq(&before.reports[0], &after.reports[0]));
        assert!(!Rc::ptr_eq(&before.reports[1], &after.reports[1]));
        assert!(Rc::ptr_eq(&before.reports[2], &after.reports[2]));
        assert_eq!(*after.reports[1], Report::build(&scenario.options[1]));
        assert_eq!(
            *after.comparison,
            Comparison::build(&scenario, &after.reports),
            "the comparison follows the edit"
        );
    }

    #[test]
    fn nothing_changed_means_nothing_rebuilt() {
        let scenario = Preset::SouthYorkshireOptions.scenario();
        let before = Figures::build(&scenario);
        let again = Figures::rebuild(Some(&before), &scenario);
        assert!(Rc::ptr_eq(&before.comparison, &again.comparison));
        let mut renamed = scenario.clone();
        renamed.options[0].name = "Do nothing".to_string();
        let after = Figures::rebuild(Some(&before), &renamed);
        assert_eq!(after.comparison.option_names[0], "Do nothing");
    }
}
