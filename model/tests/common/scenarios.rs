//! Scenarios for tests and benchmarks: a deterministic generator and the large
//! document the performance and size targets are set against.
#![allow(dead_code)]

use funding_model::data::agreement::{Agreement, Basis, Clause, Outturn, Period, RiskRule, Terms};
use funding_model::data::amount_set::AmountSet;
use funding_model::data::appraisal::{
    Appraisal, Benefits, Deflator, Input, InputRef, OptimismBias, Sensitivity,
};
use funding_model::data::limits::{
    MAX_BASIS_FIGURE, MAX_CONTRACT_YEARS, MAX_DEFLATOR_YEARS, MAX_SENSITIVITIES,
};
use funding_model::data::line::{
    CostKind, CostLine, Line, LineKind, Partner, PartnerKind, Uplift, YearAmounts,
};
use funding_model::data::money::Rate;
use funding_model::data::scenario::{Activity, Extension, FundingOption, MatchRule, Scenario};
use funding_model::data::version::{CalendarDate, VersionDetails, VersionStatus};
use funding_model::{Percent, YearMonth};
use rust_decimal::Decimal;

/// A small, fast, reproducible random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound`.
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const NAME_PIECES: &[&str] = &[
    "Doncaster",
    " Council",
    " City Council",
    " Police and Crime Commissioner",
    "'s office",
    "Cyngor Sir Ynys Môn",
    "Ñandú",
    "東京",
    " 🏴",
    " & Co",
    "<b>",
    "\"quoted\"",
    "\u{1}",
    " NHS",
    " Trust",
    "Home Office",
    " grant",
    " ",
    "é",
    "Z",
];

/// Text like the names people type, with unicode, markup and odd characters mixed in.
pub fn text(rng: &mut Rng, max_pieces: u64) -> String {
    (0..rng.below(max_pieces + 1))
        .map(|_| NAME_PIECES[rng.below(NAME_PIECES.len() as u64) as usize])
        .collect()
}

/// An amount of up to £1,000,000,000 in pence, often round, sometimes awkward.
pub fn amount(rng: &mut Rng) -> Decimal {
    let pence = match rng.below(4) {
        0 => rng.below(100_000_000_000 + 1),
        1 => rng.below(10_000_000) * 100,
        2 => rng.below(100),
        _ => rng.below(1_000_000_000),
    };
    Decimal::new(pence as i64, 2)
}

/// A valid scenario of 1 to 3 options (often 1), each with 0 to `max_partners`
/// partners, up to 10 extensions and up to 4 cost lines.
pub fn scenario(rng: &mut Rng, max_partners: u64) -> Scenario {
    generated(rng, max_partners, false)
}

/// As [`scenario`], its options sometimes carrying what agreements added: terms on
/// lines, an agreement, uplifts to four decimal places (link format 5, file format 4).
pub fn scenario_with_agreements(rng: &mut Rng, max_partners: u64) -> Scenario {
    generated(rng, max_partners, true)
}

/// As [`scenario_with_agreements`], most of them also carrying what the appraisal
/// added: an appraisal, options' benefits, version details (link format 6, file
/// format 5), each part often left at its default.
pub fn scenario_with_appraisal(rng: &mut Rng, max_partners: u64) -> Scenario {
    let mut scenario = generated(rng, max_partners, true);
    for option in &mut scenario.options {
        if rng.chance(50) {
            option.benefits = benefits(rng);
        }
    }
    if rng.chance(70) {
        scenario.appraisal = appraisal(rng, &scenario.options);
    }
    if rng.chance(50) {
        scenario.version = version_details(rng);
    }
    scenario
}

/// Benefits a year: each amount zero or any amount within the limits.
pub fn benefits(rng: &mut Rng) -> Benefits {
    let maybe = |rng: &mut Rng| {
        if rng.chance(60) {
            amount(rng)
        } else {
            Decimal::ZERO
        }
    };
    Benefits {
        cashable_savings: maybe(rng),
        avoided_costs: maybe(rng),
        value_per_completion: maybe(rng),
    }
}

/// A year a contract may start in.
fn start_year(rng: &mut Rng) -> i32 {
    2000 + rng.below(101) as i32
}

/// A rate of up to 100%, sometimes to four decimal places.
fn rate(rng: &mut Rng) -> Rate {
    if rng.chance(50) {
        Percent(rng.below(10_001) as u32).into()
    } else {
        Rate(rng.below(1_000_001) as u32)
    }
}

