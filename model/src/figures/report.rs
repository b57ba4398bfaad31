//! The figures computed from a [`FundingOption`]: contract years, each partner's
//! contribution per year, term totals and shares, the spending plan's balance, the
//! match-funding check and value for money. Derived, never stored.

use super::analysis::{
    exact_share_label, meets_minimum_share, share_of, share_of_total, value_for_money,
    ValueForMoney,
};
use super::basis::BasisFigures;
use super::groups::{funding_groups, GroupFigures};
use super::outturn::{outturns, PeriodOutturn};
use crate::data::amount_set::resolve;
use crate::data::line::{CostKind, Line, LineKind, PartnerKind};
use crate::data::money::{div_round, format_gbp, from_pence, to_pence, Percent};
use crate::data::month::YearMonth;
use crate::data::scenario::{Activity, FundingOption, MatchRule};
use rust_decimal::Decimal;
use std::rc::Rc;

/// Which part of the contract a year belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Initial,
    /// The extension at this position (0 is the first extension).
    Extension(usize),
}

/// One contract year: twelve months from its start, or fewer at the end of an
/// extension whose length is not a whole number of years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContractYear {
    /// 1 for the first year of the contract.
    pub number: u16,
    pub start: YearMonth,
    /// 1 to 12.
    pub months: u8,
    pub phase: Phase,
}

impl ContractYear {
    /// The last month of the year.
    pub fn end(&self) -> YearMonth {
        self.start.plus_months(u32::from(self.months) - 1)
    }

    /// As "Year 1".
    pub fn name(&self) -> String {
        format!("Year {}", self.number)
    }

    /// As "Feb 2021 to Jan 2022".
    pub fn dates(&self) -> String {
        format!(
            "{} to {}",
            self.start.short_label(),
            self.end().short_label()
        )
    }

    /// As "Year 1: Feb 2021 to Jan 2022".
    pub fn label(&self) -> String {
        format!("{}: {}", self.name(), self.dates())
    }

    /// As a sentence says it: "year 1 (Feb 2021 to Jan 2022)".
    pub fn in_sentence(&self) -> String {
        format!("year {} ({})", self.number, self.dates())
    }

    pub fn is_part_year(&self) -> bool {
        self.months < 12
    }
}

/// Every year the contract could run: the initial term, then every extension option,
/// taken or not.
pub fn timeline(option: &FundingOption) -> Vec<ContractYear> {
    let mut years = Vec::new();
    let mut start = option.start;
    let mut push = |months: u8, phase: Phase, start: &mut YearMonth| {
        years.push(ContractYear {
            number: years.len() as u16 + 1,
            start: *start,
            months,
            phase,
        });
        *start = start.plus_months(u32::from(months));
    };
    for _ in 0..option.initial_years {
        push(12, Phase::Initial, &mut start);
    }
    for (index, extension) in option.extensions.iter().enumerate() {
        let mut left = extension.months;
        while left > 0 {
            let months = left.min(12) as u8;
            push(months, Phase::Extension(index), &mut start);
            left -= u16::from(months);
        }
    }
    years
}

/// Describes a length of time: "2 years", "1 year 6 months", "6 months".
pub fn describe_months(months: u32) -> String {
    let plural = |count: u32, unit: &str| {
        if count == 1 {
            format!("1 {unit}")
        } else {
            format!("{count} {unit}s")
        }
    };
    match (months / 12, months % 12) {
        (0, rest) => plural(rest, "month"),
        (years, 0) => plural(years, "year"),
        (years, rest) => format!("{} {}", plural(years, "year"), plural(rest, "month")),
    }
}

/// A year's figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearFigures {
    pub year: ContractYear,
    /// Each partner's contribution this year, in the scenario's partner order.
    pub contributions: Vec<Decimal>,
    /// The pooled budget this year: the contributions added up.
    pub pool: Decimal,
    /// Each cost line's cost this year, in the spending plan's order.
    pub costs: Vec<Decimal>,
    /// The costs added up.
    pub spending: Decimal,
    /// Pool less spending: a surplus if positive, a shortfall if negative.
    pub balance: Decimal,
    /// The balances of this year and every year before it.
    pub cumulative_balance: Decimal,
}

