//! The few things the components ask of the browser directly. Each is called only
//! from event handlers and effects, which never run in native tests.

use crate::model::link;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_element(id: &str) {
    let element = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The file chosen in a file input's change event, if any. The input is emptied, so
/// choosing the same file again is a change too.
pub fn chosen_file(event: &yew::Event) -> Option<web_sys::File> {
    use yew::TargetCast;
    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// A file's contents as an `ArrayBuffer`, read with the browser's own
/// `Blob.arrayBuffer()`; `None` if the browser could not read it.
pub async fn file_buffer(file: &web_sys::File) -> Option<wasm_bindgen::JsValue> {
    wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()
}

/// A file's bytes; `None` if the browser could not read it.
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    Some(js_sys::Uint8Array::new(&file_buffer(file).await?).to_vec())
}

/// The file worker's loader, beside the app's files (`assets/file-worker-loader.js`,
/// `src/bin/file_worker.rs`), asked for with this build's identity (`build.rs`), which
/// the loader passes on to the worker's own files.
const FILE_WORKER_SCRIPT: &str = concat!("./file-worker-loader.js?source=", env!("SOURCE_ID"));

/// How long to wait for the file worker to start or answer before saying it did not.
const FILE_WORKER_PATIENCE_MS: i32 = 20_000;

thread_local! {
    /// The file worker once started and listening; started afresh after a failure.
    static FILE_WORKER: std::cell::RefCell<Option<web_sys::Worker>> =
        const { std::cell::RefCell::new(None) };
    /// Settles when the request before has its answer: the worker answers one at a time.
    static FILE_WORKER_TURN: std::cell::RefCell<js_sys::Promise> =
        std::cell::RefCell::new(js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED));
}

/// The worker's next message; `None` on its error event, or after the wait.
async fn next_message(worker: &web_sys::Worker) -> Option<wasm_bindgen::JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
            &reject,
            FILE_WORKER_PATIENCE_MS,
        );
    });
    let event = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(event.dyn_into::<web_sys::MessageEvent>().ok()?.data())
}

/// The file worker, started on first use and ready to listen.
async fn file_worker() -> Option<web_sys::Worker> {
    if let Some(worker) = FILE_WORKER.with(|kept| kept.borrow().clone()) {
        return Some(worker);
    }
    let worker = web_sys::Worker::new(FILE_WORKER_SCRIPT).ok()?;
    let ready = next_message(&worker)
        .await
        .and_then(|said| said.as_string());
    if ready.as_deref() != Some("ready") {
        worker.terminate();
        return None;
    }
    FILE_WORKER.with(|kept| *kept.borrow_mut() = Some(worker.clone()));
    Some(worker)
}

/// Asks the file worker to `"open"` a file (its bytes, an `ArrayBuffer`) or to
/// `"save"` a scenario (its link fragment). The answer is whether it could, with the
/// fragment or file text, or what is wrong; `None` when the worker could not be
/// started or failed, when it is started afresh the next time. Requests wait their
/// turn, so each answer is its own request's.
pub async fn ask_file_worker(
    kind: &str,
    payload: &wasm_bindgen::JsValue,
) -> Option<(bool, String)> {
    let mut done = None;
    let ours = js_sys::Promise::new(&mut |resolve, _| done = Some(resolve));
    let previous = FILE_WORKER_TURN.with(|turn| turn.replace(ours));
    let _ = wasm_bindgen_futures::JsFuture::from(previous).await;
    let answer = file_worker_answer(kind, payload).await;
    if let Some(done) = done {
        let _ = done.call0(&wasm_bindgen::JsValue::NULL);
    }
    answer
}

/// One request to the file worker and its answer, once it is this request's turn.
async fn file_worker_answer(kind: &str, payload: &wasm_bindgen::JsValue) -> Option<(bool, String)> {
    let worker = file_worker().await?;
    let request = js_sys::Array::of2(&kind.into(), payload);
    let answer = match worker.post_message(&request) {
        Ok(()) => next_message(&worker).await,
        Err(_) => None,
    };
    let answer = answer.and_then(|answer| {
        let answer = js_sys::Array::from(&answer);
        Some((answer.get(0).as_bool()?, answer.get(1).as_string()?))
    });
    if answer.is_none() {
        worker.terminate();
        FILE_WORKER.with(|kept| *kept.borrow_mut() = None);
    }
    answer
}

/// The figure a click chose, if it was on one (an element with `data-figure`).
pub fn figure_chosen(event: &yew::MouseEvent) -> Option<crate::model::figures::working::Figure> {
    use yew::TargetCast;
    let target: web_sys::Element = event.target_dyn_into()?;
    let code = target
        .closest("[data-figure]")
        .ok()??
        .get_attribute("data-figure")?;
    crate::model::figures::working::Figure::parse(&code)
}

