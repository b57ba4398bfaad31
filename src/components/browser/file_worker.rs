//! The app's side of the file worker (`src/bin/file_worker.rs`): started on first use,
//! asked one request at a time, in the messages of [`crate::file_worker`].

use crate::file_worker::{Answer, Request};
use wasm_bindgen::{JsCast, JsValue};

/// The file worker's loader, beside the app's files (`assets/file-worker-loader.js`),
/// asked for with this build's identity (`build.rs`), which the loader passes on to the
/// worker's own files.
const FILE_WORKER_SCRIPT: &str = concat!("./file-worker-loader.js?source=", env!("SOURCE_ID"));

/// How long to wait for the file worker to start or answer before saying it did not:
/// long, for a slow network and the largest file, since a worker whose code cannot be
/// loaded says so at once (`Answer::Failed`) and one that breaks fires its error event.
const FILE_WORKER_PATIENCE_MS: i32 = 20_000;

thread_local! {
    /// The file worker once started and listening; started afresh after a failure.
    static FILE_WORKER: std::cell::RefCell<Option<web_sys::Worker>> =
        const { std::cell::RefCell::new(None) };
    /// Settles when the request before has its answer: the worker answers one at a time.
    static FILE_WORKER_TURN: std::cell::RefCell<js_sys::Promise> =
        std::cell::RefCell::new(js_sys::Promise::resolve(&JsValue::UNDEFINED));
}

/// The worker's next answer; `None` on its error event, after the wait, or for a
/// message that is no answer.
async fn next_answer(worker: &web_sys::Worker) -> Option<Answer> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
            &reject,
            FILE_WORKER_PATIENCE_MS,
        );
    });
    let event = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Answer::from_js(&event.dyn_into::<web_sys::MessageEvent>().ok()?.data())
}

/// The file worker, started on first use and ready to listen.
async fn file_worker() -> Option<web_sys::Worker> {
    if let Some(worker) = FILE_WORKER.with(|kept| kept.borrow().clone()) {
        return Some(worker);
    }
    let worker = web_sys::Worker::new(FILE_WORKER_SCRIPT).ok()?;
    if next_answer(&worker).await != Some(Answer::Ready) {
        worker.terminate();
        return None;
    }
    FILE_WORKER.with(|kept| *kept.borrow_mut() = Some(worker.clone()));
    Some(worker)
}

/// Asks the file worker to open a file or save a scenario. `None` when the worker could
/// not be started or failed, when it is started afresh the next time. Requests wait
/// their turn, so each answer is its own request's.
pub async fn ask_file_worker(request: Request) -> Option<Answer> {
    in_turn(file_worker_answer(&request)).await
}

/// Starts the file worker before its first request, as the user reaches for what needs
/// it (a file to open, real terms, a comparison), so that the request does not wait for
/// its code to load: the worker is still loaded on demand, a moment sooner. Nothing
/// once it is running; a failure here is tried again by the request.
pub fn warm_up_file_worker() {
    if FILE_WORKER.with(|kept| kept.borrow().is_some()) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        in_turn(file_worker()).await;
    });
}

/// Runs `work` once every request before it has its answer.
async fn in_turn<T>(work: impl std::future::Future<Output = T>) -> T {
    let mut done = None;
    let ours = js_sys::Promise::new(&mut |resolve, _| done = Some(resolve));
    let previous = FILE_WORKER_TURN.with(|turn| turn.replace(ours));
    let _ = wasm_bindgen_futures::JsFuture::from(previous).await;
    let result = work.await;
    if let Some(done) = done {
        let _ = done.call0(&JsValue::NULL);
    }
    result
}

/// One request to the file worker and its answer, once it is this request's turn.
async fn file_worker_answer(request: &Request) -> Option<Answer> {
    let worker = file_worker().await?;
    let answer = match worker.post_message(&request.to_js()) {
        Ok(()) => next_answer(&worker).await,
        Err(_) => None,
    };
    if answer.is_none() {
        worker.terminate();
        FILE_WORKER.with(|kept| *kept.borrow_mut() = None);
    }
    answer
}
