//! Fill one amount across a run of contract years for several partners at once, as
//! "fill right" does in a spreadsheet: the amount is typed for each of those years.

use super::partner_choice::{partner_choice, partners_words, run_tool, tool_panel, ToolPanel};
use super::text_field::{Binding, TextField};
use crate::model::data::inputs::{parse_amount, parse_whole_number};
use crate::model::format_gbp;
use crate::state::{Action, ListAction, YearsFill};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FillToolProps {
    /// Each partner's id and name, in order.
    pub partners: Vec<(u32, String)>,
    /// How many years the contract can run, counting every extension.
    pub years: u16,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn FillTool(props: &FillToolProps) -> Html {
    let left_out = use_state(Vec::<u32>::new);
    let amount = use_state(String::new);
    let from_year = use_state(|| "1".to_string());
    let to_year = use_state(String::new);
    let message = use_state(|| None::<Result<String, String>>);
    let chosen: Vec<u32> = props
        .partners
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !left_out.contains(id))
        .collect();
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
    tool_panel(ToolPanel {
        class: "fill-tool",
        summary: "Fill an amount across years",
        hint: "Types the same full-year amount into each year you choose, for each partner you choose, as filling right does in a spreadsheet. Clear a year later to go back to the annual amount.",
        choice: partner_choice("fill", "Partners it applies to", &props.partners, &left_out),
        body: html! {
            <>
                <TextField bind={Binding::of_state("fill-amount", &amount)}
                    label="Amount for each year, in pounds" prefix="£" inputmode="decimal" width="input--width-10" />
                <TextField bind={Binding::of_state("fill-from", &from_year)}
                    label="From contract year" inputmode="numeric" width="input--width-3" />
                <TextField bind={Binding::of_state("fill-to", &to_year)}
                    label="To contract year" hint={format!("Leave blank for the last year, year {}.", props.years)}
                    inputmode="numeric" width="input--width-3" />
                <button type="button" class="button button--secondary" onclick={on_apply}>{ "Fill the years" }</button>
            </>
        },
        outcome: &message,
    })
}

/// The fill typed, for `chosen` partners over a contract of `years`, or what to fix.
fn fill(
    amount: &str,
    from: &str,
    to: &str,
    years: u16,
    chosen: Vec<u32>,
) -> Result<YearsFill, String> {
    if chosen.is_empty() {
        return Err("Choose at least one partner to fill the years of".to_string());
    }
    let amount = parse_amount(amount).map_err(|e| e.message().to_string())?;
    let last = u32::from(years.max(1));
    let from = parse_whole_number(from, "The first year", 1, last)? as u16;
    let to = if to.trim().is_empty() {
        last as u16
    } else {
        parse_whole_number(to, "The last year", u32::from(from), last)? as u16
    };
    Ok(YearsFill {
        lines: chosen,
        from,
        to,
        amount,
    })
}
