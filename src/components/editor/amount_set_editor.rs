//! How a line's amount is set, and the fields that set it: an amount a year (the
//! annual amount, with its years and uplift), a total over a number of years, a share
//! of a total, a figure of the basis, or a one-off amount in one year. The amount
//! worked out is said under the fields, so the person sees what the figures use.

use super::amounts_editor::{amounts_editor, AmountsEditorArgs};
use super::text_field::{text_field, Binding, TextField};
use crate::components::select_field;
use crate::state::views::LineView;
use crate::state::{ids, set_code, Action, Field, LineAction};
use funding_model::data::amount_set::AmountSet;
use funding_model::figures::agreement_words::capitalised;
use funding_model::figures::report::ContractYear;
use funding_model::LineList;
use std::rc::Rc;
use yew::prelude::*;

/// The ways an amount can be set, as the choice offers them.
const CHOICES: [(&str, &str); 5] = [
    ("annual", "An amount each year"),
    ("over-years", "A total over a number of years"),
    ("share-of", "A share of a total"),
    ("basis", "By a basis, such as population"),
    ("one-off", "A one-off amount, paid once"),
];

/// The choice, then the fields of the way chosen.
pub fn amount_set_editor(
    view: &LineView,
    timeline: &Rc<[ContractYear]>,
    dispatch: &Callback<Action>,
) -> Html {
    let line = view.line;
    let choices = CHOICES
        .iter()
        .map(|(code, label)| (code.to_string(), label.to_string()))
        .collect();
    let on_how = dispatch.reform(move |code: String| Action::line(line, LineAction::SetHow(code)));
    let id = format!("{}-how", ids::line(line.list, line.id));
    html! {
        <>
            { select_field(id, "How the amount is set", None, choices, set_code(&view.terms.set), on_how) }
            { match view.terms.set {
                AmountSet::Annual => amounts_editor(&AmountsEditorArgs { view: view.clone(), timeline: timeline.clone(), dispatch: dispatch.clone() }),
                AmountSet::OverYears { .. } => over_years(view, dispatch),
                AmountSet::ShareOf { .. } => share_of(view, dispatch),
                AmountSet::ByBasis => by_basis(view, dispatch),
                AmountSet::OneOff { year } => one_off(view, year, timeline, dispatch),
            } }
        </>
    }
}

/// How the amount is worked out, in the method's words, said to screen readers as it
/// changes.
fn worked_out(view: &LineView) -> Html {
    html! {
        <p class="hint worked-out" aria-live="polite">{ view.how.clone().unwrap_or_default() }</p>
    }
}

fn over_years(view: &LineView, dispatch: &Callback<Action>) -> Html {
    let (total, years) = (Field::SetTotal(view.line), Field::SetYears(view.line));
    html! {
        <>
            <div class="inline-fields">
                { text_field(TextField::new(Binding::to_state(total, view.field(total), dispatch), "Total, in pounds")
                    .hint("As the contract or agreement states it.").pounds()) }
                { text_field(TextField::new(Binding::to_state(years, view.field(years), dispatch), "Over how many years")
                    .hint("From the first contract year.").number("numeric", "input--width-3")) }
            </div>
            { worked_out(view) }
        </>
    }
}

fn share_of(view: &LineView, dispatch: &Callback<Action>) -> Html {
    let (share, total) = (Field::SetShare(view.line), Field::SetTotal(view.line));
    html! {
        <>
            <div class="inline-fields">
                { text_field(TextField::new(Binding::to_state(share, view.field(share), dispatch), "Share, in per cent")
                    .hint("Such as 50.").number("decimal", "input--width-4")) }
                { text_field(TextField::new(Binding::to_state(total, view.field(total), dispatch), "Of a total a year, in pounds")
                    .hint("Lines with the same total share it, their parts adding up exactly.").pounds()) }
            </div>
            if let Some(name) = &view.context.basis_name {
                { basis_figure_field(view, name, "Its figure, to compare the agreed share with the basis.", dispatch) }
            }
            { worked_out(view) }
        </>
    }
}

/// The line's figure of the basis, labelled with the basis's name where it has one.
fn basis_figure_field(
    view: &LineView,
    name: &str,
    hint: &str,
    dispatch: &Callback<Action>,
) -> Html {
    let figure = Field::BasisFigure(view.line);
    let label = match name.trim() {
        "" => "Figure for this line, such as its population".to_string(),
        name => format!("{} (the figure for this line)", capitalised(name)),
    };
    text_field(
        TextField::new(
            Binding::to_state(figure, view.field(figure), dispatch),
            label,
        )
        .hint(hint.to_string())
        .number("numeric", "input--width-10"),
    )
}

fn by_basis(view: &LineView, dispatch: &Callback<Action>) -> Html {
    let name = view.context.basis_name.clone().unwrap_or_default();
    html! {
        <>
            { basis_figure_field(view, &name, "A whole number. Its share of all the lines' figures sets its share of the basis total.", dispatch) }
            if view.context.basis_name.is_none() {
                <p class="hint">{ "Give the basis and its total a year under “The agreement” below." }</p>
            }
            { worked_out(view) }
        </>
    }
}

fn one_off(
    view: &LineView,
    year: u16,
    timeline: &[ContractYear],
    dispatch: &Callback<Action>,
) -> Html {
    let line = view.line;
    let annual = Field::Annual(line);
    let label = match line.list {
        LineList::Partners => "One-off contribution, in pounds",
        LineList::CostLines => "One-off cost, in pounds",
    };
    let years = timeline
        .iter()
        .map(|y| (y.number.to_string(), y.label()))
        .collect();
    let on_year = dispatch.reform(move |year: String| {
        Action::line(line, LineAction::SetOneOffYear(year.parse().unwrap_or(1)))
    });
    let id = format!("{}-one-off-year", ids::line(line.list, line.id));
    html! {
        <div class="inline-fields">
            { text_field(TextField::new(Binding::to_state(annual, view.field(annual), dispatch), label)
                .hint("Paid once, whole, in the year chosen: not a year's amount.").pounds()) }
            { select_field(id, "Paid in", None, years, &year.to_string(), on_year) }
        </div>
    }
}
