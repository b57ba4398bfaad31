//! The match-funding rule a grant comes with, if any.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::state::views::MatchRuleView;
use crate::state::{Action, ContractAction, Field, MatchRuleKind};
use funding_model::data::scenario::MatchRule;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn match_rule_editor(args: &SectionArgs<MatchRuleView>) -> Html {
    let rule = args.view.rule;
    let dispatch = &args.dispatch;
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
        (
            MatchRuleKind::MinimumShareOfGrant,
            "grant-share",
            "Local partners provide at least a share of the grants, as “local match of at least 10% of the grant”",
        ),
    ];
    let bind = Binding::to_state(Field::MatchMinimum, args.view.minimum.clone(), dispatch);
    let (label, hint, money) = match rule {
        MatchRule::NoRule => ("", "", false),
        MatchRule::MinimumLocalShare(_) => (
            "Smallest local share, in per cent",
            "Of the total for the term taken up, such as 30.",
            false,
        ),
        MatchRule::MinimumLocalAmount(_) => (
            "Smallest local match, in pounds",
            "Over the term taken up.",
            true,
        ),
        MatchRule::MinimumShareOfGrant(_) => (
            "Smallest local match, as a share of the grants, in per cent",
            "Of the grants over the term taken up, such as 10.",
            false,
        ),
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
                                onchange={dispatch.reform(move |_| Action::Contract(ContractAction::SetMatchRuleKind(kind)))} />
                            <label class="label radios__label" for={format!("match-rule-{code}")}>{ label }</label>
                        </div>
                    }
                </div>
            </fieldset>
            if rule != MatchRule::NoRule {
                { text_field(if money {
                    TextField::new(bind, label).hint(hint).pounds()
                } else {
                    TextField::new(bind, label).hint(hint).number("decimal", "input--width-4")
                }) }
            }
        </div>
    }
}
