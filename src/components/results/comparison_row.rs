//! One figure of the options compared: its value in each option, and each one's
//! difference from the baseline. Drawn again only when its figures change, so an edit
//! to one partner does not redraw every partner's row.

use crate::components::table::figure;
use funding_model::figures::comparison::describe_difference;
use funding_model::figures::working::Figure;
use funding_model::format_gbp;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonRowProps {
    pub label: AttrValue,
    /// In option order; `None` where the figure does not apply.
    pub values: Vec<Option<Decimal>>,
    /// The position of the baseline option.
    pub baseline: usize,
    /// The row's place in the comparison, which names its figures.
    pub row: usize,
}

#[component]
pub fn ComparisonRow(props: &ComparisonRowProps) -> Html {
    crate::count_render!("ComparisonRow", props.label);
    let baseline = props.values.get(props.baseline).copied().flatten();
    html! {
        <tr role="row">
            <th scope="row" role="rowheader">{ props.label.clone() }</th>
            for (index, value) in props.values.iter().enumerate() {
                <td class="numeric" role="cell">
                    if let Some(amount) = value {
                        { figure(Figure::Compared { row: props.row, option: index }, format_gbp(*amount), &format!("{}, option {}", props.label, index + 1)) }
                    } else {
                        { "Not set" }
                    }
                    if index != props.baseline {
                        if let Some(difference) = describe_difference(*value, baseline) {
                            <span class="table__subhead">{ difference }</span>
                        }
                    }
                </td>
            }
        </tr>
    }
}
