//! Extension options: add, remove, change length, take up or not.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::state::views::ExtensionView;
use crate::state::{ids, Action, ContractAction, Field};
use funding_model::data::limits::MAX_EXTENSIONS;
use yew::prelude::*;

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn extensions_editor(args: &SectionArgs<Vec<ExtensionView>>) -> Html {
    let dispatch = &args.dispatch;
    let extensions = &args.view;
    let contract = |action: ContractAction| Action::Contract(action);
    html! {
        <section class="extensions" aria-labelledby={ids::EXTENSIONS_HEADING}>
            <h3 class="heading-m" id={ids::EXTENSIONS_HEADING} tabindex="-1">{ "Extension options" }</h3>
            <div class="hint">
                { "Extensions follow the initial term in order: taking one up also takes up those before it." }
            </div>
            if extensions.is_empty() {
                <p class="body">{ "No extension options." }</p>
            }
            <ol class="item-list">
                for (index, extension) in extensions.iter().enumerate() {
                    {{
                        let id = extension.id;
                        let number = index + 1;
                        let field = Field::ExtensionMonths(id);
                        let checkbox_id = format!("extension-{id}-taken");
                        let on_taken = dispatch.reform(move |event: Event| {
                            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                            contract(ContractAction::SetExtensionTaken(id, input.checked()))
                        });
                        html! {
                            <li class="item" key={id}>
                              <fieldset class="fieldset fieldset--item">
                                <legend class="item__title">{ format!("Extension {number}") }</legend>
                                { text_field(TextField::new(Binding::to_state(field, extension.months.clone(), dispatch),
                                    format!("Length of extension {number} in months"))
                                    .hint("Usually 12. Up to 60 months.")
                                    .number("numeric", "input--width-3")) }
                                <div class="checkbox">
                                    <input class="checkbox__input" type="checkbox" id={checkbox_id.clone()}
                                        checked={extension.taken} onchange={on_taken} />
                                    <label class="checkbox__label" for={checkbox_id}>
                                        { format!("Take up extension {number} in this scenario") }
                                    </label>
                                </div>
                                <button type="button" class="button button--warning button--small"
                                    onclick={dispatch.reform(move |_| contract(ContractAction::RemoveExtension(id)))}>
                                    { "Remove " }<span class="visually-hidden">{ format!("extension {number}") }</span>
                                    <span aria-hidden="true">{ "extension" }</span>
                                </button>
                              </fieldset>
                            </li>
                        }
                    }}
                }
            </ol>
            if extensions.len() < MAX_EXTENSIONS {
                <button type="button" class="button button--secondary"
                    onclick={dispatch.reform(move |_| contract(ContractAction::AddExtension))}>
                    { "Add an extension option" }
                </button>
            }
        </section>
    }
}
