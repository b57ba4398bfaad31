//! How many times each component drew itself, by component and row, counted only in
//! the build the render-count test makes (`--features render-count`,
//! `tests/render_count.rs`), so the claim that an edit redraws only what it changed is
//! shown rather than asserted. In every other build [`count_render!`] is nothing.
//!
//! [`count_render!`]: crate::count_render

use std::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
    static COUNTS: RefCell<BTreeMap<String, u32>> = const { RefCell::new(BTreeMap::new()) };
}

/// Counts one drawing of `component` for the row `key` (a line's id, a row's name).
pub fn note(component: &str, key: &str) {
    COUNTS.with(|counts| {
        *counts
            .borrow_mut()
            .entry(format!("{component} {key}"))
            .or_default() += 1
    });
}

/// The counts since the last call ("FigureRow Doncaster Council" → 2), emptied.
pub fn take() -> BTreeMap<String, u32> {
    COUNTS.with(|counts| std::mem::take(&mut *counts.borrow_mut()))
}
