//! Funding-scenario calculator for public-sector commissioners.
//!
//! [`model`] is pure Rust and knows nothing of the browser; [`state`] holds the
//! editing state and its actions; [`components`] is the yew user interface.

pub mod components;
pub mod model;
pub mod route;
pub mod startup;
pub mod state;
