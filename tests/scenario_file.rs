//! The scenario file: round trips, clear refusals, and no panics on broken files.

mod common;

use common::renumbered;
use common::scenarios::{self, Rng};
use funding_calculator::model::presets::Preset;
use funding_calculator::model::scenario_file::{self, FileError};

#[test]
fn write_then_read_gives_back_the_same_scenario() {
    let mut rng = Rng::new(11);
    for case in 0..1_000 {
        let scenario = scenarios::scenario(&mut rng, 60);
        let text = scenario_file::write(&scenario);
        let read =
            scenario_file::read(&text).unwrap_or_else(|e| panic!("case {case}: {}", e.message()));
        assert_eq!(read, renumbered(scenario), "case {case}");
    }
}

#[test]
fn the_file_is_readable_json_with_exact_amounts() {
    let text = scenario_file::write(&Preset::Cleveland2022.scenario());
    assert!(
        text.contains(r#""format": "funding-scenario-calculator""#),
        "{text}"
    );
    assert!(text.contains(r#""version": 1"#));
    assert!(text.contains(r#""start": "2022-04""#));
    assert!(text.contains(r#""annualContribution": "157423.33""#));
    assert!(text.contains(r#""kind": "grant""#));
}

#[test]
fn a_newer_file_is_refused_with_a_clear_message() {
    let text = scenario_file::write(&Preset::SouthYorkshire.scenario())
        .replace(r#""version": 1"#, r#""version": 2"#);
    let error = scenario_file::read(&text).unwrap_err();
    assert_eq!(error, FileError::NewerVersion(2));
    assert_eq!(
        error.message(),
        "This file was saved by a newer version of the calculator (file format 2); this version reads format 1. Open it in the latest version. Nothing on screen has been changed."
    );
}

#[test]
fn broken_files_are_refused_with_what_is_wrong() {
    let good = scenario_file::write(&Preset::SouthYorkshire.scenario());
    let cases = [
        ("", "it is not a JSON file"),
        ("<html>", "it is not a JSON file"),
        (
            r#"{"hello": 1}"#,
            r#"it does not say "format": "funding-scenario-calculator""#,
        ),
        (&good[..good.len() / 2], "it is not a JSON file"),
        (
            &good.replace(r#""52000.00""#, r#""52,00""#),
            "Doncaster Council: \"52,00\": Use commas only between groups of 3 digits",
        ),
        (
            &good.replace(r#""2021-02""#, r#""Feb 2021""#),
            "the start \"Feb 2021\" is not a month",
        ),
        (
            &good.replace(r#""council""#, r#""parish""#),
            "unknown kind \"parish\"",
        ),
        (
            &good.replace(r#""initialTermYears": 2"#, r#""initialTermYears": 11"#),
            "the initial term is 11 years, outside 1 to 10",
        ),
        (
            &good.replace(r#""title""#, r#""titel""#),
            "unknown field `titel`",
        ),
    ];
    for (text, expected) in cases {
        let message = scenario_file::read(text).unwrap_err().message();
        assert!(
            message.contains(expected),
            "{message:?} should contain {expected:?}"
        );
        assert!(
            message.ends_with("Nothing on screen has been changed."),
            "{message}"
        );
    }
}

#[test]
fn reading_random_text_never_panics() {
    let mut rng = Rng::new(5);
    let good = scenario_file::write(&Preset::SouthYorkshire.scenario());
    for _ in 0..20_000 {
        let mut bytes = good.clone().into_bytes();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len() as u64) as usize;
            bytes[at] = b"{}[]\":,0123456789-.e \\nulltruefalse"[rng.below(35) as usize];
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(scenario) = scenario_file::read(&text) {
            assert!(scenario.check_limits().is_ok());
        }
    }
}