/// An input of one of `options`: a partner's or cost line's amount where it has them.
pub fn input_ref(rng: &mut Rng, options: &[FundingOption]) -> InputRef {
    let position = rng.below(options.len() as u64) as usize;
    let option = &options[position];
    let pick = |rng: &mut Rng, ids: Vec<u32>| ids[rng.below(ids.len() as u64) as usize];
    let input = match rng.below(6) {
        0 if !option.partners.is_empty() => {
            Input::PartnerAmount(pick(rng, option.partners.iter().map(|p| p.id).collect()))
        }
        1 if !option.cost_lines.is_empty() => {
            Input::CostAmount(pick(rng, option.cost_lines.iter().map(|c| c.id).collect()))
        }
        2 => Input::AvoidedCosts,
        3 => Input::ValuePerCompletion,
        4 => Input::Completions,
        _ => Input::CashableSavings,
    };
    InputRef {
        option: position,
        input,
    }
}

/// An appraisal of `options`: any mix of its members within the limits.
pub fn appraisal(rng: &mut Rng, options: &[FundingOption]) -> Appraisal {
    let maybe = |rng: &mut Rng| rng.chance(50);
    let deflator = match rng.below(3) {
        0 => Deflator::Published,
        1 => Deflator::Constant(rate(rng)),
        _ => {
            // Years in order from 1999, each once, none past the last a contract
            // can touch.
            let mut year = 1998 + rng.below(50) as i32;
            let count = rng.below(MAX_DEFLATOR_YEARS as u64 + 1);
            Deflator::Own(
                (0..count)
                    .map(|_| {
                        year += 1 + i32::from(rng.chance(5));
                        let places = rng.below(7) as u32;
                        let index = 1 + rng.below(100_000 * 10u64.pow(places) - 1);
                        (year, Decimal::new(index as i64, places))
                    })
                    .filter(|(year, _)| *year <= 2100 + i32::from(MAX_CONTRACT_YEARS))
                    .collect(),
            )
        }
    };
    let sensitivities = (0..rng.below(MAX_SENSITIVITIES as u64 + 1))
        .map(|_| {
            let input = input_ref(rng, options);
            let value = |rng: &mut Rng| match input.input {
                Input::Completions => Decimal::from(rng.below(1_000_001)),
                _ => amount(rng),
            };
            Sensitivity {
                input,
                low: value(rng),
                high: value(rng),
            }
        })
        .collect();
    Appraisal {
        real_terms: maybe(rng),
        base_year: maybe(rng).then(|| start_year(rng)),
        deflator,
        discount_year: maybe(rng).then(|| start_year(rng)),
        preferred: maybe(rng).then(|| rng.below(options.len() as u64) as usize),
        optimism_bias: maybe(rng).then(|| OptimismBias {
            percent: rate(rng),
            source: text(rng, 5),
        }),
        sensitivities,
        switching_input: maybe(rng).then(|| input_ref(rng, options)),
    }
}

/// Version details: any mix of an author, a label, a status and a date.
pub fn version_details(rng: &mut Rng) -> VersionDetails {
    let maybe = |rng: &mut Rng| rng.chance(60);
    VersionDetails {
        author: if maybe(rng) {
            text(rng, 4)
        } else {
            String::new()
        },
        label: if maybe(rng) {
            text(rng, 3)
        } else {
            String::new()
        },
        status: maybe(rng).then(|| VersionStatus::ALL[rng.below(3) as usize]),
        date: maybe(rng).then(|| loop {
            let date = CalendarDate::new(
                start_year(rng),
                1 + rng.below(12) as u8,
                1 + rng.below(31) as u8,
            );
            if let Some(date) = date {
                break date;
            }
        }),
    }
}

fn generated(rng: &mut Rng, max_partners: u64, agreements: bool) -> Scenario {
    let option_count = if rng.chance(70) {
        1
    } else {
        2 + rng.below(2) as usize
    };
    let options: Vec<FundingOption> = (0..option_count)
        .map(|_| option_of(rng, max_partners, agreements))
        .collect();
    Scenario {
        appraisal: Default::default(),
        version: Default::default(),
        title: text(rng, 8),
        baseline: rng.below(option_count as u64) as usize,
        active: rng.below(option_count as u64) as usize,
        options,
    }
}

/// An uplift: none half the time, else up to 100.00% from any year.
pub fn uplift(rng: &mut Rng) -> Uplift {
    if rng.chance(50) {
        Uplift::NONE
    } else {
        Uplift {
            percent: Percent(1 + rng.below(10_000) as u32).into(),
            from_year: 1 + rng.below(u64::from(MAX_CONTRACT_YEARS)) as u16,
        }
    }
}

