//! Calendar months, the unit in which contracts start, run and are pro-rated.

/// The three-letter names used in labels such as "Feb 2021 to Jan 2022".
pub const SHORT_MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The full names used where there is room, as in "February 2021".
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Years a contract may start in. Wide enough for any real plan, narrow enough that
/// adding every possible month to it stays far from overflow.
pub const FIRST_START_YEAR: i32 = 2000;
pub const LAST_START_YEAR: i32 = 2100;

/// A calendar month of a year, such as February 2021.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    /// 1 for January to 12 for December.
    month: u8,
}

impl YearMonth {
    /// `None` unless `month` is 1 to 12 and `year` is a supported start year.
    pub fn new(year: i32, month: u8) -> Option<Self> {
        let valid =
            (1..=12).contains(&month) && (FIRST_START_YEAR..=LAST_START_YEAR).contains(&year);
        valid.then_some(YearMonth { year, month })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 for January to 12 for December.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The first April after the month `year`-`month` (today, say): where a new
    /// contract most often starts, at the turn of the financial year. Within the years
    /// a contract may start in.
    pub fn next_april(year: i32, month: u8) -> Self {
        let year = if month >= 4 { year + 1 } else { year };
        YearMonth {
            year: year.clamp(FIRST_START_YEAR, LAST_START_YEAR),
            month: 4,
        }
    }

    /// The month `count` months later.
    pub fn plus_months(self, count: u32) -> Self {
        let index = self.month as i64 - 1 + count as i64;
        YearMonth {
            year: self.year + (index / 12) as i32,
            month: (index % 12) as u8 + 1,
        }
    }

    /// As "Feb 2021".
    pub fn short_label(self) -> String {
        format!(
            "{} {}",
            SHORT_MONTH_NAMES[self.month as usize - 1],
            self.year
        )
    }

    /// As "February 2021".
    pub fn long_label(self) -> String {
        format!("{} {}", MONTH_NAMES[self.month as usize - 1], self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_months_across_years() {
        let feb_2021 = YearMonth::new(2021, 2).unwrap();
        assert_eq!(feb_2021.plus_months(11).short_label(), "Jan 2022");
        assert_eq!(feb_2021.plus_months(12).short_label(), "Feb 2022");
        assert_eq!(feb_2021.plus_months(0).long_label(), "February 2021");
        assert_eq!(
            YearMonth::new(2021, 12)
                .unwrap()
                .plus_months(1)
                .short_label(),
            "Jan 2022"
        );
    }

    #[test]
    fn rejects_impossible_months() {
        assert!(YearMonth::new(2021, 0).is_none());
        assert!(YearMonth::new(2021, 13).is_none());
        assert!(YearMonth::new(1999, 1).is_none());
    }
}
