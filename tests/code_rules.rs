//! Rules of the code that a reviewer should not have to check by eye: the model crate
//! depends on nothing of the browser, and functions stay short enough to read at once
//! (80 lines in the state's folder, 100 in the app and the model).

#[path = "../model/tests/common/words.rs"]
mod words;

use std::path::{Path, PathBuf};
use words::doubled_word;

fn rust_files(folder: &str) -> Vec<PathBuf> {
    rust_files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
}

fn rust_files_under(root: &Path) -> Vec<PathBuf> {
    let root = root.to_path_buf();
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

/// The browser's crates, and the app built on them: what the model crate may not
/// depend on, directly or through another crate.
const BROWSER_CRATES: &[&str] = &[
    "yew",
    "yew-macro",
    "web-sys",
    "wasm-bindgen",
    "js-sys",
    "gloo",
    "funding-calculator",
];

/// The crates named in a Cargo.toml's dependency tables (any target, normal, dev or
/// build).
fn dependencies_named(manifest: &str) -> Vec<String> {
    let mut named = Vec::new();
    let mut in_dependencies = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line.trim_matches(['[', ']']).ends_with("dependencies");
        } else if in_dependencies && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                named.push(name.trim().trim_matches('"').to_string());
            }
        }
    }
    named
}

#[test]
fn the_model_crate_names_no_browser_crate() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("model/Cargo.toml");
    let named = dependencies_named(&std::fs::read_to_string(manifest).unwrap());
    assert!(named.contains(&"rust_decimal".to_string()), "{named:?}");
    let browser: Vec<&String> = named
        .iter()
        .filter(|name| BROWSER_CRATES.contains(&name.as_str()))
        .collect();
    assert!(browser.is_empty(), "model/Cargo.toml names {browser:?}");
}

#[test]
fn no_crate_the_model_depends_on_brings_the_browser_in() {
    let tree = std::process::Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["tree", "-p", "funding-model", "--edges", "normal,build,dev"])
        .args([
            "--target",
            "all",
            "--prefix",
            "none",
            "--offline",
            "--locked",
        ])
        .output()
        .unwrap();
    assert!(
        tree.status.success(),
        "{}",
        String::from_utf8_lossy(&tree.stderr)
    );
    let crates: Vec<String> = String::from_utf8_lossy(&tree.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(crates.contains(&"serde_json".to_string()), "{crates:?}");
    let browser: Vec<&String> = crates
        .iter()
        .filter(|name| BROWSER_CRATES.contains(&name.as_str()))
        .collect();
    assert!(browser.is_empty(), "the model's tree holds {browser:?}");
}

#[test]
fn the_dependency_check_reads_every_table() {
    let manifest = "[package]\nname = \"x\"\n[dependencies]\nserde = \"1\"\n# yew = \"0.23\"\n[target.'cfg(unix)'.dev-dependencies]\nyew = { version = \"0.23\" }\n[[bench]]\nname = \"b\"\n";
    assert_eq!(dependencies_named(manifest), ["serde", "yew"]);
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
fn functions_elsewhere_are_at_most_100_lines() {
    let mut long = too_long("src", 100);
    long.extend(too_long("model/src", 100));
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

/// A module's path in the crate (`components::editor::line_editor`), from its file.
fn module_of(file: &Path, src: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts.join("::")
}

/// The `use` statements of `code` (comments and strings already taken out), each with
/// its groups spread out: `use crate::{a, b::{c, d}};` gives `crate::a`, `crate::b::c`
/// and `crate::b::d`.
fn use_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let starts_word =
            at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        rest = &rest[at + 4..];
        let Some(end) = rest.find(';') else { break };
        if starts_word {
            spread(&rest[..end], "", &mut paths);
        }
        rest = &rest[end..];
    }
    paths
}

