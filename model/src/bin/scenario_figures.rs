//! `scenario-figures`: prints a scenario's figures from a scenario file or a link, as
//! CSV or as the financial-implications text, the same figures the page shows, for
//! finance teams who script (README, "The model on its own").

use funding_model::figures::implications::{implications_with_appraisal, to_plain_text};
use funding_model::figures::Figures;
use funding_model::formats::table_export::{to_csv, ResultsTable};
use funding_model::{link, scenario_file, Scenario};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "Prints a scenario's figures, exact to the penny, as the calculator shows them.

Usage: scenario-figures [--table NAME | --implications] [--option N] SOURCE

SOURCE     a scenario file saved by the calculator (.json), a link to a scenario
           (https://…#v4.…, or only the part after #), or - to read either from
           standard input
--table    the table to print as CSV: contributions (the default), contract-value,
           financial-years, partners-by-financial-year, spending-by-financial-year,
           funding-groups, each-year-by-partner, basis, actual-spend,
           variance-by-partner
--implications
           the financial-implications text, ready to paste, in place of a table
--option N the option to print, counting from 1 (the default: the one the scenario
           was showing when it was saved)";

/// What to print.
#[derive(Debug, PartialEq)]
enum Output {
    Table(ResultsTable),
    Implications,
}

/// What the command was asked to do.
#[derive(Debug, PartialEq)]
struct Request {
    source: String,
    output: Output,
    /// Counting from 1, as people do.
    option: Option<usize>,
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let request = match parse_arguments(&arguments) {
        Ok(request) => request,
        Err(message) => {
            eprintln!("{message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match read_source(&request.source).and_then(|scenario| figures_text(scenario, &request)) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_arguments(arguments: &[String]) -> Result<Request, String> {
    let mut source = None;
    let mut output = Output::Table(ResultsTable::Contributions);
    let mut option = None;
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        match argument.as_str() {
            "--table" => {
                let name = rest.next().ok_or("--table needs a table's name.")?;
                output = Output::Table(table_named(name)?);
            }
            "--implications" => output = Output::Implications,
            "--option" => {
                let number = rest.next().ok_or("--option needs a number.")?;
                option = Some(
                    number
                        .parse::<usize>()
                        .ok()
                        .filter(|n| *n >= 1)
                        .ok_or(format!("--option needs a number from 1, not “{number}”."))?,
                );
            }
            flag if flag.starts_with("--") => return Err(format!("There is no option {flag}.")),
            _ if source.is_some() => return Err("Give one scenario file or link.".to_string()),
            _ => source = Some(argument.clone()),
        }
    }
    let source = source.ok_or("Give a scenario file or a link.")?;
    Ok(Request {
        source,
        output,
        option,
    })
}

fn table_named(name: &str) -> Result<ResultsTable, String> {
    ResultsTable::ALL
        .into_iter()
        .find(|table| table.name() == name)
        .ok_or(format!("There is no table called “{name}”."))
}

/// The scenario in a file, a link, or standard input (either of the two).
fn read_source(source: &str) -> Result<Scenario, String> {
    if source == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|error| format!("Standard input could not be read: {error}."))?;
        return read_text(&bytes);
    }
    let path = std::path::Path::new(source);
    if path.is_file() {
        let bytes =
            std::fs::read(path).map_err(|error| format!("{source} could not be read: {error}."))?;
        return scenario_file::read_bytes(&bytes).map_err(|error| error.message());
    }
    read_link(source)
}

/// A file's text when it opens with `{` (after any byte-order mark or space), else a link.
fn read_text(bytes: &[u8]) -> Result<Scenario, String> {
    let text = String::from_utf8_lossy(bytes);
    let start = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    if start.starts_with('{') {
        scenario_file::read_bytes(bytes).map_err(|error| error.message())
    } else {
        read_link(start.trim_end())
    }
}

/// A link, whole or only its fragment, opened as the page opens one received by mail.
fn read_link(text: &str) -> Result<Scenario, String> {
    let fragment = text.rsplit_once('#').map_or(text, |(_, fragment)| fragment);
    link::open_received(fragment)
        .map(|received| received.scenario)
        .map_err(|error| error.message())
}

/// The table or text asked for, of the option asked for.
fn figures_text(mut scenario: Scenario, request: &Request) -> Result<String, String> {
    if let Some(number) = request.option {
        if number > scenario.options.len() {
            return Err(format!(
                "The scenario has {} options: there is no option {number}.",
                scenario.options.len()
            ));
        }
        scenario.active = number - 1;
    }
    let figures = Figures::build(&scenario);
    Ok(match request.output {
        Output::Table(table) => to_csv(&table.build(figures.shown())),
        Output::Implications => {
            to_plain_text(&implications_with_appraisal(&scenario, &figures)) + "\n"
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn reads_its_arguments() {
        assert_eq!(
            parse_arguments(&args("a.json")),
            Ok(Request {
                source: "a.json".to_string(),
                output: Output::Table(ResultsTable::Contributions),
                option: None
            })
        );
        let request = parse_arguments(&args("--table financial-years --option 2 -")).unwrap();
        assert_eq!(request.output, Output::Table(ResultsTable::FinancialYears));
        assert_eq!((request.option, request.source.as_str()), (Some(2), "-"));
        let text = parse_arguments(&args("x --implications")).unwrap();
        assert_eq!(text.output, Output::Implications);
    }

    #[test]
    fn says_what_is_wrong_with_its_arguments() {
        assert_eq!(
            parse_arguments(&args("--table totals a")).unwrap_err(),
            "There is no table called “totals”."
        );
        assert!(parse_arguments(&args("--option 0 a")).is_err());
        assert!(parse_arguments(&args("a b")).is_err());
        assert!(parse_arguments(&args("--verbose a")).is_err());
        assert!(parse_arguments(&[]).is_err());
    }
}
