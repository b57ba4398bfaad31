//! Files the user chooses, and files offered as downloads.

use wasm_bindgen::JsCast;

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