/// Adds to `paths` every path of the use tree `tree`, under `prefix`.
fn spread(tree: &str, prefix: &str, paths: &mut Vec<String>) {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree).trim();
        if !path.is_empty() {
            paths.push(format!("{prefix}{path}"));
        }
        return;
    };
    let head = format!("{prefix}{}", tree[..open].trim());
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (index, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                spread(&inner[start..index], &head, paths);
                start = index + 1;
            }
            _ => {}
        }
    }
    if start < inner.len() {
        spread(&inner[start..], &head, paths);
    }
}

/// The paths `code` names in place, outside `use` statements: `crate::a::b(…)`,
/// `super::super::c::D`.
fn inline_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        let rest: String = chars[at..chars.len().min(at + 8)].iter().collect();
        let word_start = at == 0 || !(chars[at - 1].is_alphanumeric() || chars[at - 1] == '_');
        if word_start && rest.starts_with("use ") {
            at += chars[at..]
                .iter()
                .position(|c| *c == ';')
                .unwrap_or(chars.len() - at);
            continue;
        }
        let named = ["crate::", "super::", "self::"]
            .iter()
            .any(|s| rest.starts_with(s));
        if word_start && named && (at == 0 || chars[at - 1] != ':') {
            let path: String = chars[at..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_' || **c == ':')
                .collect();
            at += path.len();
            paths.push(path.trim_end_matches(':').to_string());
        } else {
            at += 1;
        }
    }
    paths
}

/// `path`, as named in module `module`, from the crate's root: `super` and `self`
/// resolved, `crate::` taken off.
fn absolute(path: &str, module: &str) -> Option<String> {
    let mut parts: Vec<&str> = if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").collect()
    };
    let mut names = path.split("::").peekable();
    match names.peek() {
        Some(&"crate") => {
            names.next();
            parts.clear();
        }
        Some(&"self") => {
            names.next();
        }
        Some(&"super") => {
            while names.peek() == Some(&"super") {
                names.next();
                parts.pop()?;
            }
        }
        _ => return None,
    }
    parts.extend(names.filter(|name| !name.is_empty() && *name != "*" && *name != "self"));
    Some(parts.join("::"))
}

/// For each module of the crate under `src`, the other modules it names: the longest
/// module path each named path starts with.
fn module_imports(
    src: &Path,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let files = rust_files_under(src);
    let modules: std::collections::BTreeSet<String> =
        files.iter().map(|file| module_of(file, src)).collect();
    let mut imports = std::collections::BTreeMap::new();
    for file in &files {
        let module = module_of(file, src);
        let code: String = std::fs::read_to_string(file)
            .unwrap()
            .lines()
            .map(|line| code_chars(line).into_iter().collect::<String>() + "\n")
            .collect();
        let named: std::collections::BTreeSet<String> = use_paths(&code)
            .into_iter()
            .chain(inline_paths(&code))
            .filter_map(|path| {
                absolute(&path, &module).or_else(|| {
                    // `use child::Item;`: a module of this one's own, named as such.
                    let child = format!("{module}::{path}");
                    let first = child.rsplit_once("::").map_or(child.as_str(), |(m, _)| m);
                    modules.contains(first).then_some(child.clone())
                })
            })
            .filter_map(|path| {
                let mut parts: Vec<&str> = path.split("::").collect();
                while !parts.is_empty() && !modules.contains(&parts.join("::")) {
                    parts.pop();
                }
                let target = parts.join("::");
                // A module names its own children to build itself: not an import.
                let child = target.starts_with(&format!("{module}::")) || module.is_empty();
                (!parts.is_empty() && target != module && !child).then_some(target)
            })
            .collect();
        imports.insert(module, named);
    }
    imports
}

