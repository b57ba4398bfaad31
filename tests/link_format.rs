//! The link format: golden links keep opening with the same figures, encoding round
//! trips, hostile input never panics, and links stay short.

mod common;

use common::link_sizes::{standard_rows, table};
use common::renumbered;
use common::scenarios::{self, Rng};
use funding_calculator::model::link::{self, LinkError};
use funding_calculator::model::presets::Preset;
use funding_calculator::model::{base64url, format_gbp, Report, Scenario};

/// The lines a golden fixture checks: what the decoded link must show.
fn figures(scenario: &Scenario) -> Vec<String> {
    let report = Report::build(scenario);
    let mut lines = vec![
        format!("title: {}", scenario.title),
        format!("pool per year: {}", report.pool_per_year.label()),
        format!(
            "initial term total: {}",
            format_gbp(report.initial_term_total)
        ),
        format!("chosen total: {}", format_gbp(report.chosen_total)),
    ];
    lines.extend(
        report
            .years
            .iter()
            .map(|y| format!("year: {} = {}", y.year.label(), format_gbp(y.pool))),
    );
    lines.extend(report.partners.iter().map(|p| {
        format!(
            "partner: {} | {} | {} | {}",
            p.name,
            p.kind.label(),
            format_gbp(p.total),
            p.share.map_or("-".to_string(), |s| s.label())
        )
    }));
    lines
}

#[test]
fn golden_links_open_with_the_figures_they_were_made_with() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/links");
    let mut checked = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty());
        let link_line = lines.next().unwrap();
        let fragment = link_line.strip_prefix("link: ").unwrap();
        let expected: Vec<&str> = lines.collect();
        let scenario =
            link::decode(fragment).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert_eq!(figures(&scenario), expected, "{}", path.display());
        if fragment.starts_with(&format!("v{}.", link::CURRENT_VERSION)) {
            assert_eq!(
                link::encode(&scenario),
                fragment,
                "{}: encoding changed",
                path.display()
            );
        }
        checked += 1;
    }
    assert!(
        checked >= 3,
        "expected golden links in {}",
        folder.display()
    );
}

#[test]
fn encode_then_decode_gives_back_the_same_scenario() {
    let mut rng = Rng::new(2026);
    for case in 0..3_000 {
        let scenario = scenarios::scenario(&mut rng, 60);
        let fragment = link::encode(&scenario);
        let decoded = link::decode(&fragment)
            .unwrap_or_else(|e| panic!("case {case}: {e:?} for {scenario:?}"));
        assert_eq!(decoded, renumbered(scenario), "case {case}");
    }
}

#[test]
fn the_examples_round_trip_and_a_hash_is_allowed() {
    for preset in Preset::ALL {
        let scenario = preset.scenario();
        let fragment = format!("#{}", link::encode(&scenario));
        assert_eq!(link::decode(&fragment).unwrap(), renumbered(scenario));
    }
}

/// How many hostile inputs to try: 100,000 in CI; set FUZZ_CASES (and FUZZ_SEED for
/// other inputs) for a longer run, as in docs/fuzzing.md.
fn fuzz_cases() -> u64 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

#[test]
fn decoding_hostile_input_never_panics() {
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let mut rng = Rng::new(seed);
    let valid: Vec<String> = (0..50)
        .map(|_| link::encode(&scenarios::scenario(&mut rng, 8)))
        .collect();
    const ALPHABET: &[u8] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_v.#=+/% ";
    let cases = fuzz_cases();
    let mut accepted = 0;
    for case in 0..cases {
        let input = match case % 5 {
            // A valid link cut short, as mail clients do.
            0 => {
                let link = &valid[rng.below(50) as usize];
                link[..rng.below(link.len() as u64) as usize].to_string()
            }
            // A valid link with characters changed, inserted or removed.
            1 => {
                let mut bytes = valid[rng.below(50) as usize].clone().into_bytes();
                for _ in 0..1 + rng.below(3) {
                    let at = rng.below(bytes.len() as u64) as usize;
                    let ch = ALPHABET[rng.below(ALPHABET.len() as u64) as usize];
                    match rng.below(3) {
                        0 => bytes[at] = ch,
                        1 => bytes.insert(at, ch),
                        _ => {
                            bytes.remove(at);
                        }
                    }
                }
                String::from_utf8(bytes).unwrap()
            }
            // Random bytes with a correct checksum: past the CRC, into the parser.
            2 => {
                let mut body: Vec<u8> = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
                let checksum = link::crc16(&body);
                body.extend_from_slice(&checksum.to_be_bytes());
                format!("v1.{}", base64url::encode(&body))
            }
            // A valid body with one byte changed and the checksum recomputed.
            3 => {
                let link = &valid[rng.below(50) as usize];
                let mut bytes = base64url::decode(&link[3..]).unwrap();
                let body_len = bytes.len() - 2;
                if body_len > 0 {
                    bytes[rng.below(body_len as u64) as usize] = rng.next() as u8;
                }
                bytes.truncate(body_len);
                let checksum = link::crc16(&bytes);
                bytes.extend_from_slice(&checksum.to_be_bytes());
                format!("v1.{}", base64url::encode(&bytes))
            }
            // Any text at all.
            _ => (0..rng.below(60))
                .map(|_| char::from_u32(rng.below(0x2_0000) as u32).unwrap_or('?'))
                .collect(),
        };
        if let Ok(scenario) = link::decode(&input) {
            accepted += 1;
            assert!(
                scenario.check_limits().is_ok(),
                "accepted an out-of-limits scenario from {input:?}"
            );
            let _ = Report::build(&scenario);
        }
    }
    assert!(accepted < cases, "hostile input should mostly be refused");
}

#[test]
fn each_kind_of_bad_link_has_its_own_message() {
    let good = link::encode(&Preset::SouthYorkshire.scenario());
    assert_eq!(link::decode("main-content"), Err(LinkError::NotAScenario));
    assert_eq!(link::decode(""), Err(LinkError::NotAScenario));
    assert_eq!(
        link::decode(&good[..good.len() / 2]),
        Err(LinkError::Damaged)
    );
    assert_eq!(
        link::decode(&good.replacen("v1.", "v7.", 1)),
        Err(LinkError::NewerVersion(7))
    );
    let mut edited = good.clone().into_bytes();
    edited[10] = if edited[10] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        link::decode(&String::from_utf8(edited).unwrap()),
        Err(LinkError::Damaged)
    );
    let mut too_long = Preset::SouthYorkshire.scenario();
    too_long.initial_years = 40;
    let message = link::decode(&link::encode(&too_long))
        .unwrap_err()
        .message();
    assert_eq!(
        message,
        "This link cannot be opened: the initial term is 40 years, outside 1 to 10. Ask the sender to check the scenario and send it again."
    );
    assert!(LinkError::Damaged
        .message()
        .contains("cut long links short"));
    assert!(LinkError::NewerVersion(7)
        .message()
        .contains("newer version"));
}

#[test]
fn links_are_short() {
    let rows = standard_rows();
    println!("{}", table(&rows));
    for row in &rows[..2] {
        assert!(row.ours <= 300, "{}: {} characters", row.name, row.ours);
    }
    for row in &rows {
        assert!(
            row.saving_percent() >= 40,
            "{}: only {}% shorter",
            row.name,
            row.saving_percent()
        );
    }
}
