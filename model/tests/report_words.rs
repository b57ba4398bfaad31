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
use funding_model::data::agreement::{Basis, Period, RiskRule};
use funding_model::data::amount_set::AmountSet;
use funding_model::data::line::{CostKind, CostLine, Partner, PartnerKind, Uplift};
use funding_model::data::money::Rate;
use funding_model::data::presets::Preset;
use funding_model::data::scenario::{Extension, FundingOption, Scenario};
use funding_model::figures::appraisal::words::method_sentences as appraisal_method;
use funding_model::figures::implications::{implications_with_appraisal, to_plain_text};
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
    let mut method = method(option, &Report::build(option), 0);
    method.extend(appraisal_method(scenario, &figures));
    let method = method.join("\n");
    let text = to_plain_text(&implications_with_appraisal(scenario, &figures));
    format!("How the figures are worked out\n\n{method}\n\nFinancial implications\n\n{text}\n")
}

fn scenario_of(title: &str, option: FundingOption) -> Scenario {
    Scenario {
        appraisal: Default::default(),
        version: Default::default(),
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
                percent: Percent(250).into(),
                from_year: 2,
            };
        }
        option.partners.push(partner);
    }
    // Tameside's amounts are typed for every year: no uplift applies to it.
    let tameside = option.partners.last_mut().unwrap();
    tameside.uplift = Uplift {
        percent: Percent(200).into(),
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

/// A contract published as a total over its term: £2,331,951.00 over five years from
/// October 2021, with a year's extension at £490,000.00.
fn total_over_the_term() -> Scenario {
    let mut scenario = single_funder();
    let funder = &mut scenario.options[0].partners[0];
    funder.terms.set = AmountSet::OverYears {
        total: pounds(233_195_100),
        years: 5,
    };
    funder.annual = Decimal::ZERO;
    scenario
}

/// A total shared by agreed percentages, 50/25/25, and a one-off refurbishment.
fn shares_and_a_one_off() -> Scenario {
    let mut option = option("", YearMonth::new(2024, 4).unwrap(), 3, &[]);
    let of = pounds(62_166_200);
    for (id, (name, share)) in [
        ("Hartlepool Borough Council", 5_000),
        ("Stockton-on-Tees Borough Council", 2_500),
        ("Redcar and Cleveland Council", 2_500),
    ]
    .into_iter()
    .enumerate()
    {
        let mut partner = Partner::new(id as u32 + 1, name, PartnerKind::Council, Decimal::ZERO);
        partner.terms.set = AmountSet::ShareOf {
            share: Percent(share),
            of,
        };
        option.partners.push(partner);
    }
    let mut capital = Partner::new(
        4,
        "Cleveland PCC's office (capital)",
        PartnerKind::PccOffice,
        pounds(62_166_200),
    );
    capital.terms.set = AmountSet::OneOff { year: 1 };
    option.partners.push(capital);
    option.cost_lines.push(CostLine::new(
        5,
        "Refuge provider",
        CostKind::Provider,
        pounds(62_166_200),
    ));
    let mut refurbishment = CostLine::new(
        6,
        "Refurbishment of the refuge",
        CostKind::Other,
        pounds(62_166_200),
    );
    refurbishment.terms.set = AmountSet::OneOff { year: 1 };
    option.cost_lines.push(refurbishment);
    scenario_of("Refuge, shares agreed and a one-off refurbishment", option)
}

/// Shares set by population, two of them agreed from older figures.
fn by_population_with_drift() -> Scenario {
    let mut option = option("", YearMonth::new(2025, 4).unwrap(), 2, &[]);
    option.agreement.basis = Some(Basis {
        name: "population".to_string(),
        source: "ONS mid-year population estimates".to_string(),
        date: "mid-2023".to_string(),
        total: pounds(30_000_000),
    });
    let councils = [
        ("Barnsley Council", 248_000, None),
        ("Doncaster Council", 311_000, None),
        ("Rotherham Council", 268_000, None),
        ("Sheffield City Council", 564_000, Some(4_010)),
        ("South Yorkshire PCC's office", 0, None),
    ];
    for (id, (name, figure, agreed)) in councils.into_iter().enumerate() {
        let mut partner =
            Partner::new(id as u32 + 1, name, PartnerKind::Council, pounds(5_000_000));
        if figure > 0 {
            partner.terms.basis_figure = Some(figure);
            partner.terms.set = match agreed {
                Some(share) => AmountSet::ShareOf {
                    share: Percent(share),
                    of: pounds(30_000_000),
                },
                None => AmountSet::ByBasis,
            };
        } else {
            partner.kind = PartnerKind::PccOffice;
        }
        option.partners.push(partner);
    }
    scenario_of("South Yorkshire, shares by population", option)
}

/// An overspend met by a risk pool and capped shares, an underspend in proportion, and
/// the actual spend by cost line against a 5% tolerance.
fn risk_share_and_actual_spend() -> Scenario {
    let mut scenario = Preset::Cleveland2022.scenario();
    let option = scenario.active_option_mut();
    option.agreement.overspend = RiskRule::Capped;
    option.agreement.underspend = RiskRule::InProportion;
    option.agreement.risk_pool = pounds(500_000);
    option.partners[1].terms.maximum = Some(pounds(200_000));
    option.cost_lines[2].terms.fixed_cost = true;
    let year = option.agreement.outturn_mut(Period::ContractYear(1));
    year.by_line = vec![(3, pounds(13_119_700)), (5, pounds(850_000))];
    scenario
}

/// An NHS budget kept in whole pounds with the 5.66% minimum uplift, and a council's
/// uplift of 2.345%.
fn whole_pounds_and_fine_uplifts() -> Scenario {
    let mut option = option("", YearMonth::new(2024, 4).unwrap(), 2, &[]);
    option.agreement.whole_pounds = true;
    let mut nhs = Partner::new(
        1,
        "NHS Integrated Care Board",
        PartnerKind::HealthBody,
        pounds(1_165_115_000),
    );
    nhs.uplift = Uplift {
        percent: Rate(56_600),
        from_year: 2,
    };
    let mut council = Partner::new(
        2,
        "County Council",
        PartnerKind::Council,
        pounds(300_000_000),
    );
    council.uplift = Uplift {
        percent: Rate(23_450),
        from_year: 2,
    };
    option.partners.extend([nhs, council]);
    scenario_of("Better Care Fund pool", option)
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
        ("total-over-the-term", total_over_the_term()),
        ("shares-and-a-one-off", shares_and_a_one_off()),
        ("by-population-with-drift", by_population_with_drift()),
        ("risk-share-and-actual-spend", risk_share_and_actual_spend()),
        (
            "whole-pounds-and-fine-uplifts",
            whole_pounds_and_fine_uplifts(),
        ),
        ("green-book-appraisal", green_book_appraisal()),
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
    let figures = Figures::build(scenario);
    let groups_compared = scenario.options.len() > 1
        && (figures.comparison.rows.iter())
            .any(|row| funding_model::figures::comparison::is_group_row(row, &figures.reports));
    let agreement = &option.agreement;
    let rule_stated =
        agreement.overspend != RiskRule::NotStated || agreement.underspend != RiskRule::NotStated;
    let one_off = |set: &AmountSet| set.one_off_year().is_some();
    vec![
        (&["extension", "extended"], !option.extensions.is_empty()),
        (&["uplift"], uplifted),
        (&[" rise by", " rises by"], uplifted || groups_compared),
        (&[" fall by", " falls by"], groups_compared),
        (
            &["funding group"],
            funding_model::figures::groups::groups_worth_showing(&report.groups),
        ),
        (
            &["one-off", "paid once"],
            option.partners.iter().any(|p| one_off(&p.terms.set))
                || option.cost_lines.iter().any(|c| one_off(&c.terms.set)),
        ),
        (
            &["overspend", "underspend", "tolerance", "review clause"],
            rule_stated || !report.outturns.is_empty(),
        ),
        (&["actual spend"], !report.outturns.is_empty()),
        (&["whole pounds", "to the pound"], agreement.whole_pounds),
        (&["risk pool"], agreement.overspend == RiskRule::Capped),
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
/// like) written as a token of its own, "⟦3⟧", which the checks read as no word, so only
/// the tool's own words are checked.
fn without_names(words: &str, scenario: &Scenario) -> String {
    let mut names: Vec<&str> = scenario
        .options
        .iter()
        .flat_map(|o| {
            let lines = o
                .partners
                .iter()
                .flat_map(|p| [p.name.as_str(), p.terms.group.as_str()]);
            let basis = o
                .agreement
                .basis
                .iter()
                .flat_map(|b| [b.name.as_str(), b.source.as_str(), b.date.as_str()]);
            lines
                .chain(o.cost_lines.iter().map(|c| c.name.as_str()))
                .chain(basis)
                .chain([o.name.as_str()])
        })
        .chain([scenario.title.as_str()])
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names.dedup();
    (names.into_iter().enumerate()).fold(words.to_string(), |words, (index, name)| {
        words.replace(name, &format!("⟦{index}⟧"))
    })
}

#[test]
fn generated_words_say_nothing_twice_nest_no_brackets_and_say_only_what_applies() {
    let mut rng = Rng::new(2626);
    for case in 0..300 {
        let mut scenario = scenarios::scenario_with_agreements(&mut rng, 12);
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

/// South Yorkshire's options appraised under the Green Book: real terms at a constant
/// 2%, optimism bias on costs, benefits on the pool, a switching value and a
/// sensitivity test.
fn green_book_appraisal() -> Scenario {
    use funding_model::data::appraisal::{Deflator, Input, InputRef, OptimismBias};
    let mut scenario = Preset::SouthYorkshireOptions.scenario();
    let last = scenario.options.len() - 1;
    scenario.options[last].benefits.cashable_savings = pounds(12_000_000);
    scenario.options[last].benefits.value_per_completion = pounds(150_000);
    scenario.appraisal.real_terms = true;
    scenario.appraisal.deflator = Deflator::Constant(Rate(20_000));
    scenario.appraisal.optimism_bias = Some(OptimismBias {
        percent: Rate(410_000),
        source: "Green Book supplementary guidance, outsourcing, upper bound".to_string(),
    });
    scenario.appraisal.preferred = Some(last);
    scenario.appraisal.switching_input = Some(InputRef {
        option: last,
        input: Input::CashableSavings,
    });
    scenario
}