/// A click handler for in-page links (error links, the skip link) that focuses the
/// target itself, since following an anchor only scrolls, and leaves the address
/// bar alone, since its fragment may hold the scenario.
pub fn focus_on_click(element_id: String) -> yew::Callback<yew::MouseEvent> {
    yew::Callback::from(move |event: yew::MouseEvent| {
        event.prevent_default();
        focus_element(&element_id);
    })
}

/// Today's date as people in the UK write it: "23 November 2026".
pub fn today_label() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let today = js_sys::Date::new_0();
    let month = crate::model::data::month::MONTH_NAMES
        .get(today.get_month() as usize)
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", today.get_date(), today.get_full_year())
}

/// Where a new scenario's contract starts: the first April after today (natively, in
/// tests, April 2027).
pub fn next_april() -> crate::model::YearMonth {
    if !cfg!(target_arch = "wasm32") {
        return crate::model::YearMonth::next_april(2026, 12);
    }
    let today = js_sys::Date::new_0();
    crate::model::YearMonth::next_april(today.get_full_year() as i32, today.get_month() as u8 + 1)
}

/// Whether the page is in embed mode (`?embed=1`).
pub fn is_embedded() -> bool {
    cfg!(target_arch = "wasm32")
        && crate::route::is_embed_query(
            &gloo::utils::window()
                .location()
                .search()
                .unwrap_or_default(),
        )
}

/// The message an embedded calculator sends its host page when its height changes.
/// It carries no scenario data (docs/embedding.md).
pub const HEIGHT_MESSAGE_TYPE: &str = "funding-calculator:height";

/// In an iframe, tells the host page the calculator's height whenever it changes, so
/// the host can size the iframe to fit.
pub fn report_height_to_host() {
    let window = gloo::utils::window();
    let in_frame = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window);
    if !in_frame {
        return;
    }
    let send = move || {
        let window = gloo::utils::window();
        let Some(body) = gloo::utils::document().body() else {
            return;
        };
        let height = body.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"version".into(), &1.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window.parent() {
            let _ = parent.post_message(&message, "*");
        }
    };
    send();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(send);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        gloo::utils::document().body(),
    ) {
        observer.observe(&body);
        // The observer and its callback live as long as the page.
        std::mem::forget(observer);
        callback.forget();
    }
}

/// Marks `first-results` in the page's performance timeline once the first results
/// have been painted (two animation frames after the first render), for the start-up
/// benchmark (docs/benchmarks.md).
pub fn mark_first_results_painted() {
    use wasm_bindgen::closure::Closure;
    let mark = Closure::once_into_js(|| {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("first-results");
        }
    });
    let next_frame = Closure::once_into_js(move || {
        let _ = gloo::utils::window().request_animation_frame(mark.unchecked_ref());
    });
    let _ = gloo::utils::window().request_animation_frame(next_frame.unchecked_ref());
}

/// Where the draft of the current scenario is kept in the browser, as a link fragment.
const DRAFT_KEY: &str = "funding-calculator/draft";
/// Where text typed with the draft, not yet accepted, is kept.
const TYPED_KEY: &str = "funding-calculator/typed";
/// Scenarios set aside on this computer (most recent first), one fragment a line. As
/// many as the browser has room for: none is dropped to make room for another.
const SET_ASIDE_KEY: &str = "funding-calculator/set-aside";

/// The browser's local storage; `None` where it is refused (and in native tests).
fn local_storage() -> Option<web_sys::Storage> {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::window().local_storage().ok().flatten()
    } else {
        None
    }
}

/// What to open, by the order in [`crate::startup`]. The saved draft this displaces is
/// set aside first; if the browser has no room for that, the draft is held where it
/// is ([`crate::startup::Startup::set_aside_refused`]), so it is never overwritten.
pub fn load_startup(embedded: bool) -> crate::startup::Startup {
    if !cfg!(target_arch = "wasm32") {
        return crate::startup::decide("", None);
    }
    // Embedded in another page, the calculator is a view: it reads and keeps no draft.
    if embedded {
        return crate::startup::decide(&location_fragment(), None);
    }
    let saved = local_storage().and_then(|s| s.get_item(DRAFT_KEY).ok().flatten());
    let startup = crate::startup::decide(&location_fragment(), saved.as_deref());
    match &startup.set_aside {
        Some(fragment) if !set_aside(fragment) => startup.set_aside_refused(),
        _ => startup,
    }
}

/// Saves the current scenario as the draft, with the text typed in fields that could
/// not be accepted yet; `false` if the browser refused either. The typed text of an
/// earlier draft goes first, so it never comes back with a later one.
pub fn save_draft(fragment: &str, typed: &str) -> bool {
    local_storage().is_some_and(|storage| {
        storage.remove_item(TYPED_KEY).is_ok()
            && storage.set_item(DRAFT_KEY, fragment).is_ok()
            && (typed.is_empty() || storage.set_item(TYPED_KEY, typed).is_ok())
    })
}