/// As [`uplift`], a fifth of them to four decimal places.
pub fn fine_uplift(rng: &mut Rng) -> Uplift {
    let mut uplift = uplift(rng);
    if uplift != Uplift::NONE && rng.chance(20) {
        uplift.percent = Rate(1 + rng.below(1_000_000) as u32);
    }
    uplift
}

/// A percentage of up to 100.00%.
fn share(rng: &mut Rng) -> Percent {
    Percent(rng.below(10_001) as u32)
}

/// A contract year some contract could have.
fn any_year(rng: &mut Rng) -> u16 {
    1 + rng.below(u64::from(MAX_CONTRACT_YEARS)) as u16
}

/// A line's terms: plain four times in five, else any mix of what the agreement sets,
/// a lead among `partners` (ids).
pub fn terms(rng: &mut Rng, partners: &[u32]) -> Terms {
    let mut terms = Terms::default();
    if rng.chance(80) {
        return terms;
    }
    terms.set = match rng.below(5) {
        0 => AmountSet::Annual,
        1 => AmountSet::OverYears {
            total: amount(rng),
            years: any_year(rng) as u8,
        },
        2 => AmountSet::ShareOf {
            share: share(rng),
            of: amount(rng),
        },
        3 => AmountSet::ByBasis,
        _ => AmountSet::OneOff {
            year: any_year(rng),
        },
    };
    let maybe = |rng: &mut Rng| rng.chance(40);
    terms.basis_figure = maybe(rng).then(|| rng.below(MAX_BASIS_FIGURE + 1));
    terms.group = if maybe(rng) {
        text(rng, 3)
    } else {
        String::new()
    };
    terms.overspend_share = maybe(rng).then(|| share(rng));
    terms.underspend_share = maybe(rng).then(|| share(rng));
    terms.maximum = maybe(rng).then(|| amount(rng));
    if !partners.is_empty() && maybe(rng) {
        terms.lead = Some(partners[rng.below(partners.len() as u64) as usize]);
    }
    terms.fixed_cost = maybe(rng);
    terms
}

/// An option's agreement: plain two times in three, else any mix of its parts, actual
/// spend by line for `cost_lines` (ids).
pub fn agreement(rng: &mut Rng, cost_lines: &[u32]) -> Agreement {
    let mut agreement = Agreement::default();
    if rng.chance(67) {
        return agreement;
    }
    let rules = RiskRule::ALL;
    let rule = |rng: &mut Rng| rules[rng.below(rules.len() as u64) as usize];
    agreement.overspend = rule(rng);
    agreement.underspend = rule(rng);
    agreement.basis = rng.chance(50).then(|| Basis {
        name: text(rng, 3),
        source: text(rng, 3),
        date: text(rng, 2),
        total: amount(rng),
    });
    agreement.whole_pounds = rng.chance(30);
    agreement.risk_pool = if rng.chance(50) {
        amount(rng)
    } else {
        Decimal::ZERO
    };
    agreement.tolerance = share(rng);
    agreement.by_financial_year = rng.chance(50);
    // Periods in order, each once: contract years, then (ordered after them)
    // financial years.
    let mut next = Period::ContractYear(0);
    for _ in 0..rng.below(6) {
        next = match next {
            Period::ContractYear(year) if year < MAX_CONTRACT_YEARS && rng.chance(70) => {
                let gap = rng.below(u64::from(MAX_CONTRACT_YEARS - year)) as u16 / 4;
                Period::ContractYear(year + 1 + gap)
            }
            Period::ContractYear(_) => Period::FinancialYear(1999 + rng.below(100) as i32),
            Period::FinancialYear(first) => Period::FinancialYear(first + 1 + rng.below(3) as i32),
        };
        agreement.actuals.push(outturn(rng, next, cost_lines));
    }
    agreement.stated = Clause::ALL.into_iter().filter(|_| rng.chance(40)).collect();
    if rng.chance(30) {
        agreement.stated.reverse();
    }
    agreement
}

/// Actual spend for `period`: a total, amounts for some of `cost_lines`, or both.
fn outturn(rng: &mut Rng, period: Period, cost_lines: &[u32]) -> Outturn {
    let mut outturn = Outturn::new(period);
    outturn.total = rng.chance(60).then(|| amount(rng));
    for &id in cost_lines {
        if rng.chance(30) {
            outturn.by_line.push((id, amount(rng)));
        }
    }
    if rng.chance(30) {
        outturn.by_line.reverse();
    }
    outturn
}

