//! Apply one yearly uplift to several partners at once: a percentage from a contract
//! year, set on every partner chosen (all, to begin with), in one action.

use super::partner_choice::{partner_choice, partners_words, run_tool, tool_panel, ToolPanel};
use super::text_field::{Binding, TextField};
use crate::model::data::inputs::{parse_percent, parse_whole_number};
use crate::model::data::limits::{MAX_CONTRACT_YEARS, MAX_UPLIFT};
use crate::model::data::line::Uplift;
use crate::state::{Action, ListAction};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UpliftToolProps {
    /// Each partner's id and name, in order.
    pub partners: Vec<(u32, String)>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn UpliftTool(props: &UpliftToolProps) -> Html {
    let left_out = use_state(Vec::<u32>::new);
    let percent = use_state(String::new);
    let from_year = use_state(|| "2".to_string());
    let message = use_state(|| None::<Result<String, String>>);
    let chosen: Vec<u32> = props
        .partners
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !left_out.contains(id))
        .collect();
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
    tool_panel(ToolPanel {
        class: "uplift-tool",
        summary: "Apply a yearly uplift to several partners",
        hint: "Sets the same yearly rise on each partner you choose, compounding and rounded to the penny each year. A partner's amounts typed for particular years stay as typed.",
        choice: partner_choice("uplift", "Partners it applies to", &props.partners, &left_out),
        body: html! {
            <>
                <TextField bind={Binding::of_state("uplift-all-percent", &percent)}
                    label="Uplift each year, in per cent" inputmode="decimal" width="input--width-5" />
                <TextField bind={Binding::of_state("uplift-all-from", &from_year)}
                    label="From contract year" hint="Year 2 is the first year after the first." inputmode="numeric" width="input--width-3" />
                <button type="button" class="button button--secondary" onclick={on_apply}>{ "Apply the uplift" }</button>
            </>
        },
        outcome: &message,
    })
}

/// The uplift typed, for `chosen` partners, or what to fix.
fn uplift(percent: &str, from_year: &str, chosen: usize) -> Result<Uplift, String> {
    if chosen == 0 {
        return Err("Choose at least one partner to apply the uplift to".to_string());
    }
    Ok(Uplift {
        percent: parse_percent(percent, "Uplift", MAX_UPLIFT)?,
        from_year: parse_whole_number(
            from_year,
            "The first year uplifted",
            1,
            u32::from(MAX_CONTRACT_YEARS),
        )? as u16,
    })
}
