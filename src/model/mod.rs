//! The pure model: the scenario and its arithmetic ([`data`]), every figure computed
//! from it ([`figures`]), and its link, file and table formats ([`formats`]).
//!
//! Nothing here knows of yew, web-sys or the DOM (`tests/code_rules.rs` fails if
//! anything does); all of it is tested natively.

pub mod data;
pub mod figures;
pub mod formats;

pub use data::line::{CostKind, CostLine, Line, LineKind, LineList, Partner, PartnerKind};
pub use data::money::{format_gbp, Percent};
pub use data::month::YearMonth;
pub use data::scenario::{Extension, FundingOption, Scenario};
pub use figures::report::Report;
pub use formats::{link, scenario_file};
