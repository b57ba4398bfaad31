//! The browser's local storage, as the [`Store`] the keeping decisions
//! ([`crate::keeping`]) read and write.

use crate::keeping::Store;

/// The browser's local storage; every write says whether the browser took it. Where
/// storage is refused (and natively, in tests), nothing is read and every write fails.
pub struct BrowserStore(Option<web_sys::Storage>);

impl BrowserStore {
    pub fn open() -> BrowserStore {
        BrowserStore(if cfg!(target_arch = "wasm32") {
            gloo::utils::window().local_storage().ok().flatten()
        } else {
            None
        })
    }
}

impl Store for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> bool {
        self.0
            .as_ref()
            .is_some_and(|storage| storage.set_item(key, value).is_ok())
    }

    fn remove(&mut self, key: &str) -> bool {
        self.0
            .as_ref()
            .is_some_and(|storage| storage.remove_item(key).is_ok())
    }
}
