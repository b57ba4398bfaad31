//! Embedded in another page: whether the page is, and its height told to the host.

use wasm_bindgen::JsCast;

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
