//! Issue 29: two versions of a scenario compared. Every changed input is found (one
//! field of each kind changed in turn on generated scenarios), nothing is reported for
//! identical versions, renamed and reordered partners are matched, the breakdown adds
//! up to the penny over thousands of generated pairs, the South Yorkshire example
//! reads as a golden text, and the fingerprint follows the figures alone.
//!
//! `BLESS=1 cargo test -p funding-model --test version_changes` writes the golden
//! texts again after a change of words, to be read and reviewed in the diff.

mod common;

use common::scenarios::{self, Rng};
use common::words::{doubled_word, nested_bracket};
use funding_model::data::presets::Preset;
use funding_model::data::version::{CalendarDate, VersionStatus};
use funding_model::figures::fingerprint::fingerprint;
use funding_model::figures::implications::to_plain_text;
use funding_model::figures::versions::{breakdown, compare, version_words, ChangeKind};
use funding_model::formats::table_export::{to_csv, version_tables};
use funding_model::{link, Partner, PartnerKind, Report, Scenario};
use rust_decimal::Decimal;

fn labels(earlier: &Scenario, later: &Scenario) -> Vec<String> {
    compare(earlier, later)
        .inputs
        .iter()
        .map(|change| format!("{}: {}", change.label, change.text()))
        .collect()
}

#[test]
fn nothing_reported_for_identical_versions() {
    for seed in 1..300 {
        let scenario = scenarios::scenario_with_agreements(&mut Rng::new(seed), 8);
        let changes = compare(&scenario, &scenario.clone());
        assert!(changes.is_empty(), "seed {seed}: {changes:#?}");
        let parts = breakdown(&scenario, &scenario, &changes);
        assert!(parts.iter().all(|option| option.steps.is_empty()));
    }
}

/// One field of each kind changed in turn, and what the list must then say.
type Edit = (&'static str, fn(&mut Scenario), &'static str);

fn edits() -> Vec<Edit> {
    vec![
        ("title", |s| s.title.push_str(" (revised)"), "the title"),
        (
            "option name",
            |s| s.options[0].name.push_str(" Zqx renamed"),
            "the option's name",
        ),
        (
            "start",
            |s| s.options[0].start = s.options[0].start.plus_months(1),
            "the contract start",
        ),
        (
            "term",
            |s| s.options[0].initial_years = s.options[0].initial_years % 10 + 1,
            "the initial term",
        ),
        (
            "extension added",
            |s| {
                s.options[0].extensions.push(funding_model::Extension {
                    id: 999,
                    months: 7,
                    taken: true,
                })
            },
            "extension",
        ),
        (
            "match rule",
            |s| {
                s.options[0].match_rule =
                    funding_model::data::scenario::MatchRule::MinimumLocalAmount(Decimal::new(
                        123_456, 2,
                    ))
            },
            "the match-funding rule",
        ),
        (
            "referrals",
            |s| s.options[0].activity.referrals_per_year += 1,
            "referrals a year",
        ),
        (
            "benefits",
            |s| s.options[0].benefits.avoided_costs += Decimal::ONE,
            "avoided costs a year",
        ),
        (
            "whole pounds",
            |s| s.options[0].agreement.whole_pounds ^= true,
            "whole pounds",
        ),
        (
            "risk rule",
            |s| {
                use funding_model::data::agreement::RiskRule;
                let rule = &mut s.options[0].agreement.overspend;
                *rule = if *rule == RiskRule::Capped {
                    RiskRule::Fixed
                } else {
                    RiskRule::Capped
                };
            },
            "who bears an overspend",
        ),
        (
            "partner added",
            |s| {
                s.options[0].partners.push(Partner::new(
                    998,
                    "Brand New Partner",
                    PartnerKind::HealthBody,
                    Decimal::ONE,
                ))
            },
            "Brand New Partner (partner)",
        ),
        (
            "appraisal",
            |s| s.appraisal.real_terms ^= true,
            "real terms",
        ),
        (
            "version label",
            |s| s.version.label = "v9".into(),
            "the version's label",
        ),
        (
            "version status",
            |s| s.version.status = Some(VersionStatus::Approved),
            "the version's status",
        ),
    ]
}

