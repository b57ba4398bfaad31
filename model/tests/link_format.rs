//! The link format: golden links keep opening with the same figures, encoding round
//! trips, hostile input never panics, and links stay short.

mod common;

use common::golden::{figures, golden_link};
use common::link_sizes::{standard_rows, table, LinkSize};
use common::renumbered;
use common::scenarios::{self, Rng};
use funding_model::data::agreement::{Agreement, Basis, Clause, Outturn, Period, RiskRule, Terms};
use funding_model::data::amount_set::AmountSet;
use funding_model::data::appraisal::{
    Appraisal, Benefits, Deflator, Input, InputRef, OptimismBias, Sensitivity,
};
use funding_model::data::limits::{
    MAX_ACTUAL_PERIODS, MAX_BASIS_FIGURE, MAX_CONTRACT_YEARS, MAX_COST_LINES, MAX_DEFLATOR_YEARS,
    MAX_EXTENSIONS, MAX_OPTIONS, MAX_PARTNERS, MAX_SENSITIVITIES, MAX_SHARE, MAX_TERM_YEARS,
    MAX_TEXT_CHARS, MAX_UPLIFT,
};
use funding_model::data::line::{CostKind, CostLine, Partner, PartnerKind, Uplift};
use funding_model::data::money::Rate;
use funding_model::data::month::LAST_START_YEAR;
use funding_model::data::presets::Preset;
use funding_model::data::scenario::{Activity, Extension, FundingOption, MatchRule};
use funding_model::data::version::{CalendarDate, VersionDetails, VersionStatus};
use funding_model::link::{self, LinkError};
use funding_model::{Percent, Report, Scenario, YearMonth};
use rust_decimal::Decimal;

#[test]
fn golden_links_open_with_the_figures_they_were_made_with() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/links");
    let mut checked = [0; 2];
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let (fragment, expected) = golden_link(&text);
        let scenario =
            link::decode(fragment).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let v1 = fragment.starts_with("v1.");
        assert_eq!(figures(&scenario, !v1), expected, "{}", path.display());
        if v1 {
            // One option, named as version 1 links are opened; encoding now writes a
            // later version (2, or 4 where shorter), which must give back the same
            // scenario.
            assert_eq!(scenario.options.len(), 1, "{}", path.display());
            assert_eq!(scenario.options[0].name, "Option 1");
            let again = link::encode(&scenario);
            assert!(
                again.starts_with("v2.") || again.starts_with("v4."),
                "{again}"
            );
            assert_eq!(link::decode(&again), Ok(scenario), "{}", path.display());
            checked[0] += 1;
        } else {
            // Versions 2 and 3 are still written byte for byte, where they are the
            // shorter; versions 4 and 5 always.
            let later = ["v4.", "v5.", "v6."];
            let written = if later.iter().any(|tag| fragment.starts_with(tag)) {
                link::encode(&scenario)
            } else {
                link::encode_in_full(&scenario)
            };
            assert_eq!(written, fragment, "{}: encoding changed", path.display());
            let shortest = link::encode(&scenario);
            assert!(shortest.len() <= fragment.len(), "{}", path.display());
            assert_eq!(link::decode(&shortest), Ok(scenario), "{}", path.display());
            checked[1] += 1;
        }
    }
    assert!(
        checked[0] >= 3 && checked[1] >= 3,
        "expected golden links of both versions in {}: {checked:?}",
        folder.display()
    );
}

