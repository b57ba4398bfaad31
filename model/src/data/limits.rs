//! The limits of what a scenario may hold, and the check that keeps anything from a
//! link or a file within them: whatever the editor cannot make does not get in.

use super::inputs::MAX_AMOUNT_POUNDS;
use super::line::{Line, LineKind, LineList};
use super::money::Percent;
use super::month::{FIRST_START_YEAR, LAST_START_YEAR};
use super::scenario::{FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;

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
/// Largest local match a rule may ask for as a share of the grants: 1,000.00%.
pub const MAX_GRANT_MATCH: Percent = Percent(100_000);
/// Most referrals or completions a year.
pub const MAX_ACTIVITY_PER_YEAR: u32 = 1_000_000;
/// Largest change in demand either way, in whole percent.
pub const MAX_DEMAND_CHANGE: i32 = 1_000;

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

impl LineList {
    /// The most lines an option may have in this list.
    pub fn most(self) -> usize {
        match self {
            LineList::Partners => MAX_PARTNERS,
            LineList::CostLines => MAX_COST_LINES,
        }
    }
}

/// Checks a list's length, and each line's name, amounts, year numbers and uplift.
fn check_lines<K: LineKind>(lines: &[Line<K>]) -> Result<(), String> {
    let list = K::LIST;
    if lines.len() > list.most() {
        let what = match list {
            LineList::Partners => "partners",
            LineList::CostLines => "cost lines",
        };
        return Err(format!("there are more than {} {what}", list.most()));
    }
    lines.iter().try_for_each(check_line)
}

fn check_line<K>(line: &Line<K>) -> Result<(), String> {
    let name = &line.name;
    if name.chars().count() > MAX_TEXT_CHARS {
        return Err(too_long("a name"));
    }
    if !std::iter::once(&line.annual)
        .chain(line.year_amounts.values())
        .all(is_valid_amount)
    {
        return Err(format!(
            "“{name}” has an amount outside £0 to £1,000,000,000 in pence"
        ));
    }
    // Amounts for years past the current end are kept (the term may grow back) but
    // must be years some contract could have.
    if let Some(year) = line
        .year_amounts
        .keys()
        .find(|&&year| year == 0 || year > MAX_CONTRACT_YEARS)
    {
        return Err(format!(
            "“{name}” has an amount for year {year}, but no contract runs longer than {MAX_CONTRACT_YEARS} years"
        ));
    }
    let uplift = line.uplift;
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
        self.check_contract()?;
        check_lines(&self.partners)?;
        check_lines(&self.cost_lines)?;
        self.check_rule_and_activity()
    }

    fn check_contract(&self) -> Result<(), String> {
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
        match self
            .extensions
            .iter()
            .find(|e| !(1..=MAX_EXTENSION_MONTHS).contains(&e.months))
        {
            Some(extension) => Err(format!(
                "an extension is {} months long, outside 1 to {MAX_EXTENSION_MONTHS}",
                extension.months
            )),
            None => Ok(()),
        }
    }

    fn check_rule_and_activity(&self) -> Result<(), String> {
        match self.match_rule {
            MatchRule::MinimumLocalShare(share) if share > Percent(10_000) => {
                return Err("the match-funding rule asks for more than 100%".to_string())
            }
            MatchRule::MinimumShareOfGrant(share) if share > MAX_GRANT_MATCH => {
                return Err(
                    "the match-funding rule asks for more than 1,000% of the grants".to_string(),
                )
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