/// How much local partners provide against the grants, and whether the rule is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MatchFunding {
    pub local_total: Decimal,
    pub grant_total: Decimal,
    /// Local partners' share of the total; `None` while the pool is empty.
    pub local_share: Option<Percent>,
    /// The local total as a share of the grants; `None` while there are no grants.
    pub local_to_grant: Option<Percent>,
    pub rule: MatchRule,
    /// `None` when there is no rule. Compared exactly, never on a rounded share.
    pub met: Option<bool>,
}

impl MatchFunding {
    /// What the rule asks, as "at least 30.00% of the total".
    pub fn rule_words(&self) -> Option<String> {
        Some(match self.rule {
            MatchRule::NoRule => return None,
            MatchRule::MinimumLocalShare(share) => {
                format!("at least {} of the total", share.label())
            }
            MatchRule::MinimumLocalAmount(amount) => format!("at least {}", format_gbp(amount)),
            MatchRule::MinimumShareOfGrant(share) => {
                format!("at least {} of the grants", share.label())
            }
        })
    }

    /// Why the rule is met or not, worded so the figure shown never seems to say
    /// otherwise: where the rounded share would read as meeting a rule the exact share
    /// does not, the exact share is given too ("31.30% (exactly 31.2967…%) of the total
    /// is below the 31.30% required").
    pub fn verdict(&self) -> Option<String> {
        let met = self.met?;
        let (local, total, grants) = (
            to_pence(self.local_total),
            to_pence(self.local_total + self.grant_total),
            to_pence(self.grant_total),
        );
        let (shown, required, whole, of) = match self.rule {
            MatchRule::NoRule => return None,
            MatchRule::MinimumLocalAmount(required) => {
                let (local, required) = (format_gbp(self.local_total), format_gbp(required));
                return Some(if met {
                    format!("Met: {local} from local partners, at least the {required} required.")
                } else {
                    format!(
                        "Not met: {local} from local partners is below the {required} required."
                    )
                });
            }
            MatchRule::MinimumLocalShare(required) => {
                (self.local_share, required, total, "the total")
            }
            MatchRule::MinimumShareOfGrant(required) => {
                (self.local_to_grant, required, grants, "the grants")
            }
        };
        let Some(shown) = shown else {
            return Some(if whole == grants {
                "Not met: no partner is a grant yet (of the kind “Central government grant”)."
                    .to_string()
            } else {
                "Not met: there is no funding yet.".to_string()
            });
        };
        let (shown_words, required_words) = (shown.label(), required.label());
        Some(if met {
            format!("Met: {shown_words} of {of}, at least the {required_words} required.")
        } else if shown >= required {
            let exact = exact_share_label(local, whole);
            format!("Not met: {shown_words} (exactly {exact}) of {of} is below the {required_words} required.")
        } else {
            format!("Not met: {shown_words} of {of} is below the {required_words} required.")
        })
    }
}

/// Expected activity over the chosen term and what each referral and completion costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityFigures {
    pub referrals: u32,
    pub completions: u32,
    /// What the figures are worked out from: spending if there is a spending plan,
    /// else the pool.
    pub cost: Decimal,
    pub value: ValueForMoney,
}

/// A partner's or a cost line's figures over the chosen term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineFigures<K> {
    pub id: u32,
    pub name: String,
    pub kind: K,
    pub total: Decimal,
    /// Share of its list's total over the chosen term (of the pool for a partner, of
    /// spending for a cost line); `None` while that total is nothing.
    pub share: Option<Percent>,
    /// The contract year of a one-off amount, paid once.
    pub one_off: Option<u16>,
}

pub type PartnerFigures = LineFigures<PartnerKind>;
pub type CostLineFigures = LineFigures<CostKind>;

/// The total if the contract ran to the end of the initial term or of an extension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermTotal {
    /// "Initial term", "With extension 1", "With extensions 1 and 2", ...
    pub label: String,
    /// How many extensions this total includes.
    pub extensions: usize,
    pub months: u32,
    /// The contract's first month.
    pub start: YearMonth,
    /// The last month of this length of contract.
    pub end: YearMonth,
    pub total: Decimal,
    /// What this period adds to the contract's cost: the initial term's total, or an
    /// extension's own cost (its years' pools).
    pub adds: Decimal,
    /// Whether this is the term the scenario takes up.
    pub chosen: bool,
}

/// How the pool of a full year varies across the chosen term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolPerYear {
    Same(Decimal),
    Varies { lowest: Decimal, highest: Decimal },
}

