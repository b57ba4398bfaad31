//! The headline figures that moved between two versions, read from each version's
//! reports (never worked out again), with the difference in pounds and per cent.

use super::changes::{possessive, MatchedOption};
use super::matching::Pair;
use crate::data::money::{div_round, to_pence};
use crate::data::scenario::Scenario;
use crate::figures::comparison::option_name;
use crate::figures::report::Report;
use crate::figures::Figures;
use crate::format_gbp;
use rust_decimal::Decimal;

/// A headline figure that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureChange {
    /// The option, as the later version names it (the earlier, for one removed).
    pub option: Option<String>,
    /// The option's position in the later version (the earlier, for one removed).
    pub at: Option<usize>,
    /// As a sentence's subject: "the total for the term taken up".
    pub label: String,
    /// `None` where the version does not have the figure.
    pub earlier: Option<Decimal>,
    pub later: Option<Decimal>,
}

impl FigureChange {
    /// Later less earlier, a figure a version lacks counting as nothing.
    pub fn difference(&self) -> Decimal {
        self.later.unwrap_or_default() - self.earlier.unwrap_or_default()
    }

    /// The difference in tenths of a per cent of the earlier figure, signed; `None`
    /// where the earlier figure is nothing.
    pub fn tenths(&self) -> Option<i128> {
        let base = i128::from(to_pence(self.earlier?));
        (base != 0).then(|| {
            let change = i128::from(to_pence(self.difference()));
            div_round(change * 1_000, base.abs())
        })
    }

    /// "+16.7%", "−3.0%", or "new" where the earlier figure was nothing.
    pub fn per_cent(&self) -> String {
        match (self.tenths(), self.later) {
            (_, None) => "no longer shown".to_string(),
            (None, _) => "new".to_string(),
            (Some(t), _) => {
                let sign = if t < 0 { '−' } else { '+' };
                format!("{sign}{}.{}%", t.unsigned_abs() / 10, t.unsigned_abs() % 10)
            }
        }
    }

    /// The difference with its sign: "+£10,000.00", "−£1.00".
    pub fn signed_difference(&self) -> String {
        let difference = self.difference();
        let sign = if difference.is_sign_negative() {
            '−'
        } else {
            '+'
        };
        format!("{sign}{}", format_gbp(difference.abs()))
    }

    /// As a list shows it: "£60,000.00 → £70,000.00 (+£10,000.00, +16.7%)".
    pub fn text(&self) -> String {
        let value = |v: Option<Decimal>| v.map_or("none".to_string(), format_gbp);
        format!(
            "{} → {} ({}, {})",
            value(self.earlier),
            value(self.later),
            self.signed_difference(),
            self.per_cent()
        )
    }
}

/// Every headline figure that changed: option by option, in the order paired.
pub fn figure_changes(
    (earlier, earlier_figures): (&Scenario, &Figures),
    (later, later_figures): (&Scenario, &Figures),
    options: &[Pair],
    matched: &[MatchedOption],
) -> Vec<FigureChange> {
    let mut out = Vec::new();
    let mut matched = matched.iter();
    for pair in options {
        match (pair.earlier, pair.later) {
            (Some(_), Some(_)) => {
                if let Some(option) = matched.next() {
                    let reports = (
                        &*earlier_figures.reports[option.earlier],
                        &*later_figures.reports[option.later],
                    );
                    option_figures(&mut out, option, reports);
                }
            }
            (e, l) => {
                let (scenario, figures, index) = match (e, l) {
                    (_, Some(l)) => (later, later_figures, l),
                    (Some(e), None) => (earlier, earlier_figures, e),
                    (None, None) => continue,
                };
                let total = Some(figures.reports[index].chosen_total);
                out.push(FigureChange {
                    option: Some(option_name(&scenario.options[index].name, index)),
                    at: Some(index),
                    label: "the total for the term taken up".to_string(),
                    earlier: total.filter(|_| l.is_none()),
                    later: total.filter(|_| l.is_some()),
                });
            }
        }
    }
    out
}

/// One option's headline figures, where they differ.
fn option_figures(out: &mut Vec<FigureChange>, option: &MatchedOption, (a, b): (&Report, &Report)) {
    let mut push = |label: String, earlier: Option<Decimal>, later: Option<Decimal>| {
        if earlier != later {
            out.push(FigureChange {
                option: Some(option.name.clone()),
                at: Some(option.later),
                label,
                earlier,
                later,
            });
        }
    };
    push(
        "the initial term total".into(),
        Some(a.initial_term_total),
        Some(b.initial_term_total),
    );
    push(
        "the total for the term taken up".into(),
        Some(a.chosen_total),
        Some(b.chosen_total),
    );
    let every = |r: &Report| r.term_totals.last().map(|t| t.total);
    push("the total with every extension".into(), every(a), every(b));
    for year in 0..a.years.len().max(b.years.len()) {
        let pool = |r: &Report| r.years.get(year).map(|y| y.pool);
        push(
            format!("the pooled budget in year {}", year + 1),
            pool(a),
            pool(b),
        );
    }
    for pair in &option.partners {
        let (x, y) = (
            pair.earlier.map(|i| &a.partners[i]),
            pair.later.map(|i| &b.partners[i]),
        );
        let Some(name) = y.or(x).map(|p| p.name.clone()) else {
            continue;
        };
        let label = format!("{}total for the term taken up", possessive(&name));
        push(label, x.map(|p| p.total), y.map(|p| p.total));
    }
    let spending = |r: &Report| r.balance.map(|_| r.spending_total);
    push(
        "spending for the term taken up".into(),
        spending(a),
        spending(b),
    );
    push(
        "the balance for the term taken up".into(),
        a.balance,
        b.balance,
    );
    let per_completion = |r: &Report| r.activity.and_then(|a| a.value.cost_per_completion);
    push(
        "the cost per completion".into(),
        per_completion(a),
        per_completion(b),
    );
}
