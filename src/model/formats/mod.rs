//! The scenario outside the app: as a link fragment, as a scenario file, and the
//! results tables as CSV or pasted text. Readers are for untrusted input: they never
//! panic and say in plain English what is wrong.

pub mod link;
pub mod scenario_file;
pub mod table_export;
