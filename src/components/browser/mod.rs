//! Every direct call to the browser, one module per job. Each guards against a browser
//! that refuses, and is called only from event handlers and effects, which never run in
//! native tests (or answers as if nothing were there, natively).

pub mod address_bar;
pub mod clipboard;
pub mod clock;
pub mod embedding;
pub mod file_worker;
pub mod files;
pub mod focus;
pub mod storage;
