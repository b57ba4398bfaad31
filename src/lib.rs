//! Funding-scenario calculator for public-sector commissioners.
//!
//! [`model`] is pure Rust and knows nothing of the browser; [`state`] holds the
//! editing state and its actions; [`components`] is the yew user interface.

pub mod components;
#[cfg(all(target_arch = "wasm32", debug_assertions))]
pub mod dev;
pub mod model;
pub mod route;
pub mod startup;
pub mod state;
