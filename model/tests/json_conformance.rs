//! The scenario file's JSON layer against the JSONTestSuite parsing corpus
//! (`tests/fixtures/jsontestsuite/`, MIT licence): every `y_` document is read as JSON,
//! every `n_` document is refused as not JSON, every `i_` document gets an answer, and
//! each one put inside a scenario file is refused with a message, never a panic.

use funding_model::data::presets::Preset;
use funding_model::scenario_file::{self, FileError};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/jsontestsuite/test_parsing");
    let mut documents: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    documents.sort();
    documents
}

#[test]
fn each_document_gets_the_verdict_json_gives_it() {
    let documents = corpus();
    let mut wrong = Vec::new();
    for (name, bytes) in &documents {
        let verdict = scenario_file::read_bytes(bytes);
        let read_as_json = !matches!(verdict, Err(FileError::NotJson(_)));
        match &name[..2] {
            "y_" if !read_as_json => wrong.push(format!("{name}: refused: {verdict:?}")),
            "n_" if read_as_json => wrong.push(format!("{name}: accepted: {verdict:?}")),
            _ => {}
        }
        assert!(verdict.is_err(), "{name} is no scenario file");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let count = |prefix: &str| {
        documents
            .iter()
            .filter(|(n, _)| n.starts_with(prefix))
            .count()
    };
    assert_eq!((count("y_"), count("n_"), count("i_")), (95, 188, 35));
}

/// Each document where the file expects the scenario, and where it expects an amount.
#[test]
fn each_document_inside_a_scenario_file_is_refused_with_a_message() {
    let good = scenario_file::write(&Preset::SouthYorkshire.scenario());
    let (before_amount, after_amount) = good.split_once(r#""52000.00""#).unwrap();
    for (name, bytes) in corpus() {
        let wrappings = [
            (
                br#"{"format": "funding-scenario-calculator", "version": 2, "scenario": "#.to_vec(),
                b"}".to_vec(),
            ),
            (
                before_amount.as_bytes().to_vec(),
                after_amount.as_bytes().to_vec(),
            ),
        ];
        for (before, after) in wrappings {
            let file = [before, bytes.clone(), after].concat();
            let error = scenario_file::read_bytes(&file)
                .expect_err(&format!("{name} inside a scenario file"));
            let message = error.message();
            assert!(
                message.ends_with("Nothing on screen has been changed.") && message.len() > 60,
                "{name}: {message}"
            );
            if name.starts_with("n_") {
                assert!(matches!(error, FileError::NotJson(_)), "{name}: {message}");
            }
        }
    }
}
