//! Split a target among chosen partners, equally or in proportion to a figure such as
//! population, and set their annual contributions to the parts. The parts always add
//! up to the target; a penny that cannot be shared evenly goes to the partner higher
//! in the list.

use super::panel::{run_tool, tool_panel, SPLIT_WORDS};
use super::{field_error, PartnerToolProps, ToolOutcome, ToolProblem, ToolState};
use crate::components::editor::text_field::{text_field, Binding, TextField};
use crate::components::on_text;
use crate::state::{ListAction, Split, SplitPart};
use funding_model::data::agreement::{Basis, Terms};
use funding_model::data::amount_set::AmountSet;
use funding_model::data::inputs::{parse_amount, parse_percent, parse_whole_number};
use funding_model::data::money::Percent;
use funding_model::figures::analysis::{split_by_percentages, split_by_weights, split_equally};
use funding_model::formats::table_import::ImportedLine;
use rust_decimal::Decimal;
use yew::prelude::*;

/// How the amount is split among the chosen partners.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SplitHow {
    Equally,
    ByPercentage,
    ByFigure,
}

/// Each partner's typed figure or percentage, by id.
pub type Figures = Vec<(u32, String)>;

/// The split tool's panel: its fields are the amount, the partners to add and, for a
/// split by figures, what the figures are, their source and their date.
pub fn split_tool(props: &PartnerToolProps, state: &ToolState) -> Html {
    let ToolState {
        left_out,
        message,
        fields: [amount, new_names, basis_name, source, date],
        how,
        figures,
    } = state;
    let chosen: Vec<(u32, String)> = props
        .partners
        .iter()
        .filter(|(id, _)| !left_out.contains(id))
        .cloned()
        .chain(new_partners(new_names))
        .collect();
    let on_apply = {
        let (amount, how, figures, message) =
            (amount.clone(), **how, figures.clone(), message.clone());
        let basis_words = [basis_name.clone(), source.clone(), date.clone()];
        let (dispatch, chosen, new_names) =
            (props.dispatch.clone(), chosen.clone(), new_names.clone());
        Callback::from(move |_: MouseEvent| {
            let outcome = split(&amount, how, &chosen, &figures).map(|(total, parts)| {
                new_names.set(String::new());
                let [name, source, date] =
                    basis_words.each_ref().map(|text| text.trim().to_string());
                let basis = (how == SplitHow::ByFigure).then_some(Basis {
                    name,
                    source,
                    date,
                    total,
                });
                split_action(how, parts, &chosen, basis)
            });
            run_tool(&dispatch, &message, outcome);
        })
    };
    tool_panel(
        &SPLIT_WORDS,
        &props.partners,
        left_out,
        html! {
                <>
                    { new_partners_field(new_names) }
                    { text_field(TextField::new(Binding { error: field_error(message, "split-amount"), ..Binding::of_state("split-amount", amount) },
                        "Amount to split each year, in pounds").pounds()) }
                    { how_choice(how) }
                    if **how == SplitHow::ByFigure {
                        { text_field(TextField::new(Binding::of_state("split-basis-name", basis_name), "What the figures are").hint("Such as population. The figures are kept with each partner, and their amounts follow when the figures change.")) }
                        <div class="inline-fields">
                            { text_field(TextField::new(Binding::of_state("split-basis-source", source), "Source").hint("Such as ONS mid-year population estimates.")) }
                            { text_field(TextField::new(Binding::of_state("split-basis-date", date), "Date of the figures").hint("Such as mid-2023.")) }
                        </div>
                    }
                    if **how != SplitHow::Equally {
                        for (id, name) in &chosen {
                            { figure_field(*id, name, **how, figures, message) }
                        }
                    }
                    <button type="button" class="button button--secondary" onclick={on_apply}>{ "Set their contributions" }</button>
                </>
        },
        message,
    )
}