/// Edits of the first partner, where there is one.
fn partner_edits() -> Vec<Edit> {
    vec![
        (
            "annual",
            |s| s.options[0].partners[0].annual += Decimal::ONE,
            "annual contribution",
        ),
        (
            "kind",
            |s| {
                let p = &mut s.options[0].partners[0];
                p.kind = if p.kind == PartnerKind::Other {
                    PartnerKind::Council
                } else {
                    PartnerKind::Other
                };
            },
            "kind",
        ),
        (
            "year amount",
            |s| {
                let p = &mut s.options[0].partners[0];
                let now = p.year_amounts.get(&1).copied().unwrap_or_default();
                p.year_amounts.insert(1, now + Decimal::ONE);
            },
            "amount for year 1",
        ),
        (
            "uplift",
            |s| {
                let u = &mut s.options[0].partners[0].uplift;
                u.percent.0 += 100;
            },
            "uplift",
        ),
        (
            "group",
            |s| s.options[0].partners[0].terms.group.push_str("Grp"),
            "funding group",
        ),
        (
            "maximum",
            |s| {
                let t = &mut s.options[0].partners[0].terms;
                t.maximum = Some(t.maximum.unwrap_or_default() + Decimal::ONE);
            },
            "maximum",
        ),
        (
            "renamed",
            |s| s.options[0].partners[0].name = "Renamed Partner Zq".into(),
            "name",
        ),
        (
            "removed",
            |s| {
                s.options[0].partners.remove(0);
            },
            "(partner)",
        ),
    ]
}

#[test]
fn every_changed_input_is_found() {
    for seed in 1..120 {
        let earlier = scenarios::scenario_with_agreements(&mut Rng::new(seed), 6);
        let mut all = edits();
        if !earlier.options[0].partners.is_empty() {
            all.extend(partner_edits());
        }
        for (name, edit, expected) in all {
            let mut later = earlier.clone();
            edit(&mut later);
            let found = labels(&earlier, &later);
            assert!(
                found.iter().any(|label| label.contains(expected)),
                "seed {seed}, {name}: expected “{expected}” in {found:#?}"
            );
        }
    }
}

#[test]
fn renamed_and_reordered_partners_are_matched() {
    let earlier = Preset::SouthYorkshire.scenario();
    let mut later = earlier.clone();
    later.options[0].partners.reverse();
    let mut renumbered = later.clone();
    for (id, partner) in renumbered.options[0].partners.iter_mut().enumerate() {
        partner.id = id as u32 + 1;
    }
    assert!(
        compare(&earlier, &renumbered).inputs.is_empty(),
        "reordered only"
    );
    // Renamed in place, its id as decoding numbers it: matched by position.
    let mut in_place = earlier.clone();
    in_place.options[0].partners[3].id = 40;
    in_place.options[0].partners[3].name = "Rotherham MBC".into();
    let kinds: Vec<ChangeKind> = (compare(&earlier, &in_place).inputs.iter())
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds, [ChangeKind::Renamed]);
    // Reordered and renamed while editing, which keeps ids: matched by id.
    later.options[0].partners[0].name =
        "south yorkshire police and crime  commissioner's office".into();
    later.options[0].partners[1].name = "Rotherham Metropolitan Borough Council".into();
    let changes = compare(&earlier, &later);
    let kinds: Vec<ChangeKind> = changes.inputs.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [ChangeKind::Renamed, ChangeKind::Renamed],
        "{changes:#?}"
    );
    assert_eq!(changes.inputs[1].earlier, "renamed from Rotherham Council");
    assert!(changes
        .figures
        .iter()
        .all(|f| f.label.contains("total for the term taken up") && f.earlier.is_some()));
}