#[test]
fn encode_then_decode_gives_back_the_same_scenario() {
    let mut rng = Rng::new(2026);
    for case in 0..3_000 {
        let scenario = scenarios::scenario_with_agreements(&mut rng, 60);
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

/// A fragment with `tag` (such as `v2`) and `body` followed by its correct checksum.
fn with_checksum(tag: &str, body: Vec<u8>) -> String {
    link::frame(tag[1..].parse().unwrap(), body)
}

#[test]
fn decoding_hostile_input_never_panics() {
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let mut rng = Rng::new(seed);
    // Valid links of every version: generated ones (versions 2 to 5) and the golden
    // version 1 links, each as (tag, body without checksum).
    let mut valid: Vec<String> = (0..50)
        .map(|_| link::encode(&scenarios::scenario_with_agreements(&mut rng, 8)))
        .collect();
    valid.extend((0..30).map(|_| link::encode(&scenarios::scenario_with_appraisal(&mut rng, 8))));
    valid.extend(golden_links().into_iter().filter(|l| l.starts_with("v1.")));
    let bodies: Vec<(&str, Vec<u8>)> = valid
        .iter()
        .map(|l| {
            let (tag, _) = l.split_once('.').unwrap();
            let (_, body) = link::unframe(l).unwrap();
            (tag, body)
        })
        .collect();
    let cases = fuzz_cases();
    let mut accepted = 0;
    for case in 0..cases {
        let input = hostile_input(case, &mut rng, &valid, &bodies);
        if let Ok(scenario) = link::decode(&input) {
            accepted += 1;
            assert!(
                scenario.check_limits().is_ok(),
                "accepted an out-of-limits scenario from {input:?}"
            );
            for option in &scenario.options {
                let _ = Report::build(option);
            }
        }
    }
    assert!(accepted < cases, "hostile input should mostly be refused");
}

/// The fuzz case `case` of [`decoding_hostile_input_never_panics`]: kinds of damage in
/// turn, drawn from `rng`, from the valid links and their bodies.
fn hostile_input(case: u64, rng: &mut Rng, valid: &[String], bodies: &[(&str, Vec<u8>)]) -> String {
    let any = |rng: &mut Rng, count: usize| rng.below(count as u64) as usize;
    const ALPHABET: &[u8] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_v.#=+/% ";
    match case % 8 {
        // A valid link cut short, as mail clients do.
        0 => {
            let link = &valid[any(rng, valid.len())];
            link[..any(rng, link.len())].to_string()
        }
        // A valid link with characters changed, inserted or removed.
        1 => {
            let mut bytes = valid[any(rng, valid.len())].clone().into_bytes();
            for _ in 0..1 + rng.below(3) {
                let at = any(rng, bytes.len());
                let ch = ALPHABET[any(rng, ALPHABET.len())];
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
        // Random bytes with a correct checksum: past the CRC, into the parser of
        // either version.
        2 | 3 => {
            let body: Vec<u8> = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
            with_checksum(["v1", "v2", "v3", "v4", "v5", "v6"][any(rng, 6)], body)
        }
        // Random small numbers with a correct checksum: deeper into the version 2
        // parser, where counts and codes are small.
        4 => {
            let body: Vec<u8> = (0..rng.below(300))
                .map(|_| {
                    let bound = if rng.chance(80) { 12 } else { 256 };
                    rng.below(bound) as u8
                })
                .collect();
            with_checksum(["v2", "v4", "v5", "v6"][any(rng, 4)], body)
        }
        // A valid body with bytes changed, inserted or removed and the checksum
        // recomputed, under its own tag or the other version's.
        5 | 6 => {
            let (tag, body) = &bodies[any(rng, bodies.len())];
            let mut body = body.clone();
            for _ in 0..1 + rng.below(2) {
                let at = any(rng, body.len() + 1);
                match rng.below(3) {
                    0 if at < body.len() => body[at] = rng.next() as u8,
                    1 => body.insert(at, rng.next() as u8),
                    _ if at < body.len() => {
                        body.remove(at);
                    }
                    _ => body.truncate(at),
                }
            }
            let tag = match (case % 8, *tag) {
                (5, tag) => tag,
                (_, "v1") => "v2",
                (_, "v4") => "v5",
                (_, "v5") => "v6",
                (_, "v6") => "v5",
                _ => "v1",
            };
            with_checksum(tag, body)
        }
        // Any text at all.
        _ => (0..rng.below(60))
            .map(|_| char::from_u32(rng.below(0x2_0000) as u32).unwrap_or('?'))
            .collect(),
    }
}

/// The fragments of the golden links.
fn golden_links() -> Vec<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/links");
    std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            text.lines()
                .find_map(|l| l.strip_prefix("link: "))
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn each_kind_of_bad_link_has_its_own_message() {
    let good = link::encode_in_full(&Preset::SouthYorkshire.scenario());
    assert_eq!(link::decode("main-content"), Err(LinkError::NotAScenario));
    assert_eq!(link::decode(""), Err(LinkError::NotAScenario));
    assert_eq!(
        link::decode(&good[..good.len() / 2]),
        Err(LinkError::Damaged)
    );
    assert_eq!(
        link::decode(&good.replacen("v2.", "v7.", 1)),
        Err(LinkError::NewerVersion(7))
    );
    assert_eq!(
        link::decode(&good.replacen("v2.", "v0.", 1)),
        Err(LinkError::Damaged)
    );
    let mut edited = good.clone().into_bytes();
    edited[10] = if edited[10] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        link::decode(&String::from_utf8(edited).unwrap()),
        Err(LinkError::Damaged)
    );
    let mut too_long = Preset::SouthYorkshire.scenario();
    too_long.options[0].initial_years = 40;
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
    let mut rows = standard_rows();
    rows.push(LinkSize::measure(
        "South Yorkshire, three options",
        &Preset::SouthYorkshireOptions.scenario(),
    ));
    let large = scenarios::large();
    rows.push(LinkSize::measure(
        "Large, its first option alone",
        &Scenario::single(&large.title, large.options[0].clone()),
    ));
    println!("{}", table(&rows));
    // Every row, the large document's three options included (written as differences
    // from the first, format 4), at least 40% shorter than deflated JSON; the examples
    // at most 300 characters and no longer than before format 4 (131 and 194).
    for row in &rows {
        assert!(
            row.saving_percent() >= 40,
            "{}: only {}% shorter",
            row.name,
            row.saving_percent()
        );
    }
    for (row, before) in [(&rows[0], 131), (&rows[1], 194), (&rows[3], 300)] {
        assert!(row.ours <= before, "{}: {} characters", row.name, row.ours);
    }
}

/// The scenario of `v2-unicode-uplifts-activity.txt`: unicode and markup in names, part
/// years, uplifts (one overridden by a year's amount), a spending plan, both kinds of
/// match-funding rule and activity with a change in demand.
fn unicode_uplifts_activity() -> Scenario {
    let pounds = |pence: i64| rust_decimal::Decimal::new(pence, 2);
    let uplift = |hundredths: u32, from_year: u16| Uplift {
        percent: Percent(hundredths).into(),
        from_year,
    };
    let mut council = Partner::new(
        1,
        "Cyngor Sir Ynys Môn",
        PartnerKind::Council,
        pounds(5_200_000),
    );
    council.uplift = uplift(250, 2);
    let mut grant = Partner::new(
        2,
        "Home Office grant 🏴",
        PartnerKind::CentralGovernmentGrant,
        pounds(15_742_333),
    );
    grant.year_amounts.insert(3, pounds(8_000_000));
    grant.uplift = uplift(333, 1);
    let mut unnamed = Partner::new(3, "", PartnerKind::HealthBody, pounds(1));
    unnamed.uplift = uplift(10_000, 2);
    let mut provider = CostLine::new(
        4,
        "Darparwr (provider) é",
        CostKind::Provider,
        pounds(15_000_000),
    );
    provider.uplift = uplift(500, 2);
    let mut evaluation =
        CostLine::new(5, "Évaluation <i>", CostKind::Evaluation, pounds(1_000_000));
    evaluation.year_amounts.insert(2, pounds(0));
    let other = CostLine::new(6, "東京 \"other\"", CostKind::Other, pounds(123_456));
    let first = FundingOption {
        benefits: Default::default(),
        name: "Opsiwn 1: Ñandú & Co 🏥".to_string(),
        start: YearMonth::new(2026, 11).unwrap(),
        initial_years: 1,
        extensions: vec![
            Extension {
                id: 7,
                months: 18,
                taken: true,
            },
            Extension {
                id: 8,
                months: 6,
                taken: false,
            },
        ],
        partners: vec![council, grant, unnamed],
        cost_lines: vec![provider, evaluation, other],
        match_rule: MatchRule::MinimumLocalShare(Percent(2_500)),
        activity: Activity {
            referrals_per_year: 120,
            completions_per_year: 45,
            demand_change_percent: -20,
        },
        agreement: Default::default(),
    };
    let mut alone = Partner::new(
        1,
        "Cyngor <b>Gwynedd</b>",
        PartnerKind::Council,
        pounds(1_000_000),
    );
    alone.uplift = uplift(100, 2);
    let second = FundingOption {
        benefits: Default::default(),
        name: "Option 2: dim ond un cyngor".to_string(),
        start: YearMonth::new(2027, 4).unwrap(),
        initial_years: 2,
        extensions: vec![],
        partners: vec![alone],
        cost_lines: vec![],
        match_rule: MatchRule::MinimumLocalAmount(pounds(2_500_000)),
        activity: Activity {
            referrals_per_year: 0,
            completions_per_year: 10,
            demand_change_percent: 60,
        },
        agreement: Default::default(),
    };
    Scenario {
        appraisal: Default::default(),
        version: Default::default(),
        title: "Cyngor Sir Ynys Môn — 東京 🏴 \"test\" <b>partners</b>".to_string(),
        options: vec![first, second],
        baseline: 1,
        active: 0,
    }
}

/// Writes the golden links that are missing, once, from today's encoder:
/// `cargo test --test link_format -- --ignored`. Existing fixtures are never rewritten.
#[test]
#[ignore]
fn write_missing_golden_links() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/links");
    let documents = [
        (
            "v2-south-yorkshire-options.txt",
            Preset::SouthYorkshireOptions.scenario(),
        ),
        ("v2-cleveland-2022.txt", Preset::Cleveland2022.scenario()),
        (
            "v2-unicode-uplifts-activity.txt",
            unicode_uplifts_activity(),
        ),
        ("v3-cleveland-grant-share.txt", cleveland_grant_share()),
        (
            "v4-south-yorkshire-options.txt",
            Preset::SouthYorkshireOptions.scenario(),
        ),
        ("v4-large-document.txt", scenarios::large()),
        (
            "v4-unicode-uplifts-activity.txt",
            unicode_uplifts_activity(),
        ),
        ("v5-agreements.txt", scenarios::agreements()),
        ("v6-appraisal.txt", scenarios::appraisal_example()),
    ];
    for (name, scenario) in documents {
        let path = folder.join(name);
        if path.exists() {
            continue;
        }
        let fragment = link::encode(&scenario);
        assert!(
            name.starts_with(&fragment[..2]),
            "{name} would hold {fragment}"
        );
        let mut text = format!(
            "# Golden link, format version {}. Never edit or delete: every link ever released must\n\
             # keep opening with exactly these figures (tests/link_format.rs).\nlink: {fragment}\n",
            &fragment[1..2],
        );
        for line in figures(&scenario, true) {
            text.push_str(&line);
            text.push('\n');
        }
        std::fs::write(&path, text).unwrap();
    }
}

/// Cleveland with its rule stated as the grant states it: local match of at least 10%
/// of the Home Office grant (link format 3).
fn cleveland_grant_share() -> Scenario {
    let mut scenario = Preset::Cleveland2022.scenario();
    scenario.options[0].match_rule = MatchRule::MinimumShareOfGrant(Percent(1_000));
    scenario
}

#[test]
fn a_rule_on_a_share_of_the_grants_is_written_as_version_3_and_nothing_else_is() {
    let fragment = link::encode_in_full(&cleveland_grant_share());
    assert!(fragment.starts_with("v3."), "{fragment}");
    assert_eq!(link::decode(&fragment), Ok(cleveland_grant_share()));
    for preset in Preset::ALL {
        assert!(link::encode_in_full(&preset.scenario()).starts_with("v2."));
    }
    // A version 2 body with the new rule's code is damage: version 2 never had it.
    let (_, body) = link::unframe(&fragment).unwrap();
    assert_eq!(link::decode(&link::frame(2, body)), Err(LinkError::Damaged));
}

#[test]
fn a_scenario_at_the_documented_limits_travels_as_a_link_and_a_file() {
    let scenario = scenarios::at_limits();
    let fragment = link::encode(&scenario);
    // Far beyond what a link shared by email carries, but the address bar and the
    // saved draft hold it, and it must open again.
    assert!(fragment.len() > 100_000, "{} characters", fragment.len());
    assert_eq!(
        link::decode(&fragment).unwrap(),
        renumbered(scenario.clone())
    );
    let file = funding_model::scenario_file::write(&scenario);
    assert!(
        (1_000_000..1_300_000).contains(&file.len()),
        "the file is {} bytes",
        file.len()
    );
    assert_eq!(
        funding_model::scenario_file::read(&file).unwrap(),
        renumbered(scenario)
    );
}

/// A version 4 body: `options` options, the first with one partner "A" giving £1, and
/// each later one written as `later` (its name, then its reference and differences).
fn v4_body(options: u8, later: &[u8]) -> String {
    let mut body = vec![0, options, 0, 0];
    body.extend_from_slice(&[0, 10, 1, 0, 1, 1, b'A', 10, 0, 0, 0, 0, 0, 0]);
    for _ in 1..options {
        body.push(0);
        body.extend_from_slice(later);
    }
    link::frame(4, body)
}

#[test]
fn an_option_as_differences_copies_only_what_an_earlier_option_has() {
    // Copies option 1 whole; then drops its partner and inserts "B" giving £2.
    let copied = link::decode(&v4_body(2, &[1, 0, 0, 0])).unwrap();
    assert_eq!(copied.options[1].partners, copied.options[0].partners);
    let edited = link::decode(&v4_body(2, &[1, 0, 1, 0, 1, 1, 1, b'B', 18, 0, 0])).unwrap();
    assert_eq!(edited.options[1].partners[0].name, "B");
    assert_eq!(edited.options[1].partners.len(), 1);
    for (why, later) in [
        ("itself", &[2, 0, 0, 0][..]),
        ("a later option", &[3, 0, 0, 0]),
        ("more lines than it has", &[1, 0, 1, 2, 0, 0, 0]),
        ("lines dropped past its end", &[1, 0, 1, 0, 2, 0, 0]),
        ("an unknown part", &[1, 8, 0, 0]),
    ] {
        assert_eq!(
            link::decode(&v4_body(3, later)),
            Err(LinkError::Damaged),
            "{why}"
        );
    }
    // More options than the editor allows is damage, before any is copied.
    assert!(link::decode(&v4_body(10, &[1, 0, 0, 0])).is_ok());
    assert_eq!(
        link::decode(&v4_body(11, &[1, 0, 0, 0])),
        Err(LinkError::Damaged)
    );
}

#[test]
fn years_out_of_order_are_damage() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    let partner = &mut scenario.options[0].partners[0];
    partner
        .year_amounts
        .insert(2, rust_decimal::Decimal::new(1, 0));
    partner
        .year_amounts
        .insert(3, rust_decimal::Decimal::new(2, 0));
    let (version, mut body) = link::unframe(&link::encode(&scenario)).unwrap();
    // The two years as written, each before its amount (£1 is 1 × 10² pence, written
    // 1 × 8 + 2): 2 then 3. Swap them to 3 then 2.
    let at = body
        .windows(2)
        .position(|pair| pair == [2, 10])
        .expect("year 2 and £1 are written together");
    let after = body[at + 2..]
        .windows(2)
        .position(|pair| pair == [3, 18])
        .map(|p| p + at + 2)
        .expect("year 3 and £2 follow");
    body[at] = 3;
    body[after] = 2;
    assert_eq!(
        link::decode(&link::frame(version, body)),
        Err(LinkError::Damaged)
    );
}

/// The link's length cap and the scenario limits agree: the longest scenario the
/// limits allow (every option full, every name and text 200 four-byte characters, an
/// amount for every year a contract can have, the largest amounts, every line's terms
/// and every agreement at their limits) encodes within the cap and opens again, so
/// every scenario inside the limits survives a reload.
#[test]
fn the_longest_scenario_the_limits_allow_fits_within_the_links_cap() {
    let options: Vec<FundingOption> = (0..MAX_OPTIONS).map(longest_option).collect();
    let scenario = Scenario {
        appraisal: longest_appraisal(&options),
        version: VersionDetails {
            author: longest_text(1),
            label: longest_text(2),
            status: Some(VersionStatus::ForDecision),
            date: CalendarDate::new(2100, 12, 31),
        },
        title: longest_text(0),
        options,
        baseline: MAX_OPTIONS - 1,
        active: MAX_OPTIONS - 1,
    };
    assert_eq!(scenario.check_limits(), Ok(()));
    let fragment = link::encode(&scenario);
    println!("the longest scenario: {} characters", fragment.len());
    assert!(fragment.starts_with("v6."));
    assert!(
        fragment.len() <= link::MAX_FRAGMENT_CHARS,
        "{} characters, over the cap of {}",
        fragment.len(),
        link::MAX_FRAGMENT_CHARS
    );
    assert!(
        fragment.len() > link::MAX_ADDRESS_CHARS,
        "too long for an address bar, so shared as a file"
    );
    assert_eq!(link::decode(&fragment), Ok(renumbered(scenario)));
}

/// An appraisal at its limits: an index of its own for the most years with the most
/// places, the largest rates, the most inputs tested, each the last cost line of the
/// last option at the largest amounts.
fn longest_appraisal(options: &[FundingOption]) -> Appraisal {
    let last = options.len() - 1;
    let line = options[last].cost_lines.last().unwrap().id;
    let input = InputRef {
        option: last,
        input: Input::CostAmount(line),
    };
    let most = Decimal::from(1_000_000_000) - Decimal::new(1, 2);
    Appraisal {
        real_terms: true,
        base_year: Some(LAST_START_YEAR),
        deflator: Deflator::Own(
            (0..MAX_DEFLATOR_YEARS as i32)
                .map(|y| (2000 + y, Decimal::new(99_999_999_999, 6)))
                .collect(),
        ),
        discount_year: Some(LAST_START_YEAR),
        preferred: Some(last),
        optimism_bias: Some(OptimismBias {
            percent: MAX_UPLIFT,
            source: longest_text(3),
        }),
        sensitivities: vec![
            Sensitivity {
                input,
                low: most,
                high: most,
            };
            MAX_SENSITIVITIES
        ],
        switching_input: Some(input),
    }
}

/// `n`, then four-byte characters up to the longest text allowed.
fn longest_text(n: usize) -> String {
    format!("{n}{}", "🏴".repeat(MAX_TEXT_CHARS - n.to_string().len()))
}

/// Option `o` at every limit. Every option's amounts differ, so none is written as
/// differences from another.
fn longest_option(o: usize) -> FundingOption {
    let most = Decimal::new(99_999_999_999 - o as i64, 2);
    let years = || (1..=MAX_CONTRACT_YEARS).map(|year| (year, most)).collect();
    let partners = (0..MAX_PARTNERS).map(|i| {
        let mut line = Partner::new(i as u32 + 1, &longest_text(i), PartnerKind::Council, most);
        line.uplift = Uplift {
            percent: Rate(999_999),
            from_year: 59,
        };
        line
    });
    let cost_lines = (0..MAX_COST_LINES)
        .map(|i| CostLine::new(500 + i as u32, &longest_text(i), CostKind::Provider, most));
    let mut option = FundingOption {
        benefits: Benefits {
            cashable_savings: most,
            avoided_costs: most,
            value_per_completion: most,
        },
        name: longest_text(o),
        start: YearMonth::new(2030, 1).unwrap(),
        initial_years: MAX_TERM_YEARS,
        extensions: (0..MAX_EXTENSIONS)
            .map(|i| Extension {
                id: 1_000 + i as u32,
                months: 60,
                taken: true,
            })
            .collect(),
        partners: partners.collect(),
        cost_lines: cost_lines.collect(),
        match_rule: MatchRule::MinimumLocalAmount(most),
        activity: Activity {
            referrals_per_year: 999_999,
            completions_per_year: 999_999,
            demand_change_percent: -99,
        },
        agreement: longest_agreement(most, (500..550).collect()),
    };
    for line in &mut option.partners {
        line.year_amounts = years();
        line.terms = longest_terms(most, MAX_PARTNERS as u32);
    }
    for line in &mut option.cost_lines {
        line.year_amounts = years();
        line.terms = longest_terms(most, MAX_PARTNERS as u32);
    }
    option
}

/// Terms at every limit, led by the last partner.
fn longest_terms(most: Decimal, lead: u32) -> Terms {
    Terms {
        set: AmountSet::ShareOf {
            share: MAX_SHARE,
            of: most,
        },
        basis_figure: Some(MAX_BASIS_FIGURE),
        group: longest_text(lead as usize),
        overspend_share: Some(MAX_SHARE),
        underspend_share: Some(MAX_SHARE),
        maximum: Some(most),
        lead: Some(lead),
        fixed_cost: true,
    }
}

/// An agreement at every limit: the longest basis, every rule, actual spend for as
/// many periods as there can be, each in total and for every cost line.
fn longest_agreement(most: Decimal, cost_lines: Vec<u32>) -> Agreement {
    let first = LAST_START_YEAR + i32::from(MAX_CONTRACT_YEARS) + 1 - MAX_ACTUAL_PERIODS as i32;
    Agreement {
        basis: Some(Basis {
            name: longest_text(1),
            source: longest_text(2),
            date: longest_text(3),
            total: most,
        }),
        whole_pounds: true,
        overspend: RiskRule::Capped,
        underspend: RiskRule::Aligned,
        risk_pool: most,
        tolerance: Percent(9_999),
        by_financial_year: true,
        actuals: (0..MAX_ACTUAL_PERIODS as i32)
            .map(|year| Outturn {
                period: Period::FinancialYear(first + year),
                total: Some(most),
                by_line: cost_lines.iter().rev().map(|id| (*id, most)).collect(),
            })
            .collect(),
        stated: Clause::ALL.into_iter().rev().collect(),
    }
}

/// The golden link of format 5 opens as the scenario it was made from, spelled out in
/// `scenarios::agreements`: the second option copies the first's agreement, its
/// actual spend by line following its cost lines past one partner fewer.
#[test]
fn the_agreements_link_opens_as_the_scenario_it_was_made_from() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/links/v5-agreements.txt"),
    )
    .unwrap();
    let (fragment, _) = golden_link(&text);
    let scenario = scenarios::agreements();
    assert_eq!(link::decode(fragment), Ok(scenario.clone()));
    let second = &link::decode(fragment).unwrap().options[1];
    assert_eq!(second.agreement.actuals[1].by_line[0].0, 7);
    let in_full = link::encode_in_full(&scenario);
    assert!(in_full.starts_with("v5.") && in_full.len() > fragment.len());
    assert_eq!(link::decode(&in_full), Ok(scenario));
}

