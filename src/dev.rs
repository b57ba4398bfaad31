//! Only in the debug app (`tools/serve --dev`, `tools/build --dev`): panics reported in
//! the browser's console with their message and place. The release build has none of
//! this: its panics are a bare trap (tools/release-env.sh), and its rule is that
//! nothing panics.

/// Writes every panic's message, and where it happened, to the console as an error: for
/// the file worker, which has no yew renderer to do it as the page's has.
pub fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("The file worker {info}").into());
    }));
}

/// Panics if the page's query holds `dev-panic`, so the browser tests can check that the
/// debug app reports a panic's message (`tests/e2e/dev-build.test.mjs`).
pub fn panic_if_asked() {
    let query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    if query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "dev-panic")
    {
        panic!("a panic asked for with ?dev-panic, to show that the debug app reports panics");
    }
}
