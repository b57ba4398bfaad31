//! Why an option's total moved between two versions: the input changes applied one
//! at a time to a copy of the earlier option, in a stated order (the contract, each
//! extension, the agreement, each partner, each cost line), the totals worked out
//! again after each. Each part is the total after its step less the total before, so
//! the parts add up to the whole difference to the penny by construction, whatever
//! the order; the order only decides which step a joint effect is put down to (a
//! longer term and a higher contribution: the term's step counts the old
//! contribution, the partner's step the rise over the longer term).
//!
//! Each step works the totals out from the amounts alone (resolved as the report
//! resolves them, over the term taken up), not the whole report, so an option of 250
//! partners changed in every line stays well within a second.

use super::changes::{ChangeKind, MatchedOption, Topic, VersionChanges};
use super::matching::Pair;
use crate::data::amount_set::resolve;
use crate::data::line::{Line, LineKind};
use crate::data::money::from_pence;
use crate::data::scenario::{FundingOption, Scenario};
use crate::figures::report::{chosen_years, pence_by_year, ContractYear};
use crate::format_gbp;
use rust_decimal::Decimal;

/// One step of the breakdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// What the step changes: "the contract", "extension 2", "Sheffield City Council".
    pub label: String,
    /// The topic of the input changes it applies; `None` for the order of the lines,
    /// which moves a penny of a shared total at most.
    pub topic: Option<Topic>,
    /// The option's total for the term taken up before and after the step.
    pub before: Decimal,
    pub after: Decimal,
    /// Spending for the term taken up moved by the step.
    pub spending: Decimal,
    /// Each partner's total moved by the step, by its place in the option's partner
    /// pairs; partners it leaves as they were are not listed.
    pub partners: Vec<(usize, Decimal)>,
}

impl Step {
    /// The part of the change in the total put down to this step.
    #[must_use]
    pub fn part(&self) -> Decimal {
        self.after - self.before
    }

    /// How the part is worked out: "£1,048,000.00 before, £1,088,000.00 after:
    /// +£40,000.00".
    pub fn working(&self) -> String {
        let part = self.part();
        let sign = if part.is_sign_negative() { '−' } else { '+' };
        format!(
            "Total for the term taken up {} before {}, {} after: {sign}{}",
            format_gbp(self.before),
            self.label,
            format_gbp(self.after),
            format_gbp(part.abs())
        )
    }
}

/// One option's breakdown: its totals in each version and the steps between.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionBreakdown {
    /// As the later version names it.
    pub option: String,
    pub start: Decimal,
    pub end: Decimal,
    pub spending_start: Decimal,
    pub spending_end: Decimal,
    /// Each partner pair's name (the later's, else the earlier's) and its totals in
    /// the earlier and the later version.
    pub partners: Vec<(String, Decimal, Decimal)>,
    pub steps: Vec<Step>,
}

/// The breakdown of every option in both versions.
pub fn breakdown(
    earlier: &Scenario,
    later: &Scenario,
    changes: &VersionChanges,
) -> Vec<OptionBreakdown> {
    (changes.matched.iter())
        .map(|matched| {
            option_breakdown(
                &earlier.options[matched.earlier],
                &later.options[matched.later],
                matched,
                changes,
            )
        })
        .collect()
}

/// The totals a step moves, in pence; a partner's by its pair.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Totals {
    pool: i64,
    spending: i64,
    partners: Vec<i64>,
}

/// The totals of `option` over its term taken up, as [`crate::Report::build`] works
/// them out.
fn totals_of(option: &FundingOption) -> (i64, i64, Vec<i64>) {
    let option = resolve(option);
    let years = chosen_years(&option);
    let whole_pounds = option.agreement.whole_pounds;
    let by_line = |rows: Vec<Vec<i64>>, count: usize| {
        let mut sums = vec![0i64; count];
        for row in rows {
            for (sum, pence) in sums.iter_mut().zip(row) {
                *sum += pence;
            }
        }
        sums
    };
    let partners = by_line(
        pence_by_year(&option.partners, &years, whole_pounds),
        option.partners.len(),
    );
    let costs = by_line(
        pence_by_year(&option.cost_lines, &years, whole_pounds),
        option.cost_lines.len(),
    );
    (partners.iter().sum(), costs.iter().sum(), partners)
}

/// The totals of `option` with its partners put in pair order (`side` picking the
/// earlier or the later position); a pair the option lacks counts nothing.
fn totals_in_pairs(
    option: &FundingOption,
    pairs: &[Pair],
    side: fn(&Pair) -> Option<usize>,
) -> Totals {
    let (pool, spending, by_line) = totals_of(option);
    let partners = pairs
        .iter()
        .map(|pair| side(pair).map_or(0, |i| by_line[i]))
        .collect();
    Totals {
        pool,
        spending,
        partners,
    }
}

