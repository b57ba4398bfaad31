//! Editing the scenario through actions, as the screen does.

use funding_calculator::state::{
    Action, AppState, ContractAction, DocumentAction, Field, HistoryStep, LineAction, LineRef,
    ListAction, MatchRuleKind, Move, OptionsAction,
};
use funding_model::data::presets::Preset;
use funding_model::{format_gbp, Report};
use funding_model::{LineKind, LineList};

fn chosen_total(state: &AppState) -> String {
    format_gbp(Report::build(state.option()).chosen_total)
}

fn pool(state: &AppState) -> String {
    format_gbp(Report::build(state.option()).years[0].pool)
}

fn sheffield(state: &AppState) -> u32 {
    state
        .option()
        .partners
        .iter()
        .find(|p| p.name.starts_with("Sheffield"))
        .unwrap()
        .id
}

#[test]
fn opens_on_south_yorkshire() {
    let state = AppState::default();
    assert_eq!(pool(&state), "£262,000.00");
    assert_eq!(chosen_total(&state), "£1,048,000.00");
}

#[test]
fn a_valid_amount_updates_the_figures() {
    let state = AppState::default();
    let id = sheffield(&state);
    let state = state.apply(Action::Type(
        Field::Annual(LineRef::partner(id)),
        "£70,000".to_string(),
    ));
    assert_eq!(pool(&state), "£272,000.00");
    assert_eq!(
        state.field_text(Field::Annual(LineRef::partner(id))),
        "£70,000"
    );
    assert!(state.problems().is_empty());
    let settled = state.apply(Action::Settle(Field::Annual(LineRef::partner(id))));
    assert_eq!(
        settled.field_text(Field::Annual(LineRef::partner(id))),
        "70,000"
    );
}

#[test]
fn an_invalid_amount_keeps_the_figures_from_before_the_edit_and_the_typed_text() {
    let state = AppState::default();
    let id = sheffield(&state);
    let state = state
        .apply(Action::Type(
            Field::Annual(LineRef::partner(id)),
            "70000".to_string(),
        ))
        .apply(Action::Type(
            Field::Annual(LineRef::partner(id)),
            "70000abc".to_string(),
        ));
    // Not £70,000: that was only part of what was being typed. The figures use what
    // the field held before this edit began, Sheffield's £60,000.
    assert_eq!(pool(&state), "£262,000.00");
    let field = Field::Annual(LineRef::partner(id));
    assert_eq!(state.field_text(field), "70000abc");
    // Not marked wrong while still being typed in...
    assert_eq!(state.field_error(field), None);
    assert!(state.problems().is_empty());
    // ...but as soon as the user leaves the field.
    let state = state.apply(Action::Settle(field));
    assert_eq!(
        state.field_error(field),
        Some("Enter the amount as a number in pounds, like 52,000 or 52,000.50")
    );
    let problems = state.problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].field_name,
        "Sheffield City Council: annual contribution"
    );
    assert_eq!(problems[0].figures_use, "£60,000.00");
    // Leaving the field keeps the bad text so the user can fix it.
    assert_eq!(state.field_text(field), "70000abc");
    // Once shown, the message follows the typing.
    let state = state.apply(Action::Type(
        Field::Annual(LineRef::partner(id)),
        "-1".to_string(),
    ));
    assert_eq!(state.field_error(field), Some("Amount must be £0 or more"));
    // Fixing it clears the problem.
    let state = state.apply(Action::Type(
        Field::Annual(LineRef::partner(id)),
        "60,000".to_string(),
    ));
    assert!(state.problems().is_empty());
    assert_eq!(pool(&state), "£262,000.00");
}

#[test]
fn adding_a_partner_with_an_amount_grows_the_pool() {
    let state = AppState::default().apply(Action::Lines(LineList::Partners, ListAction::Add));
    let new_id = state.option().partners.last().unwrap().id;
    assert_eq!(state.option().partners.len(), 6);
    assert_eq!(pool(&state), "£262,000.00");
    let state = state
        .apply(Action::Type(
            Field::LineName(LineRef::partner(new_id)),
            "NHS South Yorkshire".to_string(),
        ))
        .apply(Action::Type(
            Field::Annual(LineRef::partner(new_id)),
            "10000".to_string(),
        ));
    assert_eq!(pool(&state), "£272,000.00");
    let ids: Vec<u32> = state.option().partners.iter().map(|p| p.id).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "ids stay unique");
}

