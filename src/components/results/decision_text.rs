//! The words that go with the figures into a decision paper: how the figures are
//! worked out (the method and assumptions of the option on screen) and the financial
//! implications, ready to copy. Each is shown on demand and always printed, as an
//! appendix.

use crate::components::browser::clipboard::copy_rich_to_clipboard;
use crate::state::page::{PageAction, PageState};
use funding_model::figures::implications::{financial_implications, to_html, to_plain_text, Block};
use funding_model::figures::method::method;
use funding_model::figures::Figures;
use funding_model::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// What the decision text is drawn from.
pub struct DecisionTextArgs<'a> {
    pub scenario: &'a Rc<Scenario>,
    pub figures: &'a Figures,
    /// Entries that need fixing, which the figures leave out.
    pub left_out: usize,
    /// The page is being printed: both are drawn, as an appendix.
    pub printing: bool,
    /// Which of the two are shown, and what copying last did; and its changes.
    pub page: &'a PageState,
    pub on_page: &'a Callback<PageAction>,
}

/// The method and the financial implications. A plain function: which are shown is
/// the page's state.
pub fn decision_text(args: DecisionTextArgs) -> Html {
    let (page, printing) = (args.page, args.printing);
    let option = args.scenario.active_option();
    // Worked out only while shown, on screen or on paper: at the limits each is long.
    let said = if page.method_shown || printing {
        method(option, args.figures.shown(), args.left_out)
    } else {
        Vec::new()
    };
    let blocks = if page.implications_shown || printing {
        financial_implications(args.scenario, args.figures)
    } else {
        Vec::new()
    };
    let on_copy = {
        let (plain, html) = (to_plain_text(&blocks), to_html(&blocks));
        let on_page = args.on_page.clone();
        Callback::from(move |_: MouseEvent| {
            let (plain, html, on_page) = (plain.clone(), html.clone(), on_page.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_rich_to_clipboard(&plain, &html).await;
                on_page.emit(PageAction::ImplicationsCopied(copied));
            });
        })
    };
    html! {
        <>
            { on_demand("method", "How the figures are worked out", page.method_shown, args.on_page.reform(|_| PageAction::ToggleMethod), html! {
                <ul class="list method__list">
                    for sentence in said { <li>{ sentence }</li> }
                </ul>
            }) }
            { on_demand("implications", "Financial implications, ready to paste", page.implications_shown, args.on_page.reform(|_| PageAction::ToggleImplications), html! {
                <>
                    <div class="button-group no-print">
                        <button type="button" class="button button--secondary button--small" onclick={on_copy}>
                            { "Copy the text" }<span class="visually-hidden">{ ": financial implications" }</span>
                        </button>
                    </div>
                    <p class="paste-rows__status no-print" role="status">{ match page.implications_copied {
                        None => "",
                        Some(true) => "Copied. Paste it into the report: tables paste as tables.",
                        Some(false) => "Your browser did not let the calculator copy the text. Select it and copy it instead.",
                    } }</p>
                    <div class="implications__text">
                        for (index, block) in blocks.iter().enumerate() { { block_html(index, block) } }
                    </div>
                </>
            }) }
        </>
    }
}

/// A section with a button that shows or hides its body on screen; on paper it is
/// always shown.
fn on_demand(
    id: &'static str,
    title: &'static str,
    open: bool,
    toggle: Callback<MouseEvent>,
    body: Html,
) -> Html {
    let body_id = format!("{id}-body");
    html! {
        <section class={classes!("on-demand", (!open).then_some("on-demand--closed"))} aria-labelledby={format!("{id}-title")}>
            <h3 class="table__title" id={format!("{id}-title")}>{ title }</h3>
            <button type="button" class="figure-link no-print" aria-expanded={open.to_string()} aria-controls={body_id.clone()} onclick={toggle}>
                { if open { "Hide" } else { "Show" } }<span class="visually-hidden">{ format!(": {}", title.to_ascii_lowercase()) }</span>
            </button>
            <div class="on-demand__body" id={body_id}>{ body }</div>
        </section>
    }
}

/// A paragraph, or a table in a region that scrolls on a narrow screen, reachable by
/// keyboard.
fn block_html(index: usize, block: &Block) -> Html {
    match block {
        Block::Paragraph(words) => html! { <p>{ words.clone() }</p> },
        Block::Table(rows) => html! {
            <div class="table-scroll" role="region" tabindex="0"
                aria-label={format!("Financial implications, table {}", index + 1)}>
                <table class="table table--figures">
                    if let Some((header, body)) = rows.split_first() {
                        <thead><tr>
                            for (index, words) in header.iter().enumerate() {
                                <th scope="col" class={(index > 0).then_some("numeric")}>{ words.clone() }</th>
                            }
                        </tr></thead>
                        <tbody>
                            for row in body {
                                <tr>
                                    for (index, words) in row.iter().enumerate() {
                                        if index == 0 { <th scope="row">{ words.clone() }</th> } else { <td class="numeric">{ words.clone() }</td> }
                                    }
                                </tr>
                            }
                        </tbody>
                    }
                </table>
            </div>
        },
    }
}