/// A line that counts nothing, holding the place of one the version lacks.
fn nothing<K: LineKind>() -> Line<K> {
    Line::new(0, "", K::FIRST, Decimal::ZERO)
}

/// `lines` in pair order, each pair's line from `side`, or one counting nothing.
fn in_pairs<K: LineKind>(
    lines: &[Line<K>],
    pairs: &[Pair],
    side: fn(&Pair) -> Option<usize>,
) -> Vec<Line<K>> {
    (pairs.iter())
        .map(|pair| side(pair).map_or_else(nothing, |i| lines[i].clone()))
        .collect()
}

fn option_breakdown(
    a: &FundingOption,
    b: &FundingOption,
    matched: &MatchedOption,
    changes: &VersionChanges,
) -> OptionBreakdown {
    let earlier_side: fn(&Pair) -> Option<usize> = |pair| pair.earlier;
    let later_side: fn(&Pair) -> Option<usize> = |pair| pair.later;
    let start = totals_in_pairs(a, &matched.partners, earlier_side);
    let end = totals_in_pairs(b, &matched.partners, later_side);
    let mut work = a.clone();
    work.partners = in_pairs(&a.partners, &matched.partners, earlier_side);
    work.cost_lines = in_pairs(&a.cost_lines, &matched.cost_lines, earlier_side);
    let mut walk = Walk {
        totals: start.clone(),
        steps: Vec::new(),
    };
    // Lines in pair order may share a penny of a shared total differently.
    walk.step("the order of the lines", None, to_totals(totals_of(&work)));
    for topic in topics(matched, changes) {
        let (label, after) = step_totals(&mut work, b, matched, topic, &walk.totals);
        walk.step(&label, Some(topic), after);
    }
    walk.step("the order of the lines", None, end.clone());
    let names = (matched.partners.iter())
        .zip(start.partners.iter().zip(&end.partners))
        .map(|(pair, (&from, &to))| {
            let name = match (pair.later, pair.earlier) {
                (Some(l), _) => b.partners[l].display_name(l),
                (None, Some(e)) => a.partners[e].display_name(e),
                (None, None) => String::new(),
            };
            (name, from_pence(from), from_pence(to))
        })
        .collect();
    OptionBreakdown {
        option: matched.name.clone(),
        start: from_pence(start.pool),
        end: from_pence(end.pool),
        spending_start: from_pence(start.spending),
        spending_end: from_pence(end.spending),
        partners: names,
        steps: walk.steps,
    }
}

/// Applies `topic` to `work` and returns its label and the totals after it. A step
/// that changes one line, in an option where no line's amount is derived from
/// another's, moves only that line's total: worked out for that line alone, so a
/// breakdown of many lines' changes is linear in their number, not quadratic.
fn step_totals(
    work: &mut FundingOption,
    b: &FundingOption,
    matched: &MatchedOption,
    topic: Topic,
    now: &Totals,
) -> (String, Totals) {
    let independent = |work: &FundingOption| {
        !(work.partners.iter()).any(|l| l.terms.set.is_derived())
            && !(work.cost_lines.iter()).any(|l| l.terms.set.is_derived())
    };
    let alone = matches!(topic, Topic::Partner(_) | Topic::CostLine(_)) && independent(work);
    let years = chosen_years(work);
    let whole_pounds = work.agreement.whole_pounds;
    let before = match topic {
        Topic::Partner(i) => work
            .partners
            .get(i)
            .map(|l| line_total(l, &years, whole_pounds)),
        Topic::CostLine(i) => work
            .cost_lines
            .get(i)
            .map(|l| line_total(l, &years, whole_pounds)),
        _ => None,
    };
    let label = apply(work, b, matched, topic);
    if !(alone && independent(work)) {
        return (label, to_totals(totals_of(work)));
    }
    let mut after = now.clone();
    match (topic, before) {
        (Topic::Partner(i), Some(old)) if i < after.partners.len() => {
            let new = line_total(&work.partners[i], &years, whole_pounds);
            after.partners[i] = new;
            after.pool += new - old;
        }
        (Topic::CostLine(i), Some(old)) if i < work.cost_lines.len() => {
            after.spending += line_total(&work.cost_lines[i], &years, whole_pounds) - old;
        }
        _ => return (label, to_totals(totals_of(work))),
    }
    (label, after)
}

/// One line's total over `years`, as [`totals_of`] counts it.
fn line_total<K: LineKind>(line: &Line<K>, years: &[ContractYear], whole_pounds: bool) -> i64 {
    pence_by_year(std::slice::from_ref(line), years, whole_pounds)
        .iter()
        .flatten()
        .sum()
}

fn to_totals((pool, spending, partners): (i64, i64, Vec<i64>)) -> Totals {
    Totals {
        pool,
        spending,
        partners,
    }
}

