//! The whole app: owns the editing state, so it outlives a visit to another page,
//! and chooses the page to show.

use super::accessibility_statement::AccessibilityStatement;
use super::browser::{current_page, focus_element, focus_on_click, push_page, set_document_title};
use super::calculator::Calculator;
use crate::model::Report;
use crate::route::Page;
use crate::state::{Action, AppState};
use gloo::events::EventListener;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to open with; the South Yorkshire example when not given.
    #[prop_or_default]
    pub initial: Option<AppState>,
    /// The page to open on; read from the address bar when not given.
    #[prop_or_default]
    pub page: Option<Page>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial.unwrap_or_default());
    let report = use_memo(state.scenario.clone(), Report::build);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let opening_page = props.page;
    let page = use_state(move || opening_page.unwrap_or_else(current_page));

    // Focus follows the state's request: after adding, removing or moving an item,
    // or to the error summary when errors are shown.
    use_effect_with(state.focus.clone(), |focus| {
        if let Some(request) = focus {
            focus_element(&request.element_id);
        }
    });

    // Back and Forward between the calculator and the statement.
    {
        let page = page.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                page.set(current_page());
            });
            move || drop(listener)
        });
    }

    // A new page gets its title, and focus on its heading so screen readers start there.
    {
        let is_first_page = use_mut_ref(|| true);
        use_effect_with(*page, move |page| {
            set_document_title(*page);
            if !std::mem::replace(&mut *is_first_page.borrow_mut(), false) {
                focus_element("page-heading");
            }
        });
    }

    let go_to = |target: Page| {
        let page = page.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            push_page(target);
            page.set(target);
        })
    };

    let content = match *page {
        Page::Calculator => html! {
            <Calculator state={(*state).clone()} report={report.clone()} dispatch={dispatch} />
        },
        Page::AccessibilityStatement => html! {
            <AccessibilityStatement on_back={go_to(Page::Calculator)} />
        },
    };
    html! {
        <>
            <a href="#main-content" class="skip-link" onclick={focus_on_click("main-content".to_string())}>
                { "Skip to main content" }
            </a>
            <header class="app-header">
                <div class="container">
                    <p class="app-header__name">{ "Funding scenario calculator" }</p>
                    <p class="app-header__tagline">{ "Pooled budgets for jointly commissioned services" }</p>
                </div>
            </header>
            <main class="container" id="main-content" tabindex="-1">
                { content }
            </main>
            <footer class="app-footer">
                <div class="container">
                    <p>{ "Everything is calculated in your browser. Nothing you enter is sent anywhere." }</p>
                    <p>
                        <a href={Page::AccessibilityStatement.query()} onclick={go_to(Page::AccessibilityStatement)}>
                            { "Accessibility statement" }
                        </a>
                    </p>
                </div>
            </footer>
        </>
    }
}
