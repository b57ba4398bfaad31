//! One partner's row of the contributions table: each year's contribution, the total
//! and the share. Drawn again only when one of its figures changes.

use crate::components::table::{figure, figure_cell, numeric};
use crate::model::figures::working::Figure;
use crate::model::Percent;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContributionRowProps {
    pub name: AttrValue,
    /// The partner's place in the report, which names its figures.
    pub line: usize,
    /// The partner's contribution in each year of the term taken up.
    pub amounts: Vec<Decimal>,
    pub total: Decimal,
    pub share: Option<Percent>,
}

#[component]
pub fn ContributionRow(props: &ContributionRowProps) -> Html {
    let (line, name) = (props.line, &props.name);
    html! {
        <tr>
            <th scope="row">{ props.name.clone() }</th>
            for (year, amount) in props.amounts.iter().enumerate() {
                { figure_cell(Figure::Contribution { line, year }, *amount, &format!("{name}, year {}", year + 1)) }
            }
            { figure_cell(Figure::LineTotal(line), props.total, &format!("{name}, total")) }
            if let Some(share) = props.share {
                <td class="numeric">{ figure(Figure::Share(line), share.label(), &format!("{name}, share of the pool")) }</td>
            } else {
                { numeric("–".to_string()) }
            }
        </tr>
    }
}