fn year_amounts(rng: &mut Rng, years: u64) -> YearAmounts {
    let mut amounts = YearAmounts::default();
    for _ in 0..rng.below(4) {
        amounts.insert(1 + rng.below(years) as u16, amount(rng));
    }
    amounts
}

/// A valid funding option with 0 to `max_partners` partners.
pub fn option(rng: &mut Rng, max_partners: u64) -> FundingOption {
    option_of(rng, max_partners, false)
}

/// A valid funding option; with `agreements`, as [`scenario_with_agreements`] has.
fn option_of(rng: &mut Rng, max_partners: u64, agreements: bool) -> FundingOption {
    let uplift = if agreements { fine_uplift } else { uplift };
    let initial_years = 1 + rng.below(10) as u8;
    let extensions: Vec<Extension> = (0..rng.below(11))
        .map(|i| Extension {
            id: 0,
            months: 1 + rng.below(60) as u16,
            taken: rng.chance(50) || i == 0,
        })
        .collect();
    let mut option = FundingOption {
        benefits: Default::default(),
        name: text(rng, 4),
        start: YearMonth::new(2000 + rng.below(101) as i32, 1 + rng.below(12) as u8).unwrap(),
        initial_years,
        extensions,
        partners: Vec::new(),
        cost_lines: Vec::new(),
        match_rule: match rng.below(4) {
            0 => MatchRule::NoRule,
            1 => MatchRule::MinimumLocalShare(Percent(rng.below(10_001) as u32)),
            2 => MatchRule::MinimumShareOfGrant(Percent(rng.below(100_001) as u32)),
            _ => MatchRule::MinimumLocalAmount(amount(rng)),
        },
        activity: if rng.chance(50) {
            Activity::default()
        } else {
            Activity {
                referrals_per_year: rng.below(1_000_001) as u32,
                completions_per_year: rng.below(1_000_001) as u32,
                demand_change_percent: rng.below(1_101) as i32 - 100,
            }
        },
        agreement: Default::default(),
    };
    let years = funding_model::figures::report::timeline(&option).len() as u64;
    let mut next_id = 1;
    for _ in 0..rng.below(max_partners + 1) {
        option.partners.push(Partner {
            id: next_id,
            name: text(rng, 6),
            kind: PartnerKind::ALL[rng.below(5) as usize],
            annual: amount(rng),
            year_amounts: year_amounts(rng, years),
            uplift: uplift(rng),
            terms: Default::default(),
        });
        next_id += 1;
    }
    for _ in 0..rng.below(5) {
        option.cost_lines.push(CostLine {
            id: next_id,
            name: text(rng, 6),
            kind: CostKind::ALL[rng.below(3) as usize],
            annual: amount(rng),
            year_amounts: year_amounts(rng, years),
            uplift: uplift(rng),
            terms: Default::default(),
        });
        next_id += 1;
    }
    for extension in option.extensions.iter_mut() {
        extension.id = next_id;
        next_id += 1;
    }
    if agreements {
        with_agreement(rng, &mut option);
    }
    option
}

/// Gives `option`'s lines terms and the option an agreement, now and then.
fn with_agreement(rng: &mut Rng, option: &mut FundingOption) {
    let partners: Vec<u32> = option.partners.iter().map(|p| p.id).collect();
    let cost_lines: Vec<u32> = option.cost_lines.iter().map(|c| c.id).collect();
    for partner in &mut option.partners {
        partner.terms = terms(rng, &partners);
    }
    for line in &mut option.cost_lines {
        line.terms = terms(rng, &partners);
    }
    option.agreement = agreement(rng, &cost_lines);
}

const COUNCILS: &[&str] = &[
    "Barnsley Metropolitan Borough Council",
    "Doncaster Council",
    "Rotherham Metropolitan Borough Council",
    "Sheffield City Council",
    "Hartlepool Borough Council",
    "Middlesbrough Council",
    "Redcar and Cleveland Borough Council",
    "Stockton-on-Tees Borough Council",
    "Leeds City Council",
    "Bradford Metropolitan District Council",
    "Calderdale Council",
    "Kirklees Council",
    "Wakefield Council",
    "York City Council",
    "North Yorkshire Council",
    "Durham County Council",
    "Gateshead Council",
    "Newcastle City Council",
    "North Tyneside Council",
    "South Tyneside Council",
    "Sunderland City Council",
    "Northumberland County Council",
    "Cumberland Council",
    "Westmorland and Furness Council",
    "Lancashire County Council",
];