#[test]
fn removing_a_partner_forgets_its_bad_entries() {
    let state = AppState::default();
    let id = sheffield(&state);
    let state = state
        .apply(Action::Type(
            Field::Annual(LineRef::partner(id)),
            "-5".to_string(),
        ))
        .apply(Action::CheckEntries);
    assert_eq!(state.problems().len(), 1);
    let state = state.apply(Action::Lines(LineList::Partners, ListAction::Remove(id)));
    assert!(state.problems().is_empty());
    assert_eq!(pool(&state), "£202,000.00");
}

#[test]
fn extensions_are_taken_up_in_order() {
    let state = AppState::default();
    let first = state.option().extensions[0].id;
    let second = state.option().extensions[1].id;
    let state = state.apply(Action::Contract(ContractAction::SetExtensionTaken(
        second, false,
    )));
    assert_eq!(chosen_total(&state), "£786,000.00");
    let state = state.apply(Action::Contract(ContractAction::SetExtensionTaken(
        first, false,
    )));
    assert!(state.option().extensions.iter().all(|e| !e.taken));
    assert_eq!(chosen_total(&state), "£524,000.00");
    let state = state.apply(Action::Contract(ContractAction::SetExtensionTaken(
        second, true,
    )));
    assert!(state.option().extensions.iter().all(|e| e.taken));
    assert_eq!(chosen_total(&state), "£1,048,000.00");
}

#[test]
fn extensions_can_be_added_removed_and_resized() {
    let state = AppState::default().apply(Action::Contract(ContractAction::AddExtension));
    assert_eq!(state.option().extensions.len(), 3);
    let third = state.option().extensions[2].id;
    assert!(!state.option().extensions[2].taken);
    // Leaving the field to tick the box settles it, so the next edit starts from 6.
    let state = state
        .apply(Action::Type(Field::ExtensionMonths(third), "6".to_string()))
        .apply(Action::Settle(Field::ExtensionMonths(third)))
        .apply(Action::Contract(ContractAction::SetExtensionTaken(
            third, true,
        )));
    assert_eq!(chosen_total(&state), "£1,179,000.00");
    let state = state
        .apply(Action::Type(
            Field::ExtensionMonths(third),
            "61".to_string(),
        ))
        .apply(Action::Settle(Field::ExtensionMonths(third)));
    assert_eq!(
        state.field_error(Field::ExtensionMonths(third)),
        Some("Length must be between 1 and 60")
    );
    assert_eq!(chosen_total(&state), "£1,179,000.00");
    let state = state.apply(Action::Contract(ContractAction::RemoveExtension(third)));
    assert!(state.problems().is_empty());
    assert_eq!(chosen_total(&state), "£1,048,000.00");
}

#[test]
fn term_and_start_can_change() {
    let state = AppState::default()
        .apply(Action::Contract(ContractAction::SetInitialYears(3)))
        .apply(Action::Contract(ContractAction::SetStartMonth(4)))
        .apply(Action::Type(Field::StartYear, "2022".to_string()))
        .apply(Action::Settle(Field::StartYear));
    let report = Report::build(state.option());
    assert_eq!(format_gbp(report.initial_term_total), "£786,000.00");
    assert_eq!(report.years[0].year.label(), "Year 1: Apr 2022 to Mar 2023");
    let state = state
        .apply(Action::Type(Field::StartYear, "20222".to_string()))
        .apply(Action::Settle(Field::StartYear));
    assert_eq!(
        state.field_error(Field::StartYear),
        Some("Year must be between 2000 and 2100")
    );
    assert_eq!(state.option().start.year(), 2022);
    let state = state.apply(Action::Contract(ContractAction::SetInitialYears(0)));
    assert_eq!(
        state.option().initial_years,
        1,
        "terms outside 1 to 10 are clamped"
    );
}

