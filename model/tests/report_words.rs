//! The words of the method and the financial implications, checked like figures: golden
//! texts for the seed decisions and four shapes of our own (a single funder, ten
//! partners with an uplift, a shortfall, extensions not taken up), read and reviewed as
//! a committee would read them; and, over generated scenarios, no word said twice, no
//! bracket inside another, no sentence about what the option does not use, and every
//! name exactly as typed.
//!
//! `BLESS=1 cargo test -p funding-model --test report_words` writes the golden texts
//! again after a change of words, to be read and reviewed in the diff.

mod common;

use common::scenarios::{self, Rng};
use common::words::{doubled_word, nested_bracket};
use funding_model::data::line::{CostKind, CostLine, Partner, PartnerKind, Uplift};
use funding_model::data::presets::Preset;
use funding_model::data::scenario::{Extension, FundingOption, Scenario};
use funding_model::figures::implications::{financial_implications, to_plain_text};
use funding_model::figures::method::method;
use funding_model::figures::Figures;
use funding_model::{Percent, Report, YearMonth};
use rust_decimal::Decimal;

fn pounds(pence: i64) -> Decimal {
    Decimal::new(pence, 2)
}

/// The method and the implications of the option on screen, as the page gives them.
fn words_of(scenario: &Scenario) -> String {
    let figures = Figures::build(scenario);
    let option = scenario.active_option();
    let method = method(option, &Report::build(option), 0).join("\n");
    let text = to_plain_text(&financial_implications(scenario, &figures));
    format!("How the figures are worked out\n\n{method}\n\nFinancial implications\n\n{text}\n")
}

fn scenario_of(title: &str, option: FundingOption) -> Scenario {
    Scenario {
        title: title.to_string(),
        options: vec![option],
        baseline: 0,
        active: 0,
    }
}

fn option(name: &str, start: YearMonth, years: u8, extensions: &[(u16, bool)]) -> FundingOption {
    let mut option = FundingOption {
        name: name.to_string(),
        start,
        initial_years: years,
        ..Preset::SouthYorkshire.option()
    };
    option.partners.clear();
    option.cost_lines.clear();
    option.activity = Default::default();
    option.extensions = extensions
        .iter()
        .enumerate()
        .map(|(i, &(months, taken))| Extension {
            id: 100 + i as u32,
            months,
            taken,
        })
        .collect();
    option
}

/// One funder: the Ministry of Justice alone, £466,390.20 a year for five years from
/// October 2021, £490,000.00 in the extension.
fn single_funder() -> Scenario {
    let mut option = option("", YearMonth::new(2021, 10).unwrap(), 5, &[(12, true)]);
    let mut funder = Partner::new(
        1,
        "Ministry of Justice",
        PartnerKind::CentralGovernmentGrant,
        pounds(46_639_020),
    );
    funder.year_amounts.insert(6, pounds(49_000_000));
    option.partners.push(funder);
    scenario_of("Perpetrator programme, Ministry of Justice funding", option)
}

/// Ten partners, seven councils with a 2.5% uplift from year 2, from April 2024.
fn ten_with_an_uplift() -> Scenario {
    let mut option = option("", YearMonth::new(2024, 4).unwrap(), 3, &[]);
    let names = [
        "Bolton Council",
        "Bury Council",
        "Manchester City Council",
        "Oldham Council",
        "Rochdale Borough Council",
        "Salford City Council",
        "Stockport Council",
        "Greater Manchester Combined Authority",
        "NHS Greater Manchester",
        "Tameside Council",
    ];
    for (index, name) in names.into_iter().enumerate() {
        let kind = match index {
            7 => PartnerKind::Other,
            8 => PartnerKind::HealthBody,
            _ => PartnerKind::Council,
        };
        let mut partner = Partner::new(
            index as u32 + 1,
            name,
            kind,
            pounds(2_900_000 + 10_000 * index as i64),
        );
        if index < 7 {
            partner.uplift = Uplift {
                percent: Percent(250),
                from_year: 2,
            };
        }
        option.partners.push(partner);
    }
    // Tameside's amounts are typed for every year: no uplift applies to it.
    let tameside = option.partners.last_mut().unwrap();
    tameside.uplift = Uplift {
        percent: Percent(200),
        from_year: 2,
    };
    for year in 1..=3 {
        tameside.year_amounts.insert(year, pounds(3_000_000));
    }
    scenario_of(
        "Greater Manchester perpetrator programme, 2024 to 2027",
        option,
    )
}