/// The large document of the targets: 3 options, each of 30 partners, a 10-year
/// initial term and 4 12-month extensions, with grants that change from year to year,
/// and a spending plan of 4 cost lines uplifted in extension years.
pub fn large() -> Scenario {
    let full = large_option();
    let mut reduced = full.clone();
    reduced.name = "Option 2: without the health body".to_string();
    reduced
        .partners
        .retain(|p| p.kind != PartnerKind::HealthBody);
    let mut shorter = full.clone();
    shorter.name = "Option 3: no extensions".to_string();
    for extension in &mut shorter.extensions {
        extension.taken = false;
    }
    Scenario {
        appraisal: Default::default(),
        version: Default::default(),
        title: "Yorkshire and North East domestic abuse perpetrator programme".to_string(),
        options: vec![full, reduced, shorter],
        baseline: 0,
        active: 0,
    }
}

fn large_option() -> FundingOption {
    let mut rng = Rng::new(30);
    let mut partners: Vec<Partner> = COUNCILS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            Partner::new(
                i as u32 + 1,
                name,
                PartnerKind::Council,
                Decimal::new(2_500_000 + rng.below(60) as i64 * 100_000, 2),
            )
        })
        .collect();
    for (name, kind) in [
        (
            "South Yorkshire Police and Crime Commissioner's office",
            PartnerKind::PccOffice,
        ),
        (
            "Cleveland Police and Crime Commissioner's office",
            PartnerKind::PccOffice,
        ),
        (
            "Home Office Domestic Abuse Perpetrator grant",
            PartnerKind::CentralGovernmentGrant,
        ),
        (
            "NHS South Yorkshire Integrated Care Board",
            PartnerKind::HealthBody,
        ),
        ("Ministry of Justice Probation Service", PartnerKind::Other),
    ] {
        let id = partners.len() as u32 + 1;
        let mut partner = Partner::new(id, name, kind, Decimal::new(15_742_333, 2));
        for year in 1..=14 {
            if rng.chance(28) {
                partner.year_amounts.insert(
                    year,
                    Decimal::new(10_000_000 + rng.below(10_000_000) as i64, 2),
                );
            }
        }
        partners.push(partner);
    }
    let extension_uplift = Uplift {
        percent: Percent(250).into(),
        from_year: 11,
    };
    let cost_lines = [
        (
            "Perpetrator programme provider (north)",
            CostKind::Provider,
            200_000_000,
        ),
        (
            "Perpetrator programme provider (south)",
            CostKind::Provider,
            180_000_000,
        ),
        ("Independent evaluation", CostKind::Evaluation, 5_000_000),
        ("Programme management", CostKind::Other, 3_500_000),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (name, kind, pence))| {
        let mut line = CostLine::new(40 + i as u32, name, kind, Decimal::new(pence, 2));
        line.uplift = extension_uplift;
        line
    })
    .collect();
    FundingOption {
        benefits: Default::default(),
        name: "Option 1: every partner".to_string(),
        start: YearMonth::new(2025, 4).unwrap(),
        initial_years: 10,
        extensions: (0..4)
            .map(|i| Extension {
                id: 31 + i,
                months: 12,
                taken: i < 2,
            })
            .collect(),
        partners,
        cost_lines,
        match_rule: MatchRule::MinimumLocalShare(Percent(3_000)),
        activity: Activity {
            referrals_per_year: 2_500,
            completions_per_year: 450,
            demand_change_percent: 0,
        },
        agreement: Default::default(),
    }
}

/// A scenario of a given size for the scaling benchmarks: `partners` councils over
/// `years` contract years (up to 10 initial, the rest as 12-month extensions taken up),
/// every partner with one year's amount of its own.
pub fn sized(partners: usize, years: u8) -> Scenario {
    let initial_years = years.min(10);
    let extensions = (0..years.saturating_sub(10))
        .map(|i| Extension {
            id: 1_000 + u32::from(i),
            months: 12,
            taken: true,
        })
        .collect();
    let partners: Vec<Partner> = (0..partners)
        .map(|i| {
            let mut partner = Partner::new(
                i as u32 + 1,
                &format!("{} {}", COUNCILS[i % COUNCILS.len()], i + 1),
                PartnerKind::Council,
                Decimal::new(2_500_000 + (i as i64 % 40) * 100_000, 2),
            );
            partner.year_amounts.insert(
                1 + (i as u16 % u16::from(years)),
                Decimal::new(3_333_333, 2),
            );
            partner
        })
        .collect();
    Scenario::single(
        &format!("Benchmark: {} partners over {years} years", partners.len()),
        FundingOption {
            benefits: Default::default(),
            name: "Option 1".to_string(),
            start: YearMonth::new(2025, 4).unwrap(),
            initial_years,
            extensions,
            partners,
            cost_lines: Vec::new(),
            match_rule: MatchRule::NoRule,
            activity: Activity::default(),
            agreement: Default::default(),
        },
    )
}