#[test]
fn partners_can_be_reordered_and_changed() {
    let state = AppState::default();
    let id = sheffield(&state);
    let state = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::Move(id, Move::Up),
    ));
    assert_eq!(state.option().partners[0].id, id);
    let unchanged = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::Move(id, Move::Up),
    ));
    assert_eq!(
        unchanged.scenario, state.scenario,
        "the first partner cannot move up"
    );
    let state = state.apply(Action::line(
        LineRef::partner(id),
        LineAction::SetKind(funding_model::PartnerKind::HealthBody.code().to_string()),
    ));
    assert_eq!(state.option().partners[0].kind.label(), "Health body");
}

#[test]
fn a_year_can_have_its_own_amount() {
    let state = AppState::default();
    let id = sheffield(&state);
    let state = state.apply(Action::Type(
        Field::Year(LineRef::partner(id), 2),
        "0".to_string(),
    ));
    let report = Report::build(state.option());
    assert_eq!(format_gbp(report.years[1].pool), "£202,000.00");
    assert_eq!(format_gbp(report.years[0].pool), "£262,000.00");
    let state = state.apply(Action::Type(
        Field::Year(LineRef::partner(id), 2),
        "  ".to_string(),
    ));
    assert_eq!(
        format_gbp(Report::build(state.option()).years[1].pool),
        "£262,000.00"
    );
}

#[test]
fn loading_a_preset_replaces_the_scenario_and_clears_bad_entries() {
    let state = AppState::default();
    let id = sheffield(&state);
    let state = state
        .apply(Action::Type(
            Field::Annual(LineRef::partner(id)),
            "abc".to_string(),
        ))
        .apply(Action::Document(DocumentAction::LoadPreset(
            Preset::Cleveland2022,
        )));
    assert!(state.problems().is_empty());
    assert_eq!(chosen_total(&state), "£229,135.00");
}

fn focused(state: &AppState) -> &str {
    state
        .focus
        .as_ref()
        .map(|f| f.element_id.as_str())
        .unwrap_or("")
}

#[test]
fn pressing_enter_shows_every_error_and_focuses_the_summary() {
    let state = AppState::default()
        .apply(Action::Type(
            Field::Annual(LineRef::partner(1)),
            "abc".to_string(),
        ))
        .apply(Action::Type(
            Field::Annual(LineRef::partner(2)),
            "1.234".to_string(),
        ));
    assert!(state.problems().is_empty());
    let state = state.apply(Action::CheckEntries);
    let names: Vec<String> = state.problems().into_iter().map(|p| p.field_name).collect();
    assert_eq!(
        names,
        [
            "Doncaster Council: annual contribution",
            "Sheffield City Council: annual contribution"
        ]
    );
    assert_eq!(focused(&state), "error-summary");
    let clean = AppState::default().apply(Action::CheckEntries);
    assert_eq!(clean.focus, None, "no errors, no focus move");
}

#[test]
fn focus_lands_somewhere_sensible_after_adding_removing_and_moving() {
    let state = AppState::default().apply(Action::Lines(LineList::Partners, ListAction::Add));
    let new_id = state.option().partners.last().unwrap().id;
    assert_eq!(focused(&state), format!("partner-{new_id}-name"));
    let first_request = state.focus.clone().unwrap();

    let state = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::Remove(new_id),
    ));
    assert_eq!(focused(&state), "partners-heading");
    assert!(state.focus.as_ref().unwrap().sequence > first_request.sequence);

    let state = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::Move(3, Move::Up),
    ));
    assert_eq!(focused(&state), "partner-3-move-up");
    let state = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::Move(3, Move::Up),
    ));
    assert_eq!(
        focused(&state),
        "partner-3-move-down",
        "at the top, move-up is gone"
    );
    let unmoved = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::Move(5, Move::Down),
    ));
    assert_eq!(
        unmoved.focus, state.focus,
        "the last partner cannot move down: no new focus request"
    );

    let state = state.apply(Action::Contract(ContractAction::AddExtension));
    let extension = state.option().extensions.last().unwrap().id;
    assert_eq!(focused(&state), format!("extension-{extension}-months"));
    let state = state.apply(Action::Contract(ContractAction::RemoveExtension(extension)));
    assert_eq!(focused(&state), "extensions-heading");
}

