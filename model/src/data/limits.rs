//! The limits of what a scenario may hold, and the check that keeps anything from a
//! link or a file within them: whatever the editor cannot make does not get in.

use super::agreement::{Period, Terms};
use super::amount_set::AmountSet;
use super::appraisal::{Appraisal, Deflator, Input, InputRef};
use super::inputs::MAX_AMOUNT_POUNDS;
use super::line::{Line, LineKind, LineList};
use super::money::{Percent, Rate};
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
pub const MAX_UPLIFT: Rate = Rate(1_000_000);
/// Largest local match a rule may ask for as a share of the grants: 1,000.00%.
pub const MAX_GRANT_MATCH: Percent = Percent(100_000);
/// Most referrals or completions a year.
pub const MAX_ACTIVITY_PER_YEAR: u32 = 1_000_000;
/// Largest change in demand either way, in whole percent.
pub const MAX_DEMAND_CHANGE: i32 = 1_000;
/// Largest share of a total, agreed percentage of a variance, or tolerance: 100.00%.
pub const MAX_SHARE: Percent = Percent(10_000);
/// Largest figure a line may have of its option's basis (a population, a caseload):
/// a million million, far past any population, and well inside what the sums of 300
/// lines' figures can hold.
pub const MAX_BASIS_FIGURE: u64 = 1_000_000_000_000;

/// Most inputs an appraisal may test at a low and a high value.
pub const MAX_SENSITIVITIES: usize = 20;
/// Most years a deflator of the user's own may have a figure for.
pub const MAX_DEFLATOR_YEARS: usize = 120;
/// Largest figure of a deflator index of the user's own (the base year is often 100).
pub const MAX_DEFLATOR_INDEX: u32 = 100_000;
/// Most decimal places a figure of a deflator index of the user's own may have.
pub const MAX_DEFLATOR_PLACES: u32 = 6;
/// Largest rate of inflation a year for a constant deflator, and largest optimism
/// bias: 100%, as the uplift's.
pub const MAX_APPRAISAL_RATE: Rate = MAX_UPLIFT;

/// The longest a contract can run: the longest initial term and every extension at
/// its longest, in contract years.
pub const MAX_CONTRACT_YEARS: u16 =
    MAX_TERM_YEARS as u16 + MAX_EXTENSIONS as u16 * MAX_EXTENSION_MONTHS.div_ceil(12);

/// Most periods actual spend may be entered for: a contract at its longest touches one
/// financial year more than it has contract years.
pub const MAX_ACTUAL_PERIODS: usize = MAX_CONTRACT_YEARS as usize + 1;

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
            .try_for_each(FundingOption::check_limits)?;
        self.check_appraisal()?;
        self.check_version()
    }

    /// The appraisal's years, rates, deflator, texts, and its references to options
    /// and lines, which must all be the scenario's.
    fn check_appraisal(&self) -> Result<(), String> {
        let appraisal: &Appraisal = &self.appraisal;
        let years = FIRST_START_YEAR..=LAST_START_YEAR;
        for (what, year) in [
            ("prices' base year", appraisal.base_year),
            ("discount year", appraisal.discount_year),
        ] {
            if let Some(year) = year.filter(|year| !years.contains(year)) {
                return Err(format!(
                    "the appraisal's {what} is {year}, outside {FIRST_START_YEAR} to {LAST_START_YEAR}"
                ));
            }
        }
        check_deflator(&appraisal.deflator)?;
        if appraisal
            .preferred
            .is_some_and(|position| position >= self.options.len())
        {
            return Err("the preferred option is one the scenario does not have".to_string());
        }
        if let Some(bias) = &appraisal.optimism_bias {
            if bias.percent > MAX_APPRAISAL_RATE {
                return Err("the optimism bias is more than 100%".to_string());
            }
            if bias.source.chars().count() > MAX_TEXT_CHARS {
                return Err(too_long("the optimism bias's source"));
            }
        }
        if appraisal.sensitivities.len() > MAX_SENSITIVITIES {
            return Err(format!(
                "more than {MAX_SENSITIVITIES} inputs are tested for sensitivity"
            ));
        }
        for sensitivity in &appraisal.sensitivities {
            self.check_input(sensitivity.input, "an input tested for sensitivity")?;
            let values = [sensitivity.low, sensitivity.high];
            let valid = match sensitivity.input.input {
                Input::Completions => values.iter().all(|value| {
                    value.fract().is_zero()
                        && !value.is_sign_negative()
                        && *value <= Decimal::from(MAX_ACTIVITY_PER_YEAR)
                }),
                _ => values.iter().all(is_valid_amount),
            };
            if !valid {
                return Err(
                    "an input tested for sensitivity has a low or high value outside \
                     £0 to £1,000,000,000 in pence (or 0 to 1,000,000 whole completions)"
                        .to_string(),
                );
            }
        }
        if let Some(input) = appraisal.switching_input {
            self.check_input(input, "the input for the switching value")?;
        }
        Ok(())
    }

    /// An input of an option the scenario has, and of a partner or cost line it has.
    fn check_input(&self, input: InputRef, what: &str) -> Result<(), String> {
        let Some(option) = self.options.get(input.option) else {
            return Err(format!("{what} is of an option the scenario does not have"));
        };
        let has = match input.input {
            Input::PartnerAmount(id) => option.partners.iter().any(|line| line.id == id),
            Input::CostAmount(id) => option.cost_lines.iter().any(|line| line.id == id),
            _ => true,
        };
        match (has, input.input) {
            (false, Input::PartnerAmount(_)) => Err(format!(
                "{what} is a partner that “{}” does not have",
                option.name
            )),
            (false, _) => Err(format!(
                "{what} is a cost line that “{}” does not have",
                option.name
            )),
            (true, _) => Ok(()),
        }
    }

    /// The version's author and label within the length of a name.
    fn check_version(&self) -> Result<(), String> {
        if self.version.author.chars().count() > MAX_TEXT_CHARS {
            return Err(too_long("the version's author"));
        }
        if self.version.label.chars().count() > MAX_TEXT_CHARS {
            return Err(too_long("the version's label"));
        }
        Ok(())
    }
}