#[test]
fn only_a_scenario_with_agreements_or_finer_uplifts_is_written_as_version_5() {
    for preset in Preset::ALL {
        assert!(!link::encode(&preset.scenario()).starts_with("v5."));
    }
    let mut fine = Preset::Cleveland2022.scenario();
    fine.options[0].partners[0].uplift = Uplift {
        percent: Rate(23_450),
        from_year: 2,
    };
    let mut grouped = Preset::Cleveland2022.scenario();
    grouped.options[0].cost_lines[1].terms.group = "Evaluation".to_string();
    let mut pounds = Preset::Cleveland2022.scenario();
    pounds.options[0].agreement.whole_pounds = true;
    for scenario in [fine, grouped, pounds] {
        for fragment in [link::encode(&scenario), link::encode_in_full(&scenario)] {
            assert!(fragment.starts_with("v5."), "{fragment}");
            assert_eq!(link::decode(&fragment), Ok(renumbered(scenario.clone())));
        }
    }
    // A rate of whole hundredths costs what it did in version 4.
    let mut whole = Preset::Cleveland2022.scenario();
    whole.options[0].partners[0].uplift.percent = Percent(250).into();
    let before = link::encode(&whole).len();
    whole.options[0].agreement.whole_pounds = true;
    let after = link::encode(&whole);
    assert!(after.len() <= before + 2, "{after}");
}