/// A later version made from `earlier` by a few random edits, so options match.
fn edited(rng: &mut Rng, earlier: &Scenario) -> Scenario {
    let mut later = earlier.clone();
    for _ in 0..1 + rng.below(4) {
        let option = rng.below(later.options.len() as u64) as usize;
        later.options.swap(0, option);
        let list = if later.options[0].partners.is_empty() || rng.chance(40) {
            edits()
        } else {
            partner_edits()
        };
        let (_, edit, _) = list[rng.below(list.len() as u64) as usize];
        edit(&mut later);
        later.options.swap(0, option);
    }
    if rng.chance(30) {
        let option = &mut later.options[0];
        option.partners.reverse();
        if let Some(partner) = option.partners.first_mut() {
            partner.annual = scenarios::amount(rng);
        }
    }
    later
}

#[test]
fn the_breakdown_adds_up_to_the_penny() {
    let mut rng = Rng::new(29);
    for seed in 1..1_500 {
        let earlier = scenarios::scenario_with_agreements(&mut Rng::new(seed), 8);
        let later = if seed % 5 == 0 {
            scenarios::scenario_with_agreements(&mut Rng::new(seed + 10_000), 8)
        } else {
            edited(&mut rng, &earlier)
        };
        let changes = compare(&earlier, &later);
        for (matched, option) in changes
            .matched
            .iter()
            .zip(breakdown(&earlier, &later, &changes))
        {
            let before = Report::build(&earlier.options[matched.earlier]);
            let after = Report::build(&later.options[matched.later]);
            assert_eq!(option.start, before.chosen_total, "seed {seed}");
            assert_eq!(option.end, after.chosen_total, "seed {seed}");
            assert_eq!(option.spending_start, before.spending_total, "seed {seed}");
            assert_eq!(option.spending_end, after.spending_total, "seed {seed}");
            let parts: Decimal = option.steps.iter().map(|step| step.part()).sum();
            assert_eq!(parts, option.end - option.start, "seed {seed}");
            let spending: Decimal = option.steps.iter().map(|step| step.spending).sum();
            assert_eq!(
                spending,
                option.spending_end - option.spending_start,
                "seed {seed}"
            );
            for (index, (_, from, to)) in option.partners.iter().enumerate() {
                let moved: Decimal = (option.steps.iter())
                    .flat_map(|step| step.partners.iter())
                    .filter(|(at, _)| *at == index)
                    .map(|(_, part)| *part)
                    .sum();
                assert_eq!(moved, to - from, "seed {seed}, partner {index}");
            }
            let bars = option.waterfall();
            assert!(bars
                .windows(2)
                .skip(1)
                .all(|w| w[0].to == w[1].from || w[1].from.is_zero()));
        }
        let words = to_plain_text(&version_words(
            &earlier,
            &later,
            &changes,
            &breakdown(&earlier, &later, &changes),
        ));
        assert!(!nested_bracket(&words), "seed {seed}: {words}");
    }
}

/// The South Yorkshire example: Sheffield's amount from £60,000 to £70,000 a year and
/// the second extension not taken up, since the version of 3 March 2026.
fn south_yorkshire_versions() -> (Scenario, Scenario) {
    let mut earlier = Preset::SouthYorkshire.scenario();
    earlier.version.date = CalendarDate::new(2026, 3, 3);
    earlier.version.author = "Commissioning team".into();
    let mut later = earlier.clone();
    later.version.date = CalendarDate::new(2026, 3, 17);
    later.options[0].partners[1].annual = Decimal::from(70_000);
    later.options[0].extensions[1].taken = false;
    (earlier, later)
}

