//! HM Treasury Green Book appraisal of the scenario's options (issue 28): real terms
//! ([`deflate`]), the discount rates ([`discount`]), each option's present values, net
//! present value and benefit-cost ratio ([`present_value`]), the switching value of an
//! input for the preferred option ([`switching`]), sensitivity tests
//! ([`sensitivity`]) and the words that say them ([`words`]). Derived from the
//! scenario's `Appraisal` and each option's `Benefits`, never stored.

pub mod deflate;
pub mod discount;
pub mod page;
pub mod present_value;
pub mod real_terms;
pub mod sensitivity;
pub mod switching;
pub mod words;
