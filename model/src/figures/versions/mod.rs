//! Issue 29: two versions of a scenario side by side. What changed, input by input
//! and in the headline figures ([`changes`]); why each option's total moved, step by
//! step, the parts adding up to the penny ([`breakdown`]); and a paragraph saying it
//! for a committee report ([`words`]).

pub mod breakdown;
pub mod changes;
mod describe;
pub mod figure_changes;
pub mod matching;
pub mod page;
pub mod words;

pub use breakdown::{breakdown, Bar, BarKind, OptionBreakdown, Step};
pub use changes::{compare, compare_with, Change, ChangeKind, Topic, VersionChanges};
pub use words::version_words;
