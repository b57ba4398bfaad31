//! Helpers shared by the app's test files; the scenario generator is the model's
//! (`model/tests/common/scenarios.rs`).
#![allow(dead_code)]

#[path = "../../model/tests/common/scenarios.rs"]
pub mod scenarios;

#[allow(unused_imports)]
pub use scenarios::renumbered;

/// Rendered HTML's text with tags removed and whitespace collapsed, as a person reads it.
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