/// A spending plan larger than the pool.
fn shortfall() -> Scenario {
    let mut option = option("", YearMonth::new(2023, 4).unwrap(), 2, &[]);
    option.partners.push(Partner::new(
        1,
        "Kent County Council",
        PartnerKind::Council,
        pounds(15_000_000),
    ));
    option.partners.push(Partner::new(
        2,
        "Kent PCC's office",
        PartnerKind::PccOffice,
        pounds(10_000_000),
    ));
    option.cost_lines.push(CostLine::new(
        3,
        "Provider",
        CostKind::Provider,
        pounds(25_000_000),
    ));
    option.cost_lines.push(CostLine::new(
        4,
        "Evaluation",
        CostKind::Evaluation,
        pounds(2_277_744),
    ));
    scenario_of("Kent and Medway programme", option)
}

/// Two extension options, neither taken up.
fn extensions_not_taken() -> Scenario {
    let mut option = Preset::SouthYorkshire.option();
    for extension in &mut option.extensions {
        extension.taken = false;
    }
    scenario_of("South Yorkshire, initial term only", option)
}

#[test]
fn the_words_of_the_seeds_and_four_shapes_are_as_reviewed() {
    let cases = [
        ("south-yorkshire", Preset::SouthYorkshire.scenario()),
        (
            "south-yorkshire-options",
            Preset::SouthYorkshireOptions.scenario(),
        ),
        ("cleveland-2022", Preset::Cleveland2022.scenario()),
        ("single-funder", single_funder()),
        ("ten-partners-with-an-uplift", ten_with_an_uplift()),
        ("shortfall", shortfall()),
        ("extensions-not-taken-up", extensions_not_taken()),
    ];
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/words");
    let bless = std::env::var_os("BLESS").is_some();
    for (name, scenario) in cases {
        let words = words_of(&scenario);
        let path = folder.join(format!("{name}.txt"));
        if bless {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&path, &words).unwrap();
            continue;
        }
        let golden = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (BLESS=1 writes it)", path.display()));
        assert_eq!(
            words, golden,
            "{name}: the words changed (BLESS=1 writes them, to review)"
        );
    }
}

/// Words that belong to a feature, and whether `option` uses it.
fn features(
    option: &FundingOption,
    report: &Report,
    scenario: &Scenario,
) -> Vec<(&'static [&'static str], bool)> {
    let uplifted =
        !funding_model::figures::words::uplift_groups(option, report.timeline.len() as u16)
            .is_empty();
    vec![
        (&["extension", "extended"], !option.extensions.is_empty()),
        (&["uplift", " rise by", " rises by"], uplifted),
        (
            &["spending plan", "spending"],
            !option.cost_lines.is_empty(),
        ),
        (&["referral", "completion"], report.activity.is_some()),
        (&["baseline", "other options"], scenario.options.len() > 1),
        (
            &["pro-rated", "months ÷ 12"],
            report.timeline.iter().any(|y| y.is_part_year()),
        ),
    ]
}

/// `words` with every name in the scenario (typed by its users, who may say what they
/// like) written as "NAME", so only the tool's own words are checked.
fn without_names(words: &str, scenario: &Scenario) -> String {
    let mut names: Vec<&str> = scenario
        .options
        .iter()
        .flat_map(|o| {
            let lines = o.partners.iter().map(|p| p.name.as_str());
            lines
                .chain(o.cost_lines.iter().map(|c| c.name.as_str()))
                .chain([o.name.as_str()])
        })
        .chain([scenario.title.as_str()])
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names
        .into_iter()
        .fold(words.to_string(), |words, name| words.replace(name, "NAME"))
}

#[test]
fn generated_words_say_nothing_twice_nest_no_brackets_and_say_only_what_applies() {
    let mut rng = Rng::new(2626);
    for case in 0..300 {
        let mut scenario = scenarios::scenario(&mut rng, 12);
        scenario.active = scenario.options.len() - 1;
        let option = scenario.active_option();
        let report = Report::build(option);
        let words = words_of(&scenario);
        let own = without_names(&words, &scenario);
        if let Some(word) = doubled_word(&own) {
            panic!("case {case}: “{word} {word}” in:\n{own}");
        }
        assert!(
            !nested_bracket(&words),
            "case {case}: a bracket inside another in:\n{words}"
        );
        for (said, used) in features(option, &report, &scenario) {
            if used {
                continue;
            }
            let lower = words.to_lowercase();
            for word in said {
                assert!(
                    !lower.contains(word),
                    "case {case}: {word:?} said, though not used:\n{words}"
                );
            }
        }
        // Names as typed (less spaces around them; a blank one gets a placeholder).
        for (index, partner) in option.partners.iter().enumerate() {
            let name = partner.display_name(index);
            assert!(
                words.contains(&name),
                "case {case}: {name:?} not as typed in:\n{words}"
            );
        }
    }
}
