//! Helpers shared by the test files (and, through `#[path]`, the benchmarks).
#[allow(dead_code)]
pub mod golden;
pub mod link_sizes;
pub mod scenarios;

use funding_calculator::model::Scenario;

/// Ids are not part of links or files: compare scenarios with ids numbered as
/// decoding does (in each option, partners from 1, then cost lines, then extensions).
#[allow(dead_code)]
pub fn renumbered(mut scenario: Scenario) -> Scenario {
    for option in &mut scenario.options {
        let mut id = 1;
        for partner in &mut option.partners {
            partner.id = id;
            id += 1;
        }
        for line in &mut option.cost_lines {
            line.id = id;
            id += 1;
        }
        for extension in &mut option.extensions {
            extension.id = id;
            id += 1;
        }
    }
    scenario
}

/// Rendered HTML's text with tags removed and whitespace collapsed, as a person reads it.
#[allow(dead_code)]
pub fn text_of(html: &str) -> String {
    // The server renderer marks where each component starts and ends with comments.
    let mut uncommented = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        uncommented.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    uncommented.push_str(rest);
    let mut text = String::new();
    let mut in_tag = false;
    for ch in uncommented.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(ch),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