/// A circle of imports among `modules` (each names the next, and the last the first),
/// if there is one.
fn import_circle(
    imports: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        imports: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|m| m == module) {
            return Some(path[at..].to_vec());
        }
        if done.contains(module) {
            return None;
        }
        path.push(module.to_string());
        for next in imports.get(module).into_iter().flatten() {
            if let Some(circle) = visit(next, imports, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(module.to_string());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    imports
        .keys()
        .find_map(|module| visit(module, imports, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_of_the_app_names_another_that_names_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let imports = module_imports(&src);
    assert!(imports["components::app"].contains("components::calculator"));
    assert!(imports["components::calculator"].contains("keeping"));
    assert_eq!(import_circle(&imports), None);
}

#[test]
fn the_circle_check_sees_grouped_and_relative_imports() {
    let code = "use crate::{a::b, c::{d, e as f}};\nfn g() { super::super::h::i(); self::j::K; }\n";
    assert_eq!(
        use_paths(code),
        ["crate::a::b", "crate::c::d", "crate::c::e"]
    );
    assert_eq!(inline_paths(code), ["super::super::h::i", "self::j::K"]);
    assert_eq!(
        absolute("super::super::h::i", "x::y::z").as_deref(),
        Some("x::h::i")
    );
    assert_eq!(absolute("self::j::K", "x").as_deref(), Some("x::j::K"));
    assert_eq!(absolute("crate::a::b", "x").as_deref(), Some("a::b"));
    let named = |pairs: &[(&str, &[&str])]| {
        pairs
            .iter()
            .map(|(module, names)| {
                let names = names.iter().map(|n| n.to_string()).collect();
                (module.to_string(), names)
            })
            .collect()
    };
    let circle = named(&[("a", &["b"]), ("b", &["c"]), ("c", &["a"]), ("d", &["a"])]);
    assert_eq!(
        import_circle(&circle),
        Some(vec!["a".into(), "b".into(), "c".into()])
    );
    assert_eq!(
        import_circle(&named(&[("a", &["b"]), ("b", &[]), ("c", &["a", "b"])])),
        None
    );
}

/// The string literals of `source` (its code, not its comments), each with its `{…}`
/// placeholders taken out.
fn string_literals(source: &str) -> Vec<String> {
    let mut literals = Vec::new();
    for line in source.lines() {
        let code: String = line.split("//").next().unwrap_or("").to_string();
        let mut rest = code.as_str();
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let mut end = None;
            let mut escaped = false;
            for (index, ch) in after.char_indices() {
                match ch {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(index);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            let literal = &after[..end];
            let mut plain = String::new();
            let mut depth = 0;
            for ch in literal.chars() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth > 0 => depth -= 1,
                    _ if depth == 0 => plain.push(ch),
                    _ => {}
                }
            }
            literals.push(plain);
            rest = &after[end + 1..];
        }
    }
    literals
}

#[test]
fn no_message_the_code_can_write_says_a_word_twice() {
    let mut files = rust_files("src");
    files.extend(rust_files("model/src"));
    // The link format's dictionary of common text is data, not words anyone reads.
    files.retain(|file| !file.ends_with("text_dictionary.rs"));
    let doubled: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let source = std::fs::read_to_string(file).unwrap();
            string_literals(&source)
                .into_iter()
                .filter_map(|literal| doubled_word(&literal).map(|word| (word, literal)))
                .map(|(word, literal)| {
                    format!("{}: “{word} {word}” in {literal:?}", file.display())
                })
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(doubled.is_empty(), "{doubled:#?}");
}

#[test]
fn the_doubled_word_check_sees_what_it_looks_for() {
    assert_eq!(
        doubled_word("Enter the the percentage").as_deref(),
        Some("the")
    );
    assert_eq!(doubled_word("Enter the {what} the rest"), None);
    assert_eq!(doubled_word("Had had"), Some("had".to_string()));
    assert_eq!(
        string_literals(r#"let a = format!("Enter the {} the", x); // "the the""#),
        ["Enter the  the"]
    );
    assert!(string_literals(r#"let a = "the the"; "#)
        .iter()
        .any(|l| doubled_word(l).is_some()));
}
