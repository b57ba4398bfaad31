//! Link sizes against the usual approach of playground sites: the scenario as JSON,
//! deflated, in base64url.
#![allow(dead_code)]

use funding_model::data::presets::Preset;
use funding_model::{link, scenario_file, Scenario};

pub struct LinkSize {
    pub name: &'static str,
    pub ours: usize,
    pub baseline: usize,
}

impl LinkSize {
    pub fn measure(name: &'static str, scenario: &Scenario) -> Self {
        let file: serde_json::Value =
            serde_json::from_str(&scenario_file::write(scenario)).unwrap();
        let compact = serde_json::to_string(&file).unwrap();
        let deflated = miniz_oxide::deflate::compress_to_vec(compact.as_bytes(), 10);
        LinkSize {
            name,
            ours: link::encode(scenario).len(),
            // base64url without padding: 4 characters for every 3 bytes, rounded up.
            baseline: (deflated.len() * 4).div_ceil(3),
        }
    }

    /// How much shorter ours is than the baseline, in whole percent rounded down.
    pub fn saving_percent(&self) -> usize {
        self.baseline.saturating_sub(self.ours) * 100 / self.baseline
    }
}

/// The rows of the benchmark and of its test: the two examples and the large document.
pub fn standard_rows() -> Vec<LinkSize> {
    vec![
        LinkSize::measure(
            "South Yorkshire example",
            &Preset::SouthYorkshire.scenario(),
        ),
        LinkSize::measure("Cleveland example", &Preset::Cleveland2022.scenario()),
        LinkSize::measure(
            "Large: 30 partners, 10 years, 4 extensions",
            &super::scenarios::large(),
        ),
    ]
}

pub fn table(rows: &[LinkSize]) -> String {
    let mut out = String::from("| scenario | our fragment (characters) | deflated JSON in base64url (characters) | ours is shorter by |\n| --- | ---: | ---: | ---: |\n");
    for row in rows {
        out.push_str(&format!(
            "| {} | {} | {} | {}% |\n",
            row.name,
            row.ours,
            row.baseline,
            row.saving_percent()
        ));
    }
    out
}