#[test]
fn a_lead_or_actual_spend_naming_nothing_in_the_option_is_not_written() {
    let mut scenario = scenarios::agreements();
    let option = &mut scenario.options[1];
    option.cost_lines[0].terms.lead = Some(6);
    option.agreement.actuals[1].by_line.push((99, Decimal::ONE));
    let decoded = link::decode(&link::encode(&scenario)).unwrap();
    assert_eq!(decoded.options[1].cost_lines[0].terms.lead, None);
    assert_eq!(decoded, renumbered(scenario));
}

/// A version 5 body of one option: one partner "A" giving £1 with `terms` (after the
/// packed number, which says it has terms), no cost lines, and `agreement`.
fn v5_body(terms: &[u8], agreement: &[u8]) -> String {
    let mut body = vec![0, 1, 0, 0, 0, 0, 1, 0, 1, 1, b'A', 10, 16];
    body.extend_from_slice(terms);
    body.extend_from_slice(&[0, 0, 0, 0, 0]);
    body.extend_from_slice(agreement);
    link::frame(5, body)
}

#[test]
fn a_version_5_link_holds_only_what_version_5_writes() {
    assert!(link::decode(&v5_body(&[0], &[0])).is_ok());
    let unusable = |message: &str| Err(LinkError::Unusable(message.to_string()));
    // Partner 6 of an option with one partner.
    assert_eq!(
        link::decode(&v5_body(&[32, 5], &[0])),
        unusable("“A” is led by a partner the option does not have")
    );
    for (why, terms, agreement) in [
        ("an unknown way to set an amount", &[5][..], &[0][..]),
        ("an unknown member of the terms", &[0x80, 8], &[0]),
        ("an unknown member of the agreement", &[0], &[0x80, 4]),
        ("an unknown risk rule", &[0], &[4, 5]),
        ("an unknown clause", &[0], &[0x80, 2, 1, 7]),
        ("a total over years cut short", &[1, 10], &[0]),
        ("actual spend cut short", &[0], &[128, 1, 2, 3, 10]),
    ] {
        assert_eq!(
            link::decode(&v5_body(terms, agreement)),
            Err(LinkError::Damaged),
            "{why}"
        );
    }
    // A later option may write its agreement (version 4 had none: there it is damage,
    // above), and nothing more.
    let two = |later: &[u8]| {
        let mut body = vec![0, 2, 0, 0, 0, 10, 1, 0, 1, 1, b'A', 10, 0, 0, 0, 0, 0, 0, 0];
        body.extend_from_slice(later);
        link::frame(5, body)
    };
    let copied = link::decode(&two(&[0, 1, 0, 0, 0])).unwrap();
    assert_eq!(copied.options[1].agreement, copied.options[0].agreement);
    let written = link::decode(&two(&[0, 1, 8, 0, 0, 2])).unwrap();
    assert!(written.options[1].agreement.whole_pounds);
    assert_eq!(
        link::decode(&two(&[0, 1, 16, 0, 0])),
        Err(LinkError::Damaged)
    );
}

