//! Scenarios for tests and benchmarks: a deterministic generator and the large
//! document the performance and size targets are set against.
#![allow(dead_code)]

use funding_model::data::limits::MAX_CONTRACT_YEARS;
use funding_model::data::line::{
    CostKind, CostLine, LineKind, Partner, PartnerKind, Uplift, YearAmounts,
};
use funding_model::data::scenario::{Activity, Extension, FundingOption, MatchRule, Scenario};
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
    let option_count = if rng.chance(70) {
        1
    } else {
        2 + rng.below(2) as usize
    };
    let options: Vec<FundingOption> = (0..option_count)
        .map(|_| option(rng, max_partners))
        .collect();
    Scenario {
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
            percent: Percent(1 + rng.below(10_000) as u32),
            from_year: 1 + rng.below(u64::from(MAX_CONTRACT_YEARS)) as u16,
        }
    }
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
    let initial_years = 1 + rng.below(10) as u8;
    let extensions: Vec<Extension> = (0..rng.below(11))
        .map(|i| Extension {
            id: 0,
            months: 1 + rng.below(60) as u16,
            taken: rng.chance(50) || i == 0,
        })
        .collect();
    let mut option = FundingOption {
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
    option
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
        percent: Percent(250),
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
/// decoding does (in each option, partners from 1, then cost lines, then extensions).
pub fn renumbered(mut scenario: Scenario) -> Scenario {
    for option in &mut scenario.options {
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
    }
    scenario
}
