//! The agreement beyond the amounts: the basis shares are set by, whole pounds, who
//! bears an overspend and an underspend, the actual spend against the plan, and what
//! the written agreement states.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::components::disclosure::Disclosure;
use crate::components::{checkbox_field, select_field};
use crate::state::views::{AgreementView, PeriodEntry};
use crate::state::{Action, AgreementAction, Field};
use funding_model::data::agreement::RiskRule;
use funding_model::data::limits::MAX_TEXT_CHARS;
use funding_model::format_gbp;
use yew::prelude::*;

/// The section, its fields folded away until opened, or while anything in them is set
/// or has an error to show.
pub fn agreement_editor(args: &SectionArgs<AgreementView>) -> Html {
    let view = &args.view;
    let content = {
        let (view, dispatch) = (view.clone(), args.dispatch.clone());
        Callback::from(move |()| agreement_fields(&view, &dispatch))
    };
    html! {
        <section class="agreement" aria-labelledby="agreement-heading">
            <h3 class="heading-m" id="agreement-heading">{ "The agreement" }</h3>
            <p class="hint">{ "How shares are set, who bears an overspend or an underspend, and the actual spend against the plan. Each is optional; the text says only what is given." }</p>
            <Disclosure class={classes!("details")} summary={"The basis for shares, the risk share, actual spend and the checklist".to_string()} {content} keep_open={view.in_use} />
        </section>
    }
}

fn agreement_fields(view: &AgreementView, dispatch: &Callback<Action>) -> Html {
    let on_whole =
        dispatch.reform(|whole| Action::Agreement(AgreementAction::SetWholePounds(whole)));
    html! {
        <div class="details__text">
            { basis_fields(view, dispatch) }
            { checkbox_field("whole-pounds".to_string(), "Amounts are kept in whole pounds", Some("Uplifts and splits are rounded to the pound, as many budgets are."), view.whole_pounds, on_whole) }
            { rules(view, dispatch) }
            { actuals(view, dispatch) }
            { clauses(view, dispatch) }
        </div>
    }
}

fn field(
    view_field: &crate::state::FieldView,
    field: Field,
    label: &str,
    dispatch: &Callback<Action>,
) -> TextField {
    TextField::new(
        Binding::to_state(field, view_field.clone(), dispatch),
        label.to_string(),
    )
}

fn basis_fields(view: &AgreementView, dispatch: &Callback<Action>) -> Html {
    let on_remove = dispatch.reform(|_| Action::Agreement(AgreementAction::RemoveBasis));
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ "Basis for shares" }</legend>
            <div class="hint">{ "A figure each partner has, such as its population, that sets its share. Give each partner's figure with the partner, choosing “In proportion to a basis”." }</div>
            <div class="inline-fields">
                { text_field(TextField { maxlength: Some(MAX_TEXT_CHARS), ..field(&view.basis_name, Field::BasisName, "What the figures are", dispatch).hint("Such as population.") }) }
                { text_field(field(&view.basis_total, Field::BasisTotal, "Total a year shared by it, in pounds", dispatch).pounds()) }
            </div>
            <div class="inline-fields">
                { text_field(TextField { maxlength: Some(MAX_TEXT_CHARS), ..field(&view.basis_source, Field::BasisSource, "Source", dispatch).hint("Such as ONS mid-year population estimates.") }) }
                { text_field(TextField { maxlength: Some(MAX_TEXT_CHARS), ..field(&view.basis_date, Field::BasisDate, "Date of the figures", dispatch).hint("Such as mid-2023.") }) }
            </div>
            if view.has_basis {
                <button type="button" class="button button--secondary button--small" onclick={on_remove}>{ "Remove the basis" }</button>
            }
        </fieldset>
    }
}

fn rule_choices() -> Vec<(String, String)> {
    RiskRule::ALL
        .iter()
        .map(|rule| (rule.code().to_string(), rule.label().to_string()))
        .collect()
}

fn rules(view: &AgreementView, dispatch: &Callback<Action>) -> Html {
    let rule = |code: String| RiskRule::from_code(&code).unwrap_or_default();
    let on_over = dispatch
        .reform(move |code: String| Action::Agreement(AgreementAction::SetOverspend(rule(code))));
    let on_under = dispatch
        .reform(move |code: String| Action::Agreement(AgreementAction::SetUnderspend(rule(code))));
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ "Who bears a variance" }</legend>
            <div class="hint">{ "As the agreement's risk-share clause says. Fixed percentages, maximums and lead partners are given with each partner or cost line." }</div>
            { select_field("overspend-rule".to_string(), "An overspend", None, rule_choices(), view.overspend.code(), on_over) }
            { select_field("underspend-rule".to_string(), "An underspend", None, rule_choices(), view.underspend.code(), on_under) }
            if view.overspend == RiskRule::Capped {
                { text_field(field(&view.risk_pool, Field::RiskPool, "Risk pool in each period, in pounds", dispatch)
                    .hint("A sum set aside that meets an overspend first. Leave as 0 for none.").pounds()) }
            }
            { text_field(field(&view.tolerance, Field::Tolerance, "Tolerance, in per cent", dispatch)
                .hint("A variance beyond this share of the plan triggers the agreement's review clause. 5 is common.")
                .number("decimal", "input--width-4")) }
        </fieldset>
    }
}

