//! Getting a scenario in and out: the link, the file, what only paper shows, and the
//! notices and set-aside list that say what was opened and keep other work.

pub mod compare_panel;
pub mod fingerprint;
pub mod notice_banner;
pub mod open_file;
pub mod print_details;
pub mod set_aside_list;
pub mod share_panel;
