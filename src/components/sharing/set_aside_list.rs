//! Scenarios kept on this computer when a shared link displaced them.

use crate::model::link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetAsideListProps {
    /// Link fragments, most recent first.
    pub fragments: Vec<String>,
    pub on_open: Callback<String>,
}

#[component]
pub fn SetAsideList(props: &SetAsideListProps) -> Html {
    if props.fragments.is_empty() {
        return html! {};
    }
    html! {
        <details class="details set-aside">
            <summary class="details__summary">{ format!("Scenarios set aside ({})", props.fragments.len()) }</summary>
            <div class="details__text">
                <p class="hint">{ "Your own work, kept on this computer when you opened a shared link." }</p>
                <ul class="set-aside__list">
                    for (index, fragment) in props.fragments.iter().enumerate() {
                        {{
                            let title = match link::decode(fragment) {
                                Ok(scenario) if !scenario.title.trim().is_empty() => scenario.title,
                                Ok(_) => "Untitled scenario".to_string(),
                                Err(_) => "A scenario this version cannot open".to_string(),
                            };
                            let openable = link::decode(fragment).is_ok();
                            let on_click = {
                                let fragment = fragment.clone();
                                props.on_open.reform(move |_: MouseEvent| fragment.clone())
                            };
                            html! {
                                <li key={index}>
                                    <span class="set-aside__title">{ title.clone() }</span>
                                    if openable {
                                        <button type="button" class="button button--secondary button--small" onclick={on_click}>
                                            { "Open" }<span class="visually-hidden">{ format!(": {title}") }</span>
                                        </button>
                                    }
                                </li>
                            }
                        }}
                    }
                </ul>
            </div>
        </details>
    }
}
