//! Helpers shared by the model's test files (and, through `#[path]`, its benchmarks
//! and examples, and the app's tests).
#[allow(dead_code)]
pub mod golden;
pub mod link_sizes;
pub mod scenarios;
pub mod words;

#[allow(unused_imports)]
pub use scenarios::renumbered;