#[test]
fn discrete_changes_make_history_entries_and_typing_does_not() {
    use funding_calculator::state::HistoryStep;
    let state = AppState::default();
    assert_eq!(
        state.change, None,
        "nothing to record before the first change"
    );
    let typed = state.apply(Action::Type(
        Field::Annual(LineRef::partner(1)),
        "5".to_string(),
    ));
    assert_eq!(typed.change.unwrap().step, HistoryStep::SameEntry);
    let added = typed.apply(Action::Lines(LineList::Partners, ListAction::Add));
    assert_eq!(added.change.unwrap().step, HistoryStep::NewEntry);
    assert!(added.change.unwrap().sequence > typed.change.unwrap().sequence);
    let toggled = added.apply(Action::Contract(ContractAction::SetExtensionTaken(
        7, false,
    )));
    assert_eq!(toggled.change.unwrap().step, HistoryStep::NewEntry);
    let back = toggled.apply(Action::Document(DocumentAction::ShowHistoryEntry(
        Box::new((*added.scenario).clone()),
        String::new(),
    )));
    assert_eq!(back.change.unwrap().step, HistoryStep::Leave);
    assert_eq!(back.scenario, added.scenario);
    let opened = back.apply(Action::Document(DocumentAction::Open(Box::new(
        Preset::Cleveland2022.scenario(),
    ))));
    assert_eq!(opened.change.unwrap().step, HistoryStep::NewEntry);
    assert_eq!(chosen_total(&opened), "£229,135.00");
}

#[test]
fn titles_and_names_stay_within_what_a_link_carries() {
    let long = "é".repeat(500);
    let state = AppState::default()
        .apply(Action::Type(Field::Title, long.clone()))
        .apply(Action::Type(Field::LineName(LineRef::partner(1)), long));
    assert_eq!(state.scenario.title.chars().count(), 200);
    assert_eq!(state.option().partners[0].name.chars().count(), 200);
    let link = funding_model::link::encode(&state.scenario);
    assert!(
        funding_model::link::decode(&link).is_ok(),
        "the editor's scenario must open as a link"
    );
}

#[test]
fn a_split_sets_several_contributions_in_one_history_step() {
    use funding_calculator::state::HistoryStep;
    use funding_model::figures::analysis::split_equally;
    let state = AppState::default();
    let ids: Vec<u32> = state.option().partners.iter().map(|p| p.id).collect();
    let parts = split_equally("71711.67".parse().unwrap(), ids.len());
    let state = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::SetAnnuals(ids.into_iter().zip(parts).collect()),
    ));
    assert_eq!(pool(&state), "£71,711.67");
    assert_eq!(format_gbp(state.option().partners[0].annual), "£14,342.34");
    assert_eq!(format_gbp(state.option().partners[4].annual), "£14,342.33");
    assert_eq!(state.change.unwrap().step, HistoryStep::NewEntry);
}

