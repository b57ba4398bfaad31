//! The browser entry point: mounts the calculator on the page's body.

/// talc in place of Rust's default WebAssembly allocator (dlmalloc): less code in the
/// bundle, and faster (docs/benchmarks.md, "First-load size").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    // In the debug app, yew's renderer reports panics in the console (message, place
    // and stack); the file worker has no renderer and sets its own (src/dev.rs).
    yew::Renderer::<funding_calculator::components::App>::new().render();
    #[cfg(debug_assertions)]
    funding_calculator::dev::panic_if_asked();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The calculator runs in a browser: build it with `trunk build --release` (see README.md)."
    );
}