fn actuals(view: &AgreementView, dispatch: &Callback<Action>) -> Html {
    let entered = view
        .periods
        .iter()
        .any(|p| !p.actual.text.is_empty() || p.lines.iter().any(|l| !l.3.text.is_empty()));
    let errors = view
        .periods
        .iter()
        .any(|p| p.actual.error.is_some() || p.lines.iter().any(|l| l.3.error.is_some()));
    let content = {
        let (view, dispatch) = (view.clone(), dispatch.clone());
        Callback::from(move |()| actual_fields(&view, &dispatch))
    };
    html! {
        <Disclosure class={classes!("details")} summary={"Actual spend against the plan".to_string()} {content} keep_open={entered || errors} />
    }
}

fn actual_fields(view: &AgreementView, dispatch: &Callback<Action>) -> Html {
    let choices = vec![
        ("contract".to_string(), "By contract year".to_string()),
        (
            "financial".to_string(),
            "By financial year (April to March)".to_string(),
        ),
    ];
    let current = if view.by_financial_year {
        "financial"
    } else {
        "contract"
    };
    let on_by = dispatch.reform(|by: String| {
        Action::Agreement(AgreementAction::SetByFinancialYear(by == "financial"))
    });
    html! {
        <div class="details__text">
            <p class="hint">{ "The actual or forecast spend, in total or by cost line. Leave a period blank until it is known." }</p>
            { select_field("actuals-by".to_string(), "Enter actual spend", None, choices, current, on_by) }
            for entry in &view.periods {
                { period_fields(entry, dispatch) }
            }
        </div>
    }
}

fn period_fields(entry: &PeriodEntry, dispatch: &Callback<Action>) -> Html {
    let total = Field::Actual(entry.period);
    let hint = match entry.lines.is_empty() {
        true => format!(
            "The plan: {}. Leave blank until it is known.",
            format_gbp(entry.plan)
        ),
        false => format!(
            "The plan: {}. Leave blank to give it by cost line, or until it is known.",
            format_gbp(entry.plan)
        ),
    };
    let by_line = {
        let (entry, dispatch) = (entry.clone(), dispatch.clone());
        Callback::from(move |()| line_fields(&entry, &dispatch))
    };
    let keep_open = entry
        .lines
        .iter()
        .any(|line| !line.3.text.is_empty() || line.3.error.is_some());
    html! {
        <div class="actual-period">
            { text_field(TextField::new(Binding::to_state(total, entry.actual.clone(), dispatch), format!("Actual spend in {}, in pounds", entry.label)).hint(hint).pounds()) }
            if !entry.lines.is_empty() {
                <Disclosure class={classes!("details")} summary={format!("By cost line, {}", entry.label)} content={by_line} {keep_open} />
            }
        </div>
    }
}

fn line_fields(entry: &PeriodEntry, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="details__text">
            for (line, name, plan, shown) in &entry.lines {
                { text_field(TextField::new(Binding::to_state(Field::ActualLine(*line, entry.period), shown.clone(), dispatch), format!("{name}: actual spend, in pounds"))
                    .hint(format!("The plan: {}.", format_gbp(*plan))).pounds()) }
            }
        </div>
    }
}

fn clauses(view: &AgreementView, dispatch: &Callback<Action>) -> Html {
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ "What the written agreement states" }</legend>
            <div class="hint">{ "Regulation 7(3) of the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617) lists what a pooled fund's agreement must specify. Tick each the agreement states; the checklist in the results says what this scenario holds." }</div>
            for (clause, held, stated) in &view.clauses {
                {{
                    let clause = *clause;
                    let on_change = dispatch.reform(move |ticked| Action::Agreement(AgreementAction::SetStated(clause, ticked)));
                    let label = format!("({}) {}", clause.letter(), clause.label());
                    let hint = held.as_ref().and_then(|h| h.detail()).map(|detail| format!("This scenario holds: {detail}"));
                    checkbox_field(format!("clause-{}", clause.letter()), &label, hint.as_deref(), *stated, on_change)
                }}
            }
        </fieldset>
    }
}
