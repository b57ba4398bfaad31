//! Keeping the user's work in this browser: every decision about it, as plain functions
//! over plain data, tested natively. The page's shell (`components::hooks::keeping` and
//! `components::browser::storage`) only does what these decide: it reads the address
//! bar, writes it, and gives the decisions the browser's storage as a [`Store`].
//!
//! One vocabulary, used in every name here and in the page's:
//!
//! - **work on screen**: the scenario being edited, as last *written* by the
//!   [`Keeper`] (a link fragment, with the text typed and not yet accepted).
//! - **draft**: the work on screen saved in this browser, so a reload or a new visit
//!   opens on it. Each write of it says whether it was kept: its [`DraftStatus`] is
//!   saved, refused (storage full or turned off), held or embedded, and the page never
//!   says work is kept unless the write succeeded.
//! - **set aside**: earlier work kept in this browser's list when something replaced it
//!   on screen (a shared link, an example, a file); it can be opened again or removed.
//! - **held**: a saved draft that had to be set aside and could not be (no room): it
//!   stays where it is, and nothing is saved over it until the user goes back to it or
//!   chooses to keep the work on screen in its place.
//! - **opening** ([`opening`]): what the calculator starts on (a link, else the draft,
//!   else the example); **arriving** ([`arriving`]): what Back, Forward or a link
//!   pasted into the address bar lands on; **choices** ([`choices`]): what the user
//!   chooses in the notice, the list set aside and the examples.
//! - **notice** ([`Notice`]): what the page says about any of this, when it needs
//!   saying.

pub mod arriving;
pub mod choices;
pub mod keeper;
pub mod opening;
pub mod store;
#[cfg(test)]
mod truth;

pub use arriving::{arrive_at, Arrived, EntryWrite};
pub use choices::{choose, Choice, Chosen, SetAsideEntry};
pub use keeper::{DraftStatus, Keeper, Written};
pub use opening::{open, open_on, Notice, Opened, Showing};
pub use store::Store;
