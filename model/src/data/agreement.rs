//! What an option's agreement says beyond the amounts: how each line's amount was set
//! (kept with the line, in [`Terms`]), the basis shares are split by, whether amounts
//! are kept in whole pounds, who bears an overspend or an underspend, the tolerance
//! that triggers a review, the actual spend entered against the plan, and which of the
//! written agreement's required contents the user marks as stated.

use super::amount_set::AmountSet;
use super::money::Percent;
use rust_decimal::Decimal;

/// The tolerance most agreements use: a forecast more than 5% away from the plan
/// triggers the review clause.
pub const DEFAULT_TOLERANCE: Percent = Percent(500);

/// A line's part in the agreement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms {
    /// How its amount is set.
    pub set: AmountSet,
    /// Its figure of the option's basis (a population, a caseload), for a line set
    /// by the basis.
    pub basis_figure: Option<u64>,
    /// The funding group it is counted in; empty for the group of its kind.
    pub group: String,
    /// A partner's agreed percentage of an overspend, under fixed percentages.
    pub overspend_share: Option<Percent>,
    /// A partner's agreed percentage of an underspend, under fixed percentages.
    pub underspend_share: Option<Percent>,
    /// The most a partner bears of an overspend, under a capped rule.
    pub maximum: Option<Decimal>,
    /// The partner (by id) that leads a cost line and bears its variance under an
    /// aligned rule.
    pub lead: Option<u32>,
    /// A cost line whose variance is not shared: a fixed price, the provider's risk.
    pub fixed_cost: bool,
}

impl Terms {
    /// Terms with nothing but the amount a year: what every line had before.
    pub fn is_plain(&self) -> bool {
        *self == Terms::default()
    }
}

/// What lines' amounts are split in proportion to ("population", "caseload"), with
/// where the figures come from, their date, and the yearly total split by them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Basis {
    pub name: String,
    pub source: String,
    pub date: String,
    /// The total a year split among the lines set by the basis.
    pub total: Decimal,
}

/// Who bears a variance between the plan and the actual spend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RiskRule {
    /// The agreement's rule is not entered.
    #[default]
    NotStated,
    /// In the same proportion as the contributions.
    InProportion,
    /// Percentages agreed in advance, one for each partner.
    Fixed,
    /// Each partner bears the variance on the cost lines it leads.
    Aligned,
    /// In proportion to the contributions, no partner beyond its maximum, after the
    /// risk pool has met what it can (an overspend only).
    Capped,
}

impl RiskRule {
    pub const ALL: [RiskRule; 5] = [
        RiskRule::NotStated,
        RiskRule::InProportion,
        RiskRule::Fixed,
        RiskRule::Aligned,
        RiskRule::Capped,
    ];

    /// A short stable code, for form values, links and files.
    pub fn code(self) -> &'static str {
        match self {
            RiskRule::NotStated => "none",
            RiskRule::InProportion => "proportion",
            RiskRule::Fixed => "fixed",
            RiskRule::Aligned => "aligned",
            RiskRule::Capped => "capped",
        }
    }

    pub fn from_code(code: &str) -> Option<RiskRule> {
        RiskRule::ALL.into_iter().find(|rule| rule.code() == code)
    }

    /// As the rule is offered.
    pub fn label(self) -> &'static str {
        match self {
            RiskRule::NotStated => "Not stated",
            RiskRule::InProportion => "In proportion to contributions",
            RiskRule::Fixed => "Fixed percentages agreed in advance",
            RiskRule::Aligned => "Each partner bears the lines it leads",
            RiskRule::Capped => "In proportion, capped at each partner's maximum",
        }
    }
}

/// Which periods actual spend is entered for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// A contract year, by number (1 is the first).
    ContractYear(u16),
    /// A financial year, April to March, by the calendar year it starts in.
    FinancialYear(i32),
}

impl Period {
    pub fn is_financial_year(self) -> bool {
        matches!(self, Period::FinancialYear(_))
    }
}

/// The actual or forecast spend in one period: in total, or per cost line (by id).
/// Lines not given are taken as spending what was planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outturn {
    pub period: Period,
    pub total: Option<Decimal>,
    pub by_line: Vec<(u32, Decimal)>,
}

impl Outturn {
    /// Nothing entered yet for `period`.
    pub fn new(period: Period) -> Self {
        Outturn {
            period,
            total: None,
            by_line: Vec::new(),
        }
    }

