//! Prints how long scenario links are, ours against deflated JSON in base64url.
//! Run with `cargo bench --bench link_size`; the table goes in docs/benchmarks.md.

#[path = "../tests/common/link_sizes.rs"]
mod link_sizes;
#[path = "../tests/common/scenarios.rs"]
mod scenarios;

fn main() {
    println!("{}", link_sizes::table(&link_sizes::standard_rows()));
}
