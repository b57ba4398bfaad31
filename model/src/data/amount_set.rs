//! How each line's amount is set, as the agreement sets it: an amount a year (what the
//! tool always had), a total over a run of years, a share of a total, a part of a total
//! in proportion to a basis such as population, or a one-off payment. The rule is kept
//! with the line, so the method and the text can say it and the amount follows when its
//! inputs change; [`resolve`] works each amount out, penny-exact, before any figure.

use super::apportion::largest_remainder;
use super::line::{Line, LineKind};
use super::money::{div_round, from_pence, to_pence, Percent};
use super::scenario::FundingOption;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// How a line's amount is set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum AmountSet {
    /// An amount for each full contract year: `annual`, with any uplift or amounts
    /// typed for particular years.
    #[default]
    Annual,
    /// A total over the first `years` contract years, the same each year (a penny that
    /// cannot be shared evenly going to the earlier years); later years at that yearly
    /// amount.
    OverYears { total: Decimal, years: u8 },
    /// A share of a total: lines with the same total split it between them, their
    /// parts penny-exact.
    ShareOf { share: Percent, of: Decimal },
    /// A part of the option's basis total, in proportion to the line's basis figure.
    ByBasis,
    /// `annual` paid once, in contract year `year`, whatever its length: not a year's
    /// amount, and never uplifted.
    OneOff { year: u16 },
}

impl AmountSet {
    /// Whether the line's amount is worked out, not typed as an amount a year.
    pub fn is_derived(&self) -> bool {
        !matches!(self, AmountSet::Annual | AmountSet::OneOff { .. })
    }

    /// The contract year of a one-off payment.
    pub fn one_off_year(&self) -> Option<u16> {
        match self {
            AmountSet::OneOff { year } => Some(*year),
            _ => None,
        }
    }
}

/// `option` with every line's amount worked out from how it is set: its annual amount,
/// and for a total over years the amount of each of those years. Borrowed as it is when
/// every line is set as an amount a year.
pub fn resolve(option: &FundingOption) -> Cow<'_, FundingOption> {
    fn derived<K: LineKind>(lines: &[Line<K>]) -> bool {
        lines.iter().any(|line| line.terms.set.is_derived())
    }
    if !derived(&option.partners) && !derived(&option.cost_lines) {
        return Cow::Borrowed(option);
    }
    let mut resolved = option.clone();
    let basis_total = option
        .agreement
        .basis
        .as_ref()
        .map_or(Decimal::ZERO, |b| b.total);
    let unit = if option.agreement.whole_pounds {
        100
    } else {
        1
    };
    resolve_lines(&mut resolved.partners, basis_total, unit);
    resolve_lines(&mut resolved.cost_lines, basis_total, unit);
    Cow::Owned(resolved)
}

/// Works out each derived line's amounts, splitting in `unit`s of pence (100 where
/// amounts are kept in whole pounds).
fn resolve_lines<K: LineKind>(lines: &mut [Line<K>], basis_total: Decimal, unit: u64) {
    for line in lines.iter_mut() {
        if let AmountSet::OverYears { total, years } = line.terms.set {
            // The years of the total take their parts; amounts typed for later
            // years (an extension's price) stay.
            let parts = even_parts(total, years, unit);
            line.annual = parts.first().copied().unwrap_or(Decimal::ZERO);
            for (index, part) in parts.into_iter().enumerate() {
                line.year_amounts.insert(index as u16 + 1, part);
            }
        }
    }
    resolve_shares(lines, unit);
    resolve_basis(lines, basis_total, unit);
}

/// `total` pence in proportion to `weights`, each part a whole number of `unit`s but
/// for the pence that are not (given to the first part), so the parts add up to the
/// total; all nothing when every weight is.
fn split_units(total: i64, weights: &[u64], unit: u64) -> Vec<i64> {
    let total = u64::try_from(total).unwrap_or(0);
    let parts = largest_remainder(total / unit, weights).unwrap_or_else(|| vec![0; weights.len()]);
    let mut parts: Vec<i64> = parts.into_iter().map(|part| (part * unit) as i64).collect();
    if let Some(first) = weights.iter().position(|&weight| weight > 0) {
        parts[first] += (total % unit) as i64;
    }
    parts
}

/// `total` in `years` even parts, the same each year but for a unit left over, which
/// goes to the earlier years.
pub fn even_parts(total: Decimal, years: u8, unit: u64) -> Vec<Decimal> {
    split_units(to_pence(total), &vec![1; usize::from(years)], unit)
        .into_iter()
        .map(from_pence)
        .collect()
}

/// Lines set as shares of one total split its shared part between them: the group's
/// part is the total × the sum of their shares, and each line's part of it is by its
/// share, so the parts add up to the group's part exactly.
fn resolve_shares<K: LineKind>(lines: &mut [Line<K>], unit: u64) {
    let mut totals: Vec<Decimal> = Vec::new();
    for line in lines.iter() {
        if let AmountSet::ShareOf { of, .. } = line.terms.set {
            if !totals.contains(&of) {
                totals.push(of);
            }
        }
    }
    for of in totals {
        let in_group =
            |set: &AmountSet| matches!(set, AmountSet::ShareOf { of: total, .. } if *total == of);
        let shares: Vec<u64> = (lines.iter())
            .map(|line| match line.terms.set {
                AmountSet::ShareOf { share, .. } if in_group(&line.terms.set) => u64::from(share.0),
                _ => 0,
            })
            .collect();
        let sum: u64 = shares.iter().sum();
        let group = div_round(i128::from(to_pence(of)) * i128::from(sum), 10_000);
        let parts = split_units(i64::try_from(group).unwrap_or(0), &shares, unit);
        for (line, part) in lines.iter_mut().zip(parts) {
            if in_group(&line.terms.set) {
                line.annual = from_pence(part);
            }
        }
    }
}