#[test]
fn options_can_be_added_duplicated_reordered_and_removed() {
    let state = AppState::new(Preset::SouthYorkshireOptions.scenario());
    assert_eq!(state.scenario.options.len(), 3);
    assert_eq!((state.scenario.baseline, state.scenario.active), (2, 2));

    let state = state.apply(Action::Options(OptionsAction::Duplicate(2)));
    assert_eq!(state.scenario.options.len(), 4);
    assert_eq!(
        state.scenario.options[3].name,
        "Copy of Option 3: countywide pool (recommended)"
    );
    assert_eq!(state.scenario.active, 3, "the copy is shown, to be edited");
    assert_eq!(state.focus.as_ref().unwrap().element_id, "option-3-name");

    // Moving keeps the baseline on the same option.
    let state = state.apply(Action::Options(OptionsAction::Move(2, Move::Up)));
    assert_eq!(state.scenario.baseline, 1);
    assert_eq!(
        state.scenario.options[1].name,
        "Option 3: countywide pool (recommended)"
    );
    let state = state.apply(Action::Options(OptionsAction::SetBaseline(0)));
    assert_eq!(state.scenario.baseline, 0);

    // Removing the baseline makes the first option the baseline.
    let state = state.apply(Action::Options(OptionsAction::Remove(0)));
    assert_eq!(state.scenario.options.len(), 3);
    assert_eq!(state.scenario.baseline, 0);
    assert_eq!(state.focus.as_ref().unwrap().element_id, "options-heading");

    let state = state.apply(Action::Type(Field::OptionName(1), "Countywide".to_string()));
    assert_eq!(state.scenario.options[1].name, "Countywide");

    let state = state.apply(Action::Options(OptionsAction::Add));
    assert_eq!(state.scenario.options.len(), 4);
    assert_eq!(state.scenario.options[3].name, "Option 4");
    assert!(state.option().partners.is_empty());
    assert_eq!(state.scenario.active, 3);

    // The last option cannot be removed.
    let mut state = state;
    for _ in 0..10 {
        state = state.apply(Action::Options(OptionsAction::Remove(0)));
    }
    assert_eq!(state.scenario.options.len(), 1);
    assert_eq!((state.scenario.baseline, state.scenario.active), (0, 0));
}

#[test]
fn editing_one_option_leaves_the_others_alone() {
    let state = AppState::new(Preset::SouthYorkshireOptions.scenario())
        .apply(Action::Options(OptionsAction::Show(1)));
    let doncaster = state.option().partners[0].id;
    let state = state.apply(Action::Type(
        Field::Annual(LineRef::partner(doncaster)),
        "55,000".to_string(),
    ));
    assert_eq!(pool(&state), "£55,000.00");
    let countywide = state.apply(Action::Options(OptionsAction::Show(2)));
    assert_eq!(pool(&countywide), "£262,000.00");
}

#[test]
fn a_bad_entry_in_one_option_is_not_carried_to_another() {
    let state = AppState::new(Preset::SouthYorkshireOptions.scenario())
        .apply(Action::Type(Field::Referrals, "lots".to_string()))
        .apply(Action::CheckEntries);
    assert_eq!(state.problems().len(), 1);
    let state = state.apply(Action::Options(OptionsAction::Show(0)));
    assert!(state.problems().is_empty());
}

#[test]
fn a_spending_plan_is_built_from_cost_lines() {
    let state = AppState::default().apply(Action::Lines(LineList::CostLines, ListAction::Add));
    let line = state.option().cost_lines[0].id;
    assert_eq!(
        state.focus.as_ref().unwrap().element_id,
        format!("cost-{line}-name")
    );
    let state = state
        .apply(Action::Type(
            Field::LineName(LineRef::cost_line(line)),
            "Provider".to_string(),
        ))
        .apply(Action::Type(
            Field::Annual(LineRef::cost_line(line)),
            "270,000".to_string(),
        ))
        .apply(Action::Settle(Field::Annual(LineRef::cost_line(line))));
    let report = Report::build(state.option());
    assert_eq!(
        report.balance.map(format_gbp).as_deref(),
        Some("-£32,000.00")
    );
    let state = state
        .apply(Action::Type(
            Field::Year(LineRef::cost_line(line), 4),
            "238,000".to_string(),
        ))
        .apply(Action::Type(
            Field::Annual(LineRef::cost_line(line)),
            "27O".to_string(),
        ))
        .apply(Action::Settle(Field::Annual(LineRef::cost_line(line))));
    assert!(state
        .field_error(Field::Annual(LineRef::cost_line(line)))
        .is_some());
    assert_eq!(
        Report::build(state.option())
            .balance
            .map(format_gbp)
            .as_deref(),
        Some("£0.00"),
        "3 × £270,000 + £238,000 = 4 × £262,000"
    );
    let state = state.apply(Action::Lines(LineList::CostLines, ListAction::Remove(line)));
    assert!(state.option().cost_lines.is_empty());
    assert!(state.problems().is_empty(), "its draft goes with it");
}

