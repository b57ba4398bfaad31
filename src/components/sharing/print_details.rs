//! What a printed decision paper needs that the screen shows as a form: the scenario's
//! terms in words, the date printed and the link to the scenario. Shown only on paper.

use crate::components::browser::clock::today_label;
use crate::components::Shared;
use funding_model::data::version::VersionDetails;
use funding_model::figures::method::describe_extensions;
use funding_model::figures::report::describe_months;
use funding_model::{LineKind, Report, Scenario};
use std::rc::Rc;
use yew::prelude::*;

pub struct PrintDetailsArgs {
    pub scenario: Rc<Scenario>,
    /// The link to the scenario.
    pub url: Rc<str>,
    /// The figures of the option shown, for the extensions' end dates.
    pub report: Shared<Report>,
    /// The fingerprint of the figures, worked out only while printing.
    pub fingerprint: Option<String>,
}

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn print_details(args: &PrintDetailsArgs) -> Html {
    let option_name = funding_model::figures::comparison::option_name(
        &args.scenario.active_option().name,
        args.scenario.active,
    );
    let scenario = args.scenario.active_option();
    let extensions = match describe_extensions(scenario, &args.report).join("; ") {
        none if none.is_empty() => "None".to_string(),
        each => each,
    };
    let years = u32::from(scenario.initial_years) * 12;
    html! {
        <div class="print-only print-details">
            <dl class="print-details__list">
                { version_rows(&args.scenario.version) }
                <dt>{ "Option" }</dt>
                <dd>{ format!("“{option_name}”") }{ option_place(&args.scenario) }</dd>
                <dt>{ "Contract starts" }</dt>
                <dd>{ scenario.start.long_label() }</dd>
                <dt>{ "Initial term" }</dt>
                <dd>{ describe_months(years) }</dd>
                <dt>{ "Extension options" }</dt>
                <dd>{ extensions }</dd>
                <dt>{ "Partners" }</dt>
                <dd>
                    { scenario.partners.iter().enumerate()
                        .map(|(i, p)| format!("{} ({})", p.display_name(i), p.kind.label()))
                        .collect::<Vec<_>>().join("; ") }
                </dd>
                <dt>{ "Printed" }</dt>
                <dd>{ today_label() }</dd>
                if let Some(fingerprint) = &args.fingerprint {
                    <dt>{ "Fingerprint of the figures" }</dt>
                    <dd class="fingerprint">{ fingerprint.clone() }</dd>
                }
                <dt>{ "Link to this scenario" }</dt>
                <dd class="print-details__link">{ args.url.clone() }</dd>
            </dl>
        </div>
    }
}

/// The version details given, a row each: none where none is given.
fn version_rows(version: &VersionDetails) -> Html {
    let rows = [
        ("Version", version.label.clone()),
        (
            "Status",
            version
                .status
                .map_or_else(String::new, |s| s.label().to_string()),
        ),
        ("Author", version.author.clone()),
        (
            "Dated",
            version.date.map_or_else(String::new, |d| d.long_label()),
        ),
    ];
    rows.into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(term, value)| html! { <><dt>{ term }</dt><dd>{ value }</dd></> })
        .collect()
}

/// Where the option printed stands among the scenario's: ", option 2 of 3, against the
/// baseline “…”" (nothing when it is the only one).
fn option_place(scenario: &Scenario) -> String {
    let count = scenario.options.len();
    if count < 2 {
        return String::new();
    }
    let baseline = funding_model::figures::comparison::option_name(
        &scenario.options[scenario.baseline.min(count - 1)].name,
        scenario.baseline,
    );
    if scenario.active == scenario.baseline {
        format!(", option {} of {count}, the baseline", scenario.active + 1)
    } else {
        format!(
            ", option {} of {count}, compared with the baseline “{baseline}”",
            scenario.active + 1
        )
    }
}
