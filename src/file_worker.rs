//! What the app and its file worker (`src/bin/file_worker.rs`) say to each other: one
//! type of request and one of answer, both sides built on this module, so neither
//! spells a message by hand. Each message travels as a JavaScript array of a kind and
//! a payload: a file's bytes pass as the `ArrayBuffer` the browser read, not copied
//! into the page's WebAssembly first, and no JSON code is needed on the page's side
//! (the first load carries none; docs/benchmarks.md).

use funding_model::scenario_file::{file_to_fragment, fragment_to_file};
use wasm_bindgen::JsValue;

/// What the app asks of the worker.
#[derive(Debug)]
pub enum Request {
    /// Read a scenario file: its bytes, as an `ArrayBuffer`.
    Open(JsValue),
    /// Write a scenario file: the scenario as a link fragment.
    Save(String),
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The worker listens: sent once, before any request.
    Ready,
    /// The worker's code could not be loaded: sent by its loader
    /// (`assets/file-worker-loader.js`) in place of `Ready`.
    Failed,
    /// The file read, as a link fragment, which holds a scenario without loss.
    Opened(String),
    /// The file could not be read: what is wrong with it, in plain English.
    Refused(String),
    /// The file's text.
    Saved(String),
    /// The fragment was no scenario (the app sends only its own, so never expected).
    NotSaved,
}

const OPEN: &str = "open";
const SAVE: &str = "save";

impl Request {
    pub fn to_js(&self) -> JsValue {
        let (kind, payload) = match self {
            Request::Open(bytes) => (OPEN, bytes.clone()),
            Request::Save(fragment) => (SAVE, JsValue::from_str(fragment)),
        };
        js_sys::Array::of2(&kind.into(), &payload).into()
    }

    pub fn from_js(message: &JsValue) -> Option<Request> {
        let message = js_sys::Array::from(message);
        match message.get(0).as_string()?.as_str() {
            OPEN => Some(Request::Open(message.get(1))),
            SAVE => Some(Request::Save(message.get(1).as_string()?)),
            _ => None,
        }
    }
}

impl Answer {
    /// The worker's answer to `request`.
    pub fn to(request: Request) -> Answer {
        match request {
            Request::Open(bytes) => Answer::to_open(&js_sys::Uint8Array::new(&bytes).to_vec()),
            Request::Save(fragment) => Answer::to_save(&fragment),
        }
    }

    /// The answer to opening a file of these bytes.
    pub fn to_open(bytes: &[u8]) -> Answer {
        match file_to_fragment(bytes) {
            Ok(fragment) => Answer::Opened(fragment),
            Err(message) => Answer::Refused(message),
        }
    }

    /// The answer to saving the scenario of this link fragment.
    pub fn to_save(fragment: &str) -> Answer {
        fragment_to_file(fragment).map_or(Answer::NotSaved, Answer::Saved)
    }

    /// The answer as a kind and its text, as it travels.
    fn to_parts(&self) -> (&'static str, &str) {
        match self {
            Answer::Ready => ("ready", ""),
            Answer::Failed => ("failed", ""),
            Answer::Opened(fragment) => ("opened", fragment),
            Answer::Refused(message) => ("refused", message),
            Answer::Saved(text) => ("saved", text),
            Answer::NotSaved => ("not-saved", ""),
        }
    }

    fn from_parts(kind: &str, text: String) -> Option<Answer> {
        Some(match kind {
            "ready" => Answer::Ready,
            "failed" => Answer::Failed,
            "opened" => Answer::Opened(text),
            "refused" => Answer::Refused(text),
            "saved" => Answer::Saved(text),
            "not-saved" => Answer::NotSaved,
            _ => return None,
        })
    }

    pub fn to_js(&self) -> JsValue {
        let (kind, text) = self.to_parts();
        js_sys::Array::of2(&kind.into(), &text.into()).into()
    }

    pub fn from_js(message: &JsValue) -> Option<Answer> {
        let message = js_sys::Array::from(message);
        Answer::from_parts(&message.get(0).as_string()?, message.get(1).as_string()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use funding_model::data::presets::Preset;
    use funding_model::{link, scenario_file};

    #[test]
    fn every_answer_travels_as_itself() {
        let answers = [
            Answer::Ready,
            Answer::Failed,
            Answer::Opened("v4.x".into()),
            Answer::Refused("It is not a scenario file.".into()),
            Answer::Saved("{}".into()),
            Answer::NotSaved,
        ];
        for answer in answers {
            let (kind, text) = answer.to_parts();
            assert_eq!(
                Answer::from_parts(kind, text.to_string()),
                Some(answer.clone())
            );
        }
        assert_eq!(Answer::from_parts("opened?", String::new()), None);
    }

    #[test]
    fn a_file_opens_as_a_link_to_the_same_scenario_and_saves_back() {
        let scenario = Preset::SouthYorkshireOptions.scenario();
        let file = scenario_file::write(&scenario);
        let Answer::Opened(fragment) = Answer::to_open(file.as_bytes()) else {
            panic!("the file opens");
        };
        // The same scenario, whatever ids it carries (ids are in neither format).
        assert_eq!(fragment, link::encode(&scenario));
        assert_eq!(Answer::to_save(&fragment), Answer::Saved(file));
        assert!(matches!(
            Answer::to_open(b"{\"format\": 1"),
            Answer::Refused(_)
        ));
        assert_eq!(Answer::to_save("v4.nonsense"), Answer::NotSaved);
    }
}
