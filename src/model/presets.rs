//! The worked examples the calculator opens with, from real decision records
//! (`shared/seeds/`).

use super::month::YearMonth;
use super::scenario::{Extension, Partner, PartnerKind, Scenario};
use rust_decimal::Decimal;

/// A ready-made scenario a commissioner can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    SouthYorkshire,
    Cleveland2022,
}

impl Preset {
    pub const ALL: [Preset; 2] = [Preset::SouthYorkshire, Preset::Cleveland2022];

    /// A short stable code, for form values and links.
    pub fn code(self) -> &'static str {
        match self {
            Preset::SouthYorkshire => "south-yorkshire",
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
            Preset::Cleveland2022 => "Cleveland Home Office grant with local match, 2022/23",
        }
    }

    pub fn scenario(self) -> Scenario {
        match self {
            Preset::SouthYorkshire => south_yorkshire(),
            Preset::Cleveland2022 => cleveland_2022(),
        }
    }
}

fn pounds(whole: i64, pence: i64) -> Decimal {
    Decimal::new(whole * 100 + pence, 2)
}

/// Doncaster decision AHWB.018.2020: four councils and the PCC office pool £262k a year
/// for two years from February 2021, with two optional 12-month extensions.
fn south_yorkshire() -> Scenario {
    Scenario {
        title: "South Yorkshire domestic abuse perpetrator programme".to_string(),
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
        partners: vec![
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
        ],
    }
}

/// Cleveland PCC decision 2022-0007: a Home Office grant of £157,423.33 matched by
/// £71,711.67 from the PCC office and four councils, £229,135.00 for 2022/23.
fn cleveland_2022() -> Scenario {
    Scenario {
        title: "Cleveland perpetrator programme, 2022/23 delivery".to_string(),
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
    }
}
