//! The scenario: what a commissioner edits and shares. It holds one or more funding
//! options (such as "do nothing" and "a countywide pool"), one of them the baseline
//! the others are compared with. Plain data; the figures come from
//! [`crate::model::report`] and [`crate::model::comparison`].

use super::inputs::MAX_AMOUNT_POUNDS;
use super::money::Percent;
use super::month::{YearMonth, FIRST_START_YEAR, LAST_START_YEAR};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Shortest and longest initial term, in whole years.
pub const MIN_TERM_YEARS: u8 = 1;
pub const MAX_TERM_YEARS: u8 = 10;
/// Longest single extension option, in months.
pub const MAX_EXTENSION_MONTHS: u16 = 60;
/// Most extension options a funding option may have.
pub const MAX_EXTENSIONS: usize = 10;
/// Most partners a funding option may have.
pub const MAX_PARTNERS: usize = 250;
/// Most cost lines a spending plan may have.
pub const MAX_COST_LINES: usize = 50;
/// Most options a scenario may hold.
pub const MAX_OPTIONS: usize = 10;
/// Longest title or name, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// Largest annual uplift: 100.00%.
pub const MAX_UPLIFT: Percent = Percent(10_000);
/// Most referrals or completions a year.
pub const MAX_ACTIVITY_PER_YEAR: u32 = 1_000_000;
/// Largest change in demand either way, in whole percent.
pub const MAX_DEMAND_CHANGE: i32 = 1_000;

/// What a commissioner edits and shares: one or more funding options.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub title: String,
    /// Never empty: a scenario always has at least one option.
    pub options: Vec<FundingOption>,
    /// The position of the option the others are compared with.
    pub baseline: usize,
    /// The position of the option being edited and shown.
    pub active: usize,
}

/// One way of funding the service: its contract, partners, spending and activity.
#[derive(Clone, Debug, PartialEq)]
pub struct FundingOption {
    /// As "Option 3: countywide pool".
    pub name: String,
    /// The first month of the contract.
    pub start: YearMonth,
    /// The initial term in whole years, [`MIN_TERM_YEARS`] to [`MAX_TERM_YEARS`].
    pub initial_years: u8,
    /// Extension options in the order they would follow the initial term.
    pub extensions: Vec<Extension>,
    /// Funding partners in the order the commissioner put them.
    pub partners: Vec<Partner>,
    /// What the pool is spent on; empty when no spending plan has been made.
    pub cost_lines: Vec<CostLine>,
    pub match_rule: MatchRule,
    pub activity: Activity,
}

impl Scenario {
    /// A scenario of one option.
    pub fn single(title: &str, option: FundingOption) -> Self {
        Scenario {
            title: title.to_string(),
            options: vec![option],
            baseline: 0,
            active: 0,
        }
    }

    /// The option being edited. Positions are kept in range by every change and by
    /// [`Scenario::check_limits`]; the fallback only guards against a bug.
    pub fn active_option(&self) -> &FundingOption {
        let index = self.active.min(self.options.len().saturating_sub(1));
        &self.options[index]
    }

    pub fn active_option_mut(&mut self) -> &mut FundingOption {
        let index = self.active.min(self.options.len().saturating_sub(1));
        &mut self.options[index]
    }
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
    /// A yearly rise applied to `annual` (not to amounts typed for a year).
    pub uplift: Uplift,
}

/// A yearly rise in an amount, compounding: from `from_year` on, each year's amount is
/// the year before's plus `percent`, rounded to the penny, up to £1,000,000,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Uplift {
    pub percent: Percent,
    /// The first contract year that is uplifted (1 is the first year).
    pub from_year: u16,
}

impl Uplift {
    pub const NONE: Uplift = Uplift {
        percent: Percent(0),
        from_year: 2,
    };

    pub fn is_none(self) -> bool {
        self.percent.0 == 0
    }

    /// `annual` as uplifted for contract year `number`.
    pub fn apply(self, annual: Decimal, number: u16) -> Decimal {
        if self.is_none() || number < self.from_year {
            return annual;
        }
        // Capped at the largest amount the calculator takes, so no total can overflow.
        let most = i128::from(MAX_AMOUNT_POUNDS) * 100;
        let mut pence = i128::from(super::money::to_pence(annual));
        for _ in self.from_year.max(1)..=number {
            let uplifted = pence * (10_000 + i128::from(self.percent.0));
            pence = super::money::div_round(uplifted, 10_000).min(most);
        }
        super::money::from_pence(pence as i64)
    }
}

