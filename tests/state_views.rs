//! An edit re-renders only what it changed. yew re-renders a component only when its
//! props differ, and each section of the editor gets only its view of the state
//! (`state::views`), and each table row only its own figures; so these tests check the
//! views and figures themselves: after an edit, everything the edit did not touch must
//! be equal to what it was, and the figures of options it did not touch the very same.

use funding_calculator::state::{Action, AppState, ContractAction, Field, LineRef, ListAction};
use funding_model::data::presets::Preset;
use funding_model::figures::Figures;
use funding_model::LineList;
use std::rc::Rc;

/// Every section's view, in the order the editor shows them.
#[derive(Debug, PartialEq)]
struct Sections {
    options: funding_calculator::state::views::OptionsView,
    contract: funding_calculator::state::views::ContractView,
    extensions: Vec<funding_calculator::state::views::ExtensionView>,
    partners: Vec<funding_calculator::state::views::LineView>,
    rule: funding_calculator::state::views::MatchRuleView,
    cost_lines: Vec<funding_calculator::state::views::LineView>,
    activity: funding_calculator::state::views::ActivityView,
}

fn sections(state: &AppState) -> Sections {
    Sections {
        options: state.options_view(),
        contract: state.contract_view(),
        extensions: state.extension_views(),
        partners: state.line_views(LineList::Partners),
        rule: state.match_rule_view(),
        cost_lines: state.line_views(LineList::CostLines),
        activity: state.activity_view(),
    }
}

#[test]
fn typing_in_one_partner_changes_that_partners_view_alone() {
    let before = AppState::default();
    let edited = before.option().partners[2].id;
    let after = before.apply(Action::Type(
        Field::Annual(LineRef::partner(edited)),
        "20,000".to_string(),
    ));
    let (old, new) = (sections(&before), sections(&after));
    assert_ne!(
        old.partners[2], new.partners[2],
        "the edited partner changed"
    );
    for (index, (old, new)) in old.partners.iter().zip(&new.partners).enumerate() {
        if index != 2 {
            assert_eq!(old, new, "partner {index} was not edited");
        }
    }
    assert_eq!(old.options, new.options);
    assert_eq!(old.contract, new.contract);
    assert_eq!(old.extensions, new.extensions);
    assert_eq!(old.rule, new.rule);
    assert_eq!(old.cost_lines, new.cost_lines);
    assert_eq!(old.activity, new.activity);
}

#[test]
fn an_error_shown_in_one_cost_line_changes_that_lines_view_alone() {
    let before = AppState::new(Preset::Cleveland2022.scenario());
    let line = before.option().cost_lines[1].id;
    let field = Field::Annual(LineRef::cost_line(line));
    let after = before
        .apply(Action::Type(field, "abc".to_string()))
        .apply(Action::Settle(field));
    let (old, new) = (sections(&before), sections(&after));
    assert_eq!(
        new.cost_lines[1].field(field).error.as_deref(),
        Some("Enter the amount as a number in pounds, like 52,000 or 52,000.50")
    );
    assert_eq!(old.cost_lines[0], new.cost_lines[0]);
    assert_eq!(old.cost_lines[2], new.cost_lines[2]);
    assert_eq!(old.partners, new.partners);
    assert_eq!(old.contract, new.contract);
}

#[test]
fn a_change_to_the_contract_leaves_every_line_alone() {
    let before = AppState::default();
    let after = before.apply(Action::Contract(ContractAction::SetStartMonth(4)));
    let (old, new) = (sections(&before), sections(&after));
    assert_ne!(old.contract, new.contract);
    assert_eq!(old.partners, new.partners);
    assert_eq!(old.options, new.options);
    assert_eq!(old.extensions, new.extensions);
}

#[test]
fn leaving_a_field_with_nothing_to_tidy_keeps_the_same_scenario() {
    let before = AppState::default();
    let after = before.apply(Action::Settle(Field::StartYear));
    assert!(
        Rc::ptr_eq(&before.scenario, &after.scenario),
        "no copy of the scenario, so nothing downstream sees a change"
    );
}

#[test]
fn an_edit_in_one_option_rebuilds_that_options_figures_alone() {
    let before = AppState::new(Preset::SouthYorkshireOptions.scenario()).apply(Action::Options(
        funding_calculator::state::OptionsAction::Show(1),
    ));
    let figures = Figures::build(&before.scenario);
    let doncaster = before.option().partners[0].id;
    let after = before.apply(Action::Type(
        Field::Annual(LineRef::partner(doncaster)),
        "55,000".to_string(),
    ));
    let rebuilt = Figures::rebuild(Some(&figures), &after.scenario);
    assert!(Rc::ptr_eq(&figures.reports[0], &rebuilt.reports[0]));
    assert!(!Rc::ptr_eq(&figures.reports[1], &rebuilt.reports[1]));
    assert!(Rc::ptr_eq(&figures.reports[2], &rebuilt.reports[2]));
    assert_eq!(
        funding_model::format_gbp(rebuilt.shown().years[0].pool),
        "£55,000.00",
        "the shown option's figures follow the edit"
    );
    let adding = after.apply(Action::Lines(LineList::Partners, ListAction::Add));
    let again = Figures::rebuild(Some(&rebuilt), &adding.scenario);
    assert!(Rc::ptr_eq(&rebuilt.reports[0], &again.reports[0]));
    assert!(Rc::ptr_eq(&rebuilt.reports[2], &again.reports[2]));
}
