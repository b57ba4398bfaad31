//! Which version of a scenario this is: who wrote it, its label, its status and
//! date. Printed in a paper's header beside the fingerprint of its figures
//! (`crate::figures::fingerprint`), so a printout can be matched to its link.

/// A scenario's version details; all empty by default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VersionDetails {
    pub author: String,
    /// As "March paper" or "v3".
    pub label: String,
    pub status: Option<VersionStatus>,
    pub date: Option<CalendarDate>,
}

impl VersionDetails {
    pub fn is_empty(&self) -> bool {
        *self == VersionDetails::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionStatus {
    Draft,
    ForDecision,
    Approved,
}

impl VersionStatus {
    pub const ALL: [VersionStatus; 3] = [
        VersionStatus::Draft,
        VersionStatus::ForDecision,
        VersionStatus::Approved,
    ];

    /// As it reads in a paper's header.
    pub fn label(self) -> &'static str {
        match self {
            VersionStatus::Draft => "Draft",
            VersionStatus::ForDecision => "For decision",
            VersionStatus::Approved => "Approved",
        }
    }

    /// A short code for links, files and form values.
    pub fn code(self) -> &'static str {
        match self {
            VersionStatus::Draft => "draft",
            VersionStatus::ForDecision => "for-decision",
            VersionStatus::Approved => "approved",
        }
    }

    pub fn from_code(code: &str) -> Option<VersionStatus> {
        VersionStatus::ALL
            .into_iter()
            .find(|status| status.code() == code)
    }
}

/// A day of the calendar, checked on creation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// `None` unless the day exists (29 February only in a leap year) and the year
    /// is within the years a contract may start in.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        let in_range = (super::month::FIRST_START_YEAR..=super::month::LAST_START_YEAR)
            .contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        in_range.then_some(CalendarDate { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// As "3 March 2026".
    pub fn long_label(self) -> String {
        let month = super::month::MONTH_NAMES[usize::from(self.month - 1)];
        format!("{} {month} {}", self.day, self.year)
    }

    /// As "2026-03-03", for files and date fields.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Reads "2026-03-03"; `None` for anything else.
    pub fn from_iso(text: &str) -> Option<CalendarDate> {
        let mut parts = text.split('-');
        let year = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
        let month = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        let day = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        CalendarDate::new(year, month, day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_exist_or_are_refused() {
        assert!(CalendarDate::new(2024, 2, 29).is_some());
        assert!(CalendarDate::new(2025, 2, 29).is_none());
        assert!(CalendarDate::new(2100, 2, 29).is_none());
        assert!(CalendarDate::new(2026, 4, 31).is_none());
        assert!(CalendarDate::new(2026, 13, 1).is_none());
        assert_eq!(
            CalendarDate::from_iso("2026-03-03").map(CalendarDate::long_label),
            Some("3 March 2026".to_string())
        );
        assert_eq!(CalendarDate::from_iso("2026-3-3"), None);
        assert_eq!(CalendarDate::from_iso("2026-03-03-01"), None);
        assert_eq!(CalendarDate::from_iso("२०२६-03-03"), None);
    }
}