/// All figures of a funding option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Every year the contract could run, taken up or not: what year fields are for.
    pub timeline: Rc<[ContractYear]>,
    /// The years of the chosen term: the initial term and the extensions taken up.
    pub years: Vec<YearFigures>,
    pub partners: Vec<PartnerFigures>,
    pub pool_per_year: PoolPerYear,
    pub initial_term_total: Decimal,
    /// The total of the chosen term.
    pub chosen_total: Decimal,
    /// The initial term, then the term with each extension option added in turn.
    pub term_totals: Vec<TermTotal>,
    pub cost_lines: Vec<CostLineFigures>,
    /// The spending plan's total over the chosen term.
    pub spending_total: Decimal,
    /// Pool less spending over the chosen term; `None` with no spending plan.
    pub balance: Option<Decimal>,
    pub match_funding: MatchFunding,
    /// `None` until referrals or completions are entered.
    pub activity: Option<ActivityFigures>,
    /// The partners by funding group, in the order the groups first appear.
    pub groups: Vec<GroupFigures>,
    /// The basis shares are set by, where partners have figures of it.
    pub basis: Option<BasisFigures>,
    /// Each period with actual spend entered, against its plan.
    pub outturns: Vec<PeriodOutturn>,
}

/// A year's pool without the one-off amounts paid in it.
pub fn regular_pool(year: &YearFigures, partners: &[PartnerFigures]) -> Decimal {
    (year.contributions.iter().zip(partners))
        .filter(|(_, partner)| partner.one_off.is_none())
        .map(|(amount, _)| *amount)
        .sum()
}

/// A balance in words: "Balanced", "Surplus of £1.00", "Shortfall of £1.00".
pub fn describe_balance(balance: Decimal) -> String {
    if balance.is_zero() {
        "Balanced: funding and spending match".to_string()
    } else if balance.is_sign_positive() {
        format!("Surplus of {}", format_gbp(balance))
    } else {
        format!("Shortfall of {}", format_gbp(-balance))
    }
}

impl TermTotal {
    /// As "Feb 2021 to Jan 2025".
    pub fn dates(&self) -> String {
        format!("{} to {}", self.start.short_label(), self.end.short_label())
    }

    /// As "Total with 2 extensions taken up".
    pub fn taken_up_label(&self) -> String {
        match self.extensions {
            0 => "Total with no extensions taken up".to_string(),
            1 => "Total with 1 extension taken up".to_string(),
            n => format!("Total with {n} extensions taken up"),
        }
    }
}

impl PoolPerYear {
    /// As "£262,000.00 a year" or "£229,135.00 to £271,836.33 a year".
    pub fn label(&self) -> String {
        match *self {
            PoolPerYear::Same(pool) => format!("{} a year", format_gbp(pool)),
            PoolPerYear::Varies { lowest, highest } => {
                format!("{} to {} a year", format_gbp(lowest), format_gbp(highest))
            }
        }
    }
}

impl Report {
    /// The key figures in one sentence, for screen readers after an edit.
    pub fn announcement(&self) -> String {
        let chosen = self.chosen_term();
        format!(
            "Pooled budget {}. {} over {}: {}.",
            self.pool_per_year.label(),
            chosen.taken_up_label(),
            describe_months(chosen.months),
            format_gbp(chosen.total)
        )
    }

