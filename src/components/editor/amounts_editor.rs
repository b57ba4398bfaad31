//! The amounts of a partner or a cost line: the annual figure, figures for particular
//! years, and a yearly uplift. The fields for particular years are drawn only while
//! their [`Disclosure`] is open (or one of them has an error to show), so hundreds of
//! partners over twenty years do not put thousands of hidden fields on the page.

use super::text_field::{text_field, Binding, TextField};
use crate::components::disclosure::Disclosure;
use crate::components::{on_select, select_options};
use crate::state::views::LineView;
use crate::state::{Action, Field, LineAction};
use funding_model::data::money::format_for_input;
use funding_model::figures::report::ContractYear;
use funding_model::LineList;
use std::rc::Rc;
use yew::prelude::*;

pub struct AmountsEditorArgs {
    pub view: LineView,
    /// Every year the contract could run.
    pub timeline: Rc<[ContractYear]>,
    pub dispatch: Callback<Action>,
}

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn amounts_editor(args: &AmountsEditorArgs) -> Html {
    let view = &args.view;
    let dispatch = &args.dispatch;
    let annual = Field::Annual(view.line);
    let label = match view.line.list {
        LineList::Partners => "Annual contribution, in pounds",
        LineList::CostLines => "Annual cost, in pounds",
    };
    // A field with an error to show must be on the page, where its link can reach it.
    let keep_open = view
        .drafts
        .any_shown_error(|field| matches!(field, Field::Year(..) | Field::Uplift(_)));
    let content = {
        let (view, timeline, dispatch) = (view.clone(), args.timeline.clone(), dispatch.clone());
        Callback::from(move |()| by_year(&view, &timeline, &dispatch))
    };
    html! {
        <>
            { text_field(TextField::new(Binding::to_state(annual, view.field(annual), dispatch), label)
                .hint("For a full contract year. Part years are pro-rated by month.")
                .pounds()) }
            <Disclosure class={classes!("details")} summary={summary(view, &args.timeline)}
                {content} {keep_open} />
        </>
    }
}

/// The disclosure's words, with what is set inside it.
fn summary(view: &LineView, timeline: &[ContractYear]) -> String {
    let mut words = "Different amounts in particular years, or a yearly uplift".to_string();
    // Only the years on screen: an amount kept for a year past the current end is not shown.
    let differing = timeline
        .iter()
        .filter(|y| view.year_amounts.contains_key(&y.number))
        .count();
    if differing > 0 {
        words.push_str(&format!(" ({differing} set)"));
    }
    let uplift = view.field(Field::Uplift(view.line)).text;
    if !uplift.is_empty() {
        words.push_str(&format!(" (uplift {uplift}%)"));
    }
    words
}

/// The uplift and its first year, then a field for each year.
fn by_year(view: &LineView, timeline: &[ContractYear], dispatch: &Callback<Action>) -> Html {
    let line = view.line;
    let uplift = Field::Uplift(line);
    let from_id = format!("{}-from", uplift.element_id());
    let on_from = on_select(dispatch.reform(move |year: String| {
        Action::line(line, LineAction::SetUpliftFrom(year.parse().unwrap_or(1)))
    }));
    html! {
        <div class="details__text">
            <div class="inline-fields">
                { text_field(TextField::new(Binding::to_state(uplift, view.field(uplift), dispatch), "Uplift each year, in per cent")
                    .hint("Compounding, on the annual amount. Leave blank for none.")
                    .number("decimal", "input--width-4")) }
                <div class="form-group">
                    <label class="label" for={from_id.clone()}>{ "Uplift from" }</label>
                    <select class="select" id={from_id} onchange={on_from}>
                        { select_options(timeline.iter().map(|year| (year.number.to_string(), year.label())).collect(),
                            &view.uplift.from_year.to_string()) }
                    </select>
                </div>
            </div>
            <p class="hint">{ "Leave a year blank to use the annual amount. Give the full-year amount; a part year is pro-rated." }</p>
            for year in timeline {
                { year_field(view, year, dispatch) }
            }
        </div>
    }
}

fn year_field(view: &LineView, year: &ContractYear, dispatch: &Callback<Action>) -> Html {
    let field = Field::Year(view.line, year.number);
    let shown = view.field(field);
    // What a blank year holds, in words as well as the placeholder, which fades.
    let from_annual = format_for_input(view.full_year_amount(year.number));
    let hint = shown.text.is_empty().then(|| {
        let with = if view.uplift.is_none() {
            "the annual amount"
        } else {
            "the annual amount with its uplift"
        };
        AttrValue::from(format!(
            "Left blank, this year holds £{from_annual}: {with}."
        ))
    });
    let bind = Binding::to_state(field, shown, dispatch);
    text_field(TextField {
        key: Some(year.number),
        hint,
        placeholder: Some(from_annual.into()),
        ..TextField::new(bind, format!("{}, in pounds", year.label())).pounds()
    })
}
