//! Funding-scenario calculator for public-sector commissioners: the app, built on the
//! model crate (`funding_model`, in `model/`), which is pure Rust and knows nothing of
//! the browser.
//!
//! [`state`] holds the editing state and its actions; [`keeping`] decides how the
//! user's work is kept in this browser; [`components`] is the yew user interface, and
//! its `browser` module every direct call to the browser; [`file_worker`] is what the
//! app and its file worker say to each other.

pub mod components;
#[cfg(all(target_arch = "wasm32", debug_assertions))]
pub mod dev;
pub mod file_worker;
pub mod keeping;
#[cfg(feature = "render-count")]
pub mod render_count;
pub mod route;
pub mod state;

/// Counts a drawing of the component `$component` for the row `$key`, in the build with
/// the `render-count` feature only (`src/render_count.rs`); in every other build, nothing.
#[macro_export]
macro_rules! count_render {
    ($component:literal, $key:expr) => {
        #[cfg(feature = "render-count")]
        $crate::render_count::note($component, &$key.to_string());
    };
}