#[test]
fn terms_and_agreements_outside_the_limits_are_refused_with_what_is_wrong() {
    let base = scenarios::agreements;
    let mut cases: Vec<(Scenario, &str)> = Vec::new();
    let mut case = |message: &'static str, change: &dyn Fn(&mut FundingOption)| {
        let mut scenario = base();
        change(&mut scenario.options[0]);
        cases.push((scenario, message));
    };
    case(
        "“Home Office grant” is set as a total over 61 years, outside 1 to 60",
        &|o| {
            o.partners[2].terms.set = AmountSet::OverYears {
                total: Decimal::ONE,
                years: 61,
            }
        },
    );
    case(
        "“Sheffield City Council” is paid once in year 0, outside 1 to 60",
        &|o| o.partners[5].terms.set = AmountSet::OneOff { year: 0 },
    );
    case("is set as a share of more than 100%", &|o| {
        o.partners[3].terms.set = AmountSet::ShareOf {
            share: Percent(10_001),
            of: Decimal::ONE,
        }
    });
    case(
        "“Barnsley Council” has a basis figure over 1,000,000,000,000",
        &|o| o.partners[0].terms.basis_figure = Some(MAX_BASIS_FIGURE + 1),
    );
    case(
        "the funding group of “Barnsley Council” is longer than 200",
        &|o| o.partners[0].terms.group = "g".repeat(201),
    );
    case(
        "“Doncaster Council” bears more than 100% of an overspend",
        &|o| o.partners[1].terms.underspend_share = Some(Percent(10_001)),
    );
    case(
        "the basis's name, source or date is longer than 200 characters",
        &|o| o.agreement.basis.as_mut().unwrap().source = "s".repeat(201),
    );
    case("the tolerance is more than 100%", &|o| {
        o.agreement.tolerance = Percent(10_001)
    });
    case(
        "actual spend is entered for year 61, which no contract has",
        &|o| o.agreement.actuals = vec![Outturn::new(Period::ContractYear(61))],
    );
    case(
        "actual spend is entered for 1998/99, which no contract has",
        &|o| o.agreement.actuals = vec![Outturn::new(Period::FinancialYear(1998))],
    );
    case(
        "actual spend for 2024/25 is entered twice or out of order",
        &|o| o.agreement.actuals[1].period = Period::FinancialYear(2024),
    );
    case("actual spend is entered for more than 61 periods", &|o| {
        o.agreement.actuals = (0..62)
            .map(|y| Outturn::new(Period::FinancialYear(2000 + y)))
            .collect()
    });
    case("actual spend for 2025/26 names a cost line twice", &|o| {
        o.agreement.actuals[1].by_line.push((7, Decimal::ONE))
    });
    case("clause (a) is marked as stated twice", &|o| {
        o.agreement.stated.push(Clause::Aims)
    });
    for (scenario, message) in cases {
        match link::decode(&link::encode(&scenario)) {
            Err(LinkError::Unusable(why)) => assert!(why.contains(message), "{why}"),
            other => panic!("{message}: {other:?}"),
        }
    }
}