    /// The actual spend entered for cost line `id`, if any.
    pub fn line(&self, id: u32) -> Option<Decimal> {
        self.by_line
            .iter()
            .find(|(line, _)| *line == id)
            .map(|(_, amount)| *amount)
    }
}

/// The contents of the written agreement that regulation 7(3) of SI 2000/617 requires
/// of a pooled fund, with what settles how it is dealt with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Clause {
    Aims,
    Contributions,
    Functions,
    PersonsAndServices,
    StaffAndResources,
    DurationAndReview,
    Management,
}

impl Clause {
    pub const ALL: [Clause; 7] = [
        Clause::Aims,
        Clause::Contributions,
        Clause::Functions,
        Clause::PersonsAndServices,
        Clause::StaffAndResources,
        Clause::DurationAndReview,
        Clause::Management,
    ];

    /// Its letter in regulation 7(3).
    pub fn letter(self) -> char {
        match self {
            Clause::Aims => 'a',
            Clause::Contributions => 'b',
            Clause::Functions => 'c',
            Clause::PersonsAndServices => 'd',
            Clause::StaffAndResources => 'e',
            Clause::DurationAndReview => 'f',
            Clause::Management => 'g',
        }
    }

    /// What the agreement must state, in the regulation's terms.
    pub fn label(self) -> &'static str {
        match self {
            Clause::Aims => "The agreed aims and outcomes",
            Clause::Contributions => "Each partner's contribution and how it may be varied",
            Clause::Functions => "The functions the arrangements cover",
            Clause::PersonsAndServices => "Who the services are for and the kinds of services",
            Clause::StaffAndResources => {
                "The staff, goods, services or accommodation each partner provides"
            }
            Clause::DurationAndReview => {
                "How long the arrangements last, and how they are reviewed, varied or ended"
            }
            Clause::Management => {
                "How the pooled fund is managed and monitored, including over- and underspends"
            }
        }
    }

    pub fn from_letter(letter: char) -> Option<Clause> {
        Clause::ALL
            .into_iter()
            .find(|clause| clause.letter() == letter)
    }
}

/// An option's agreement beyond its amounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    pub basis: Option<Basis>,
    /// Amounts kept in whole pounds, as many budgets are: uplifts are rounded to the
    /// pound to match.
    pub whole_pounds: bool,
    pub overspend: RiskRule,
    pub underspend: RiskRule,
    /// A sum set aside that meets an overspend first, under a capped rule.
    pub risk_pool: Decimal,
    /// How far the actual spend may differ from the plan before the review clause
    /// is triggered.
    pub tolerance: Percent,
    /// Whether actual spend is entered by financial year (else by contract year).
    pub by_financial_year: bool,
    /// Actual spend entered, in period order.
    pub actuals: Vec<Outturn>,
    /// The clauses the user marks as stated in the written agreement.
    pub stated: Vec<Clause>,
}

impl Default for Agreement {
    fn default() -> Self {
        Agreement {
            basis: None,
            whole_pounds: false,
            overspend: RiskRule::NotStated,
            underspend: RiskRule::NotStated,
            risk_pool: Decimal::ZERO,
            tolerance: DEFAULT_TOLERANCE,
            by_financial_year: false,
            actuals: Vec::new(),
            stated: Vec::new(),
        }
    }
}

impl Agreement {
    /// Whether anything is set beyond what every option had before agreements.
    pub fn is_plain(&self) -> bool {
        *self == Agreement::default()
    }

    /// The actual spend entered for `period`, if any.
    pub fn outturn(&self, period: Period) -> Option<&Outturn> {
        self.actuals.iter().find(|outturn| outturn.period == period)
    }

    /// The actual spend for `period`, to change: added, empty, where there is none.
    pub fn outturn_mut(&mut self, period: Period) -> &mut Outturn {
        let index = match self.actuals.iter().position(|o| o.period >= period) {
            Some(index) if self.actuals[index].period == period => index,
            Some(index) => {
                self.actuals.insert(index, Outturn::new(period));
                index
            }
            None => {
                self.actuals.push(Outturn::new(period));
                self.actuals.len() - 1
            }
        };
        &mut self.actuals[index]
    }

    /// Drops periods with nothing entered.
    pub fn tidy_actuals(&mut self) {
        self.actuals
            .retain(|outturn| outturn.total.is_some() || !outturn.by_line.is_empty());
    }
}
