//! The pure model: the scenario and its arithmetic ([`data`]), every figure computed
//! from it ([`figures`]), and its link, file and table formats ([`formats`]).
//!
//! A crate of its own, with no browser crate among its dependencies, so nothing here
//! can know of yew, web-sys or the DOM: the compiler enforces it (and the app's
//! `tests/code_rules.rs` checks that `Cargo.toml` and the dependency tree stay so). All
//! of it is tested natively (`cargo test -p funding-model`, which compiles no yew),
//! and the `scenario-figures` command uses it outside the page.

pub mod data;
pub mod figures;
pub mod formats;

pub use data::line::{CostKind, CostLine, Line, LineKind, LineList, Partner, PartnerKind};
pub use data::money::{format_gbp, Percent};
pub use data::month::YearMonth;
pub use data::scenario::{Extension, FundingOption, Scenario};
pub use figures::report::Report;
pub use formats::{link, scenario_file};
