//! The basis shares are set by (a population, a caseload), as the page shows it: each
//! partner with a figure, its share of the figures, its agreed share where its share is
//! agreed rather than set by the basis, and its contribution a year. Built once with the
//! report, so the table, the CSV, the print and the text say the same.

use crate::data::agreement::Basis;
use crate::data::amount_set::{basis_shares, basis_sum, resolve, AmountSet};
use crate::data::money::Percent;
use crate::data::scenario::FundingOption;
use rust_decimal::Decimal;

/// One partner's line of the basis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasisRow {
    /// The partner's position.
    pub index: usize,
    pub name: String,
    pub figure: u64,
    /// Its share of the figures of every partner with one.
    pub share: Option<Percent>,
    /// Its agreed share, where it is set as a share of a total.
    pub agreed: Option<Percent>,
    /// Whether its amount follows the basis.
    pub follows: bool,
    /// Its contribution a year as worked out.
    pub amount: Decimal,
}

impl BasisRow {
    /// Whether the agreed share differs from the share the figures give.
    pub fn drifts(&self) -> bool {
        matches!((self.agreed, self.share), (Some(agreed), Some(share)) if agreed != share)
    }
}

/// The basis and its rows; `None` without a basis or with no partner given a figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasisFigures {
    pub basis: Basis,
    pub rows: Vec<BasisRow>,
    /// The sum of the figures.
    pub sum: u128,
}

impl BasisFigures {
    pub fn build(option: &FundingOption) -> Option<BasisFigures> {
        let basis = option.agreement.basis.clone()?;
        let partners = &option.partners;
        let sum = basis_sum(partners);
        let shares = basis_shares(partners);
        let resolved = resolve(option);
        let rows: Vec<BasisRow> = (partners.iter().enumerate())
            .filter_map(|(index, partner)| {
                let figure = partner.terms.basis_figure?;
                Some(BasisRow {
                    index,
                    name: partner.display_name(index),
                    figure,
                    share: shares[index],
                    agreed: match partner.terms.set {
                        AmountSet::ShareOf { share, .. } => Some(share),
                        _ => None,
                    },
                    follows: partner.terms.set == AmountSet::ByBasis,
                    amount: resolved.partners[index].annual,
                })
            })
            .collect();
        (!rows.is_empty()).then_some(BasisFigures { basis, rows, sum })
    }

    /// The rows whose agreed share has drifted from the figures.
    pub fn drifted(&self) -> impl Iterator<Item = &BasisRow> {
        self.rows.iter().filter(|row| row.drifts())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;

    #[test]
    fn an_agreed_share_drifts_when_the_figures_change() {
        let mut option = Preset::SouthYorkshire.option();
        option.agreement.basis = Some(Basis {
            name: "population".into(),
            total: Decimal::from(262_000),
            ..Basis::default()
        });
        let of = Decimal::from(262_000);
        for (partner, (share, figure)) in option.partners.iter_mut().zip([(1530, 153), (8470, 847)])
        {
            partner.terms.set = AmountSet::ShareOf {
                share: Percent(share),
                of,
            };
            partner.terms.basis_figure = Some(figure);
        }
        let figures = BasisFigures::build(&option).unwrap();
        assert_eq!(figures.drifted().count(), 0);
        option.partners[0].terms.basis_figure = Some(150);
        let figures = BasisFigures::build(&option).unwrap();
        let drifted: Vec<(Option<Percent>, Option<Percent>)> =
            figures.drifted().map(|r| (r.agreed, r.share)).collect();
        assert_eq!(
            drifted,
            [
                (Some(Percent(1530)), Some(Percent(1505))),
                (Some(Percent(8470)), Some(Percent(8495)))
            ]
        );
    }
}
