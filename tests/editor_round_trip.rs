//! Whatever the editor makes must travel: random sequences of edits, as the screen
//! makes them, always give a scenario that opens again as a link and as a file.

mod common;

use common::renumbered;
use common::scenarios::Rng;
use funding_calculator::model::presets::Preset;
use funding_calculator::model::scenario::PartnerKind;
use funding_calculator::model::{link, scenario_file};
use funding_calculator::state::{Action, AppState, Move};

fn random_action(rng: &mut Rng, state: &AppState) -> Action {
    let any_partner = |rng: &mut Rng| {
        let partners = &state.scenario.partners;
        if partners.is_empty() {
            1
        } else {
            partners[rng.below(partners.len() as u64) as usize].id
        }
    };
    let any_extension = |rng: &mut Rng| {
        let extensions = &state.scenario.extensions;
        if extensions.is_empty() {
            99
        } else {
            extensions[rng.below(extensions.len() as u64) as usize].id
        }
    };
    let amounts = [
        "0",
        "52,000",
        "£1,000,000,000",
        "0.01",
        "abc",
        "-5",
        "157423.33",
        "",
        "1,0000",
    ];
    match rng.below(17) {
        0 => Action::SetTitle("é🏴".repeat(rng.below(150) as usize)),
        1 => Action::SetStartMonth(rng.below(14) as u8),
        2 => {
            Action::EditStartYear(["1999", "2021", "2100", "x"][rng.below(4) as usize].to_string())
        }
        3 => Action::SetInitialYears(rng.below(12) as u8),
        4 => Action::AddExtension,
        5 => Action::RemoveExtension(any_extension(rng)),
        6 => Action::EditExtensionMonths(
            any_extension(rng),
            ["1", "7", "12", "18", "60", "61", ""][rng.below(7) as usize].to_string(),
        ),
        7 => Action::SetExtensionTaken(any_extension(rng), rng.chance(50)),
        8 => Action::AddPartner,
        9 => Action::RemovePartner(any_partner(rng)),
        10 => Action::RenamePartner(
            any_partner(rng),
            "<b>Name</b> ".repeat(rng.below(30) as usize),
        ),
        11 => Action::SetPartnerKind(any_partner(rng), PartnerKind::ALL[rng.below(5) as usize]),
        12 => Action::EditPartnerAnnual(
            any_partner(rng),
            amounts[rng.below(amounts.len() as u64) as usize].to_string(),
        ),
        13 => Action::EditPartnerYear(
            any_partner(rng),
            1 + rng.below(60) as u16,
            amounts[rng.below(amounts.len() as u64) as usize].to_string(),
        ),
        14 => Action::MovePartner(
            any_partner(rng),
            if rng.chance(50) { Move::Up } else { Move::Down },
        ),
        15 => Action::CheckEntries,
        _ => Action::LoadPreset(if rng.chance(50) {
            Preset::SouthYorkshire
        } else {
            Preset::Cleveland2022
        }),
    }
}

#[test]
fn every_scenario_the_editor_makes_opens_again_as_a_link_and_a_file() {
    let mut rng = Rng::new(42);
    for run in 0..200 {
        let mut state = AppState::default();
        for step in 0..60 {
            let action = random_action(&mut rng, &state);
            state = state.apply(action.clone());
            let fragment = link::encode(&state.scenario);
            let reopened = link::decode(&fragment).unwrap_or_else(|e| {
                panic!("run {run} step {step} after {action:?}: {}", e.message())
            });
            assert_eq!(
                reopened,
                renumbered(state.scenario.clone()),
                "run {run} step {step}"
            );
            let file =
                scenario_file::read(&scenario_file::write(&state.scenario)).unwrap_or_else(|e| {
                    panic!("run {run} step {step} after {action:?}: {}", e.message())
                });
            assert_eq!(file, renumbered(state.scenario.clone()));
        }
    }
}
