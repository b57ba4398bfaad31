//! A labelled text input in the GOV.UK pattern: label, optional hint, inline error.

use crate::components::on_text;
use crate::state::{Action, Field, FieldView};
use yew::prelude::*;

/// What a text field edits: its id, its text and error, and what typing in it and
/// leaving it do.
#[derive(Clone, PartialEq)]
pub struct Binding {
    pub id: AttrValue,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    pub oninput: Callback<String>,
    pub onblur: Option<Callback<()>>,
}

impl Binding {
    /// A field of the editing state, showing `shown`: typing in it is
    /// [`Action::Type`], leaving it [`Action::Settle`].
    pub fn to_state(field: Field, shown: FieldView, dispatch: &Callback<Action>) -> Binding {
        Binding {
            id: field.element_id().into(),
            value: shown.text.into(),
            error: shown.error.map(AttrValue::from),
            oninput: dispatch.reform(move |text| Action::Type(field, text)),
            onblur: Some(dispatch.reform(move |_| Action::Settle(field))),
        }
    }

    /// A field whose text is a component's own state, which typing sets.
    pub fn of_state(id: &'static str, state: &UseStateHandle<String>) -> Binding {
        let setter = state.clone();
        Binding::local(
            id,
            (**state).clone(),
            Callback::from(move |text| setter.set(text)),
        )
    }

    /// A field whose text the component holds itself.
    pub fn local(id: &'static str, value: String, oninput: Callback<String>) -> Binding {
        Binding {
            id: id.into(),
            value: value.into(),
            error: None,
            oninput,
            onblur: None,
        }
    }
}

/// A text field: what it edits and its label, then what else it shows.
pub struct TextField {
    pub bind: Binding,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    /// Shown before the input, such as "£". Hidden from screen readers: the label says
    /// "in pounds" instead.
    pub prefix: Option<AttrValue>,
    /// `decimal` for money, `numeric` for whole numbers, `text` otherwise.
    pub inputmode: &'static str,
    /// A CSS width class such as `input--width-10`.
    pub width: Option<&'static str>,
    pub placeholder: Option<AttrValue>,
    /// The most characters the field takes, where there is a limit.
    pub maxlength: Option<usize>,
    /// Its key among siblings drawn from a list.
    pub key: Option<u16>,
}

impl TextField {
    /// A plain text field with `label`, to which the other parts are added.
    pub fn new(bind: Binding, label: impl Into<AttrValue>) -> TextField {
        TextField {
            bind,
            label: label.into(),
            hint: None,
            prefix: None,
            inputmode: "text",
            width: None,
            placeholder: None,
            maxlength: None,
            key: None,
        }
    }

    /// For money: "£" before it, the decimal keypad and a width for £1,000,000.00.
    pub fn pounds(self) -> TextField {
        TextField {
            prefix: Some("£".into()),
            inputmode: "decimal",
            width: Some("input--width-10"),
            ..self
        }
    }

    /// For a number: the keypad named by `inputmode` and a CSS width class.
    pub fn number(self, inputmode: &'static str, width: &'static str) -> TextField {
        TextField {
            inputmode,
            width: Some(width),
            ..self
        }
    }

    pub fn hint(self, hint: impl Into<AttrValue>) -> TextField {
        TextField {
            hint: Some(hint.into()),
            ..self
        }
    }
}

/// Drawn by a plain function, not a component: a field is drawn whenever the form
/// around it is, as its callbacks are new each time, so a component of its own would
/// only add code.
pub fn text_field(props: TextField) -> Html {
    let bind = &props.bind;
    let hint_id = format!("{}-hint", bind.id);
    let error_id = format!("{}-error", bind.id);
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        bind.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let onblur = bind
        .onblur
        .clone()
        .map(|callback| Callback::from(move |_: FocusEvent| callback.emit(())));
    let input = html! {
        <input
            class={classes!("input", props.width, bind.error.is_some().then_some("input--error"))}
            id={bind.id.clone()}
            name={bind.id.clone()}
            type="text"
            inputmode={props.inputmode}
            autocomplete="off"
            spellcheck="false"
            value={bind.value.clone()}
            placeholder={props.placeholder.clone()}
            maxlength={props.maxlength.map(|n| n.to_string())}
            aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
            aria-invalid={bind.error.is_some().then_some("true")}
            oninput={on_text(bind.oninput.clone())}
            {onblur}
        />
    };
    let mut field = html! {
        <div class={classes!("form-group", bind.error.is_some().then_some("form-group--error"))}>
            <label class="label" for={bind.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <div class="hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            if let Some(error) = &bind.error {
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
    };
    if let (Some(key), Html::VTag(tag)) = (props.key, &mut field) {
        std::rc::Rc::make_mut(tag).key = Some(key.into());
    }
    field
}
