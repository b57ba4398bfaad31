//! Whether the match-funding rule is met, and what the activity costs.

use crate::components::results::ReportArgs;
use crate::components::table::{figure, how_link};
use funding_model::figures::working::Figure;
use funding_model::format_gbp;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn value_summary(args: &ReportArgs) -> Html {
    let report = &args.report;
    let check = report.match_funding;
    let has_grant = check.grant_total > rust_decimal::Decimal::ZERO;
    let rule = check.rule_words();
    let mut shares = vec![check.local_share.map_or_else(
        || "no share yet".to_string(),
        |share| format!("{} of the total", share.label()),
    )];
    shares.extend(
        check
            .local_to_grant
            .map(|share| format!("{} of the grants", share.label())),
    );
    let not_set = || "Not set".to_string();
    html! {
        <>
            if has_grant || rule.is_some() {
                <h3 class="table__title">{ "Match funding" }</h3>
                <dl class="summary-list" id="match-funding">
                    <div class="summary-list__row">
                        <dt>{ "Local partners" }</dt>
                        <dd class="money">{ format!("{} ({})", format_gbp(check.local_total), shares.join("; ")) }</dd>
                        if check.local_share.is_some() {
                            <dd class="summary-list__how">{ how_link(Figure::LocalShare, "local partners' share of the total") }</dd>
                        }
                    </div>
                    <div class="summary-list__row">
                        <dt>{ "Grants" }</dt>
                        <dd class="money">{ format_gbp(check.grant_total) }</dd>
                    </div>
                    if let (Some(rule), Some(met)) = (rule, check.met) {
                        <div class="summary-list__row">
                            <dt>{ format!("Rule: local partners provide {rule}") }</dt>
                            <dd>
                                if met {
                                    <strong class="tag tag--green">{ "Met" }</strong>
                                } else {
                                    <strong class="tag tag--red">{ "Not met" }</strong>
                                }
                                <span class="summary-list__note">{ check.verdict().unwrap_or_default() }</span>
                            </dd>
                        </div>
                    }
                </dl>
            }
            if let Some(activity) = report.activity {
                <h3 class="table__title">{ "Activity and value for money" }</h3>
                <dl class="summary-list" id="value-for-money">
                    <div class="summary-list__row">
                        <dt>{ "Referrals over the term taken up" }</dt>
                        <dd>{ funding_model::data::money::group_thousands(u64::from(activity.referrals)) }</dd>
                    </div>
                    <div class="summary-list__row">
                        <dt>{ "Completions over the term taken up" }</dt>
                        <dd>{ funding_model::data::money::group_thousands(u64::from(activity.completions)) }</dd>
                    </div>
                    <div class="summary-list__row">
                        <dt>{ "Completion rate" }</dt>
                        <dd>{ activity.value.completion_rate.map_or_else(|| Html::from(not_set()), |rate| figure(Figure::CompletionRate, rate.label(), "completion rate")) }</dd>
                    </div>
                    <div class="summary-list__row">
                        <dt>{ "Cost per referral" }</dt>
                        { cost_per(activity.value.cost_per_referral, Figure::CostPerReferral, "cost per referral") }
                    </div>
                    <div class="summary-list__row">
                        <dt>{ "Cost per completion" }</dt>
                        { cost_per(activity.value.cost_per_completion, Figure::CostPerCompletion, "cost per completion") }
                    </div>
                </dl>
                <p class="hint">{ format!("Worked out from {} of {}.", format_gbp(activity.cost),
                    if report.balance.is_some() { "spending" } else { "pooled budget" }) }</p>
            }
        </>
    }
}

/// A cost per referral or completion, which shows its working; "Not set" without one.
fn cost_per(cost: Option<rust_decimal::Decimal>, which: Figure, what: &str) -> Html {
    html! {
        <dd class="money">
            { cost.map_or_else(|| Html::from("Not set"), |cost| figure(which, format_gbp(cost), what)) }
        </dd>
    }
}