#[test]
fn uplifts_are_typed_as_percentages() {
    let state = AppState::default();
    let id = sheffield(&state);
    let state = state
        .apply(Action::Type(
            Field::Uplift(LineRef::partner(id)),
            "2.5%".to_string(),
        ))
        .apply(Action::line(
            LineRef::partner(id),
            LineAction::SetUpliftFrom(3),
        ));
    assert_eq!(chosen_total(&state), "£1,052,537.50");
    let settled = state.apply(Action::Settle(Field::Uplift(LineRef::partner(id))));
    assert_eq!(
        settled.field_text(Field::Uplift(LineRef::partner(id))),
        "2.5"
    );
    let state = settled
        .apply(Action::Type(
            Field::Uplift(LineRef::partner(id)),
            "150".to_string(),
        ))
        .apply(Action::Settle(Field::Uplift(LineRef::partner(id))));
    assert_eq!(
        state.field_error(Field::Uplift(LineRef::partner(id))),
        Some("Uplift must be 100.00% or less")
    );
    assert_eq!(chosen_total(&state), "£1,052,537.50");
    let state = state.apply(Action::Type(
        Field::Uplift(LineRef::partner(id)),
        "".to_string(),
    ));
    assert_eq!(chosen_total(&state), "£1,048,000.00");
}

#[test]
fn the_match_rule_can_be_a_share_or_an_amount() {
    let state = AppState::new(Preset::Cleveland2022.scenario());
    assert_eq!(state.field_text(Field::MatchMinimum), "71,711.67");
    let state = state
        .apply(Action::Contract(ContractAction::SetMatchRuleKind(
            MatchRuleKind::MinimumLocalShare,
        )))
        .apply(Action::Type(Field::MatchMinimum, "30".to_string()));
    let report = Report::build(state.option());
    assert_eq!(report.match_funding.met, Some(true));
    let state = state.apply(Action::Type(Field::MatchMinimum, "31.3".to_string()));
    assert_eq!(Report::build(state.option()).match_funding.met, Some(false));
    let state = state.apply(Action::Contract(ContractAction::SetMatchRuleKind(
        MatchRuleKind::NoRule,
    )));
    assert_eq!(Report::build(state.option()).match_funding.met, None);
}

#[test]
fn activity_gives_value_for_money() {
    let state = AppState::default()
        .apply(Action::Contract(ContractAction::SetExtensionTaken(
            6, false,
        )))
        .apply(Action::Type(Field::Referrals, "553".to_string()))
        .apply(Action::Type(Field::Completions, "95".to_string()));
    let activity = Report::build(state.option()).activity.unwrap();
    assert_eq!(
        format_gbp(activity.value.cost_per_completion.unwrap()),
        "£2,757.89"
    );
    let state = state
        .apply(Action::Type(Field::DemandChange, "+60%".to_string()))
        .apply(Action::Type(Field::Completions, "1,000,001".to_string()))
        .apply(Action::Settle(Field::Completions));
    assert_eq!(
        state.field_error(Field::Completions),
        Some("Completions a year must be between 0 and 1000000")
    );
    assert_eq!(
        Report::build(state.option()).activity.unwrap().referrals,
        1_770
    );
}

#[test]
fn cost_lines_move_as_partners_do() {
    let state = AppState::new(Preset::Cleveland2022.scenario());
    let ids: Vec<u32> = state.option().cost_lines.iter().map(|c| c.id).collect();
    let state = state.apply(Action::Lines(
        LineList::CostLines,
        ListAction::Move(ids[1], Move::Up),
    ));
    let moved: Vec<u32> = state.option().cost_lines.iter().map(|c| c.id).collect();
    assert_eq!(moved, [ids[1], ids[0], ids[2]]);
    assert_eq!(
        focused(&state),
        format!("cost-{}-move-down", ids[1]),
        "at the top, move-up is gone: focus goes to its twin"
    );
    assert_eq!(
        state.change.unwrap().step,
        funding_calculator::state::HistoryStep::NewEntry
    );
    let unmoved = state.apply(Action::Lines(
        LineList::CostLines,
        ListAction::Move(ids[2], Move::Down),
    ));
    assert_eq!(
        unmoved.scenario, state.scenario,
        "the last line cannot move down"
    );
}