#[test]
fn scenarios_with_an_appraisal_round_trip() {
    let mut rng = Rng::new(2028);
    let mut sixes = 0;
    for case in 0..2_000 {
        let scenario = scenarios::scenario_with_appraisal(&mut rng, 30);
        let fragment = link::encode(&scenario);
        sixes += usize::from(fragment.starts_with("v6."));
        let decoded = link::decode(&fragment)
            .unwrap_or_else(|e| panic!("case {case}: {e:?} for {scenario:?}"));
        assert_eq!(decoded, renumbered(scenario.clone()), "case {case}");
        let in_full = link::encode_in_full(&scenario);
        assert_eq!(link::decode(&in_full), Ok(decoded), "case {case}");
    }
    assert!(sixes > 1_000, "{sixes}");
}

/// The golden link of format 6 opens as the scenario it was made from, spelled out in
/// `scenarios::appraisal_example`: the second option's benefits are its own, its
/// sensitivity names its partner 3 by position, and the date and status come back.
#[test]
fn the_appraisal_link_opens_as_the_scenario_it_was_made_from() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/links/v6-appraisal.txt"),
    )
    .unwrap();
    let (fragment, _) = golden_link(&text);
    let scenario = scenarios::appraisal_example();
    assert_eq!(link::decode(fragment), Ok(scenario.clone()));
    assert_eq!(link::encode(&scenario), fragment);
    let in_full = link::encode_in_full(&scenario);
    assert!(in_full.starts_with("v6.") && in_full.len() > fragment.len());
    assert_eq!(link::decode(&in_full), Ok(scenario));
}

