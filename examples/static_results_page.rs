//! Writes the static page the start-up benchmark compares the app with: the same
//! South Yorkshire page, rendered to HTML natively, with no WebAssembly. It marks
//! `first-results` after its first paint just as the app does.
//!
//! Usage: `cargo run --example static_results_page -- <stylesheet file name>`

use funding_calculator::components::app::{App, AppProps};
use funding_calculator::state::AppState;
use yew::ServerRenderer;

fn main() {
    let stylesheet = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "app.css".to_string());
    let renderer = ServerRenderer::<App>::with_props(|| AppProps {
        initial: Some(AppState::default()),
    });
    let body = futures::executor::block_on(renderer.render());
    println!(
        r#"<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Funding scenario calculator (static comparison page)</title>
<link rel="stylesheet" href="{stylesheet}">
</head>
<body>
{body}
<script>requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('first-results')));</script>
</body>
</html>"#
    );
}