#[test]
fn typing_1_000_key_by_key_ends_as_one_thousand_never_one() {
    let state = AppState::default();
    let id = sheffield(&state);
    let field = Field::Annual(LineRef::partner(id));
    let mut state = state;
    let mut pools = Vec::new();
    for typed in ["1", "1 ", "1 0", "1 00", "1 000"] {
        state = state.apply(Action::Type(field, typed.to_string()));
        pools.push(pool(&state));
    }
    // "1 0" and "1 00" are half-typed: the figures keep Sheffield's £60,000 meanwhile.
    assert_eq!(
        pools,
        [
            "£202,001.00",
            "£202,001.00",
            "£262,000.00",
            "£262,000.00",
            "£203,000.00"
        ]
    );
    assert_eq!(format_gbp(state.option().partners[1].annual), "£1,000.00");
    let settled = state.apply(Action::Settle(field));
    assert_eq!(settled.field_text(field), "1,000");
}

#[test]
fn grouping_with_spaces_is_read_and_runaway_digits_keep_the_old_figure() {
    let state = AppState::default();
    let id = sheffield(&state);
    let field = Field::Annual(LineRef::partner(id));
    let spaced = state.apply(Action::Type(field, "£ 52 000".to_string()));
    assert_eq!(format_gbp(spaced.option().partners[1].annual), "£52,000.00");
    let mut nines = state.clone();
    for count in 1..=20 {
        nines = nines.apply(Action::Type(field, "9".repeat(count)));
    }
    let nines = nines.apply(Action::Settle(field));
    assert_eq!(
        nines.field_error(field),
        Some("Amount must be £1,000,000,000 or less")
    );
    assert_eq!(
        format_gbp(nines.option().partners[1].annual),
        "£60,000.00",
        "not £999,999,999, the last amount that fitted"
    );
    assert_eq!(nines.problems()[0].figures_use, "£60,000.00");
}

#[test]
fn typed_text_that_was_not_accepted_comes_back_with_its_error() {
    let state = AppState::default();
    let id = sheffield(&state);
    let field = Field::Annual(LineRef::partner(id));
    let state = state
        .apply(Action::Type(field, "60,000x".to_string()))
        .apply(Action::Type(
            Field::Referrals,
            "lots\tand\\lots".to_string(),
        ));
    let kept = state.drafts.to_keep();
    let reopened = AppState::with_typed((*state.scenario).clone(), &kept);
    assert_eq!(reopened.field_text(field), "60,000x");
    assert_eq!(
        reopened.field_error(field),
        Some("Enter the amount as a number in pounds, like 52,000 or 52,000.50")
    );
    assert_eq!(reopened.field_text(Field::Referrals), "lots\tand\\lots");
    assert_eq!(
        reopened.scenario, state.scenario,
        "the figures are those saved"
    );
    assert_eq!(reopened.problems().len(), 2);
    // Lines it could not have written are passed over; nothing panics.
    let odd = AppState::with_typed(
        Preset::SouthYorkshire.scenario(),
        "nonsense\npartner-999-annual\tabc\n\t\n\\",
    );
    assert!(odd.problems().is_empty());
}

#[test]
fn every_field_is_found_again_by_its_id() {
    use funding_calculator::state::LineRef;
    let fields = [
        Field::Title,
        Field::OptionName(3),
        Field::StartYear,
        Field::ExtensionMonths(7),
        Field::LineName(LineRef::partner(2)),
        Field::Annual(LineRef::cost_line(41)),
        Field::Year(LineRef::partner(5), 12),
        Field::Uplift(LineRef::cost_line(9)),
        Field::MatchMinimum,
        Field::Referrals,
        Field::Completions,
        Field::DemandChange,
    ];
    for field in fields {
        assert_eq!(Field::from_element_id(&field.element_id()), Some(field));
    }
    for id in [
        "",
        "partner",
        "partner-x-annual",
        "partner-1-year-",
        "cost-1-kind",
        "main-content",
    ] {
        assert_eq!(Field::from_element_id(id), None, "{id:?}");
    }
}