#[test]
fn only_a_scenario_with_an_appraisal_benefits_or_version_details_is_written_as_version_6() {
    for preset in Preset::ALL {
        assert!(!link::encode(&preset.scenario()).starts_with("v6."));
    }
    assert!(link::encode(&scenarios::agreements()).starts_with("v5."));
    let mut real = Preset::Cleveland2022.scenario();
    real.appraisal.real_terms = true;
    let mut benefits = Preset::Cleveland2022.scenario();
    benefits.options[0].benefits.avoided_costs = Decimal::ONE;
    let mut dated = Preset::Cleveland2022.scenario();
    dated.version.date = CalendarDate::new(2024, 2, 29);
    for scenario in [real, benefits, dated] {
        for fragment in [link::encode(&scenario), link::encode_in_full(&scenario)] {
            assert!(fragment.starts_with("v6."), "{fragment}");
            assert_eq!(link::decode(&fragment), Ok(renumbered(scenario.clone())));
        }
    }
}

#[test]
fn an_input_or_preferred_option_naming_nothing_is_not_written() {
    let mut scenario = scenarios::appraisal_example();
    scenario.appraisal.preferred = Some(2);
    scenario.appraisal.switching_input = Some(InputRef {
        option: 1,
        input: Input::PartnerAmount(6),
    });
    scenario.appraisal.sensitivities[0].input.option = 5;
    let decoded = link::decode(&link::encode(&scenario)).unwrap();
    assert_eq!(decoded.appraisal.preferred, None);
    assert_eq!(decoded.appraisal.switching_input, None);
    assert_eq!(decoded.appraisal.sensitivities.len(), 2);
    assert_eq!(decoded, renumbered(scenario));
}

