//! Each partner's contribution in each year of the chosen term, with totals and shares.

use crate::model::format_gbp;
use crate::model::report::Report;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContributionsTableProps {
    pub report: std::rc::Rc<Report>,
}

#[component]
pub fn ContributionsTable(props: &ContributionsTableProps) -> Html {
    let report = &props.report;
    html! {
        <>
        <h3 class="table__title" id="contributions-title">{ "Contributions by partner and contract year" }</h3>
        <div class="table-scroll" role="region" aria-labelledby="contributions-title" tabindex="0">
            <table class="table table--figures">
                <caption class="visually-hidden">{ "Contributions by partner and contract year" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Partner" }</th>
                        for figures in &report.years {
                            <th scope="col" class="numeric">
                                { figures.year.name() }
                                <span class="table__subhead">{ figures.year.dates() }</span>
                                if figures.year.is_part_year() {
                                    <span class="table__subhead">{ format!("{} months, pro-rated", figures.year.months) }</span>
                                }
                            </th>
                        }
                        <th scope="col" class="numeric">{ "Total" }</th>
                        <th scope="col" class="numeric">{ "Share of pool" }</th>
                    </tr>
                </thead>
                <tbody>
                    for (index, partner) in report.partners.iter().enumerate() {
                        <tr key={partner.id}>
                            <th scope="row">{ partner.name.clone() }</th>
                            for figures in &report.years {
                                <td class="numeric">{ format_gbp(figures.contributions[index]) }</td>
                            }
                            <td class="numeric">{ format_gbp(partner.total) }</td>
                            <td class="numeric">{ partner.share.map_or_else(|| "–".to_string(), |s| s.label()) }</td>
                        </tr>
                    }
                </tbody>
                <tfoot>
                    <tr class="row--total">
                        <th scope="row">{ "Total pooled budget" }</th>
                        for figures in &report.years {
                            <td class="numeric">{ format_gbp(figures.pool) }</td>
                        }
                        <td class="numeric">{ format_gbp(report.chosen_total) }</td>
                        <td class="numeric">{ if report.partners.iter().any(|p| p.share.is_some()) { "100.00%" } else { "–" } }</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        </>
    }
}