/// The text typed with the saved draft ([`crate::state::Drafts::to_keep`]).
pub fn saved_typed() -> String {
    local_storage()
        .and_then(|storage| storage.get_item(TYPED_KEY).ok().flatten())
        .unwrap_or_default()
}

/// The set-aside scenarios' fragments, most recent first.
pub fn set_aside_list() -> Vec<String> {
    local_storage()
        .and_then(|storage| storage.get_item(SET_ASIDE_KEY).ok().flatten())
        .map(|text| {
            text.lines()
                .filter(|line| !line.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Keeps `fragment` among the set-aside scenarios; `false` if the browser refused.
pub fn set_aside(fragment: &str) -> bool {
    let mut list = set_aside_list();
    list.retain(|kept| kept != fragment);
    list.insert(0, fragment.to_string());
    store_set_aside(&list)
}

/// Takes `fragment` out of the set-aside scenarios.
pub fn remove_set_aside(fragment: &str) {
    let mut list = set_aside_list();
    list.retain(|kept| kept != fragment);
    store_set_aside(&list);
}

/// Writes the set-aside list; `false` if the browser refused.
fn store_set_aside(list: &[String]) -> bool {
    local_storage().is_some_and(|storage| {
        if list.is_empty() {
            storage.remove_item(SET_ASIDE_KEY).is_ok()
        } else {
            storage.set_item(SET_ASIDE_KEY, &list.join("\n")).is_ok()
        }
    })
}

/// The address bar's fragment, without `#`.
pub fn location_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The state the app gives every history entry it writes, so that Back and Forward
/// to its own entries can be told from a link typed or pasted into the address bar.
const OWN_ENTRY: &str = "funding-calculator";

/// Puts `fragment` in the address bar, as a new history entry or in place of the
/// current one, keeping the page's query. A fragment too long for an address
/// ([`link::MAX_ADDRESS_CHARS`]) is left out, so a reload opens the saved draft.
pub fn write_fragment(fragment: &str, new_entry: bool) {
    let fragment = if fragment.len() > link::MAX_ADDRESS_CHARS {
        ""
    } else {
        fragment
    };
    if location_fragment() == fragment && is_own_entry() {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let url = format!(
        "{}{}{}{fragment}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        if fragment.is_empty() { "" } else { "#" }
    );
    let marker = wasm_bindgen::JsValue::from_str(OWN_ENTRY);
    if let Ok(history) = window.history() {
        let _ = if new_entry {
            history.push_state_with_url(&marker, "", Some(&url))
        } else {
            history.replace_state_with_url(&marker, "", Some(&url))
        };
    }
}

/// Marks the current history entry as the app's own, as it stands.
pub fn mark_current_entry() {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state(&wasm_bindgen::JsValue::from_str(OWN_ENTRY), "");
    }
}

/// Whether the current history entry is one the app wrote.
pub fn is_own_entry() -> bool {
    gloo::utils::window()
        .history()
        .and_then(|history| history.state())
        .is_ok_and(|state| state.as_string().as_deref() == Some(OWN_ENTRY))
}

/// The full link to share: this page with the scenario's fragment and no query.
pub fn share_url(fragment: &str) -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}#{fragment}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Copies `text` to the clipboard: by the Clipboard API where the browser has it,
/// else (given an input holding the text) by selecting it and the older copy command.
/// `true` if the browser says it copied.
pub async fn copy_to_clipboard(text: &str, fallback_input_id: Option<&str>) -> bool {
    let navigator = gloo::utils::window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    if has_clipboard {
        let promise = navigator.clipboard().write_text(text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    let Some(input_id) = fallback_input_id else {
        return false;
    };
    let input = gloo::utils::document()
        .get_element_by_id(input_id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(input) = input else { return false };
    let _ = input.focus();
    input.select();
    gloo::utils::document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|document| document.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Copies `plain` and `html` together, so a word processor pastes the formatted text
/// (tables as tables) and a plain editor the text; plain text alone where the browser
/// cannot write both. `true` if the browser says it copied.
pub async fn copy_rich_to_clipboard(plain: &str, html: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let blob = |text: &str, kind: &str| {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
    };
    let items = js_sys::Object::new();
    let written = (|| {
        js_sys::Reflect::set(
            &items,
            &"text/plain".into(),
            blob(plain, "text/plain")?.as_ref(),
        )
        .ok()?;
        js_sys::Reflect::set(
            &items,
            &"text/html".into(),
            blob(html, "text/html")?.as_ref(),
        )
        .ok()?;
        let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&items).ok()?;
        Some(navigator.clipboard().write(&js_sys::Array::of1(&item)))
    })();
    if let Some(promise) = written {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    copy_to_clipboard(plain, None).await
}

/// Offers `text` as a file download named `file_name`.
pub fn download_text(file_name: &str, text: &str, mime_type: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    // Give the download time to start before the address is freed.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
