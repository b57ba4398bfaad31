//! The `scenario-figures` command: the model used outside the page, on a saved file or
//! a link, printing the figures the page shows.

use funding_model::data::presets::Preset;
use funding_model::figures::implications::{implications_with_appraisal, to_plain_text};
use funding_model::figures::Figures;
use funding_model::formats::table_export::{to_csv, ResultsTable};
use funding_model::{link, scenario_file};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(arguments: &[&str], input: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scenario-figures"))
        .args(arguments)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.unwrap_or("").as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn printed(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The South Yorkshire example saved as a file, as the page's "Save as a file" does,
/// under a name of the test's own (tests run at the same time).
fn saved_south_yorkshire(test: &str) -> std::path::PathBuf {
    let folder = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = folder.join(format!("south-yorkshire-{test}.json"));
    std::fs::write(
        &path,
        scenario_file::write(&Preset::SouthYorkshire.scenario()),
    )
    .unwrap();
    path
}

#[test]
fn prints_the_south_yorkshire_examples_figures_from_a_saved_file() {
    let path = saved_south_yorkshire("contributions");
    let csv = printed(&run(&[path.to_str().unwrap()], None));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("\u{FEFF}Partner,Year 1"),
        "{}",
        lines[0]
    );
    let row = |name: &str| {
        lines
            .iter()
            .find(|line| line.starts_with(name))
            .unwrap_or_else(|| panic!("no row for {name} in {csv}"))
            .to_string()
    };
    assert!(row("Sheffield City Council").contains(",60000.00,"));
    assert!(row("Doncaster Council").contains(",52000.00,"));
    assert!(row("Total pooled budget").contains(",262000.00,"));
    let scenario = Preset::SouthYorkshire.scenario();
    let report = Figures::build(&scenario).shown().clone();
    assert_eq!(csv, to_csv(&ResultsTable::Contributions.build(&report)));
}

#[test]
fn prints_every_table_and_the_implications_as_the_page_does() {
    let path = saved_south_yorkshire("every-table");
    let path = path.to_str().unwrap();
    let scenario = Preset::SouthYorkshire.scenario();
    let figures = Figures::build(&scenario);
    for table in ResultsTable::ALL {
        let csv = printed(&run(&["--table", table.name(), path], None));
        assert_eq!(
            csv,
            to_csv(&table.build(figures.shown())),
            "{}",
            table.name()
        );
    }
    let text = printed(&run(&["--implications", path], None));
    let expected = to_plain_text(&implications_with_appraisal(&scenario, &figures));
    assert_eq!(text.trim_end(), expected);
    assert!(text.contains("£262,000.00"), "{text}");
}

#[test]
fn reads_a_link_whole_or_its_fragment_and_standard_input() {
    let scenario = Preset::Cleveland2022.scenario();
    let fragment = link::encode(&scenario);
    let expected = to_csv(&ResultsTable::Contributions.build(Figures::build(&scenario).shown()));
    let whole = format!("https://intranet.example/funding/#{fragment}");
    assert_eq!(printed(&run(&[&whole], None)), expected);
    assert_eq!(printed(&run(&[&fragment], None)), expected);
    assert_eq!(printed(&run(&["-"], Some(&whole))), expected);
    let file = scenario_file::write(&scenario);
    assert_eq!(printed(&run(&["-"], Some(&file))), expected);
}

#[test]
fn prints_the_option_asked_for() {
    let scenario = Preset::SouthYorkshireOptions.scenario();
    assert!(scenario.options.len() >= 2);
    let fragment = link::encode(&scenario);
    let mut second = scenario.clone();
    second.active = 1;
    let expected = to_csv(&ResultsTable::Contributions.build(Figures::build(&second).shown()));
    assert_eq!(printed(&run(&["--option", "2", &fragment], None)), expected);
    let too_far = run(&["--option", "9", &fragment], None);
    assert!(!too_far.status.success());
    assert!(String::from_utf8_lossy(&too_far.stderr).contains("there is no option 9"));
}

#[test]
fn says_plainly_what_it_cannot_read() {
    let broken = run(&["v4.not-a-scenario"], None);
    assert_eq!(broken.status.code(), Some(1));
    assert!(broken.stdout.is_empty());
    let message = String::from_utf8_lossy(&broken.stderr);
    assert!(
        !message.trim().is_empty() && !message.contains("panicked"),
        "{message}"
    );
    let not_json = run(&["-"], Some("{ \"format\": "));
    assert_eq!(not_json.status.code(), Some(1));
    let usage = run(&["--table", "nonsense", "x"], None);
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("There is no table called “nonsense”."));
}

/// Every table the page exports is named in the help, so none is hidden.
#[test]
fn the_help_names_every_table() {
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_scenario-figures"))
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8(help.stdout).unwrap();
    for table in funding_model::formats::table_export::ResultsTable::ALL {
        assert!(
            text.contains(table.name()),
            "{} is not in the help",
            table.name()
        );
    }
}
