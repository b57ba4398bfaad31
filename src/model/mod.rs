//! The pure model: scenario, figures, parsing of typed values and the examples.
//!
//! Nothing here knows of yew, web-sys or the DOM; all of it is tested natively.

pub mod analysis;
pub mod apportion;
pub mod base64url;
pub mod chart_scale;
pub mod comparison;
pub mod financial_years;
pub mod inputs;
pub mod json;
pub mod link;
pub mod money;
pub mod month;
pub mod presets;
pub mod report;
pub mod scenario;
pub mod scenario_file;
pub mod table_export;
pub mod text_dictionary;
pub mod varint;

pub use money::{format_gbp, Percent};
pub use month::YearMonth;
pub use report::Report;
pub use scenario::{CostKind, CostLine, Extension, FundingOption, Partner, PartnerKind, Scenario};
