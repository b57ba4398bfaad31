//! Whatever the editor makes must travel: random sequences of edits, as the screen
//! makes them, always give a scenario that opens again as a link and as a file.

mod common;

use common::renumbered;
use common::scenarios::Rng;
use funding_calculator::state::{
    Action, AppState, ContractAction, DocumentAction, Field, LineAction, LineRef, ListAction,
    MatchRuleKind, Move, OptionsAction,
};
use funding_model::data::line::{CostKind, LineKind, PartnerKind};
use funding_model::data::presets::Preset;
use funding_model::data::scenario::{Activity, MatchRule};
use funding_model::LineList;
use funding_model::{link, scenario_file};

/// One of `texts`, at random.
fn pick(rng: &mut Rng, texts: &[&str]) -> String {
    texts[rng.below(texts.len() as u64) as usize].to_string()
}

const AMOUNTS: &[&str] = &[
    "0",
    "52,000",
    "£1,000,000,000",
    "0.01",
    "abc",
    "-5",
    "157423.33",
    "",
    "1,0000",
    "1000000000.01",
];
const PERCENTS: &[&str] = &[
    "", "0", "2.5", "2.50%", "100", "100.01", "-1", "1.234", "abc", " 31.3 % ", ".5", "1000",
    "1000.01",
];
const COUNTS: &[&str] = &[
    "", "0", "553", "1,106", "1000000", "1000001", "-3", "2.5", "x",
];
const CHANGES: &[&str] = &[
    "", "0", "60", "+60%", "-20", "-100", "-101", "1000", "1001", "x",
];

fn random_action(rng: &mut Rng, state: &AppState) -> Action {
    let option = state.scenario.active_option();
    let options = state.scenario.options.len() as u64;
    // Mostly an item that exists; sometimes one that does not, as a stale click might.
    let any_id = |rng: &mut Rng, ids: Vec<u32>| {
        if ids.is_empty() || rng.chance(5) {
            99
        } else {
            ids[rng.below(ids.len() as u64) as usize]
        }
    };
    let any_partner = |rng: &mut Rng| any_id(rng, option.partners.iter().map(|p| p.id).collect());
    let any_extension =
        |rng: &mut Rng| any_id(rng, option.extensions.iter().map(|e| e.id).collect());
    let any_line = |rng: &mut Rng| any_id(rng, option.cost_lines.iter().map(|c| c.id).collect());
    // Positions of options, now and then one past the end.
    let any_option = |rng: &mut Rng| rng.below(options + 1) as usize;
    let any_move = |rng: &mut Rng| if rng.chance(50) { Move::Up } else { Move::Down };
    let any_year = |rng: &mut Rng| rng.below(62) as u16;
    match rng.below(41) {
        0 => Action::Type(Field::Title, "é🏴".repeat(rng.below(150) as usize)),
        1 => Action::Contract(ContractAction::SetStartMonth(rng.below(14) as u8)),
        2 => Action::Type(Field::StartYear, pick(rng, &["1999", "2021", "2100", "x"])),
        3 => Action::Contract(ContractAction::SetInitialYears(rng.below(12) as u8)),
        4 => Action::Contract(ContractAction::AddExtension),
        5 => Action::Contract(ContractAction::RemoveExtension(any_extension(rng))),
        6 => Action::Type(
            Field::ExtensionMonths(any_extension(rng)),
            pick(rng, &["1", "7", "12", "18", "60", "61", ""]),
        ),
        7 => Action::Contract(ContractAction::SetExtensionTaken(
            any_extension(rng),
            rng.chance(50),
        )),
        8 | 9 => Action::Lines(LineList::Partners, ListAction::Add),
        10 => Action::Lines(LineList::Partners, ListAction::Remove(any_partner(rng))),
        11 => Action::Type(
            Field::LineName(LineRef::partner(any_partner(rng))),
            "<b>Name</b> ".repeat(rng.below(30) as usize),
        ),
        12 => Action::line(
            LineRef::partner(any_partner(rng)),
            LineAction::SetKind(PartnerKind::ALL[rng.below(5) as usize].code().to_string()),
        ),
        13 => Action::Type(
            Field::Annual(LineRef::partner(any_partner(rng))),
            pick(rng, AMOUNTS),
        ),
        14 => Action::Type(
            Field::Year(LineRef::partner(any_partner(rng)), 1 + rng.below(60) as u16),
            pick(rng, AMOUNTS),
        ),
        15 => Action::Lines(
            LineList::Partners,
            ListAction::Move(any_partner(rng), any_move(rng)),
        ),
        16 => Action::CheckEntries,
        17 => Action::Document(DocumentAction::LoadPreset(
            Preset::ALL[rng.below(3) as usize],
        )),
        18 => Action::Options(OptionsAction::Add),
        19 => Action::Options(OptionsAction::Duplicate(any_option(rng))),
        20 => Action::Options(OptionsAction::Remove(any_option(rng))),
        21 => Action::Type(
            Field::OptionName(any_option(rng)),
            "Opsiwn 🏴 ".repeat(rng.below(30) as usize),
        ),
        22 => Action::Options(OptionsAction::Move(any_option(rng), any_move(rng))),
        23 => Action::Options(OptionsAction::SetBaseline(any_option(rng))),
        24 => Action::Options(OptionsAction::Show(any_option(rng))),
        25 => Action::Type(
            Field::Uplift(LineRef::partner(any_partner(rng))),
            pick(rng, PERCENTS),
        ),
        26 => Action::line(
            LineRef::partner(any_partner(rng)),
            LineAction::SetUpliftFrom(any_year(rng)),
        ),
        27 | 28 => Action::Lines(LineList::CostLines, ListAction::Add),
        29 => Action::Lines(LineList::CostLines, ListAction::Remove(any_line(rng))),
        30 => Action::Type(
            Field::LineName(LineRef::cost_line(any_line(rng))),
            "東京 \"line\" ".repeat(rng.below(30) as usize),
        ),
        31 => Action::line(
            LineRef::cost_line(any_line(rng)),
            LineAction::SetKind(CostKind::ALL[rng.below(3) as usize].code().to_string()),
        ),
        32 => Action::Type(
            Field::Annual(LineRef::cost_line(any_line(rng))),
            pick(rng, AMOUNTS),
        ),
        33 => Action::Type(
            Field::Year(LineRef::cost_line(any_line(rng)), 1 + rng.below(60) as u16),
            pick(rng, AMOUNTS),
        ),
        34 => Action::Type(
            Field::Uplift(LineRef::cost_line(any_line(rng))),
            pick(rng, PERCENTS),
        ),
        35 => Action::line(
            LineRef::cost_line(any_line(rng)),
            LineAction::SetUpliftFrom(any_year(rng)),
        ),
        36 => Action::Contract(ContractAction::SetMatchRuleKind(
            [
                MatchRuleKind::NoRule,
                MatchRuleKind::MinimumLocalShare,
                MatchRuleKind::MinimumLocalAmount,
                MatchRuleKind::MinimumShareOfGrant,
            ][rng.below(4) as usize],
        )),
        37 => {
            let texts = if rng.chance(50) { PERCENTS } else { AMOUNTS };
            Action::Type(Field::MatchMinimum, pick(rng, texts))
        }
        38 => match rng.below(2) {
            0 => Action::Type(Field::Referrals, pick(rng, COUNTS)),
            _ => Action::Type(Field::Completions, pick(rng, COUNTS)),
        },
        39 => Action::Type(Field::DemandChange, pick(rng, CHANGES)),
        _ => Action::Lines(
            LineList::CostLines,
            ListAction::Move(any_line(rng), any_move(rng)),
        ),
    }
}

