//! Rules of the code that a reviewer should not have to check by eye:
//! the model knows nothing of the browser, and functions stay short enough to read at
//! once (80 lines in the state's folder, 100 in the state and the components).

use std::path::{Path, PathBuf};

fn rust_files(folder: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files = Vec::new();
    let mut folders = vec![root];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// What the model may not name: the browser's crates, and the layers built on it.
const BROWSER_PATHS: &[&str] = &[
    "yew::",
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "gloo",
    "crate::components",
    "crate::state",
    "crate::startup",
    "crate::route",
];

/// The browser paths a file's code (not its comments) names.
fn browser_paths_in(source: &str) -> Vec<&'static str> {
    let code: String = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    BROWSER_PATHS
        .iter()
        .copied()
        .filter(|path| code.contains(path))
        .collect()
}

#[test]
fn the_model_knows_nothing_of_the_browser() {
    let files = rust_files("src/model");
    assert!(files.len() >= 20, "found only {} model files", files.len());
    let offenders: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let paths = browser_paths_in(&std::fs::read_to_string(file).unwrap());
            (!paths.is_empty()).then(|| format!("{}: {paths:?}", file.display()))
        })
        .collect();
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn the_browser_check_sees_what_it_looks_for() {
    assert_eq!(browser_paths_in("use yew::prelude::*;"), ["yew::"]);
    assert_eq!(browser_paths_in("let x: web_sys::Element;"), ["web_sys"]);
    assert_eq!(
        browser_paths_in("use crate::state::Action;"),
        ["crate::state"]
    );
    assert!(browser_paths_in("// yew:: in a comment is no import").is_empty());
}

/// Each function in `source`, as (name, first line, number of lines).
fn functions(source: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let Some(at) = line.find("fn ") else { continue };
        let before = line[..at].trim();
        let is_definition = before.is_empty()
            || before.split_whitespace().all(|word| {
                [
                    "pub",
                    "pub(super)",
                    "pub(crate)",
                    "const",
                    "async",
                    "unsafe",
                ]
                .contains(&word)
            });
        if !is_definition || line.trim_start().starts_with("//") {
            continue;
        }
        let name: String = line[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if let Some(length) = body_length(&lines[start..]) {
            found.push((name, start + 1, length));
        }
    }
    found
}

/// The number of lines from a function's first line to its closing brace; `None`
/// for a declaration without a body.
fn body_length(lines: &[&str]) -> Option<usize> {
    let mut depth = 0i32;
    let mut opened = false;
    for (index, line) in lines.iter().enumerate() {
        for ch in code_chars(line) {
            match ch {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => depth -= 1,
                ';' if !opened => return None,
                _ => {}
            }
            if opened && depth == 0 {
                return Some(index + 1);
            }
        }
    }
    None
}

/// A line's characters outside comments, string literals and character literals.
fn code_chars(line: &str) -> Vec<char> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => break,
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                while i + 1 < chars.len() && chars[i + 1] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            ch => out.push(ch),
        }
        i += 1;
    }
    out
}

fn too_long(folder: &str, most: usize) -> Vec<String> {
    rust_files(folder)
        .iter()
        .flat_map(|file| {
            let source = std::fs::read_to_string(file).unwrap();
            functions(&source)
                .into_iter()
                .filter(|(_, _, length)| *length > most)
                .map(|(name, line, length)| {
                    format!("{}:{line} {name} is {length} lines", file.display())
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn functions_in_the_state_are_at_most_80_lines() {
    let long = too_long("src/state", 80);
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn functions_in_the_state_and_components_are_at_most_100_lines() {
    let mut long = too_long("src/components", 100);
    long.extend(too_long("src/state", 100));
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn the_length_check_measures_functions() {
    let source = "pub fn short() {\n    let x = \"}\";\n}\n\nfn three(a: u8) -> u8 {\n    let c = '{';\n    a\n}\n\ntrait T {\n    fn declared(&self);\n}\n";
    let found = functions(source);
    assert_eq!(
        found,
        [("short".to_string(), 1, 3), ("three".to_string(), 5, 4)]
    );
    assert!(rust_files("src/components").len() >= 30);
}