    /// Computes every figure. Pro-rating: a part year of `m` months gets each line's
    /// full-year amount × m ÷ 12, rounded to the penny by the one rounding rule, so the
    /// part and the rest of that year always add up to the full year. Every total is a
    /// sum of these whole-penny figures, so rows and columns add up exactly.
    pub fn build(option: &FundingOption) -> Report {
        let option = &*resolve(option);
        let all_years = timeline(option);
        let whole_pounds = option.agreement.whole_pounds;
        // contributions[y][p]: partner p's contribution in year y; costs likewise.
        let contributions = pence_by_year(&option.partners, &all_years, whole_pounds);
        let costs = pence_by_year(&option.cost_lines, &all_years, whole_pounds);
        let pools: Vec<i64> = contributions.iter().map(|row| row.iter().sum()).collect();
        let taken = option.taken_extension_count();
        let chosen_years = years_in(&all_years, taken);
        let term_totals = term_totals(option, &all_years, &pools);
        let partners = line_figures(&option.partners, &contributions[..chosen_years]);
        let cost_lines = line_figures(&option.cost_lines, &costs[..chosen_years]);
        let years = year_figures(&all_years[..chosen_years], &contributions, &costs);
        let spending_total = from_pence(costs[..chosen_years].iter().flatten().sum());
        let chosen_total = term_totals[taken].total;
        let has_plan = !option.cost_lines.is_empty();
        let cost = if has_plan {
            spending_total
        } else {
            chosen_total
        };
        let mut report = Report {
            groups: Vec::new(),
            basis: BasisFigures::build(option),
            outturns: Vec::new(),
            timeline: all_years.into(),
            pool_per_year: pool_per_year(&years, &partners),
            activity: activity_figures(option.activity, &years, cost),
            match_funding: match_funding(option, &partners, chosen_total),
            years,
            partners,
            initial_term_total: term_totals[0].total,
            chosen_total,
            term_totals,
            cost_lines,
            spending_total,
            balance: has_plan.then(|| chosen_total - spending_total),
        };
        report.groups = funding_groups(&option.partners, &report);
        report.outturns = outturns(option, &report);
        report
    }

    /// Whether the partners' shares, each rounded on its own, add up to exactly
    /// 100.00% as shown; where they do not, the tables say so.
    pub fn shares_add_up(&self) -> bool {
        let shares = self.partners.iter().filter_map(|p| p.share);
        let (count, sum) = shares.fold((0, 0), |(count, sum), share| (count + 1, sum + share.0));
        count == 0 || sum == 10_000
    }

    /// The chosen term's place among the term totals.
    pub fn chosen_index(&self) -> usize {
        self.term_totals.iter().position(|t| t.chosen).unwrap_or(0)
    }

    /// The chosen term's length.
    pub fn chosen_term(&self) -> &TermTotal {
        self.term_totals
            .iter()
            .find(|t| t.chosen)
            .unwrap_or(&self.term_totals[0])
    }
}

/// Each line's amount in each year, pro-rated by month: `[year][line]`, in pence. A
/// one-off amount is paid whole in its year and nothing in the others.
pub(crate) fn pence_by_year<K: LineKind>(
    lines: &[Line<K>],
    years: &[ContractYear],
    whole_pounds: bool,
) -> Vec<Vec<i64>> {
    years
        .iter()
        .map(|year| {
            lines
                .iter()
                .map(|line| match line.terms.set.one_off_year() {
                    Some(number) if number == year.number => to_pence(line.annual),
                    Some(_) => 0,
                    None => {
                        let full = line.full_year_amount_in(year.number, whole_pounds);
                        div_round(i128::from(to_pence(full)) * i128::from(year.months), 12) as i64
                    }
                })
                .collect()
        })
        .collect()
}

/// The contract years of the term taken up: the initial term and the extensions taken up.
pub fn chosen_years(option: &FundingOption) -> Vec<ContractYear> {
    let mut all = timeline(option);
    all.truncate(years_in(&all, option.taken_extension_count()));
    all
}

/// How many years of the timeline the initial term and the first `extensions` make.
fn years_in(all_years: &[ContractYear], extensions: usize) -> usize {
    all_years
        .iter()
        .take_while(|year| match year.phase {
            Phase::Initial => true,
            Phase::Extension(index) => index < extensions,
        })
        .count()
}

/// The total for the initial term and for each extension added in turn.
fn term_totals(
    option: &FundingOption,
    all_years: &[ContractYear],
    pools: &[i64],
) -> Vec<TermTotal> {
    let taken = option.taken_extension_count();
    (0..=option.extensions.len())
        .map(|extensions| {
            let count = years_in(all_years, extensions);
            let before = if extensions == 0 {
                0
            } else {
                years_in(all_years, extensions - 1)
            };
            TermTotal {
                label: term_label(extensions),
                extensions,
                months: all_years[..count].iter().map(|y| u32::from(y.months)).sum(),
                start: option.start,
                end: all_years
                    .get(count.wrapping_sub(1))
                    .map_or(option.start, |y| y.end()),
                total: from_pence(pools[..count].iter().sum()),
                adds: from_pence(pools[before..count].iter().sum()),
                chosen: extensions == taken,
            }
        })
        .collect()
}