#[test]
fn every_scenario_the_editor_makes_opens_again_as_a_link_and_a_file() {
    let mut rng = Rng::new(42);
    // How often the new parts of a scenario were reached, so the test is seen to cover
    // them: several options, a spending plan, an uplift, a rule, activity.
    let mut reached = [0; 5];
    for run in 0..200 {
        let mut state = AppState::default();
        for step in 0..80 {
            let action = random_action(&mut rng, &state);
            state = state.apply(action.clone());
            let expected = renumbered((*state.scenario).clone());
            let fragment = link::encode(&state.scenario);
            let reopened = link::decode(&fragment).unwrap_or_else(|e| {
                panic!("run {run} step {step} after {action:?}: {}", e.message())
            });
            assert_eq!(reopened, expected, "run {run} step {step} after {action:?}");
            let file =
                scenario_file::read(&scenario_file::write(&state.scenario)).unwrap_or_else(|e| {
                    panic!("run {run} step {step} after {action:?}: {}", e.message())
                });
            assert_eq!(file, expected, "run {run} step {step} after {action:?}");
            let option = state.scenario.active_option();
            let uplifted = option.partners.iter().map(|p| p.uplift);
            let mut uplifted = uplifted.chain(option.cost_lines.iter().map(|c| c.uplift));
            for (count, reached_now) in reached.iter_mut().zip([
                state.scenario.options.len() > 1,
                !option.cost_lines.is_empty(),
                uplifted.any(|u| !u.is_none()),
                option.match_rule != MatchRule::NoRule,
                option.activity != Activity::default(),
            ]) {
                *count += usize::from(reached_now);
            }
        }
    }
    assert!(reached.iter().all(|&n| n > 500), "{reached:?}");
}