fn compared_text(earlier: &Scenario, later: &Scenario) -> String {
    let changes = compare(earlier, later);
    let parts = breakdown(earlier, later, &changes);
    let words = to_plain_text(&version_words(earlier, later, &changes, &parts));
    format!(
        "{words}\n\n{}\n{}\n{}",
        to_csv(&version_tables::changes(&changes)),
        to_csv(&version_tables::figures(&changes)),
        to_csv(&version_tables::breakdown(&parts))
    )
}

#[test]
fn south_yorkshire_golden() {
    let (earlier, later) = south_yorkshire_versions();
    let changes = compare(&earlier, &later);
    let texts: Vec<String> = changes
        .inputs
        .iter()
        .map(|c| format!("{}: {}", c.heading(), c.text()))
        .collect();
    assert_eq!(
        texts,
        [
            "The version's date: 3 March 2026 → 17 March 2026",
            "Extension 2: taken up → not taken up",
            "Sheffield City Council's annual contribution: £60,000.00 → £70,000.00",
        ]
    );
    let parts = breakdown(&earlier, &later, &changes);
    let steps: Vec<(String, Decimal)> = parts[0]
        .steps
        .iter()
        .map(|s| (s.label.clone(), s.part()))
        .collect();
    assert_eq!(
        steps,
        [
            ("extension 2".to_string(), Decimal::from(-262_000)),
            ("Sheffield City Council".to_string(), Decimal::from(30_000)),
        ]
    );
    let mut cases = vec![("south-yorkshire", compared_text(&earlier, &later))];
    let mut labelled = earlier.clone();
    labelled.version.label = "March paper".into();
    cases.push((
        "labelled-and-options",
        compared_text(&Preset::SouthYorkshireOptions.scenario(), &{
            let mut l = Preset::SouthYorkshireOptions.scenario();
            l.options[2].partners[1].annual = Decimal::from(70_000);
            l.options[1].name = "Option 2: Doncaster alone".into();
            l
        }),
    ));
    cases.push(("nothing-changed", compared_text(&labelled, &labelled)));
    check_golden(&cases);
}

fn check_golden(cases: &[(&str, String)]) {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/versions");
    let bless = std::env::var_os("BLESS").is_some();
    for (name, words) in cases {
        assert_eq!(doubled_word(words), None, "{name}: {words}");
        let path = folder.join(format!("{name}.txt"));
        if bless {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&path, words).unwrap();
            continue;
        }
        let golden = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (BLESS=1 writes it)", path.display()));
        assert_eq!(
            *words, golden,
            "{name}: the words changed (BLESS=1 writes them, to review)"
        );
    }
}

#[test]
fn the_fingerprint_follows_the_figures_alone() {
    for seed in 1..300 {
        let scenario = scenarios::scenario_with_agreements(&mut Rng::new(seed), 8);
        let print = fingerprint(&scenario);
        assert_eq!(print.len(), 11);
        assert_eq!(fingerprint(&scenario.clone()), print, "seed {seed}");
        let decoded = link::decode(&link::encode(&scenario)).expect("a link reopens");
        assert_eq!(
            fingerprint(&decoded),
            print,
            "seed {seed}: decoded from its link"
        );
        let mut relabelled = scenario.clone();
        relabelled.version.label = "Final".into();
        relabelled.version.author = "Someone else".into();
        relabelled.version.status = Some(VersionStatus::ForDecision);
        relabelled.version.date = CalendarDate::new(2030, 1, 31);
        assert_eq!(
            fingerprint(&relabelled),
            print,
            "seed {seed}: version details"
        );
        let mut rng = Rng::new(seed);
        let mut changed = scenario.clone();
        let option = rng.below(changed.options.len() as u64) as usize;
        match changed.options[option].partners.first_mut() {
            Some(partner) => partner.annual += Decimal::new(1, 2),
            None => changed.options[option].benefits.cashable_savings += Decimal::new(1, 2),
        }
        assert_ne!(
            fingerprint(&changed),
            print,
            "seed {seed}: an amount differs"
        );
    }
}
