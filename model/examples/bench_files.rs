//! Writes the scenario file the browser benchmark opens, the scenario at the
//! documented limits, to the path given; prints the chosen-term total of the option
//! it shows, which the benchmark waits for.
//!
//! Usage: `cargo run --example bench_files -- target/bench/at-limits.json`

#[path = "../tests/common/scenarios.rs"]
mod scenarios;

use funding_model::{format_gbp, scenario_file, Report};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "at-limits.json".to_string());
    let scenario = scenarios::at_limits();
    // Without the fingerprint member, which builds before it refuse as unknown, so
    // `tools/bench --before` can open the same file in both builds.
    let text: String = scenario_file::write(&scenario)
        .lines()
        .filter(|line| !line.trim_start().starts_with("\"fingerprint\":"))
        .map(|line| format!("{line}\n"))
        .collect();
    let text = text.trim_end().to_string();
    std::fs::write(&path, &text).expect("the benchmark file can be written");
    let report = Report::build(scenario.active_option());
    println!("{}\t{}", text.len(), format_gbp(report.chosen_total));
}