/// The full-year amount for contract year `number`: a figure typed for that year, or
/// the annual amount with any uplift.
fn amount_in_year(
    annual: Decimal,
    year_amounts: &BTreeMap<u16, Decimal>,
    uplift: Uplift,
    number: u16,
) -> Decimal {
    year_amounts
        .get(&number)
        .copied()
        .unwrap_or_else(|| uplift.apply(annual, number))
}

/// What the pool pays for.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLine {
    /// Stable identity while editing; not a position.
    pub id: u32,
    pub name: String,
    pub kind: CostKind,
    /// The cost of a full contract year, unless `year_amounts` says otherwise.
    pub annual: Decimal,
    /// Full-year costs that differ from `annual`, by contract year number.
    pub year_amounts: BTreeMap<u16, Decimal>,
    pub uplift: Uplift,
}

impl CostLine {
    pub fn new(id: u32, name: &str, kind: CostKind, annual: Decimal) -> Self {
        CostLine {
            id,
            name: name.to_string(),
            kind,
            annual,
            year_amounts: BTreeMap::new(),
            uplift: Uplift::NONE,
        }
    }

    /// The full-year cost in contract year `number` (1-based).
    pub fn full_year_amount(&self, number: u16) -> Decimal {
        amount_in_year(self.annual, &self.year_amounts, self.uplift, number)
    }

    /// The name to show: the line's own, or a placeholder while it is blank.
    pub fn display_name(&self, position: usize) -> String {
        display_name(&self.name, "Cost line", position)
    }
}

/// What sort of cost a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostKind {
    Provider,
    Evaluation,
    Other,
}

impl CostKind {
    pub const ALL: [CostKind; 3] = [CostKind::Provider, CostKind::Evaluation, CostKind::Other];

    pub fn label(self) -> &'static str {
        match self {
            CostKind::Provider => "Service provider",
            CostKind::Evaluation => "Evaluation",
            CostKind::Other => "Other",
        }
    }

    /// A short stable code, for form values and file formats.
    pub fn code(self) -> &'static str {
        match self {
            CostKind::Provider => "provider",
            CostKind::Evaluation => "evaluation",
            CostKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<CostKind> {
        CostKind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// A condition on how much of the pool local partners (every partner but a grant)
/// provide, as grant agreements set it. Checked over the term taken up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchRule {
    NoRule,
    /// Local partners provide at least this share of the total.
    MinimumLocalShare(Percent),
    /// Local partners provide at least this much in total.
    MinimumLocalAmount(Decimal),
}

/// Expected activity, for value for money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Activity {
    pub referrals_per_year: u32,
    pub completions_per_year: u32,
    /// A change in demand applied to both, in whole percent (60 for "up 60%").
    pub demand_change_percent: i32,
}

/// A name to show, or a numbered placeholder while it is blank.
fn display_name(name: &str, what: &str, position: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("{what} {} (no name yet)", position + 1)
    } else {
        name.to_string()
    }
}

impl Partner {
    pub fn new(id: u32, name: &str, kind: PartnerKind, annual: Decimal) -> Self {
        Partner {
            id,
            name: name.to_string(),
            kind,
            annual,
            year_amounts: BTreeMap::new(),
            uplift: Uplift::NONE,
        }
    }

    /// The full-year contribution in contract year `number` (1-based).
    pub fn full_year_amount(&self, number: u16) -> Decimal {
        amount_in_year(self.annual, &self.year_amounts, self.uplift, number)
    }

    /// The name to show: the partner's own, or a placeholder while it is blank.
    pub fn display_name(&self, position: usize) -> String {
        display_name(&self.name, "Partner", position)
    }

    /// Whether the partner counts as local for match funding: every kind but a grant.
    pub fn is_local(&self) -> bool {
        self.kind != PartnerKind::CentralGovernmentGrant
    }
}

impl FundingOption {
    /// How many extensions count: the leading run of taken ones.
    pub fn taken_extension_count(&self) -> usize {
        self.extensions
            .iter()
            .take_while(|extension| extension.taken)
            .count()
    }

    /// The smallest id above every partner's, extension's and cost line's, for the
    /// next one added.
    pub fn next_id(&self) -> u32 {
        let partner_ids = self.partners.iter().map(|p| p.id);
        let extension_ids = self.extensions.iter().map(|e| e.id);
        let cost_line_ids = self.cost_lines.iter().map(|c| c.id);
        partner_ids
            .chain(extension_ids)
            .chain(cost_line_ids)
            .max()
            .map_or(1, |max| max.saturating_add(1))
    }