fn varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value & 0x7F) as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A version 6 body of one option: one partner "A" giving £1, no cost lines, no
/// agreement or benefits, then `appraisal` and `version`.
fn v6_body(appraisal: &[u8], version: &[u8]) -> String {
    let mut body = vec![
        0, 1, 0, 0, 0, 0, 1, 0, 1, 1, b'A', 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    body.extend_from_slice(appraisal);
    body.extend_from_slice(version);
    link::frame(6, body)
}

#[test]
fn a_version_6_link_holds_only_what_version_6_writes_and_within_the_limits() {
    let decoded = link::decode(&v6_body(&[0], &[0])).unwrap();
    assert!(decoded.appraisal.is_plain() && decoded.version.is_empty());
    let unusable = |message: &str| Err(LinkError::Unusable(message.to_string()));
    // A switching input of partner 2 of an option with one partner; of option 2 of one.
    assert_eq!(
        link::decode(&v6_body(&[0x80, 2, 0, 8], &[0])),
        unusable("the input for the switching value is a partner that “” does not have")
    );
    assert_eq!(
        link::decode(&v6_body(&[0x80, 2, 1, 2], &[0])),
        unusable("the input for the switching value is of an option the scenario does not have")
    );
    // The preferred option 2 of one.
    assert_eq!(
        link::decode(&v6_body(&[32, 1], &[0])),
        unusable("the preferred option is one the scenario does not have")
    );
    // A base year of 1999 (zigzagged -1 is 1).
    assert_eq!(
        link::decode(&v6_body(&[2, 1], &[0])),
        unusable("the appraisal's prices' base year is 1999, outside 2000 to 2100")
    );
    // A constant deflator of 100.01% (10,001 hundredths, × 2).
    let mut rate = vec![4];
    varint(&mut rate, 20_002);
    assert_eq!(
        link::decode(&v6_body(&rate, &[0])),
        unusable("the deflator's rate of inflation is more than 100% a year")
    );
    // 21 sensitivities of the cashable savings, £0 to £0.
    let mut many = vec![0x80, 1, 21];
    (0..21).for_each(|_| many.extend_from_slice(&[0, 2, 0, 0]));
    assert_eq!(
        link::decode(&v6_body(&many, &[0])),
        unusable("more than 20 inputs are tested for sensitivity")
    );
    // An own index of a figure of 0 for 2024.
    assert_eq!(
        link::decode(&v6_body(&[8, 1, 48, 0], &[0])),
        unusable("the deflator's figure for 2024 is not a number above 0 and up to 100000 with at most 6 decimal places")
    );
    // 29 February 2025, and 2024; an unknown status; an unknown member.
    let date = |year: u64, month: u64, day: u64| {
        let mut out = vec![8];
        varint(&mut out, ((year - 2000) * 2 * 16 + month) * 32 + day);
        out
    };
    assert!(link::decode(&v6_body(&[0], &date(2024, 2, 29))).is_ok());
    for (why, appraisal, version) in [
        ("29 February 2025", &[0][..], &date(2025, 2, 29)[..]),
        ("an unknown status", &[0], &[4, 3]),
        ("an unknown member of the version", &[0], &[16]),
        (
            "an unknown member of the appraisal",
            &[0x80, 4][..],
            &[0][..],
        ),
        ("a deflator both constant and own", &[12, 0, 0], &[0]),
        ("an unknown input", &[0x80, 2, 0, 6], &[0]),
        ("a benefit with a line", &[0x80, 2, 0, 10], &[0]),
        ("a version cut short", &[0], &[3, 1, b'A']),
    ] {
        assert_eq!(
            link::decode(&v6_body(appraisal, version)),
            Err(LinkError::Damaged),
            "{why}"
        );
    }
}

#[test]
fn appraisals_outside_the_limits_are_refused_with_what_is_wrong() {
    let base = scenarios::appraisal_example;
    let mut cases: Vec<(Scenario, &str)> = Vec::new();
    let mut case = |message: &'static str, change: &dyn Fn(&mut Scenario)| {
        let mut scenario = base();
        change(&mut scenario);
        cases.push((scenario, message));
    };
    case(
        "the appraisal's discount year is 2101, outside 2000 to 2100",
        &|s| s.appraisal.discount_year = Some(2101),
    );
    case("the optimism bias is more than 100%", &|s| {
        s.appraisal.optimism_bias.as_mut().unwrap().percent = Rate(1_000_001)
    });
    case("the optimism bias's source is longer than 200", &|s| {
        s.appraisal.optimism_bias.as_mut().unwrap().source = "s".repeat(201)
    });
    case("the deflator has figures for more than 120 years", &|s| {
        s.appraisal.deflator = Deflator::Own((0..121).map(|y| (2000 + y, Decimal::ONE)).collect())
    });
    case(
        "the deflator's figure for 2024 is given twice or out of order",
        &|s| s.appraisal.deflator = Deflator::Own(vec![(2025, Decimal::ONE), (2024, Decimal::ONE)]),
    );
    case(
        "the deflator has a figure for 1998, outside 1999 to 2160",
        &|s| s.appraisal.deflator = Deflator::Own(vec![(1998, Decimal::ONE)]),
    );
    case("more than 20 inputs are tested for sensitivity", &|s| {
        let first = s.appraisal.sensitivities[0];
        s.appraisal.sensitivities = vec![first; 21]
    });
    case(
        "an input tested for sensitivity has a low or high value outside",
        &|s| s.appraisal.sensitivities[2].high = Decimal::new(1205, 1),
    );
    case("the version's author is longer than 200 characters", &|s| {
        s.version.author = "é".repeat(201)
    });
    case("the version's label is longer than 200 characters", &|s| {
        s.version.label = "l".repeat(201)
    });
    for (scenario, message) in cases {
        match link::decode(&link::encode(&scenario)) {
            Err(LinkError::Unusable(why)) => assert!(why.contains(message), "{why}"),
            other => panic!("{message}: {other:?}"),
        }
        assert!(scenario.check_limits().unwrap_err().contains(message));
    }
    // A link holds whole pence up to £1bn, so a benefit outside them is refused by the
    // limits that files and links share.
    let mut scenario = base();
    scenario.options[0].benefits.avoided_costs = Decimal::new(1, 3);
    assert_eq!(
        scenario.check_limits(),
        Err(
            "“Option 1: pooled by population” has a benefit outside £0 to £1,000,000,000 in pence"
                .to_string()
        )
    );
}