/// A scenario at the documented limits, as a commissioner might build it in a large
/// region: 10 options, each of 250 partners and 50 cost lines over a 10-year term and
/// 10 12-month extensions (20 years, every one taken up), every partner and cost line
/// with amounts of its own in about 6 of the 20 years. Its scenario file is about 1.1 MB.
pub fn at_limits() -> Scenario {
    let mut rng = Rng::new(250);
    let options = (0..10)
        .map(|index| {
            let mut option = sized(250, 20).options.remove(0);
            option.name = format!("Option {}: pool of 250 partners", index + 1);
            for partner in &mut option.partners {
                partner.year_amounts = varied_years(&mut rng, 2_000_000, 1_000);
            }
            let first_line_id = 2_000;
            option.cost_lines = (0..50)
                .map(|i| {
                    let mut line = CostLine::new(
                        first_line_id + i,
                        &format!("Provider {}", i + 1),
                        CostKind::Provider,
                        Decimal::new(12_000_000, 2),
                    );
                    line.year_amounts = varied_years(&mut rng, 11_000_000, 10_000);
                    line
                })
                .collect();
            option
        })
        .collect();
    Scenario {
        appraisal: Default::default(),
        version: Default::default(),
        title: "A pool at the calculator's limits".to_string(),
        options,
        baseline: 0,
        active: 0,
    }
}

/// Amounts of their own in about 28% of years 1 to 20: `base` pence plus up to 1,000
/// steps of `step` pence.
fn varied_years(rng: &mut Rng, base: i64, step: i64) -> YearAmounts {
    let mut amounts = YearAmounts::default();
    for year in 1..=20 {
        if rng.chance(28) {
            amounts.insert(year, Decimal::new(base + rng.below(1_000) as i64 * step, 2));
        }
    }
    amounts
}

/// Ids are not part of links or files: compare scenarios with ids numbered as
/// decoding does (in each option, partners from 1, then cost lines, then extensions),
/// and the references to them (leads, actual spend by line) renumbered to match. A
/// reference naming nothing in the option is not written, so it is dropped here too.
pub fn renumbered(mut scenario: Scenario) -> Scenario {
    let mut ids = Vec::new();
    for option in &mut scenario.options {
        let partners = new_ids(&option.partners, 1);
        let cost_lines = new_ids(&option.cost_lines, 1 + option.partners.len() as u32);
        let mut id = 1;
        for partner in &mut option.partners {
            partner.id = id;
            id += 1;
        }
        for line in &mut option.cost_lines {
            line.id = id;
            id += 1;
        }
        for extension in &mut option.extensions {
            extension.id = id;
            id += 1;
        }
        let lead = |terms: &mut Terms| {
            terms.lead = terms.lead.and_then(|old| new_id(&partners, old));
        };
        option.partners.iter_mut().for_each(|p| lead(&mut p.terms));
        option
            .cost_lines
            .iter_mut()
            .for_each(|c| lead(&mut c.terms));
        for outturn in &mut option.agreement.actuals {
            outturn.by_line = (outturn.by_line.iter())
                .filter_map(|(old, actual)| Some((new_id(&cost_lines, *old)?, *actual)))
                .collect();
        }
        ids.push((partners, cost_lines));
    }
    // The appraisal's inputs name lines by id, renumbered as their option's; a
    // preferred option or an input naming nothing is not written.
    let count = scenario.options.len();
    let appraisal = &mut scenario.appraisal;
    appraisal.preferred = appraisal.preferred.filter(|position| *position < count);
    let input = |input: InputRef| -> Option<InputRef> {
        let (partners, cost_lines) = ids.get(input.option)?;
        let moved = match input.input {
            Input::PartnerAmount(old) => Input::PartnerAmount(new_id(partners, old)?),
            Input::CostAmount(old) => Input::CostAmount(new_id(cost_lines, old)?),
            other => other,
        };
        Some(InputRef {
            option: input.option,
            input: moved,
        })
    };
    appraisal.switching_input = appraisal.switching_input.and_then(input);
    appraisal.sensitivities = (appraisal.sensitivities.iter())
        .filter_map(|s| {
            Some(Sensitivity {
                input: input(s.input)?,
                ..*s
            })
        })
        .collect();
    scenario
}