fn import(state: AppState, list: LineList, text: &str) -> AppState {
    use funding_model::formats::table_import::import_table;
    let imported = import_table(text, list).expect("the block reads");
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    state.apply(Action::Lines(list, ListAction::Import(imported.lines)))
}

#[test]
fn pasted_rows_fill_a_new_scenario_and_make_one_history_step() {
    use funding_model::YearMonth;
    let start = YearMonth::new(2025, 4).unwrap();
    let state = AppState::default().apply(Action::Document(DocumentAction::StartNew(start)));
    let rows = "Bolton\t34,592\nBury\t23,700\nManchester\t£63,732\nOldham\t25800\n";
    let state = import(state, LineList::Partners, rows);
    let names: Vec<&str> = state
        .option()
        .partners
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Bolton", "Bury", "Manchester", "Oldham"],
        "the blank partner is filled first"
    );
    assert_eq!(pool(&state), "£147,824.00");
    let change = state.change.as_ref().expect("the paste is a change");
    assert_eq!(
        change.step,
        HistoryStep::NewEntry,
        "Back undoes the paste in one step"
    );
}

#[test]
fn pasted_rows_update_partners_of_the_same_name_and_add_the_rest() {
    let state = AppState::default();
    let count = state.option().partners.len();
    let rows = "sheffield city council \t70,000\nNHS South Yorkshire ICB\t10,000";
    let state = import(state, LineList::Partners, rows);
    let partners = &state.option().partners;
    assert_eq!(
        partners.len(),
        count + 1,
        "Sheffield updated, the NHS added"
    );
    let sheffield = partners
        .iter()
        .find(|p| p.name == "Sheffield City Council")
        .unwrap();
    assert_eq!(sheffield.annual.to_string(), "70000");
    assert_eq!(pool(&state), "£282,000.00");
}

#[test]
fn pasted_years_that_differ_become_amounts_for_those_years() {
    let rows =
        "Name\tYear 1\tYear 2\tYear 3\tTotal\nDoncaster Council\t52,000\t52,000\t60,000\t164,000";
    let state = import(AppState::default(), LineList::Partners, rows);
    let doncaster = &state.option().partners[0];
    assert_eq!(doncaster.annual.to_string(), "52000");
    let years: Vec<(u16, String)> = doncaster
        .year_amounts
        .iter()
        .map(|(y, a)| (*y, a.to_string()))
        .collect();
    assert_eq!(years, [(3, "60000".to_string())]);
}

#[test]
fn one_uplift_is_set_on_the_chosen_partners_in_one_step() {
    use funding_model::data::line::Uplift;
    use funding_model::Percent;
    let state = AppState::default();
    let ids: Vec<u32> = state
        .option()
        .partners
        .iter()
        .take(3)
        .map(|p| p.id)
        .collect();
    let uplift = Uplift {
        percent: Percent(250).into(),
        from_year: 2,
    };
    let state = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::SetUplifts(ids.clone(), uplift),
    ));
    for partner in &state.option().partners {
        assert_eq!(
            partner.uplift == uplift,
            ids.contains(&partner.id),
            "{}",
            partner.name
        );
    }
}

#[test]
fn a_name_with_a_hidden_character_is_refused_at_its_field() {
    let state = AppState::default();
    let field = Field::LineName(LineRef::partner(sheffield(&state)));
    for name in [
        "Sheffield\u{202E}licnuoC",
        "Sheffield\u{0}",
        "Sheffield\u{2067}",
    ] {
        let typed = state
            .apply(Action::Type(field, name.to_string()))
            .apply(Action::Settle(field));
        assert!(typed
            .option()
            .partners
            .iter()
            .any(|p| p.name == "Sheffield City Council"));
        let problems = typed.problems();
        assert_eq!(problems.len(), 1, "{name:?}");
        assert!(
            problems[0].message.contains("hidden characters"),
            "{problems:?}"
        );
        assert_eq!(
            typed.field_text(field),
            name,
            "the text stays as typed, to be fixed"
        );
    }
}
