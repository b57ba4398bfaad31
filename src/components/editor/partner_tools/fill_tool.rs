//! Fill one amount across a run of contract years for several partners at once, as
//! "fill right" does in a spreadsheet: the amount is typed for each of those years.

use super::panel::{chosen_ids, partners_words, run_tool, tool_panel, FILL_WORDS};
use super::{field_error, PartnerToolProps, ToolProblem, ToolState};
use crate::components::editor::text_field::{text_field, Binding, TextField};
use crate::state::{ListAction, YearsFill};
use funding_model::data::inputs::{parse_amount, parse_whole_number};
use funding_model::format_gbp;
use yew::prelude::*;

/// The fill tool's panel: its fields are the amount and the first and last years.
pub fn fill_tool(props: &PartnerToolProps, state: &ToolState) -> Html {
    let ToolState {
        left_out,
        message,
        fields: [amount, from_year, to_year, ..],
        ..
    } = state;
    let chosen = chosen_ids(&props.partners, left_out);
    let on_apply = {
        let (amount, from_year, to_year, message) = (
            amount.clone(),
            from_year.clone(),
            to_year.clone(),
            message.clone(),
        );
        let (dispatch, years) = (props.dispatch.clone(), props.years);
        Callback::from(move |_: MouseEvent| {
            let outcome = fill(&amount, &from_year, &to_year, years, chosen.clone()).map(|fill| {
                let words = format!(
                    "{} a year set in years {} to {} for {}.",
                    format_gbp(fill.amount),
                    fill.from,
                    fill.to,
                    partners_words(chosen.len())
                );
                (ListAction::FillYears(fill), words)
            });
            run_tool(&dispatch, &message, outcome);
        })
    };
    tool_panel(
        &FILL_WORDS,
        &props.partners,
        left_out,
        html! {
                <>
                    { text_field(TextField::new(Binding { error: field_error(message, "fill-amount"), ..Binding::of_state("fill-amount", amount) }, "Amount for each year, in pounds").pounds()) }
                    { text_field(TextField::new(Binding { error: field_error(message, "fill-from"), ..Binding::of_state("fill-from", from_year) }, "From contract year")
                        .number("numeric", "input--width-3")) }
                    { text_field(TextField::new(Binding { error: field_error(message, "fill-to"), ..Binding::of_state("fill-to", to_year) }, "To contract year")
                        .hint(format!("Leave blank to fill to the end of the contract, year {}.", props.years))
                        .number("numeric", "input--width-3")) }
                    <button type="button" class="button button--secondary" onclick={on_apply}>{ "Fill the years" }</button>
                </>
        },
        message,
    )
}

/// The fill typed, for `chosen` partners over a contract of `years`, or what to fix.
fn fill(
    amount: &str,
    from: &str,
    to: &str,
    years: u16,
    chosen: Vec<u32>,
) -> Result<YearsFill, ToolProblem> {
    if chosen.is_empty() {
        return Err(ToolProblem::whole(
            "Choose at least one partner to fill the years of",
        ));
    }
    let amount = parse_amount(amount).map_err(|e| ToolProblem::at("fill-amount", e.message()))?;
    let last = u32::from(years.max(1));
    let from = parse_whole_number(from, "The first year", 1, last)
        .map_err(|message| ToolProblem::at("fill-from", message))? as u16;
    let to = if to.trim().is_empty() {
        last as u16
    } else {
        parse_whole_number(to, "The last year", u32::from(from), last)
            .map_err(|message| ToolProblem::at("fill-to", message))? as u16
    };
    Ok(YearsFill {
        lines: chosen,
        from,
        to,
        amount,
    })
}
