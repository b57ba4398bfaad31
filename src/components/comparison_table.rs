//! Every option's key figures side by side, with the difference from the baseline.

use crate::model::comparison::{describe_difference, Comparison};
use crate::model::format_gbp;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub comparison: Rc<Comparison>,
}

#[component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let comparison = &props.comparison;
    let baseline = comparison.baseline;
    html! {
        <>
            <h3 class="table__title" id="comparison-title">{ "Options compared" }</h3>
            <p class="hint" id="comparison-hint">
                { format!("Each option beside the baseline, “{}”, with the difference from it in pounds and per cent. Totals are for the term each option takes up.",
                    comparison.option_names[baseline]) }
            </p>
            <div class="table-scroll" role="region" aria-labelledby="comparison-title" tabindex="0">
                <table class="table table--figures table--comparison" aria-describedby="comparison-hint">
                    <caption class="visually-hidden">{ "Options compared with the baseline" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            for (index, name) in comparison.option_names.iter().enumerate() {
                                <th scope="col" class="numeric">
                                    { name.clone() }
                                    if index == baseline {
                                        <span class="table__subhead">{ "Baseline" }</span>
                                    }
                                </th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for row in &comparison.rows {
                            <tr>
                                <th scope="row">{ row.label.clone() }</th>
                                for (index, value) in row.values.iter().enumerate() {
                                    <td class="numeric">
                                        { value.map_or_else(|| "Not set".to_string(), format_gbp) }
                                        if index != baseline {
                                            if let Some(difference) = describe_difference(*value, row.values[baseline]) {
                                                <span class="table__subhead">{ difference }</span>
                                            }
                                        }
                                    </td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </>
    }
}
