//! Split a target among chosen partners, equally or in proportion to a figure such as
//! population, and set their annual contributions to the parts. The parts always add
//! up to the target; a penny that cannot be shared evenly goes to the partner higher
//! in the list.

use super::on_text;
use super::text_field::TextField;
use crate::model::analysis::{split_by_percentages, split_by_weights, split_equally};
use crate::model::inputs::parse_percent;
use crate::model::inputs::{parse_amount, parse_whole_number};
use crate::model::money::Percent;
use crate::model::scenario::Partner;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SplitToolProps {
    pub partners: Vec<Partner>,
    pub dispatch: Callback<Action>,
}

/// How the amount is split among the chosen partners.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SplitHow {
    Equally,
    ByPercentage,
    ByFigure,
}

#[component]
pub fn SplitTool(props: &SplitToolProps) -> Html {
    let left_out = use_state(Vec::<u32>::new);
    let amount = use_state(String::new);
    let how = use_state(|| SplitHow::Equally);
    let figures = use_state(Vec::<(u32, String)>::new);
    let message = use_state(|| None::<Result<String, String>>);
    let chosen: Vec<&Partner> = props
        .partners
        .iter()
        .filter(|p| !left_out.contains(&p.id))
        .collect();

    let on_apply = {
        let (amount, how, figures, message) = (
            amount.clone(),
            how.clone(),
            figures.clone(),
            message.clone(),
        );
        let dispatch = props.dispatch.clone();
        let chosen: Vec<(u32, String)> = chosen
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, p.display_name(i)))
            .collect();
        Callback::from(move |_: MouseEvent| {
            let outcome = (|| {
                if chosen.is_empty() {
                    return Err("Choose at least one partner to share the amount".to_string());
                }
                let total = parse_amount(&amount).map_err(|e| e.message().to_string())?;
                let text_for = |id: &u32| {
                    figures
                        .iter()
                        .find(|(f, _)| f == id)
                        .map_or("", |(_, t)| t.as_str())
                };
                let parts = match *how {
                    SplitHow::Equally => split_equally(total, chosen.len()),
                    SplitHow::ByPercentage => {
                        let mut percentages = Vec::new();
                        for (id, name) in &chosen {
                            percentages.push(parse_percent(
                                text_for(id),
                                &format!("The percentage for {name}"),
                                Percent(10_000),
                            )?);
                        }
                        split_by_percentages(total, &percentages)?
                    }
                    SplitHow::ByFigure => {
                        let mut weights = Vec::new();
                        for (id, name) in &chosen {
                            let figure = parse_whole_number(
                                &text_for(id).replace(',', ""),
                                &format!("The figure for {name}"),
                                0,
                                1_000_000_000,
                            )?;
                            weights.push(u64::from(figure));
                        }
                        split_by_weights(total, &weights)
                            .ok_or("At least one figure must be more than 0")?
                    }
                };
                let amounts: Vec<_> = chosen.iter().map(|(id, _)| *id).zip(parts).collect();
                dispatch.emit(Action::SetAnnualContributions(amounts));
                Ok(format!(
                    "Annual contributions set for {} partners.",
                    chosen.len()
                ))
            })();
            message.set(Some(outcome));
        })
    };

    html! {
        <details class="details split-tool">
            <summary class="details__summary">{ "Split an amount among partners" }</summary>
            <div class="details__text">
                <p class="hint">{ "Sets the annual contributions of the partners you choose so they add up exactly to the amount. A penny that cannot be shared evenly goes to the partner higher in the list." }</p>
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{ "Partners who share it" }</legend>
                    for (index, partner) in props.partners.iter().enumerate() {
                        {{
                            let id = partner.id;
                            let is_chosen = !left_out.contains(&id);
                            let left_out = left_out.clone();
                            let onchange = Callback::from(move |event: Event| {
                                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                                let mut list = (*left_out).clone();
                                list.retain(|other| *other != id);
                                if !input.checked() {
                                    list.push(id);
                                }
                                left_out.set(list);
                            });
                            let checkbox_id = format!("split-{id}");
                            html! {
                                <div class="checkbox" key={id}>
                                    <input class="checkbox__input" type="checkbox" id={checkbox_id.clone()}
                                        checked={is_chosen} {onchange} />
                                    <label class="checkbox__label" for={checkbox_id}>{ partner.display_name(index) }</label>
                                </div>
                            }
                        }}
                    }
                </fieldset>
                <TextField id="split-amount" label="Amount to split each year, in pounds" prefix="£"
                    inputmode="decimal" width="input--width-10" value={(*amount).clone()}
                    oninput={{ let amount = amount.clone(); Callback::from(move |text| amount.set(text)) }} />
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{ "How to split it" }</legend>
                    for (choice, code, label) in [
                        (SplitHow::Equally, "equally", "Equally"),
                        (SplitHow::ByPercentage, "by-percentage", "By percentage (adding up to 100%)"),
                        (SplitHow::ByFigure, "by-figure", "In proportion to a figure, such as population"),
                    ] {
                        <div class="checkbox">
                            <input class="checkbox__input" type="radio" name="split-how" id={format!("split-{code}")}
                                checked={*how == choice} onchange={{ let how = how.clone(); Callback::from(move |_: Event| how.set(choice)) }} />
                            <label class="checkbox__label" for={format!("split-{code}")}>{ label }</label>
                        </div>
                    }
                </fieldset>
                if *how != SplitHow::Equally {
                    for (index, partner) in chosen.iter().enumerate() {
                        {{
                            let id = partner.id;
                            let figures = figures.clone();
                            let value = figures.iter().find(|(f, _)| *f == id).map_or(String::new(), |(_, t)| t.clone());
                            let oninput = on_text(Callback::from(move |text: String| {
                                let mut list = (*figures).clone();
                                list.retain(|(f, _)| *f != id);
                                list.push((id, text));
                                figures.set(list);
                            }));
                            let field_id = format!("split-figure-{id}");
                            html! {
                                <div class="form-group" key={id}>
                                    <label class="label" for={field_id.clone()}>
                                        { format!("{} for {}", if *how == SplitHow::ByPercentage { "Percentage" } else { "Figure" }, partner.display_name(index)) }
                                    </label>
                                    <input class="input input--width-10" id={field_id} type="text" inputmode="decimal" {value} {oninput} />
                                </div>
                            }
                        }}
                    }
                }
                <button type="button" class="button button--secondary" onclick={on_apply}>{ "Set their annual contributions" }</button>
                if let Some(outcome) = &*message {
                    <p class={if outcome.is_ok() { "share-panel__status" } else { "error-message" }} role="status">
                        { match outcome { Ok(text) | Err(text) => text.clone() } }
                    </p>
                }
            </div>
        </details>
    }
}