/// A constant rate within the uplift's limit; an index of the user's own of at most
/// [`MAX_DEFLATOR_YEARS`] years, in order and each once, each a year some contract
/// could touch, each figure above 0 and at most [`MAX_DEFLATOR_INDEX`].
pub fn check_deflator(deflator: &Deflator) -> Result<(), String> {
    match deflator {
        Deflator::Published => Ok(()),
        Deflator::Constant(rate) if *rate > MAX_APPRAISAL_RATE => {
            Err("the deflator's rate of inflation is more than 100% a year".to_string())
        }
        Deflator::Constant(_) => Ok(()),
        Deflator::Own(figures) => {
            if figures.len() > MAX_DEFLATOR_YEARS {
                return Err(format!(
                    "the deflator has figures for more than {MAX_DEFLATOR_YEARS} years"
                ));
            }
            let last = LAST_START_YEAR + i32::from(MAX_CONTRACT_YEARS);
            for (index, (year, figure)) in figures.iter().enumerate() {
                if !(FIRST_START_YEAR - 1..=last).contains(year) {
                    return Err(format!(
                        "the deflator has a figure for {year}, outside {} to {last}",
                        FIRST_START_YEAR - 1
                    ));
                }
                if index > 0 && figures[index - 1].0 >= *year {
                    return Err(format!(
                        "the deflator's figure for {year} is given twice or out of order"
                    ));
                }
                let in_range = figure.is_sign_positive()
                    && !figure.is_zero()
                    && *figure <= Decimal::from(MAX_DEFLATOR_INDEX)
                    && figure.normalize().scale() <= MAX_DEFLATOR_PLACES;
                if !in_range {
                    return Err(format!(
                        "the deflator's figure for {year} is not a number above 0 and up to \
                         {MAX_DEFLATOR_INDEX} with at most {MAX_DEFLATOR_PLACES} decimal places"
                    ));
                }
            }
            Ok(())
        }
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
        .chain(terms_amounts(&line.terms))
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
    check_terms(name, &line.terms)
}

/// The amounts a line's terms hold: a total over years, the total a share is of, a
/// partner's maximum.
fn terms_amounts(terms: &Terms) -> impl Iterator<Item = &Decimal> {
    let set = match &terms.set {
        AmountSet::OverYears { total, .. } => Some(total),
        AmountSet::ShareOf { of, .. } => Some(of),
        _ => None,
    };
    set.into_iter().chain(terms.maximum.as_ref())
}

/// A line's terms but their amounts: the years a total is over or a one-off is paid
/// in, shares, the basis figure and the group's name.
fn check_terms(name: &str, terms: &Terms) -> Result<(), String> {
    let years = 1..=MAX_CONTRACT_YEARS;
    match terms.set {
        AmountSet::OverYears { years: over, .. } if !years.contains(&u16::from(over)) => {
            return Err(format!(
                "“{name}” is set as a total over {over} years, outside 1 to {MAX_CONTRACT_YEARS}"
            ))
        }
        AmountSet::OneOff { year } if !years.contains(&year) => {
            return Err(format!(
                "“{name}” is paid once in year {year}, outside 1 to {MAX_CONTRACT_YEARS}"
            ))
        }
        AmountSet::ShareOf { share, .. } if share > MAX_SHARE => {
            return Err(format!("“{name}” is set as a share of more than 100%"))
        }
        _ => {}
    }
    if terms
        .basis_figure
        .is_some_and(|figure| figure > MAX_BASIS_FIGURE)
    {
        return Err(format!(
            "“{name}” has a basis figure over 1,000,000,000,000"
        ));
    }
    if terms.group.chars().count() > MAX_TEXT_CHARS {
        return Err(too_long(&format!("the funding group of “{name}”")));
    }
    let shares = [terms.overspend_share, terms.underspend_share];
    if shares.into_iter().flatten().any(|share| share > MAX_SHARE) {
        return Err(format!(
            "“{name}” bears more than 100% of an overspend or an underspend"
        ));
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
        self.check_rule_and_activity()?;
        self.check_leads()?;
        self.check_agreement()?;
        self.check_actuals()?;
        let benefits = &self.benefits;
        let amounts = [
            benefits.cashable_savings,
            benefits.avoided_costs,
            benefits.value_per_completion,
        ];
        if !amounts.iter().all(is_valid_amount) {
            return Err(format!(
                "“{}” has a benefit outside £0 to £1,000,000,000 in pence",
                self.name
            ));
        }
        Ok(())
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

/// A period as a message names it: "year 3", "2024/25".
fn period_words(period: Period) -> String {
    match period {
        Period::ContractYear(year) => format!("year {year}"),
        Period::FinancialYear(first) => format!("{first}/{:02}", (first + 1).rem_euclid(100)),
    }
}

/// Whether some contract could have `period`: a contract year up to the longest
/// contract, or a financial year such a contract touches.
fn is_possible_period(period: Period) -> bool {
    match period {
        Period::ContractYear(year) => (1..=MAX_CONTRACT_YEARS).contains(&year),
        Period::FinancialYear(first) => {
            let last = LAST_START_YEAR + i32::from(MAX_CONTRACT_YEARS);
            (FIRST_START_YEAR - 1..=last).contains(&first)
        }
    }
}

impl FundingOption {
    /// Every lead names one of the option's partners.
    fn check_leads(&self) -> Result<(), String> {
        fn led<K>(lines: &[Line<K>]) -> impl Iterator<Item = (&str, u32)> {
            (lines.iter()).filter_map(|line| Some((line.name.as_str(), line.terms.lead?)))
        }
        let is_partner = |id: u32| self.partners.iter().any(|partner| partner.id == id);
        match led(&self.partners)
            .chain(led(&self.cost_lines))
            .find(|(_, lead)| !is_partner(*lead))
        {
            Some((name, _)) => Err(format!(
                "“{name}” is led by a partner the option does not have"
            )),
            None => Ok(()),
        }
    }

    /// The basis, the risk pool, the tolerance and the clauses marked as stated.
    fn check_agreement(&self) -> Result<(), String> {
        let agreement = &self.agreement;
        if let Some(basis) = &agreement.basis {
            let texts = [&basis.name, &basis.source, &basis.date];
            if texts
                .iter()
                .any(|text| text.chars().count() > MAX_TEXT_CHARS)
            {
                return Err(too_long("the basis's name, source or date"));
            }
            if !is_valid_amount(&basis.total) {
                return Err(
                    "the basis's total is outside £0 to £1,000,000,000 in pence".to_string()
                );
            }
        }
        if !is_valid_amount(&agreement.risk_pool) {
            return Err("the risk pool is outside £0 to £1,000,000,000 in pence".to_string());
        }
        if agreement.tolerance > MAX_SHARE {
            return Err("the tolerance is more than 100%".to_string());
        }
        // There are seven clauses, so a clause stated twice is found within the first
        // eight: the work is small however many a link claims.
        let stated = &agreement.stated;
        match (1..stated.len()).find(|&i| stated[..i].contains(&stated[i])) {
            Some(i) => Err(format!(
                "clause ({}) is marked as stated twice",
                stated[i].letter()
            )),
            None => Ok(()),
        }
    }

    /// Actual spend: periods some contract could have, each once and in order, at
    /// most one more than the longest contract's years; amounts within the limits,
    /// for the option's own cost lines, each line once.
    fn check_actuals(&self) -> Result<(), String> {
        let actuals = &self.agreement.actuals;
        if actuals.len() > MAX_ACTUAL_PERIODS {
            return Err(format!(
                "actual spend is entered for more than {MAX_ACTUAL_PERIODS} periods"
            ));
        }
        let is_cost_line = |id: u32| self.cost_lines.iter().any(|line| line.id == id);
        for (index, outturn) in actuals.iter().enumerate() {
            let period = period_words(outturn.period);
            if !is_possible_period(outturn.period) {
                return Err(format!(
                    "actual spend is entered for {period}, which no contract has"
                ));
            }
            if index > 0 && actuals[index - 1].period >= outturn.period {
                return Err(format!(
                    "actual spend for {period} is entered twice or out of order"
                ));
            }
            let by_line = &outturn.by_line;
            let mut amounts = outturn.total.iter().chain(by_line.iter().map(|(_, a)| a));
            if by_line.len() > MAX_COST_LINES || !amounts.all(is_valid_amount) {
                return Err(format!(
                    "actual spend for {period} is outside the limits: amounts £0 to £1,000,000,000 in pence, for at most {MAX_COST_LINES} cost lines"
                ));
            }
            let twice = |i: usize| by_line[..i].iter().any(|(id, _)| *id == by_line[i].0);
            if (0..by_line.len()).any(|i| !is_cost_line(by_line[i].0) || twice(i)) {
                return Err(format!(
                    "actual spend for {period} names a cost line twice, or one the option does not have"
                ));
            }
        }
        Ok(())
    }
}
