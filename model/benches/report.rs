//! Native benchmark of the model: time to build the report (every figure) for
//! documents of growing size. Run with `cargo bench --bench report`.

#[path = "../tests/common/scenarios.rs"]
mod scenarios;

use funding_model::data::presets::Preset;
use funding_model::figures::Figures;
use funding_model::{link, Report, Scenario};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Median time of one call of `work`, from batches run for about 100 ms each.
fn median_time(mut work: impl FnMut()) -> Duration {
    let mut batch = 1u32;
    loop {
        let start = Instant::now();
        for _ in 0..batch {
            work();
        }
        if start.elapsed() > Duration::from_millis(10) {
            break;
        }
        batch *= 2;
    }
    let mut samples: Vec<Duration> = (0..21)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                work();
            }
            start.elapsed() / batch
        })
        .collect();
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let documents: Vec<(String, Scenario)> = [
        (
            "South Yorkshire example".to_string(),
            Preset::SouthYorkshire.scenario(),
        ),
        (
            "Large: 30 partners, 10 years + 4 extensions".to_string(),
            scenarios::large(),
        ),
    ]
    .into_iter()
    .chain([5, 50, 200].map(|p| (format!("{p} partners, 10 years"), scenarios::sized(p, 10))))
    .chain([2, 10, 20].map(|y| (format!("30 partners, {y} years"), scenarios::sized(30, y))))
    .chain([(
        "At the limits: 10 options × 250 partners × 20 years".to_string(),
        scenarios::at_limits(),
    )])
    .collect();

    println!(
        "| document | partners | contract years | build the report (µs) | every option's figures (µs) | encode the link (µs) | decode the link (µs) |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (name, scenario) in &documents {
        // The report is of the option shown; the link carries every option.
        let option = scenario.active_option();
        let years = Report::build(option).years.len();
        let report = median_time(|| {
            black_box(Report::build(black_box(option)));
        });
        let figures = median_time(|| {
            black_box(Figures::build(black_box(scenario)));
        });
        let encode = median_time(|| {
            black_box(link::encode(black_box(scenario)));
        });
        let fragment = link::encode(scenario);
        let decode = median_time(|| {
            black_box(link::decode(black_box(&fragment)).ok());
        });
        let micros = |time: Duration| time.as_secs_f64() * 1e6;
        println!(
            "| {name} | {} | {years} | {:.1} | {:.1} | {:.1} | {:.1} |",
            option.partners.len(),
            micros(report),
            micros(figures),
            micros(encode),
            micros(decode)
        );
    }
    compare_at_limits();
}

/// Comparing two versions at the documented limits: `compare` and the breakdown of
/// every option, for a few inputs changed and for every partner's amount changed.
fn compare_at_limits() {
    use funding_model::figures::versions::{breakdown, compare};
    let earlier = scenarios::at_limits();
    let mut slightly = earlier.clone();
    slightly.options[3].partners[17].annual += rust_decimal::Decimal::from(1_000);
    slightly.options[5].extensions[9].taken = false;
    slightly.options[0].partners.swap(1, 2);
    let mut every = earlier.clone();
    for option in &mut every.options {
        for partner in &mut option.partners {
            partner.annual += rust_decimal::Decimal::ONE;
        }
    }
    println!();
    println!("| versions compared at the limits | compare (ms) | compare and breakdown (ms) |");
    println!("| --- | ---: | ---: |");
    for (name, later) in [
        ("a few inputs changed", &slightly),
        ("every partner's amount changed", &every),
    ] {
        let compared = median_time(|| {
            black_box(compare(black_box(&earlier), black_box(later)));
        });
        let both = median_time(|| {
            let changes = compare(black_box(&earlier), black_box(later));
            black_box(breakdown(&earlier, later, &changes));
        });
        let millis = |time: Duration| time.as_secs_f64() * 1e3;
        println!("| {name} | {:.1} | {:.1} |", millis(compared), millis(both));
    }
}