/// Each line's id with the id it is given on decoding, numbered from `first`.
fn new_ids<K>(lines: &[Line<K>], first: u32) -> Vec<(u32, u32)> {
    (lines.iter().zip(first..))
        .map(|(line, new)| (line.id, new))
        .collect()
}

/// The new id of the first line with id `old`.
fn new_id(ids: &[(u32, u32)], old: u32) -> Option<u32> {
    ids.iter().find(|(id, _)| *id == old).map(|(_, new)| *new)
}

/// Every part of a scenario that agreements added (link format 5, file format 4), as
/// the golden link `v5-agreements.txt` and file `v4-agreements.json` hold it: amounts
/// set by a basis, over years, as shares and once; groups, agreed shares, maximums,
/// leads and a fixed cost; an agreement with a basis, whole pounds, rules, a risk pool,
/// a tolerance, actual spend by financial year in total and by line, clauses stated;
/// uplifts to more than two places. The second option leaves out the last partner
/// and keeps the same agreement, so its actual spend by line names cost lines by a
/// position that follows fewer partners.
pub fn agreements() -> Scenario {
    let first = FundingOption {
        benefits: Default::default(),
        name: "Option 1: pooled by population".to_string(),
        start: YearMonth::new(2024, 4).unwrap(),
        initial_years: 3,
        extensions: vec![Extension {
            id: 9,
            months: 12,
            taken: true,
        }],
        partners: agreement_partners(),
        cost_lines: agreement_cost_lines(),
        match_rule: MatchRule::MinimumLocalShare(Percent(3_000)),
        activity: Activity {
            referrals_per_year: 553,
            completions_per_year: 95,
            demand_change_percent: 0,
        },
        agreement: the_agreement(),
    };
    let mut second = first.clone();
    second.name = "Option 2: without Sheffield's one-off payment".to_string();
    second.partners.pop();
    second.cost_lines[0].id = 6;
    second.cost_lines[1].id = 7;
    second.extensions[0].id = 8;
    for (id, _) in &mut second.agreement.actuals[1].by_line {
        *id -= 1;
    }
    Scenario {
        appraisal: Default::default(),
        version: Default::default(),
        title: "South Yorkshire pooled budget agreement".to_string(),
        options: vec![first, second],
        baseline: 0,
        active: 1,
    }
}

fn pounds(pence: i64) -> Decimal {
    Decimal::new(pence, 2)
}

/// [`agreements`] with every part the appraisal added (link format 6, file format 5),
/// as the golden link `v6-appraisal.txt` and file `v5-appraisal.json` hold it: real
/// terms at 2024-25 prices by an index of the user's own, discounting from 2025-26,
/// the second option preferred, an optimism bias with its source, three inputs tested
/// for sensitivity (a partner's amount in the second option, which has one partner
/// fewer, a cost line's amount and completions), a switching input, benefits for both
/// options, and version details with a status and a date.
pub fn appraisal_example() -> Scenario {
    let mut scenario = agreements();
    scenario.title = "South Yorkshire pooled budget: Green Book appraisal".to_string();
    scenario.options[0].benefits = Benefits {
        cashable_savings: pounds(4_500_000),
        avoided_costs: pounds(1_234_567),
        value_per_completion: pounds(350_000),
    };
    scenario.options[1].benefits = Benefits {
        cashable_savings: pounds(4_000_000),
        ..Benefits::default()
    };
    scenario.appraisal = Appraisal {
        real_terms: true,
        base_year: Some(2024),
        deflator: Deflator::Own(vec![
            (2023, Decimal::new(97_812, 3)),
            (2024, Decimal::from(100)),
            (2025, Decimal::new(1_020_517, 4)),
            (2026, Decimal::new(1_041, 1)),
        ]),
        discount_year: Some(2025),
        preferred: Some(1),
        optimism_bias: Some(OptimismBias {
            percent: Rate(125_000),
            source: "Green Book supplementary guidance: outsourcing, upper bound".to_string(),
        }),
        sensitivities: vec![
            Sensitivity {
                input: InputRef {
                    option: 1,
                    input: Input::PartnerAmount(3),
                },
                low: pounds(40_000_000),
                high: pounds(60_000_000),
            },
            Sensitivity {
                input: InputRef {
                    option: 0,
                    input: Input::CostAmount(8),
                },
                low: pounds(2_500_000),
                high: pounds(3_500_050),
            },
            Sensitivity {
                input: InputRef {
                    option: 1,
                    input: Input::Completions,
                },
                low: Decimal::from(80),
                high: Decimal::from(120),
            },
        ],
        switching_input: Some(InputRef {
            option: 1,
            input: Input::CostAmount(6),
        }),
    };
    scenario.version = VersionDetails {
        author: "Sam Okafor, OPCC South Yorkshire".to_string(),
        label: "March paper".to_string(),
        status: Some(VersionStatus::ForDecision),
        date: CalendarDate::new(2026, 3, 3),
    };
    scenario
}

