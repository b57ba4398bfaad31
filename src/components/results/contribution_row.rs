//! One partner's row of the contributions table: each year's contribution, the total
//! and the share. Drawn again only when one of its figures changes.

use crate::components::table::{money, numeric};
use crate::model::Percent;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContributionRowProps {
    pub name: AttrValue,
    /// The partner's contribution in each year of the term taken up.
    pub amounts: Vec<Decimal>,
    pub total: Decimal,
    pub share: Option<Percent>,
}

#[component]
pub fn ContributionRow(props: &ContributionRowProps) -> Html {
    html! {
        <tr>
            <th scope="row">{ props.name.clone() }</th>
            for amount in &props.amounts {
                { money(*amount) }
            }
            { money(props.total) }
            { numeric(props.share.map_or_else(|| "–".to_string(), |s| s.label())) }
        </tr>
    }
}
