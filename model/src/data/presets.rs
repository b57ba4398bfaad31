//! The worked examples the calculator opens with, from real decision records
//! (`shared/seeds/`).

use super::agreement::Agreement;
use super::line::{CostKind, CostLine, Partner, PartnerKind};
use super::month::YearMonth;
use super::scenario::{Activity, Extension, FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;

/// A ready-made scenario a commissioner can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    SouthYorkshire,
    SouthYorkshireOptions,
    Cleveland2022,
}

impl Preset {
    pub const ALL: [Preset; 3] = [
        Preset::SouthYorkshire,
        Preset::SouthYorkshireOptions,
        Preset::Cleveland2022,
    ];

    /// A short stable code, for form values and links.
    pub fn code(self) -> &'static str {
        match self {
            Preset::SouthYorkshire => "south-yorkshire",
            Preset::SouthYorkshireOptions => "south-yorkshire-options",
            Preset::Cleveland2022 => "cleveland-2022",
        }
    }

    pub fn from_code(code: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| preset.code() == code)
    }

    /// The name in the preset picker.
    pub fn label(self) -> &'static str {
        match self {
            Preset::SouthYorkshire => "South Yorkshire countywide pool, from February 2021",
            Preset::SouthYorkshireOptions => {
                "South Yorkshire: the three options considered in 2020"
            }
            Preset::Cleveland2022 => "Cleveland Home Office grant with local match, 2022/23",
        }
    }

    /// The option the preset opens on.
    pub fn option(self) -> FundingOption {
        self.scenario().active_option().clone()
    }

    pub fn scenario(self) -> Scenario {
        match self {
            Preset::SouthYorkshire => {
                Scenario::single(SOUTH_YORKSHIRE_TITLE, countywide_pool("Countywide pool"))
            }
            Preset::SouthYorkshireOptions => south_yorkshire_options(),
            Preset::Cleveland2022 => Scenario::single(
                "Cleveland perpetrator programme, 2022/23 delivery",
                cleveland_2022(),
            ),
        }
    }
}

const SOUTH_YORKSHIRE_TITLE: &str = "South Yorkshire domestic abuse perpetrator programme";

fn pounds(whole: i64, pence: i64) -> Decimal {
    Decimal::new(whole * 100 + pence, 2)
}

/// The contract the South Yorkshire options share: two years from February 2021 with
/// two optional 12-month extensions, both taken up.
fn south_yorkshire_contract(name: &str) -> FundingOption {
    FundingOption {
        name: name.to_string(),
        start: YearMonth::new(2021, 2).expect("February 2021 is a valid month"),
        initial_years: 2,
        extensions: vec![
            Extension {
                id: 6,
                months: 12,
                taken: true,
            },
            Extension {
                id: 7,
                months: 12,
                taken: true,
            },
        ],
        partners: Vec::new(),
        cost_lines: Vec::new(),
        match_rule: MatchRule::NoRule,
        activity: Activity::default(),
        agreement: Agreement::default(),
        benefits: Default::default(),
    }
}

/// Doncaster decision AHWB.018.2020, option 3 (recommended): four councils and the PCC
/// office pool £262k a year. The activity is the previous contract's: 1,106 referrals
/// and 190 completions in two years.
fn countywide_pool(name: &str) -> FundingOption {
    let mut option = south_yorkshire_contract(name);
    option.partners = vec![
        Partner::new(
            1,
            "Doncaster Council",
            PartnerKind::Council,
            pounds(52_000, 0),
        ),
        Partner::new(
            2,
            "Sheffield City Council",
            PartnerKind::Council,
            pounds(60_000, 0),
        ),
        Partner::new(
            3,
            "Barnsley Council",
            PartnerKind::Council,
            pounds(50_000, 0),
        ),
        Partner::new(
            4,
            "Rotherham Council",
            PartnerKind::Council,
            pounds(50_000, 0),
        ),
        Partner::new(
            5,
            "South Yorkshire Police and Crime Commissioner's office",
            PartnerKind::PccOffice,
            pounds(50_000, 0),
        ),
    ];
    option.activity = Activity {
        referrals_per_year: 553,
        completions_per_year: 95,
        demand_change_percent: 0,
    };
    option
}

/// The decision's three options. The countywide pool is the baseline: it is the
/// service running now, which the other two options would replace.
fn south_yorkshire_options() -> Scenario {
    let do_nothing = south_yorkshire_contract("Option 1: do nothing");
    let mut doncaster_alone = south_yorkshire_contract("Option 2: a programme in Doncaster only");
    doncaster_alone.partners = vec![Partner::new(
        1,
        "Doncaster Council",
        PartnerKind::Council,
        pounds(50_000, 0),
    )];
    Scenario {
        title: format!("{SOUTH_YORKSHIRE_TITLE}: options"),
        options: vec![
            do_nothing,
            doncaster_alone,
            countywide_pool("Option 3: countywide pool (recommended)"),
        ],
        baseline: 2,
        appraisal: Default::default(),
        version: Default::default(),
        active: 2,
    }
}

/// Cleveland PCC decision 2022-0007: a Home Office grant of £157,423.33 matched by
/// £71,711.67 from the PCC office and four councils, £229,135.00 for 2022/23, spent
/// across three providers. The grant required the agreed local match.
fn cleveland_2022() -> FundingOption {
    FundingOption {
        name: "Home Office grant with local match".to_string(),
        start: YearMonth::new(2022, 4).expect("April 2022 is a valid month"),
        initial_years: 1,
        extensions: Vec::new(),
        partners: vec![
            Partner::new(
                1,
                "Home Office grant",
                PartnerKind::CentralGovernmentGrant,
                pounds(157_423, 33),
            ),
            Partner::new(
                2,
                "Local match funding (PCC office and four councils)",
                PartnerKind::Other,
                pounds(71_711, 67),
            ),
        ],
        cost_lines: vec![
            CostLine::new(
                3,
                "Harbour Support Services",
                CostKind::Provider,
                pounds(121_197, 0),
            ),
            CostLine::new(
                4,
                "My Sister's Place",
                CostKind::Provider,
                pounds(99_938, 0),
            ),
            CostLine::new(
                5,
                "Barefoot Social Research (evaluation)",
                CostKind::Evaluation,
                pounds(8_000, 0),
            ),
        ],
        match_rule: MatchRule::MinimumLocalAmount(pounds(71_711, 67)),
        activity: Activity::default(),
        agreement: Agreement::default(),
        benefits: Default::default(),
    }
}
