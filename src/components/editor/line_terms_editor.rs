//! A line's part in the agreement: a partner's funding group, its agreed percentages
//! of an overspend and an underspend and its maximum, each only where the agreement's
//! rule asks for it; a cost line's lead partner and whether it is at a fixed price.

use super::text_field::{text_field, Binding, TextField};
use crate::components::disclosure::Disclosure;
use crate::components::{checkbox_field, select_field};
use crate::state::views::LineView;
use crate::state::{ids, Action, Field, LineAction};
use funding_model::LineList;
use yew::prelude::*;

/// The line's terms in a disclosure, open while one of its fields has an error.
pub fn line_terms_editor(view: &LineView, dispatch: &Callback<Action>) -> Html {
    let context = &view.context;
    let asks = match view.line.list {
        LineList::Partners => true,
        LineList::CostLines => context.any_rule,
    };
    if !asks {
        return Html::default();
    }
    let keep_open = view.drafts.any_shown_error(|field| {
        matches!(
            field,
            Field::Group(_) | Field::OverShare(_) | Field::UnderShare(_) | Field::Maximum(_)
        )
    });
    let content = {
        let (view, dispatch) = (view.clone(), dispatch.clone());
        Callback::from(move |()| match view.line.list {
            LineList::Partners => partner_terms(&view, &dispatch),
            LineList::CostLines => cost_line_terms(&view, &dispatch),
        })
    };
    let summary = match view.line.list {
        LineList::Partners => "Funding group and its part of an overspend",
        LineList::CostLines => "Who bears a variance on this line",
    };
    html! {
        <Disclosure class={classes!("details")} summary={summary.to_string()} {content} {keep_open} />
    }
}

fn partner_terms(view: &LineView, dispatch: &Callback<Action>) -> Html {
    let line = view.line;
    let context = &view.context;
    let field = |field: Field, label: &str, hint: &str| {
        text_field(
            TextField::new(
                Binding::to_state(field, view.field(field), dispatch),
                label.to_string(),
            )
            .hint(hint.to_string()),
        )
    };
    let share = |field: Field, label: &str| {
        text_field(
            TextField::new(
                Binding::to_state(field, view.field(field), dispatch),
                label.to_string(),
            )
            .hint("As the agreement sets it, such as 10.")
            .number("decimal", "input--width-4"),
        )
    };
    html! {
        <div class="details__text">
            { field(Field::Group(line), "Funding group", "Leave blank to count it with its kind (councils, grants, health, police). Partners given the same group are counted together.") }
            if context.fixed_over {
                { share(Field::OverShare(line), "Its share of an overspend, in per cent") }
            }
            if context.fixed_under {
                { share(Field::UnderShare(line), "Its share of an underspend, in per cent") }
            }
            if context.capped {
                { text_field(TextField::new(Binding::to_state(Field::Maximum(line), view.field(Field::Maximum(line)), dispatch), "The most it bears of an overspend in a period, in pounds")
                    .hint("Leave blank for no maximum.").pounds()) }
            }
        </div>
    }
}

fn cost_line_terms(view: &LineView, dispatch: &Callback<Action>) -> Html {
    let line = view.line;
    let prefix = ids::line(line.list, line.id);
    let on_fixed =
        dispatch.reform(move |fixed| Action::line(line, LineAction::SetFixedCost(fixed)));
    html! {
        <div class="details__text">
            if let Some(partners) = &view.context.leads {
                {{
                    let mut choices = vec![(String::new(), "No lead partner".to_string())];
                    choices.extend(partners.iter().map(|(id, name)| (id.to_string(), name.clone())));
                    let current = view.terms.lead.map_or_else(String::new, |id| id.to_string());
                    let on_lead = dispatch.reform(move |id: String| Action::line(line, LineAction::SetLead(id.parse().ok())));
                    select_field(format!("{prefix}-lead"), "Led by", Some("The partner that manages this line and bears its variance."), choices, &current, on_lead)
                }}
            }
            { checkbox_field(format!("{prefix}-fixed-cost"), "At a fixed price: its variance is not shared", None, view.terms.fixed_cost, on_fixed) }
        </div>
    }
}
