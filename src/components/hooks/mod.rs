//! The app's effects, one hook each, so `app.rs` reads as what the app holds and
//! shows: figures rebuilt once per change, focus moved on request, the working dialog
//! made modal and its working asked of the worker ([`working`]), printing followed;
//! and in [`keeping`], the work on screen kept in the address bar and the browser
//! (after typing pauses, never on a keystroke's path), and Back and Forward followed.

pub mod keeping;
pub mod real_terms;
pub mod rows_drawn;
pub mod working;

use super::browser::focus::focus_element;
use crate::keeping::Notice;
use crate::state::{ids, FocusRequest};
use funding_model::figures::Figures;
use funding_model::Scenario;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Every figure of the scenario, rebuilt once per change, reusing the reports of
/// options the change did not touch.
#[hook]
pub fn use_figures(scenario: &Rc<Scenario>) -> Rc<Figures> {
    let last = use_mut_ref(|| None::<Rc<Figures>>);
    let figures = use_memo(scenario.clone(), move |scenario| {
        let figures = Rc::new(Figures::rebuild(last.borrow().as_deref(), scenario));
        *last.borrow_mut() = Some(figures.clone());
        figures
    });
    (*figures).clone()
}

/// Focus follows the state's request: after adding, removing or moving an item, or to
/// the error summary when errors are shown.
#[hook]
pub fn use_focus_requests(focus: &Option<FocusRequest>) {
    use_effect_with(focus.clone(), |focus| {
        if let Some(request) = focus {
            focus_element(&request.element_id);
        }
    });
}

/// A notice that answers a button (no room to switch scenarios) takes focus, so it is
/// heard at once.
#[hook]
pub fn use_notice_focus(notice: &Option<Notice>) {
    use_effect_with(notice.clone(), |notice| {
        if *notice == Some(Notice::NoRoomToSwitch) {
            focus_element(ids::NOTICE_TITLE);
        }
    });
}

/// The working dialog is modal while a figure's working is shown (it takes focus, and
/// Escape closes it) and closed otherwise.
#[hook]
pub fn use_working_dialog(open: bool) {
    use_effect_with(open, |open| {
        let dialog = gloo::utils::document()
            .get_element_by_id(ids::WORKING_DIALOG)
            .and_then(|element| element.dyn_into::<web_sys::HtmlDialogElement>().ok());
        match dialog {
            Some(dialog) if *open && !dialog.open() => {
                let _ = dialog.show_modal();
            }
            Some(dialog) if !*open && dialog.open() => dialog.close(),
            _ => {}
        }
    });
}

/// Whether the page is being printed: true from the browser's `beforeprint` to its
/// `afterprint`. What only paper shows (tables cut to fit A4, every option's tables,
/// the appendix) is drawn only then, so a large scenario does not carry it on screen.
/// The page is drawn again before the print is laid out: the state set in
/// `beforeprint` is rendered in the microtask that follows the event.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let set = |to: bool| {
                let printing = printing.clone();
                move |_: &Event| printing.set(to)
            };
            let window = gloo::utils::window();
            let listeners = [
                EventListener::new(&window, "beforeprint", set(true)),
                EventListener::new(&window, "afterprint", set(false)),
            ];
            move || drop(listeners)
        });
    }
    *printing
}
