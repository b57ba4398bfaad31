//! Charts drawn as SVG by the app, each with a text alternative and a table of its
//! figures; [`chart`] is the drawing they share.

pub mod balance_chart;
pub mod chart;
pub mod contributions_chart;
pub mod options_chart;
