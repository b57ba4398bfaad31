//! The browser entry point: mounts the calculator on the page's body.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<funding_calculator::components::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The calculator runs in a browser: build it with `trunk build --release` (see README.md)."
    );
}
