//! Extension options: add, remove, change length, take up or not.

use super::text_field::TextField;
use crate::model::scenario::MAX_EXTENSIONS;
use crate::state::{Action, AppState, Field, EXTENSIONS_HEADING_ID};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExtensionsEditorProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ExtensionsEditor(props: &ExtensionsEditorProps) -> Html {
    let dispatch = &props.dispatch;
    let extensions = &props.state.option().extensions;
    html! {
        <section class="extensions" aria-labelledby={EXTENSIONS_HEADING_ID}>
            <h3 class="heading-m" id={EXTENSIONS_HEADING_ID} tabindex="-1">{ "Extension options" }</h3>
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
                        let field = Field::ExtensionMonths { extension: id };
                        let checkbox_id = format!("extension-{id}-taken");
                        let on_taken = dispatch.reform(move |event: Event| {
                            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                            Action::SetExtensionTaken(id, input.checked())
                        });
                        html! {
                            <li class="item" key={id}>
                              <fieldset class="fieldset fieldset--item">
                                <legend class="item__title">{ format!("Extension {number}") }</legend>
                                <TextField
                                    id={field.element_id()}
                                    label={format!("Length of extension {number} in months")}
                                    hint="Usually 12. Up to 60 months."
                                    inputmode="numeric"
                                    width="input--width-3"
                                    value={props.state.field_text(field)}
                                    error={props.state.field_error(field).map(|e| AttrValue::from(e.to_string()))}
                                    oninput={dispatch.reform(move |text| Action::EditExtensionMonths(id, text))}
                                    onblur={dispatch.reform(move |_| Action::SettleField(field))}
                                />
                                <div class="checkbox">
                                    <input class="checkbox__input" type="checkbox" id={checkbox_id.clone()}
                                        checked={extension.taken} onchange={on_taken} />
                                    <label class="checkbox__label" for={checkbox_id}>
                                        { format!("Take up extension {number} in this scenario") }
                                    </label>
                                </div>
                                <button type="button" class="button button--warning button--small"
                                    onclick={dispatch.reform(move |_| Action::RemoveExtension(id))}>
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
                    onclick={dispatch.reform(|_| Action::AddExtension)}>
                    { "Add an extension option" }
                </button>
            }
        </section>
    }
}
