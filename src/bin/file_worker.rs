//! The file worker: reads and writes scenario files in a worker of its own, loaded
//! the first time a file is opened or saved, so the app's first load carries none of
//! the JSON code (serde_json and the file's layout: about 31 kB of the gzipped first
//! load, docs/benchmarks.md). It speaks in link fragments, which hold a scenario
//! without loss, and its messages are `funding_calculator::file_worker`'s: it says
//! `Ready` once it listens, so nothing is sent before it can be heard, then answers
//! each request.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use funding_calculator::file_worker::{Answer, Request};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    #[cfg(debug_assertions)]
    funding_calculator::dev::report_panics();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let answer = Request::from_js(&event.data()).map_or_else(
            || Answer::Refused("The file worker was asked something it does not know.".into()),
            Answer::to,
        );
        let _ = replies.post_message(&answer.to_js());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&Answer::Ready.to_js());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The file worker runs in a browser, started by the calculator (see README.md).");
}
