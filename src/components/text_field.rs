//! A labelled text input in the GOV.UK pattern: label, optional hint, inline error.

use super::on_text;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Shown before the input, such as "£". Hidden from screen readers: the label says
    /// "in pounds" instead.
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// `decimal` for money, `numeric` for whole numbers, `text` otherwise.
    #[prop_or(AttrValue::Static("text"))]
    pub inputmode: AttrValue,
    /// A CSS width class such as `input--width-10`.
    #[prop_or_default]
    pub width: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The most characters the field takes, where there is a limit.
    #[prop_or_default]
    pub maxlength: Option<usize>,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub onblur: Option<Callback<()>>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let onblur = props
        .onblur
        .clone()
        .map(|callback| Callback::from(move |_: FocusEvent| callback.emit(())));
    let input = html! {
        <input
            class={classes!("input", props.width.clone(), props.error.is_some().then_some("input--error"))}
            id={props.id.clone()}
            name={props.id.clone()}
            type="text"
            inputmode={props.inputmode.clone()}
            autocomplete="off"
            spellcheck="false"
            value={props.value.clone()}
            placeholder={props.placeholder.clone()}
            maxlength={props.maxlength.map(|n| n.to_string())}
            aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
            aria-invalid={props.error.is_some().then_some("true")}
            oninput={on_text(props.oninput.clone())}
            {onblur}
        />
    };
    html! {
        <div class={classes!("form-group", props.error.is_some().then_some("form-group--error"))}>
            <label class="label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <div class="hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            if let Some(error) = &props.error {
                <p class="error-message" id={error_id.clone()}>
                    <span class="visually-hidden">{ "Error: " }</span>{ error.clone() }
                </p>
            }
            if let Some(prefix) = &props.prefix {
                <div class="input-wrapper">
                    <span class="input-prefix" aria-hidden="true">{ prefix.clone() }</span>
                    { input }
                </div>
            } else {
                { input }
            }
        </div>
    }
}
