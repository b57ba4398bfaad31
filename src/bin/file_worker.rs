//! The file worker: reads and writes scenario files in a worker of its own, loaded
//! the first time a file is opened or saved, so the app's first load carries none of
//! the JSON code (serde_json and the file's layout: about 34 kB of the gzipped first
//! load, docs/benchmarks.md). It speaks in link fragments, which hold a scenario
//! without loss (`scenario_file::file_to_fragment`, `fragment_to_file`).
//!
//! A request is `["open", bytes]` or `["save", fragment]`; the answer is `[ok, text]`:
//! the fragment or the file's text, or else what is wrong with the file. The worker
//! says `"ready"` once it listens, so nothing is sent before it can be heard.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    #[cfg(debug_assertions)]
    funding_calculator::dev::report_panics();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let _ = replies.post_message(&answer(&event.data()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// The answer to one request: `[ok, text]`.
#[cfg(target_arch = "wasm32")]
fn answer(request: &wasm_bindgen::JsValue) -> js_sys::Array {
    use funding_calculator::model::scenario_file::{file_to_fragment, fragment_to_file};
    use wasm_bindgen::JsValue;

    let request = js_sys::Array::from(request);
    let (ok, text) = match request.get(0).as_string().as_deref() {
        Some("open") => {
            let bytes = js_sys::Uint8Array::new(&request.get(1)).to_vec();
            match file_to_fragment(&bytes) {
                Ok(fragment) => (true, fragment),
                Err(message) => (false, message),
            }
        }
        Some("save") => match request
            .get(1)
            .as_string()
            .and_then(|f| fragment_to_file(&f))
        {
            Some(text) => (true, text),
            None => (false, String::new()),
        },
        _ => (false, String::new()),
    };
    js_sys::Array::of2(&JsValue::from_bool(ok), &JsValue::from_str(&text))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The file worker runs in a browser, started by the calculator (see README.md).");
}