/// Each line's total over the years given and its share of their sum, each share by
/// the one rule for shares ([`share_of`]).
fn line_figures<K: LineKind>(lines: &[Line<K>], pence: &[Vec<i64>]) -> Vec<LineFigures<K>> {
    let mut totals = vec![0i64; lines.len()];
    for row in pence {
        for (total, amount) in totals.iter_mut().zip(row) {
            *total += amount;
        }
    }
    let whole: i64 = totals.iter().sum();
    lines
        .iter()
        .enumerate()
        .map(|(index, line)| LineFigures {
            id: line.id,
            name: line.display_name(index),
            kind: line.kind,
            total: from_pence(totals[index]),
            share: share_of(totals[index], whole),
            one_off: line.terms.set.one_off_year(),
        })
        .collect()
}

/// Each year's contributions, pool, costs and balances.
fn year_figures(
    years: &[ContractYear],
    contributions: &[Vec<i64>],
    costs: &[Vec<i64>],
) -> Vec<YearFigures> {
    let mut cumulative = 0i64;
    years
        .iter()
        .zip(contributions)
        .zip(costs)
        .map(|((year, row), costs)| {
            let pool: i64 = row.iter().sum();
            let spending: i64 = costs.iter().sum();
            cumulative += pool - spending;
            YearFigures {
                year: *year,
                contributions: row.iter().map(|&p| from_pence(p)).collect(),
                pool: from_pence(pool),
                costs: costs.iter().map(|&c| from_pence(c)).collect(),
                spending: from_pence(spending),
                balance: from_pence(pool - spending),
                cumulative_balance: from_pence(cumulative),
            }
        })
        .collect()
}

fn match_funding(
    option: &FundingOption,
    partners: &[PartnerFigures],
    total: Decimal,
) -> MatchFunding {
    let local_total: Decimal = option
        .partners
        .iter()
        .zip(partners)
        .filter(|(partner, _)| partner.is_local())
        .map(|(_, figures)| figures.total)
        .sum();
    let grant_total = total - local_total;
    let met = match option.match_rule {
        MatchRule::NoRule => None,
        MatchRule::MinimumLocalShare(minimum) => {
            Some(meets_minimum_share(local_total, total, minimum))
        }
        MatchRule::MinimumLocalAmount(minimum) => Some(local_total >= minimum),
        MatchRule::MinimumShareOfGrant(minimum) => {
            Some(!grant_total.is_zero() && meets_minimum_share(local_total, grant_total, minimum))
        }
    };
    MatchFunding {
        local_total,
        grant_total,
        local_share: share_of_total(local_total, total),
        local_to_grant: share_of_total(local_total, grant_total),
        rule: option.match_rule,
        met,
    }
}

/// Activity over the chosen term: each year's expected referrals and completions,
/// pro-rated by month and changed by the demand change, rounded to whole people.
fn activity_figures(
    activity: Activity,
    years: &[YearFigures],
    cost: Decimal,
) -> Option<ActivityFigures> {
    if activity.referrals_per_year == 0 && activity.completions_per_year == 0 {
        return None;
    }
    let over_term = |per_year: u32| -> u32 {
        let factor = i128::from(100 + activity.demand_change_percent);
        years
            .iter()
            .map(|y| {
                div_round(
                    i128::from(per_year) * i128::from(y.year.months) * factor,
                    1_200,
                ) as u32
            })
            .sum()
    };
    let referrals = over_term(activity.referrals_per_year);
    let completions = over_term(activity.completions_per_year);
    Some(ActivityFigures {
        referrals,
        completions,
        cost,
        value: value_for_money(cost, referrals, completions),
    })
}

fn term_label(extensions: usize) -> String {
    match extensions {
        0 => "Initial term".to_string(),
        1 => "With extension 1".to_string(),
        2 => "With extensions 1 and 2".to_string(),
        n => format!("With extensions 1 to {n}"),
    }
}

/// The pool of a full year, one-off amounts left out: they are not a year's.
fn pool_per_year(years: &[YearFigures], partners: &[PartnerFigures]) -> PoolPerYear {
    let full_years = years
        .iter()
        .filter(|y| !y.year.is_part_year())
        .map(|y| regular_pool(y, partners));
    let lowest = full_years.clone().min().unwrap_or(Decimal::ZERO);
    let highest = full_years.max().unwrap_or(Decimal::ZERO);
    if lowest == highest {
        PoolPerYear::Same(lowest)
    } else {
        PoolPerYear::Varies { lowest, highest }
    }
}
