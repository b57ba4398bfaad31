//! Every option's key figures side by side, with the difference from the baseline.

use super::comparison_row::ComparisonRow;
use crate::components::results::ComparisonArgs;
use crate::components::table::{hidden_caption, region, Region};
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn comparison_table(args: &ComparisonArgs) -> Html {
    let comparison = &args.comparison;
    let baseline = comparison.baseline;
    let table = Region {
        labelled_by: "comparison-title",
        class: "table table--figures table--comparison table--rows",
        described_by: Some("comparison-hint"),
    };
    html! {
        <>
            <h3 class="table__title" id="comparison-title">{ "Options compared" }</h3>
            <p class="hint" id="comparison-hint">
                { format!("Each option beside the baseline, “{}”, with the difference from it in pounds and per cent. Totals are for the term each option takes up.",
                    comparison.option_names[baseline]) }
            </p>
            { region(table, hidden_caption("Options compared with the baseline"), html! {
                <>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{ "Figure" }</th>
                            for (index, name) in comparison.option_names.iter().enumerate() {
                                <th scope="col" role="columnheader" class="numeric">
                                    { name.clone() }
                                    if index == baseline {
                                        <span class="table__subhead">{ "Baseline" }</span>
                                    }
                                </th>
                            }
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        for (index, row) in comparison.rows.iter().enumerate().take(args.rows_drawn) {
                            <ComparisonRow key={row.label.clone()} label={row.label.clone()}
                                values={row.values.clone()} {baseline} row={index} />
                        }
                    </tbody>
                </>
            }) }
        </>
    }
}
