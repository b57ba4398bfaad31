//! Apply one yearly uplift to several partners at once: a percentage from a contract
//! year, set on every partner chosen (all, to begin with), in one action.

use super::panel::{chosen_ids, partners_words, run_tool, tool_panel, UPLIFT_WORDS};
use super::{field_error, PartnerToolProps, ToolProblem, ToolState};
use crate::components::editor::text_field::{text_field, Binding, TextField};
use crate::state::ListAction;
use funding_model::data::inputs::{parse_rate, parse_whole_number};
use funding_model::data::limits::{MAX_CONTRACT_YEARS, MAX_UPLIFT};
use funding_model::data::line::Uplift;
use yew::prelude::*;

/// The uplift tool's panel: its fields are the percentage and the first year.
pub fn uplift_tool(props: &PartnerToolProps, state: &ToolState) -> Html {
    let ToolState {
        left_out,
        message,
        fields: [percent, from_year, ..],
        ..
    } = state;
    let chosen = chosen_ids(&props.partners, left_out);
    let on_apply = {
        let (percent, from_year, message) = (percent.clone(), from_year.clone(), message.clone());
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = uplift(&percent, &from_year, chosen.len()).map(|uplift| {
                let words = format!(
                    "An uplift of {} a year from year {} set for {}.",
                    uplift.percent.label(),
                    uplift.from_year,
                    partners_words(chosen.len())
                );
                (ListAction::SetUplifts(chosen.clone(), uplift), words)
            });
            run_tool(&dispatch, &message, outcome);
        })
    };
    tool_panel(
        &UPLIFT_WORDS,
        &props.partners,
        left_out,
        html! {
                <>
                    { text_field(TextField::new(Binding { error: field_error(message, "uplift-all-percent"), ..Binding::of_state("uplift-all-percent", percent) }, "Uplift each year, in per cent")
                        .number("decimal", "input--width-5")) }
                    { text_field(TextField::new(Binding { error: field_error(message, "uplift-all-from"), ..Binding::of_state("uplift-all-from", from_year) }, "From contract year")
                        .hint("Year 2 is the first year after the first.")
                        .number("numeric", "input--width-3")) }
                    <button type="button" class="button button--secondary" onclick={on_apply}>{ "Apply the uplift" }</button>
                </>
        },
        message,
    )
}

/// The uplift typed, for `chosen` partners, or what to fix.
fn uplift(percent: &str, from_year: &str, chosen: usize) -> Result<Uplift, ToolProblem> {
    if chosen == 0 {
        return Err(ToolProblem::whole(
            "Choose at least one partner to apply the uplift to",
        ));
    }
    let percent = parse_rate(percent, "Uplift", MAX_UPLIFT)
        .map_err(|message| ToolProblem::at("uplift-all-percent", message))?;
    let last = u32::from(MAX_CONTRACT_YEARS);
    let from_year = parse_whole_number(from_year, "The first year uplifted", 1, last)
        .map_err(|message| ToolProblem::at("uplift-all-from", message))?;
    Ok(Uplift {
        percent,
        from_year: from_year as u16,
    })
}
