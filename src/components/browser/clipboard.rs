//! Copying to the clipboard.

use wasm_bindgen::JsCast;

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

/// The text a paste carries, measured before it is copied into the WebAssembly: `Err`
/// with its length, in UTF-16 units as the browser counts them, when it is longer than
/// `most`. No text (or a browser that will not say) is an empty text.
pub fn pasted_text(event: &web_sys::ClipboardEvent, most: usize) -> Result<String, usize> {
    let Some(data) = event.clipboard_data() else {
        return Ok(String::new());
    };
    let get_data = js_sys::Reflect::get(&data, &"getData".into())
        .ok()
        .and_then(|get| get.dyn_into::<js_sys::Function>().ok());
    let text = get_data
        .and_then(|get| get.call1(&data, &"text/plain".into()).ok())
        .and_then(|text| text.dyn_into::<js_sys::JsString>().ok());
    let Some(text) = text else {
        return Ok(String::new());
    };
    let length = text.length() as usize;
    if length > most {
        return Err(length);
    }
    Ok(String::from(text))
}
