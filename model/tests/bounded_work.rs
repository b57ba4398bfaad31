//! Untrusted input is answered in time linear in its length: hostile and random
//! scenario files and links of growing size, each read at two sizes eight times apart. Linear work
//! takes about eight times as long at the larger size; work that grows with the
//! square (as the old hand-written JSON reader's duplicate-key check did) takes
//! sixty-four times as long. The bound allowed, 24 times, leaves room for a noisy
//! machine without letting a quadratic through. The times themselves are not checked:
//! docs/benchmarks.md measures them in the browser.

mod common;

use common::scenarios::{self, Rng};
use funding_model::data::presets::Preset;
use funding_model::link;
use funding_model::scenario_file::{self, MAX_FILE_BYTES};
use std::time::{Duration, Instant};

/// The shortest of a few runs of `read` on `input`: the least disturbed by the machine.
fn quickest<T>(input: &T, read: impl Fn(&T)) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            read(input);
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Checks that `read` takes at most 24 times as long on `make(8 * n)` as on
/// `make(n)`, plus a millisecond for the clock's grain.
fn grows_linearly<T>(family: &str, n: usize, make: impl Fn(usize) -> T, read: impl Fn(&T)) {
    let (small, large) = (make(n), make(8 * n));
    let (t_small, t_large) = (quickest(&small, &read), quickest(&large, &read));
    assert!(
        t_large <= t_small * 24 + Duration::from_millis(1),
        "{family}: {t_small:?} at {n}, {t_large:?} at {}",
        8 * n
    );
}

fn file_family(family: &str, n: usize, make: impl Fn(usize) -> String) {
    grows_linearly(
        family,
        n,
        |n| make(n).into_bytes(),
        |bytes: &Vec<u8>| {
            assert!(
                bytes.len() <= MAX_FILE_BYTES,
                "{family}: {} bytes",
                bytes.len()
            );
            let _ = scenario_file::read_bytes(bytes);
        },
    );
}

/// A random JSON value: scalars of every kind, strings with escapes, and arrays and
/// objects nested up to `depth`.
fn random_value(rng: &mut Rng, depth: u32) -> String {
    let kinds = if depth == 0 { 6 } else { 8 };
    match rng.below(kinds) {
        0 => "null".to_string(),
        1 => "true".to_string(),
        2 => format!("{}", rng.next() as i64),
        3 => format!(
            "-{}.{}e-{}",
            rng.below(1_000),
            rng.below(1_000),
            rng.below(300)
        ),
        4 => "\"t\\u00e9xt \\\"quoted\\\" \\n\"".to_string(),
        5 => {
            let text = scenarios::text(rng, 3);
            let plain: String = text
                .chars()
                .filter(|c| *c >= ' ' && !matches!(c, '"' | '\\'))
                .collect();
            format!("\"{plain}\"")
        }
        6 => {
            let items: Vec<_> = (0..rng.below(4))
                .map(|_| random_value(rng, depth - 1))
                .collect();
            format!("[{}]", items.join(","))
        }
        _ => {
            let members: Vec<_> = (0..rng.below(4))
                .map(|i| format!("\"k{i}\":{}", random_value(rng, depth - 1)))
                .collect();
            format!("{{{}}}", members.join(","))
        }
    }
}

/// `{"k0": 0, "k1": 0, …}` put where `at` says, with `n` distinct keys.
fn many_keys(n: usize, at: impl Fn(&str) -> String) -> String {
    let keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\":0")).collect();
    at(&keys.join(","))
}

