//! Civil dates on the proleptic Gregorian calendar, with no time zone.
//!
//! The analysis needs only calendar arithmetic: days between dates, the
//! weekday, the ISO week, adding days and months. A few functions do that
//! without a date library (and without its size in the WebAssembly build).

use std::fmt;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, astronomical numbering.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

/// Whether `year` is a leap year.
pub const fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days in a month of a year.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, if it exists.
    #[inline(never)]
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (-9999..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's
    /// `days_from_civil`.
    #[inline(never)]
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    #[inline(never)]
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    #[inline(never)]
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The date `n` months later, the day clamped to the month's length.
    #[inline(never)]
    pub fn add_months(self, n: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Day of the week, Monday = 1 to Sunday = 7 (ISO 8601).
    #[inline(never)]
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// The ISO 8601 week-numbering year and week of this date.
    #[inline(never)]
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }
}

impl Date {
    /// ISO 8601: `2025-03-18` (`-0044-03-15` before year 0, `+10000-01-01`
    /// after 9999), written without the formatting machinery, which weighs
    /// kilobytes in the WebAssembly build.
    pub fn iso(self) -> String {
        let mut s = String::with_capacity(10);
        if !(0..=9999).contains(&self.year) {
            s.push(if self.year < 0 { '-' } else { '+' });
        }
        for (n, width) in [
            (self.year.unsigned_abs(), 4),
            (u32::from(self.month), 2),
            (u32::from(self.day), 2),
        ] {
            if width == 2 {
                s.push('-');
            }
            crate::timex::value::push_num(&mut s, n, width);
        }
        s
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `2025-03-18`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for days in [-800_000, -1, 0, 1, 20_165, 2_932_896] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::new(2025, 3, 18).unwrap().to_string(), "2025-03-18");
        assert_eq!(Date::new(-44, 3, 15).unwrap().iso(), "-0044-03-15");
        assert_eq!(Date::from_days(3_000_000).iso(), "+10183-09-21");
    }

    #[test]
    fn validates() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2025, 13, 1).is_none());
        assert!(Date::new(2025, 4, 31).is_none());
    }

    #[test]
    fn weekdays_and_weeks() {
        let d = Date::new(2025, 3, 18).unwrap();
        assert_eq!(d.weekday(), 2, "a Tuesday");
        assert_eq!(d.iso_week(), (2025, 12));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
    }

    #[test]
    fn arithmetic() {
        let d = Date::new(2025, 1, 31).unwrap();
        assert_eq!(d.add_months(1).to_string(), "2025-02-28");
        assert_eq!(d.add_months(-13).to_string(), "2023-12-31");
        assert_eq!(d.add_days(30).to_string(), "2025-03-02");
    }
}