/// The partners of [`agreements`]: two councils by population, a grant over the
/// term, two shares of one total (one uplifted by 5.6612%), a one-off payment.
fn agreement_partners() -> Vec<Partner> {
    let partner = |id: u32, name: &str, kind: PartnerKind, set: AmountSet| {
        let mut partner = Partner::new(id, name, kind, Decimal::ZERO);
        partner.terms.set = set;
        partner
    };
    let council = |id: u32, name: &str, figure: u64, shares: (u32, u32), maximum: i64| {
        let mut line = partner(id, name, PartnerKind::Council, AmountSet::ByBasis);
        line.terms.basis_figure = Some(figure);
        line.terms.group = "South Yorkshire councils".to_string();
        line.terms.overspend_share = Some(Percent(shares.0));
        line.terms.underspend_share = Some(Percent(shares.1));
        line.terms.maximum = Some(pounds(maximum));
        line
    };
    let share_of = AmountSet::ShareOf {
        share: Percent(5_000),
        of: pounds(62_166_200),
    };
    let grant = AmountSet::OverYears {
        total: pounds(233_195_100),
        years: 4,
    };
    let pcc_office = "South Yorkshire Police and Crime Commissioner's office";
    let mut pcc = partner(5, pcc_office, PartnerKind::PccOffice, share_of.clone());
    pcc.uplift = Uplift {
        percent: Rate(56_612),
        from_year: 2,
    };
    pcc.terms.overspend_share = Some(Percent(1_500));
    let one_off = AmountSet::OneOff { year: 1 };
    let mut sheffield = partner(6, "Sheffield City Council", PartnerKind::Council, one_off);
    sheffield.annual = pounds(4_000_000);
    let health = "NHS South Yorkshire Integrated Care Board";
    vec![
        council(1, "Barnsley Council", 245_000, (2_500, 2_000), 2_000_000),
        council(2, "Doncaster Council", 311_000, (3_000, 3_000), 2_500_000),
        partner(
            3,
            "Home Office grant",
            PartnerKind::CentralGovernmentGrant,
            grant,
        ),
        partner(4, health, PartnerKind::HealthBody, share_of),
        pcc,
        sheffield,
    ]
}

/// The cost lines of [`agreements`]: a provider uplifted by 2.345% and led by
/// Doncaster, an evaluation at a fixed price led by Barnsley.
fn agreement_cost_lines() -> Vec<CostLine> {
    let provider = "Perpetrator programme provider";
    let mut provider = CostLine::new(7, provider, CostKind::Provider, pounds(170_000_000));
    provider.uplift = Uplift {
        percent: Rate(23_450),
        from_year: 2,
    };
    provider.terms.lead = Some(2);
    let evaluation = "Independent evaluation";
    let mut evaluation = CostLine::new(8, evaluation, CostKind::Evaluation, pounds(3_000_000));
    evaluation.terms.lead = Some(1);
    evaluation.terms.fixed_cost = true;
    vec![provider, evaluation]
}

/// The agreement of [`agreements`], every member set: actual spend by financial year,
/// the first in total, the second by line (given in the other order).
fn the_agreement() -> Agreement {
    let mut spent_by_line = Outturn::new(Period::FinancialYear(2025));
    spent_by_line.by_line = vec![(8, pounds(2_850_000)), (7, pounds(179_000_000))];
    Agreement {
        basis: Some(Basis {
            name: "population".to_string(),
            source: "ONS mid-year estimates".to_string(),
            date: "mid-2022".to_string(),
            total: pounds(55_600_000),
        }),
        whole_pounds: true,
        overspend: RiskRule::Capped,
        underspend: RiskRule::Fixed,
        risk_pool: pounds(5_000_000),
        tolerance: Percent(250),
        by_financial_year: true,
        actuals: vec![
            Outturn {
                period: Period::FinancialYear(2024),
                total: Some(pounds(174_500_000)),
                by_line: Vec::new(),
            },
            spent_by_line,
        ],
        stated: vec![
            Clause::Aims,
            Clause::Contributions,
            Clause::DurationAndReview,
            Clause::Management,
        ],
    }
}
