//! The pure model: scenario, figures, parsing of typed values and the examples.
//!
//! Nothing here knows of yew, web-sys or the DOM; all of it is tested natively.

pub mod apportion;
pub mod inputs;
pub mod money;
pub mod month;
pub mod presets;
pub mod report;
pub mod scenario;

pub use money::{format_gbp, Percent};
pub use month::YearMonth;
pub use report::Report;
pub use scenario::{Extension, Partner, PartnerKind, Scenario};
