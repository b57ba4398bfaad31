//! Today's date, the page's frames, and its performance timeline.

use wasm_bindgen::JsCast;

/// Today's date as people in the UK write it: "23 November 2026".
pub fn today_label() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let today = js_sys::Date::new_0();
    let month = funding_model::data::month::MONTH_NAMES
        .get(today.get_month() as usize)
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", today.get_date(), today.get_full_year())
}

/// Where a new scenario's contract starts: the first April after today (natively, in
/// tests, April 2027).
pub fn next_april() -> funding_model::YearMonth {
    if !cfg!(target_arch = "wasm32") {
        return funding_model::YearMonth::next_april(2026, 12);
    }
    let today = js_sys::Date::new_0();
    funding_model::YearMonth::next_april(today.get_full_year() as i32, today.get_month() as u8 + 1)
}

/// Marks `first-results` in the page's performance timeline once the first results
/// have been painted (two animation frames after the first render), for the start-up
/// benchmark (docs/benchmarks.md).
pub fn mark_first_results_painted() {
    use wasm_bindgen::closure::Closure;
    let mark = Closure::once_into_js(|| {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("first-results");
        }
    });
    let next_frame = Closure::once_into_js(move || {
        let _ = gloo::utils::window().request_animation_frame(mark.unchecked_ref());
    });
    let _ = gloo::utils::window().request_animation_frame(next_frame.unchecked_ref());
}

/// Runs `work` in a task of its own once the next frame is painted, so that what the
/// browser has waiting (input, the frame, other timers) comes first.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    let then =
        Closure::once_into_js(move || gloo::timers::callback::Timeout::new(0, work).forget());
    let _ = gloo::utils::window().request_animation_frame(then.unchecked_ref());
}
