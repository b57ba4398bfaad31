//! Every figure computed from a scenario: each option's report (contract years,
//! contributions, totals, shares, balance, match funding, value for money), the
//! options compared, the pool by financial year, splits and shortfalls, and the
//! charts' scales. Derived, never stored; [`Figures`] builds them once per change.

pub mod agreement_words;
pub mod analysis;
pub mod appraisal;
pub mod basis;
pub mod chart_scale;
pub mod checklist;
pub mod comparison;
pub mod financial_years;
pub mod fingerprint;
pub mod groups;
pub mod implications;
pub mod method;
pub mod outturn;
pub mod report;
pub mod risk_share;
pub mod risk_words;
pub mod versions;
pub mod words;
pub mod working;
mod working_spending;

mod memo;
pub use memo::Figures;
