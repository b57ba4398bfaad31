//! The scenario: what a commissioner edits. Plain data; the figures come from
//! [`crate::model::report`].

use super::inputs::MAX_AMOUNT_POUNDS;
use super::month::{YearMonth, FIRST_START_YEAR, LAST_START_YEAR};
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
pub const MAX_PARTNERS: usize = 250;
/// Longest title or partner name, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

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

/// The longest a contract can run: the longest initial term and every extension at
/// its longest, in contract years.
pub const MAX_CONTRACT_YEARS: u16 =
    MAX_TERM_YEARS as u16 + MAX_EXTENSIONS as u16 * MAX_EXTENSION_MONTHS.div_ceil(12);

impl Scenario {
    /// Checks a scenario that came from outside (a link or a file) against the limits
    /// the editor itself keeps, so nothing the editor could not make gets in.
    /// The message says in plain English what is out of range, worded to follow a
    /// colon ("This link cannot be opened: the initial term is 40 years, …").
    pub fn check_limits(&self) -> Result<(), String> {
        let too_long = |what: &str| format!("{what} is longer than {MAX_TEXT_CHARS} characters");
        if self.title.chars().count() > MAX_TEXT_CHARS {
            return Err(too_long("the title"));
        }
        if !(FIRST_START_YEAR..=LAST_START_YEAR).contains(&self.start.year()) {
            return Err(format!(
                "the contract starts in {}, outside {FIRST_START_YEAR} to {LAST_START_YEAR}",
                self.start.year()
            ));
        }
        if !(MIN_TERM_YEARS..=MAX_TERM_YEARS).contains(&self.initial_years) {
            return Err(format!(
                "the initial term is {} years, outside {MIN_TERM_YEARS} to {MAX_TERM_YEARS}",
                self.initial_years
            ));
        }
        if self.extensions.len() > MAX_EXTENSIONS {
            return Err(format!(
                "there are more than {MAX_EXTENSIONS} extension options"
            ));
        }
        if let Some(extension) = self
            .extensions
            .iter()
            .find(|e| !(1..=MAX_EXTENSION_MONTHS).contains(&e.months))
        {
            return Err(format!(
                "an extension is {} months long, outside 1 to {MAX_EXTENSION_MONTHS}",
                extension.months
            ));
        }
        if self.partners.len() > MAX_PARTNERS {
            return Err(format!("there are more than {MAX_PARTNERS} partners"));
        }
        let largest = Decimal::from(MAX_AMOUNT_POUNDS);
        for partner in &self.partners {
            if partner.name.chars().count() > MAX_TEXT_CHARS {
                return Err(too_long("a partner's name"));
            }
            let amounts = std::iter::once(&partner.annual).chain(partner.year_amounts.values());
            for amount in amounts {
                let whole_pence = amount.normalize().scale() <= 2;
                if amount.is_sign_negative() || *amount > largest || !whole_pence {
                    return Err(format!(
                        "“{}” has an amount outside £0 to £1,000,000,000 in pence",
                        partner.name
                    ));
                }
            }
            // Amounts for years past the current end are kept (the term may grow back)
            // but must be years some contract could have.
            if let Some(year) = partner
                .year_amounts
                .keys()
                .find(|&&year| year == 0 || year > MAX_CONTRACT_YEARS)
            {
                return Err(format!(
                    "“{}” has an amount for year {year}, but no contract runs longer than {MAX_CONTRACT_YEARS} years",
                    partner.name
                ));
            }
        }
        Ok(())
    }
}