/// The action that sets the chosen partners' contributions, and the words saying so:
/// annual amounts for an equal split; otherwise each partner set as a share of the
/// amount, or by its figure of the basis, so the split is kept as the agreement sets it.
fn split_action(
    how: SplitHow,
    parts: Vec<SplitPart>,
    chosen: &[(u32, String)],
    basis: Option<Basis>,
) -> (ListAction, String) {
    let count = parts.len();
    let amounts: Vec<(u32, Decimal)> = parts.iter().map(|(id, amount, _)| (*id, *amount)).collect();
    let (existing, added) = with_new_partners(amounts, chosen, &parts);
    if how == SplitHow::Equally {
        let existing = existing
            .into_iter()
            .map(|(id, amount, _)| (id, amount))
            .collect();
        let action = match added.is_empty() {
            true => ListAction::SetAnnuals(existing),
            false => ListAction::SetAnnualsAndAdd(existing, added),
        };
        return (
            action,
            format!("Annual contributions set for {count} partners."),
        );
    }
    let words = match &basis {
        Some(basis) if !basis.name.is_empty() => format!("{count} partners' contributions set in proportion to {}, their figures kept with them.", basis.name),
        Some(_) => format!("{count} partners' contributions set in proportion to their figures, kept with them."),
        None => format!("{count} partners' contributions set as shares of the amount."),
    };
    (
        ListAction::SplitSet(Box::new(Split {
            chosen: existing,
            added,
            basis,
        })),
        words,
    )
}

