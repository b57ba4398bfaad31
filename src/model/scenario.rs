//! The scenario: what a commissioner edits. Plain data; the figures come from
//! [`crate::model::report`].

use super::month::YearMonth;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Shortest and longest initial term, in whole years.
pub const MIN_TERM_YEARS: u8 = 1;
pub const MAX_TERM_YEARS: u8 = 10;
/// Longest single extension option, in months.
pub const MAX_EXTENSION_MONTHS: u16 = 60;
/// Most extension options a scenario may have.
pub const MAX_EXTENSIONS: usize = 10;
/// Most partners a scenario may have.
pub const MAX_PARTNERS: usize = 100;

/// A jointly funded service's funding plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub title: String,
    /// The first month of the contract.
    pub start: YearMonth,
    /// The initial term in whole years, [`MIN_TERM_YEARS`] to [`MAX_TERM_YEARS`].
    pub initial_years: u8,
    /// Extension options in the order they would follow the initial term.
    pub extensions: Vec<Extension>,
    /// Funding partners in the order the commissioner put them.
    pub partners: Vec<Partner>,
}

/// An option to extend the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extension {
    /// Stable identity while editing; not a position.
    pub id: u32,
    /// Length in months, 1 to [`MAX_EXTENSION_MONTHS`]; usually 12.
    pub months: u16,
    /// Whether this scenario takes the option up. Extensions run in order, so one
    /// counts only if every extension before it is taken up too.
    pub taken: bool,
}

/// What sort of body a partner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartnerKind {
    Council,
    PccOffice,
    CentralGovernmentGrant,
    HealthBody,
    Other,
}

impl PartnerKind {
    pub const ALL: [PartnerKind; 5] = [
        PartnerKind::Council,
        PartnerKind::PccOffice,
        PartnerKind::CentralGovernmentGrant,
        PartnerKind::HealthBody,
        PartnerKind::Other,
    ];

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            PartnerKind::Council => "Council",
            PartnerKind::PccOffice => "Police and Crime Commissioner's office",
            PartnerKind::CentralGovernmentGrant => "Central government grant",
            PartnerKind::HealthBody => "Health body",
            PartnerKind::Other => "Other",
        }
    }

    /// A short stable code, for form values and file formats.
    pub fn code(self) -> &'static str {
        match self {
            PartnerKind::Council => "council",
            PartnerKind::PccOffice => "pcc",
            PartnerKind::CentralGovernmentGrant => "grant",
            PartnerKind::HealthBody => "health",
            PartnerKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<PartnerKind> {
        PartnerKind::ALL
            .into_iter()
            .find(|kind| kind.code() == code)
    }
}

/// A body that contributes to the pool.
#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    /// Stable identity while editing; not a position.
    pub id: u32,
    pub name: String,
    pub kind: PartnerKind,
    /// The contribution for a full contract year, unless `year_amounts` says otherwise.
    pub annual: Decimal,
    /// Full-year contributions that differ from `annual`, by contract year number (1 is
    /// the first year). A part year is pro-rated from its full-year figure.
    pub year_amounts: BTreeMap<u16, Decimal>,
}

impl Partner {
    pub fn new(id: u32, name: &str, kind: PartnerKind, annual: Decimal) -> Self {
        Partner {
            id,
            name: name.to_string(),
            kind,
            annual,
            year_amounts: BTreeMap::new(),
        }
    }

    /// The full-year contribution in contract year `number` (1-based).
    pub fn full_year_amount(&self, number: u16) -> Decimal {
        self.year_amounts
            .get(&number)
            .copied()
            .unwrap_or(self.annual)
    }

    /// The name to show: the partner's own, or a placeholder while it is blank.
    pub fn display_name(&self, position: usize) -> String {
        let name = self.name.trim();
        if name.is_empty() {
            format!("Partner {} (no name yet)", position + 1)
        } else {
            name.to_string()
        }
    }
}

impl Scenario {
    /// How many extensions count: the leading run of taken ones.
    pub fn taken_extension_count(&self) -> usize {
        self.extensions
            .iter()
            .take_while(|extension| extension.taken)
            .count()
    }

    /// The smallest id not used by any partner or extension, for the next one added.
    pub fn next_id(&self) -> u32 {
        let partner_ids = self.partners.iter().map(|p| p.id);
        let extension_ids = self.extensions.iter().map(|e| e.id);
        partner_ids
            .chain(extension_ids)
            .max()
            .map_or(1, |max| max.saturating_add(1))
    }
}