#[test]
fn hostile_files_are_read_in_linear_time() {
    let good = scenario_file::write(&Preset::Cleveland2022.scenario());
    let header = r#"{"format": "funding-scenario-calculator", "version": 2, "scenario": "#;
    file_family("distinct keys in the file", 20_000, |n| {
        many_keys(n, |keys| format!("{{{keys}}}"))
    });
    file_family("distinct keys after the header", 20_000, |n| {
        many_keys(n, |keys| format!("{header}{{}}, {keys}}}"))
    });
    file_family("distinct keys in the scenario", 20_000, |n| {
        many_keys(n, |keys| format!("{header}{{{keys}}}}}"))
    });
    file_family("keys in amounts by year", 20_000, |n| {
        many_keys(n, |keys| {
            good.replacen(
                "\"annualContribution\": \"157423.33\"",
                &format!("\"annualContribution\": \"1\", \"amountsByYear\": {{{keys}}}"),
                1,
            )
        })
    });
    file_family("deep nesting, again and again", 2_000, |n| {
        format!(
            "[{}1]",
            "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]],".repeat(n)
        )
    });
    file_family("escapes in a title", 20_000, |n| {
        good.replacen("Cleveland", &"\\u00e9\\n\\\"".repeat(n), 1)
    });
    file_family("a number of many digits", 200_000, |n| {
        good.replacen(
            "\"version\": 2",
            &format!("\"version\": {}", "9".repeat(n)),
            1,
        )
    });
    file_family("random valid JSON", 11_000, |n| {
        let mut rng = Rng::new(n as u64);
        let mut values = Vec::with_capacity(n);
        while values.len() < n {
            values.push(random_value(&mut rng, 3));
        }
        format!(
            "{{\"format\": \"funding-scenario-calculator\", \"x\": [{}]}}",
            values.join(",")
        )
    });
    file_family("a valid file with random damage", 1_000, |n| {
        let mut text = scenario_file::write(&scenarios::sized(n / 10, 10)).into_bytes();
        let mut rng = Rng::new(n as u64);
        for _ in 0..n / 100 {
            let at = rng.below(text.len() as u64) as usize;
            let pieces = b"{}[]\":,0 ";
            text[at] = pieces[rng.below(pieces.len() as u64) as usize];
        }
        String::from_utf8_lossy(&text).into_owned()
    });
    file_family("many partners", 1_000, |n| {
        let partner = r#"{"name": "Council", "kind": "council", "annualContribution": "1.00"}"#;
        let partners = vec![partner; n].join(",");
        good.replacen("\"partners\": [", &format!("\"partners\": [{partners},"), 1)
    });
    let agreements = scenario_file::write(&scenarios::agreements());
    file_family("actual spend for many periods", 1_000, |n| {
        let periods = vec![r#"{"period": "year 1", "byLine": {"1": "1"}}"#; n].join(",");
        agreements.replacen("\"actuals\": [", &format!("\"actuals\": [{periods},"), 1)
    });
    file_family("many clauses stated", 5_000, |n| {
        let letters = vec![r#""a""#; n].join(",");
        agreements.replacen("\"stated\": [", &format!("\"stated\": [{letters},"), 1)
    });
}

#[test]
fn hostile_links_are_read_in_linear_time() {
    let valid = link::encode(&scenarios::scenario(&mut Rng::new(9), 8));
    let read = |fragment: &String| {
        let _ = link::open_received(fragment);
    };
    grows_linearly(
        "letters with no checksum",
        250_000,
        |n| format!("v2.{}", "A".repeat(n)),
        read,
    );
    grows_linearly(
        "a valid link with junk after it",
        250_000,
        |n| format!("{valid}{}", ").".repeat(n / 2)),
        read,
    );
    grows_linearly(
        "percent-escapes",
        100_000,
        |n| format!("v2%2E{}", "%41".repeat(n)),
        read,
    );
    let huge_counts = |n: usize| {
        let mut body = vec![0xFF; n];
        body.push(0x01);
        link::frame(2, body)
    };
    grows_linearly("counts that claim too much", 250_000, huge_counts, read);
    // Read to the end, and refused only then, for its periods.
    assert!(matches!(
        link::decode(&copied_agreements(25_000)),
        Err(link::LinkError::Unusable(_))
    ));
    grows_linearly(
        "options copying an agreement with much actual spend",
        25_000,
        copied_agreements,
        read,
    );
}

/// A version 5 link of ten options: the first's agreement gives actual spend for as
/// many periods as `n` bytes hold (each for 100 cost lines), and the nine after copy
/// it, so the work of copying is ten times the link's length at most.
fn copied_agreements(n: usize) -> String {
    let mut body = vec![0, 10, 0, 0, 0, 10, 1, 0, 0, 0, 0, 0, 0, 0];
    let periods = (n / 200).clamp(1, 1_000);
    let varint = |mut value: usize, body: &mut Vec<u8>| {
        while value >= 0x80 {
            body.push((value as u8 & 0x7F) | 0x80);
            value >>= 7;
        }
        body.push(value as u8);
    };
    varint(128, &mut body);
    varint(periods, &mut body);
    for _ in 0..periods {
        body.push(2);
        varint(200, &mut body);
        body.extend_from_slice(&[0; 200]);
    }
    for _ in 1..10 {
        body.extend_from_slice(&[0, 1, 0, 0, 0]);
    }
    link::frame(5, body)
}

/// The random documents above are JSON, so they test reading, not refusing at once.
#[test]
fn random_valid_json_is_json() {
    let mut rng = Rng::new(1);
    let values: Vec<_> = (0..2_000).map(|_| random_value(&mut rng, 3)).collect();
    let text = format!("[{}]", values.join(","));
    let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(parsed.as_array().map(Vec::len), Some(2_000));
}