/// The amount typed and its parts for the chosen partners, each with how it is set,
/// or what to fix.
fn split(
    amount: &str,
    how: SplitHow,
    chosen: &[(u32, String)],
    figures: &Figures,
) -> Result<(Decimal, Vec<SplitPart>), ToolProblem> {
    if chosen.is_empty() {
        return Err(ToolProblem::whole(
            "Choose at least one partner to share the amount",
        ));
    }
    let total = parse_amount(amount).map_err(|e| ToolProblem::at("split-amount", e.message()))?;
    let text_for = |id: &u32| {
        figures
            .iter()
            .find(|(f, _)| f == id)
            .map_or("", |(_, t)| t.as_str())
    };
    let (parts, terms): (Vec<Decimal>, Vec<Terms>) = match how {
        SplitHow::Equally => (
            split_equally(total, chosen.len()),
            vec![Terms::default(); chosen.len()],
        ),
        SplitHow::ByPercentage => {
            let percentages = chosen
                .iter()
                .map(|(id, name)| {
                    let what = format!("The percentage for {name}");
                    parse_percent(text_for(id), &what, Percent(10_000))
                        .map_err(|message| ToolProblem::at(figure_id(*id), message))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let parts = split_by_percentages(total, &percentages).map_err(ToolProblem::whole)?;
            let set = |share| Terms {
                set: AmountSet::ShareOf { share, of: total },
                ..Terms::default()
            };
            (parts, percentages.into_iter().map(set).collect())
        }
        SplitHow::ByFigure => {
            let weights = chosen
                .iter()
                .map(|(id, name)| {
                    let what = format!("The figure for {name}");
                    let digits = text_for(id).replace(',', "");
                    parse_whole_number(&digits, &what, 0, 1_000_000_000)
                        .map(u64::from)
                        .map_err(|message| ToolProblem::at(figure_id(*id), message))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let parts = split_by_weights(total, &weights)
                .ok_or_else(|| ToolProblem::whole("At least one figure must be more than 0"))?;
            let set = |figure| Terms {
                set: AmountSet::ByBasis,
                basis_figure: Some(figure),
                ..Terms::default()
            };
            (parts, weights.into_iter().map(set).collect())
        }
    };
    let ids = chosen.iter().map(|(id, _)| *id);
    Ok((
        total,
        ids.zip(parts)
            .zip(terms)
            .map(|((id, part), terms)| (id, part, terms))
            .collect(),
    ))
}

fn how_choice(how: &UseStateHandle<SplitHow>) -> Html {
    html! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{ "How to split it" }</legend>
            for (choice, code, label) in [
                (SplitHow::Equally, "equally", "Equally"),
                (SplitHow::ByPercentage, "by-percentage", "By percentage (adding up to 100%)"),
                (SplitHow::ByFigure, "by-figure", "In proportion to a figure, such as population"),
            ] {
                <div class="checkbox">
                    <input class="checkbox__input" type="radio" name="split-how" id={format!("split-{code}")}
                        checked={**how == choice} onchange={{ let how = how.clone(); Callback::from(move |_: Event| how.set(choice)) }} />
                    <label class="checkbox__label" for={format!("split-{code}")}>{ label }</label>
                </div>
            }
        </fieldset>
    }
}

/// The id of the percentage or figure field for the partner `id`.
fn figure_id(id: u32) -> String {
    format!("split-figure-{id}")
}

/// The percentage or figure for one chosen partner, with its error if it has one.
fn figure_field(
    id: u32,
    name: &str,
    how: SplitHow,
    figures: &UseStateHandle<Figures>,
    outcome: &ToolOutcome,
) -> Html {
    let value = figures
        .iter()
        .find(|(f, _)| *f == id)
        .map_or(String::new(), |(_, t)| t.clone());
    let figures = figures.clone();
    let oninput = on_text(Callback::from(move |text: String| {
        let mut list = (*figures).clone();
        list.retain(|(f, _)| *f != id);
        list.push((id, text));
        figures.set(list);
    }));
    let field_id = figure_id(id);
    let error = field_error(outcome, &field_id);
    let what = if how == SplitHow::ByPercentage {
        "Percentage"
    } else {
        "Figure"
    };
    let error_id = format!("{field_id}-error");
    html! {
        <div class={classes!("form-group", error.is_some().then_some("form-group--error"))} key={id}>
            <label class="label" for={field_id.clone()}>{ format!("{what} for {name}") }</label>
            if let Some(error) = &error {
                <p class="error-message" id={error_id.clone()}>
                    <span class="visually-hidden">{ "Error: " }</span>{ error.clone() }
                </p>
            }
            <input class={classes!("input", "input--width-10", error.is_some().then_some("input--error"))}
                id={field_id} type="text" inputmode="decimal" {value} {oninput}
                aria-describedby={error.is_some().then_some(error_id)} />
        </div>
    }
}

/// Ids for partners still to be added, counting down from the top so that they never
/// meet a real partner's id.
const FIRST_NEW_ID: u32 = u32::MAX;

/// The partners typed to be added, one name a line, with their stand-in ids.
fn new_partners(text: &str) -> Vec<(u32, String)> {
    text.lines()
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .take(funding_model::data::limits::MAX_PARTNERS)
        .enumerate()
        .map(|(index, name)| (FIRST_NEW_ID - index as u32, name.to_string()))
        .collect()
}

/// The parts for partners already in the list, with their terms, and the partners to
/// add with theirs.
fn with_new_partners(
    amounts: Vec<(u32, Decimal)>,
    chosen: &[(u32, String)],
    parts: &[SplitPart],
) -> (Vec<SplitPart>, Vec<ImportedLine>) {
    let terms_of = |id: u32| {
        (parts.iter())
            .find(|(part, ..)| *part == id)
            .map(|(_, _, terms)| terms.clone())
            .unwrap_or_default()
    };
    let new: Vec<(u32, String)> = chosen
        .iter()
        .filter(|(id, _)| is_new(*id))
        .cloned()
        .collect();
    let (added, existing): (Vec<_>, Vec<_>) = amounts
        .into_iter()
        .partition(|(id, _)| new.iter().any(|(n, _)| n == id));
    let added = added
        .into_iter()
        .enumerate()
        .filter_map(|(row, (id, amount))| {
            let name = new.iter().find(|(n, _)| *n == id)?.1.clone();
            let terms = terms_of(id);
            Some(ImportedLine {
                row: row + 1,
                name,
                kind: None,
                annual: Some(amount),
                years: Vec::new(),
                terms: (!terms.is_plain()).then_some(terms),
            })
        })
        .collect();
    let existing = existing
        .into_iter()
        .map(|(id, amount)| (id, amount, terms_of(id)))
        .collect();
    (existing, added)
}

fn is_new(id: u32) -> bool {
    id > FIRST_NEW_ID - funding_model::data::limits::MAX_PARTNERS as u32
}

fn new_partners_field(names: &UseStateHandle<String>) -> Html {
    let oninput = on_text({
        let names = names.clone();
        Callback::from(move |text| names.set(text))
    });
    html! {
        <div class="form-group">
            <label class="label" for="split-new">{ "Partners to add, who share it too (optional)" }</label>
            <div class="hint" id="split-new-hint">{ "One name on each line. They are added to the list with their part." }</div>
            <textarea class="input textarea textarea--short" id="split-new" rows="3" aria-describedby="split-new-hint"
                value={(**names).clone()} {oninput} />
        </div>
    }
}