/// The steps taken so far and the totals they reached.
struct Walk {
    totals: Totals,
    steps: Vec<Step>,
}

impl Walk {
    /// A step to `after`, kept where it moved any total.
    fn step(&mut self, label: &str, topic: Option<Topic>, after: Totals) {
        if after == self.totals {
            return;
        }
        let partners = (self.totals.partners.iter().zip(&after.partners).enumerate())
            .filter(|(_, (from, to))| from != to)
            .map(|(index, (from, to))| (index, from_pence(to - from)))
            .collect();
        self.steps.push(Step {
            label: label.to_string(),
            topic,
            before: from_pence(self.totals.pool),
            after: from_pence(after.pool),
            spending: from_pence(after.spending - self.totals.spending),
            partners,
        });
        self.totals = after;
    }
}

/// The topics of `matched`'s changes that can move a total, once each, in the order
/// of the breakdown: the contract, the extensions, the agreement, the partners, the
/// cost lines.
fn topics(matched: &MatchedOption, changes: &VersionChanges) -> Vec<Topic> {
    let mut topics: Vec<Topic> = (changes.inputs.iter())
        .filter(|change| change.at == Some(matched.later))
        .filter(|change| {
            !(change.kind == ChangeKind::Renamed && matches!(change.topic, Topic::Option))
        })
        .map(|change| change.topic)
        .filter(|topic| !matches!(topic, Topic::Scenario | Topic::Option | Topic::Version))
        .collect();
    let rank = |topic: &Topic| match *topic {
        Topic::Scenario | Topic::Option | Topic::Version => (0, 0),
        Topic::Contract => (1, 0),
        Topic::Extension(i) => (2, i),
        Topic::Agreement => (3, 0),
        Topic::Partner(i) => (4, i),
        Topic::CostLine(i) => (5, i),
    };
    topics.sort_by_key(rank);
    topics.dedup();
    topics
}

/// Makes `work` as `later` is in `topic`; the step's label.
fn apply(
    work: &mut FundingOption,
    later: &FundingOption,
    matched: &MatchedOption,
    topic: Topic,
) -> String {
    match topic {
        Topic::Contract => {
            work.start = later.start;
            work.initial_years = later.initial_years;
            "the contract".to_string()
        }
        Topic::Extension(index) => {
            match later.extensions.get(index) {
                Some(extension) if index < work.extensions.len() => {
                    work.extensions[index] = extension.clone()
                }
                Some(extension) => work.extensions.push(extension.clone()),
                // One removed counts as one not taken up, which the term taken up
                // leaves out as it leaves out every extension after it.
                None => {
                    if let Some(extension) = work.extensions.get_mut(index) {
                        extension.taken = false;
                    }
                }
            }
            format!("extension {}", index + 1)
        }
        Topic::Agreement => {
            work.agreement = later.agreement.clone();
            "the agreement".to_string()
        }
        Topic::Partner(index) => replace(
            &mut work.partners,
            &later.partners,
            index,
            matched.partners[index],
        ),
        Topic::CostLine(index) => replace(
            &mut work.cost_lines,
            &later.cost_lines,
            index,
            matched.cost_lines[index],
        ),
        Topic::Scenario | Topic::Option | Topic::Version => String::new(),
    }
}

/// Puts the later line of the pair at `slot` (or one counting nothing) in its place;
/// the line's name.
fn replace<K: LineKind>(
    work: &mut [Line<K>],
    later: &[Line<K>],
    slot: usize,
    pair: Pair,
) -> String {
    match pair.later {
        Some(l) => {
            work[slot] = later[l].clone();
            later[l].display_name(l)
        }
        None => {
            let name = work[slot].display_name(pair.earlier.unwrap_or(slot));
            work[slot] = nothing();
            name
        }
    }
}

/// A bar of a waterfall chart: where it starts and ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub kind: BarKind,
    pub from: Decimal,
    pub to: Decimal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    /// The earlier version's total, from nothing.
    Start,
    /// A step, from the total before it to the total after.
    Step,
    /// The later version's total, from nothing.
    End,
}

impl OptionBreakdown {
    /// The bars of a waterfall chart of the total: the earlier version's, each step,
    /// the later version's; each step's bar starts where the one before ended.
    pub fn waterfall(&self) -> Vec<Bar> {
        let bar = |label: &str, kind, from, to| Bar {
            label: label.to_string(),
            kind,
            from,
            to,
        };
        let mut bars = vec![bar(
            "Earlier version",
            BarKind::Start,
            Decimal::ZERO,
            self.start,
        )];
        bars.extend(
            (self.steps.iter())
                .map(|step| bar(&step.label, BarKind::Step, step.before, step.after)),
        );
        bars.push(bar("Later version", BarKind::End, Decimal::ZERO, self.end));
        bars
    }
}