    /// A new option with nothing in it yet, starting when `like` does.
    pub fn empty(name: &str, like: &FundingOption) -> Self {
        FundingOption {
            name: name.to_string(),
            start: like.start,
            initial_years: like.initial_years,
            extensions: Vec::new(),
            partners: Vec::new(),
            cost_lines: Vec::new(),
            match_rule: MatchRule::NoRule,
            activity: Activity::default(),
        }
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
        if self.title.chars().count() > MAX_TEXT_CHARS {
            return Err(too_long("the title"));
        }
        if self.options.is_empty() {
            return Err("it holds no funding options".to_string());
        }
        if self.options.len() > MAX_OPTIONS {
            return Err(format!("there are more than {MAX_OPTIONS} options"));
        }
        if self.baseline >= self.options.len() || self.active >= self.options.len() {
            return Err("it refers to an option it does not have".to_string());
        }
        self.options
            .iter()
            .try_for_each(FundingOption::check_limits)
    }
}

fn too_long(what: &str) -> String {
    format!("{what} is longer than {MAX_TEXT_CHARS} characters")
}

/// Whether an amount is one the editor could hold: £0 to £1bn in whole pence.
fn is_valid_amount(amount: &Decimal) -> bool {
    let whole_pence = amount.normalize().scale() <= 2;
    !amount.is_sign_negative() && *amount <= Decimal::from(MAX_AMOUNT_POUNDS) && whole_pence
}

/// Checks the amounts, year numbers and uplift of a partner or cost line called `name`.
fn check_amounts(
    name: &str,
    annual: &Decimal,
    year_amounts: &BTreeMap<u16, Decimal>,
    uplift: Uplift,
) -> Result<(), String> {
    if name.chars().count() > MAX_TEXT_CHARS {
        return Err(too_long("a name"));
    }
    if !std::iter::once(annual)
        .chain(year_amounts.values())
        .all(is_valid_amount)
    {
        return Err(format!(
            "“{name}” has an amount outside £0 to £1,000,000,000 in pence"
        ));
    }
    // Amounts for years past the current end are kept (the term may grow back) but
    // must be years some contract could have.
    if let Some(year) = year_amounts
        .keys()
        .find(|&&year| year == 0 || year > MAX_CONTRACT_YEARS)
    {
        return Err(format!(
            "“{name}” has an amount for year {year}, but no contract runs longer than {MAX_CONTRACT_YEARS} years"
        ));
    }
    if uplift.percent > MAX_UPLIFT || !(1..=MAX_CONTRACT_YEARS).contains(&uplift.from_year) {
        return Err(format!("“{name}” has an uplift outside 0% to 100% a year"));
    }
    Ok(())
}

impl FundingOption {
    /// The limits of [`Scenario::check_limits`] for one option.
    pub fn check_limits(&self) -> Result<(), String> {
        if self.name.chars().count() > MAX_TEXT_CHARS {
            return Err(too_long("an option's name"));
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
        if self.cost_lines.len() > MAX_COST_LINES {
            return Err(format!("there are more than {MAX_COST_LINES} cost lines"));
        }
        for partner in &self.partners {
            check_amounts(
                &partner.name,
                &partner.annual,
                &partner.year_amounts,
                partner.uplift,
            )?;
        }
        for line in &self.cost_lines {
            check_amounts(&line.name, &line.annual, &line.year_amounts, line.uplift)?;
        }
        match self.match_rule {
            MatchRule::MinimumLocalShare(share) if share > Percent(10_000) => {
                return Err("the match-funding rule asks for more than 100%".to_string())
            }
            MatchRule::MinimumLocalAmount(amount) if !is_valid_amount(&amount) => {
                return Err(
                    "the match-funding rule's amount is outside £0 to £1,000,000,000".to_string(),
                )
            }
            _ => {}
        }
        let activity = self.activity;
        if activity.referrals_per_year > MAX_ACTIVITY_PER_YEAR
            || activity.completions_per_year > MAX_ACTIVITY_PER_YEAR
            || !(-100..=MAX_DEMAND_CHANGE).contains(&activity.demand_change_percent)
        {
            return Err(
                "the expected activity is outside the range the calculator takes".to_string(),
            );
        }
        Ok(())
    }
}
