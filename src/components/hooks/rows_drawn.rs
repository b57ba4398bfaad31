//! A long list that arrives all at once (a file or link opened, a block of rows
//! pasted) is drawn a frame's worth of rows at a time: the figures and the first
//! screen are painted first, and no frame waits for thousands of rows below the fold.

use crate::components::browser::clock::after_next_paint;
use yew::prelude::*;

/// Rows of each long list added to the page in each frame while a long list arrives:
/// more than a screen holds.
pub const ROWS_PER_FRAME: usize = 50;

/// How many rows of each list to draw now, given the longest list on the page: all of
/// them, unless that list grew by more than a frame's worth since the last render;
/// then a frame's worth more than last time, and the rest in the frames after, each
/// once the one before is painted. Printing draws every row at once, as does the app
/// rendered natively (for its tests), where there are no frames.
#[hook]
pub fn use_rows_drawn(longest: usize, printing: bool) -> usize {
    let drawn = use_mut_ref(|| 0);
    let redraw = use_force_update();
    let all_at_once = printing || !cfg!(target_arch = "wasm32");
    let rows = match all_at_once {
        true => longest,
        false => longest.min(*drawn.borrow() + ROWS_PER_FRAME),
    };
    *drawn.borrow_mut() = rows;
    use_effect_with((rows, longest), move |&(rows, longest)| {
        if rows < longest {
            after_next_paint(move || redraw.force_update());
        }
    });
    rows
}
