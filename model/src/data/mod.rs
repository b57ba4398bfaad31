//! Plain data and the arithmetic on it: the scenario a commissioner edits (options,
//! lines, extensions, rules), its limits, the worked examples, money and its one
//! rounding rule, months, penny-exact splits, and the parsing of typed values.

pub mod agreement;
pub mod amount_set;
pub mod apportion;
pub mod appraisal;
pub mod inputs;
pub mod limits;
pub mod line;
pub mod money;
pub mod month;
pub mod presets;
pub mod scenario;
pub mod version;