/// A line set by the basis takes its part of the basis total in proportion to its
/// figure among the figures of every line that has one (its share of the area's
/// population, say), so lines whose share is agreed otherwise keep their part of the
/// figures; the parts are penny-exact.
fn resolve_basis<K: LineKind>(lines: &mut [Line<K>], total: Decimal, unit: u64) {
    let weights: Vec<u64> = (lines.iter())
        .map(|line| line.terms.basis_figure.unwrap_or(0))
        .collect();
    let parts = split_units(to_pence(total), &weights, unit);
    for (line, part) in lines.iter_mut().zip(parts) {
        if line.terms.set == AmountSet::ByBasis {
            line.annual = from_pence(part);
        }
    }
}

/// The figure of a line set by the basis; `None` for any other line.
pub fn basis_figure<K: LineKind>(line: &Line<K>) -> Option<u64> {
    (line.terms.set == AmountSet::ByBasis).then(|| line.terms.basis_figure.unwrap_or(0))
}

/// The sum of the figures of every line that has one.
pub fn basis_sum<K: LineKind>(lines: &[Line<K>]) -> u128 {
    (lines.iter())
        .filter_map(|line| line.terms.basis_figure)
        .map(u128::from)
        .sum()
}

/// Each line's share of the basis, where it has a figure: its figure over the sum of
/// every line's figure, by the one rule for shares.
pub fn basis_shares<K: LineKind>(lines: &[Line<K>]) -> Vec<Option<Percent>> {
    let sum = basis_sum(lines);
    lines
        .iter()
        .map(|line| {
            let figure = line.terms.basis_figure?;
            (sum > 0).then(|| crate::figures::analysis::share_of_figures(u128::from(figure), sum))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::agreement::Basis;
    use crate::data::line::{Partner, PartnerKind};
    use crate::data::presets::Preset;

    fn pounds(pence: i64) -> Decimal {
        Decimal::new(pence, 2)
    }

    fn option_with(partners: Vec<Partner>) -> FundingOption {
        let mut option = Preset::SouthYorkshire.option();
        option.partners = partners;
        option
    }

    fn partner(id: u32, set: AmountSet) -> Partner {
        let mut partner = Partner::new(id, "P", PartnerKind::Council, Decimal::ZERO);
        partner.terms.set = set;
        partner
    }

    #[test]
    fn a_total_over_five_years_is_the_same_each_year() {
        let over = AmountSet::OverYears {
            total: pounds(233_195_100),
            years: 5,
        };
        let option = option_with(vec![partner(1, over)]);
        let resolved = resolve(&option);
        assert_eq!(resolved.partners[0].annual, pounds(46_639_020));
        assert_eq!(
            resolved.partners[0].year_amounts.get(&5),
            Some(&pounds(46_639_020))
        );
        let odd = even_parts(pounds(100), 3, 1);
        assert_eq!(odd, [pounds(34), pounds(33), pounds(33)]);
    }

    #[test]
    fn shares_of_one_total_add_up_to_it() {
        let of = pounds(62_166_200);
        let set = |share| AmountSet::ShareOf {
            share: Percent(share),
            of,
        };
        let option = option_with(vec![
            partner(1, set(5_000)),
            partner(2, set(2_500)),
            partner(3, set(2_500)),
        ]);
        let resolved = resolve(&option);
        let parts: Vec<Decimal> = resolved.partners.iter().map(|p| p.annual).collect();
        assert_eq!(
            parts,
            [pounds(31_083_100), pounds(15_541_550), pounds(15_541_550)]
        );
        let odd = option_with(vec![
            partner(
                1,
                AmountSet::ShareOf {
                    share: Percent(3_333),
                    of: pounds(100),
                },
            ),
            partner(
                2,
                AmountSet::ShareOf {
                    share: Percent(6_667),
                    of: pounds(100),
                },
            ),
        ]);
        let parts: Vec<Decimal> = resolve(&odd).partners.iter().map(|p| p.annual).collect();
        assert_eq!(parts.iter().sum::<Decimal>(), pounds(100));
    }

    #[test]
    fn a_basis_splits_its_total_by_the_figures() {
        let mut option = option_with(vec![
            partner(1, AmountSet::ByBasis),
            partner(2, AmountSet::ByBasis),
        ]);
        option.partners[0].terms.basis_figure = Some(153);
        option.partners[1].terms.basis_figure = Some(847);
        option.agreement.basis = Some(Basis {
            name: "population".into(),
            source: "ONS mid-year estimates".into(),
            date: "2023".into(),
            total: pounds(100_000_000),
        });
        let resolved = resolve(&option);
        assert_eq!(resolved.partners[0].annual, pounds(15_300_000));
        assert_eq!(resolved.partners[1].annual, pounds(84_700_000));
        assert_eq!(
            basis_shares(&option.partners),
            [Some(Percent(1_530)), Some(Percent(8_470))]
        );
    }

    #[test]
    fn amounts_a_year_are_left_as_they_are() {
        let option = Preset::SouthYorkshire.option();
        assert!(matches!(resolve(&option), Cow::Borrowed(_)));
    }
}
