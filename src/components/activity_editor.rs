//! Expected activity: what the money buys, for value for money.

use super::text_field::TextField;
use crate::state::{Action, AppState, Field};
use yew::prelude::*;

/// A field, its label, its hint and the action its text makes.
type ActivityField = (Field, &'static str, &'static str, fn(String) -> Action);

#[derive(Properties, PartialEq)]
pub struct ActivityEditorProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ActivityEditor(props: &ActivityEditorProps) -> Html {
    let dispatch = &props.dispatch;
    let fields: [ActivityField; 3] = [
        (
            Field::Referrals,
            "Referrals a year",
            "People referred to the service in a full year.",
            Action::EditReferrals,
        ),
        (
            Field::Completions,
            "Completions a year",
            "People expected to complete the programme in a full year.",
            Action::EditCompletions,
        ),
        (
            Field::DemandChange,
            "Change in demand, in per cent",
            "Applied to both, such as 60 for a rise of 60% or -20 for a fall. Leave blank for none.",
            Action::EditDemandChange,
        ),
    ];
    html! {
        <section class="activity" aria-labelledby="activity-heading">
            <h3 class="heading-m" id="activity-heading">{ "Activity and value" }</h3>
            for (field, label, hint, action) in fields {
                {{
                    let view = props.state.field_view(field);
                    html! {
                        <TextField id={field.element_id()} label={label} hint={hint}
                            inputmode="numeric" width="input--width-10" value={view.text}
                            error={view.error.map(AttrValue::from)}
                            oninput={dispatch.reform(action)}
                            onblur={dispatch.reform(move |_| Action::SettleField(field))} />
                    }
                }}
            }
        </section>
    }
}
