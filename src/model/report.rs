//! The figures computed from a [`Scenario`]: contract years, each partner's
//! contribution per year, term totals and shares. Derived, never stored.

use super::apportion::largest_remainder;
use super::money::{div_round, format_gbp, from_pence, to_pence, Percent};
use super::month::YearMonth;
use super::scenario::{PartnerKind, Scenario};
use rust_decimal::Decimal;

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

    pub fn is_part_year(&self) -> bool {
        self.months < 12
    }
}

/// Every year the contract could run: the initial term, then every extension option,
/// taken or not.
pub fn timeline(scenario: &Scenario) -> Vec<ContractYear> {
    let mut years = Vec::new();
    let mut start = scenario.start;
    let mut push = |months: u8, phase: Phase, start: &mut YearMonth| {
        years.push(ContractYear {
            number: years.len() as u16 + 1,
            start: *start,
            months,
            phase,
        });
        *start = start.plus_months(u32::from(months));
    };
    for _ in 0..scenario.initial_years {
        push(12, Phase::Initial, &mut start);
    }
    for (index, extension) in scenario.extensions.iter().enumerate() {
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
#[derive(Clone, Debug, PartialEq)]
pub struct YearFigures {
    pub year: ContractYear,
    /// Each partner's contribution this year, in the scenario's partner order.
    pub contributions: Vec<Decimal>,
    /// The pooled budget this year: the contributions added up.
    pub pool: Decimal,
}

/// A partner's figures over the chosen term.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerFigures {
    pub id: u32,
    pub name: String,
    pub kind: PartnerKind,
    pub total: Decimal,
    /// Share of the chosen term's pool; `None` while the pool is empty.
    pub share: Option<Percent>,
}

/// The total if the contract ran to the end of the initial term or of an extension.
#[derive(Clone, Debug, PartialEq)]
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
    /// Whether this is the term the scenario takes up.
    pub chosen: bool,
}

/// How the pool of a full year varies across the chosen term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolPerYear {
    Same(Decimal),
    Varies { lowest: Decimal, highest: Decimal },
}

/// All figures of a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The years of the chosen term: the initial term and the extensions taken up.
    pub years: Vec<YearFigures>,
    pub partners: Vec<PartnerFigures>,
    pub pool_per_year: PoolPerYear,
    pub initial_term_total: Decimal,
    /// The total of the chosen term.
    pub chosen_total: Decimal,
    /// The initial term, then the term with each extension option added in turn.
    pub term_totals: Vec<TermTotal>,
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

    /// Computes every figure. Pro-rating: a part year of `m` months gets each partner's
    /// full-year amount × m ÷ 12, rounded to the penny by the one rounding rule, so the
    /// part and the rest of that year always add up to the full year. Every total is a
    /// sum of these whole-penny figures, so rows and columns add up exactly.
    pub fn build(scenario: &Scenario) -> Report {
        let all_years = timeline(scenario);
        let partner_count = scenario.partners.len();
        // pence[y][p]: partner p's contribution in year y.
        let pence: Vec<Vec<i64>> = all_years
            .iter()
            .map(|year| {
                scenario
                    .partners
                    .iter()
                    .map(|partner| {
                        let full = to_pence(partner.full_year_amount(year.number));
                        div_round(i128::from(full) * i128::from(year.months), 12) as i64
                    })
                    .collect()
            })
            .collect();
        let pools: Vec<i64> = pence.iter().map(|row| row.iter().sum()).collect();

        let years_in = |extensions: usize| {
            all_years
                .iter()
                .take_while(|year| match year.phase {
                    Phase::Initial => true,
                    Phase::Extension(index) => index < extensions,
                })
                .count()
        };
        let taken = scenario.taken_extension_count();
        let chosen_years = years_in(taken);

        let term_totals = (0..=scenario.extensions.len())
            .map(|extensions| {
                let count = years_in(extensions);
                let months = all_years[..count].iter().map(|y| u32::from(y.months)).sum();
                TermTotal {
                    label: term_label(extensions),
                    extensions,
                    months,
                    start: scenario.start,
                    end: all_years
                        .get(count.wrapping_sub(1))
                        .map_or(scenario.start, |y| y.end()),
                    total: from_pence(pools[..count].iter().sum()),
                    chosen: extensions == taken,
                }
            })
            .collect::<Vec<_>>();

        let mut partner_totals = vec![0i64; partner_count];
        for row in &pence[..chosen_years] {
            for (total, amount) in partner_totals.iter_mut().zip(row) {
                *total += amount;
            }
        }
        let weights: Vec<u64> = partner_totals
            .iter()
            .map(|&p| u64::try_from(p).unwrap_or(0))
            .collect();
        let shares = largest_remainder(10_000, &weights);
        let partners = scenario
            .partners
            .iter()
            .enumerate()
            .map(|(index, partner)| PartnerFigures {
                id: partner.id,
                name: partner.display_name(index),
                kind: partner.kind,
                total: from_pence(partner_totals[index]),
                share: shares.as_ref().map(|s| Percent(s[index] as u32)),
            })
            .collect();

        let years: Vec<YearFigures> = all_years[..chosen_years]
            .iter()
            .zip(&pence)
            .zip(&pools)
            .map(|((year, row), &pool)| YearFigures {
                year: *year,
                contributions: row.iter().map(|&p| from_pence(p)).collect(),
                pool: from_pence(pool),
            })
            .collect();

        Report {
            pool_per_year: pool_per_year(&years),
            years,
            partners,
            initial_term_total: term_totals[0].total,
            chosen_total: term_totals[taken].total,
            term_totals,
        }
    }

    /// The chosen term's length.
    pub fn chosen_term(&self) -> &TermTotal {
        self.term_totals
            .iter()
            .find(|t| t.chosen)
            .unwrap_or(&self.term_totals[0])
    }
}

fn term_label(extensions: usize) -> String {
    match extensions {
        0 => "Initial term".to_string(),
        1 => "With extension 1".to_string(),
        2 => "With extensions 1 and 2".to_string(),
        n => format!("With extensions 1 to {n}"),
    }
}

fn pool_per_year(years: &[YearFigures]) -> PoolPerYear {
    let full_years = years
        .iter()
        .filter(|y| !y.year.is_part_year())
        .map(|y| y.pool);
    let lowest = full_years.clone().min().unwrap_or(Decimal::ZERO);
    let highest = full_years.max().unwrap_or(Decimal::ZERO);
    if lowest == highest {
        PoolPerYear::Same(lowest)
    } else {
        PoolPerYear::Varies { lowest, highest }
    }
}
