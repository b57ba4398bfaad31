//! Helpers shared by the test files (and, through `#[path]`, the benchmarks).
pub mod link_sizes;
pub mod scenarios;
