//! The match-funding rule a grant comes with, if any.

use super::text_field::TextField;
use crate::model::scenario::MatchRule;
use crate::state::{Action, AppState, Field, MatchRuleKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatchRuleEditorProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn MatchRuleEditor(props: &MatchRuleEditorProps) -> Html {
    let rule = props.state.option().match_rule;
    let dispatch = &props.dispatch;
    let choices = [
        (MatchRuleKind::NoRule, "no-rule", "No rule"),
        (
            MatchRuleKind::MinimumLocalShare,
            "share",
            "Local partners provide at least a share of the total",
        ),
        (
            MatchRuleKind::MinimumLocalAmount,
            "amount",
            "Local partners provide at least an amount",
        ),
    ];
    let field = Field::MatchMinimum;
    let view = props.state.field_view(field);
    let minimum = match rule {
        MatchRule::NoRule => html! {},
        MatchRule::MinimumLocalShare(_) => html! {
            <TextField id={field.element_id()} label="Smallest local share, in per cent"
                hint="Of the total for the term taken up, such as 30." inputmode="decimal"
                width="input--width-4" value={view.text} error={view.error.map(AttrValue::from)}
                oninput={dispatch.reform(Action::EditMatchMinimum)}
                onblur={dispatch.reform(move |_| Action::SettleField(field))} />
        },
        MatchRule::MinimumLocalAmount(_) => html! {
            <TextField id={field.element_id()} label="Smallest local match, in pounds"
                hint="Over the term taken up." prefix="£" inputmode="decimal"
                width="input--width-10" value={view.text} error={view.error.map(AttrValue::from)}
                oninput={dispatch.reform(Action::EditMatchMinimum)}
                onblur={dispatch.reform(move |_| Action::SettleField(field))} />
        },
    };
    html! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby="match-rule-hint">
                <legend class="fieldset__legend">{ "Match-funding rule" }</legend>
                <div class="hint" id="match-rule-hint">
                    { "Set a partner's kind to “Central government grant” to mark it as a grant. Every other partner counts as local." }
                </div>
                <div class="radios">
                    for (kind, code, label) in choices {
                        <div class="radios__item">
                            <input class="radios__input" type="radio" name="match-rule"
                                id={format!("match-rule-{code}")} checked={MatchRuleKind::of(rule) == kind}
                                onchange={dispatch.reform(move |_| Action::SetMatchRuleKind(kind))} />
                            <label class="label radios__label" for={format!("match-rule-{code}")}>{ label }</label>
                        </div>
                    }
                </div>
            </fieldset>
            { minimum }
        </div>
    }
}
