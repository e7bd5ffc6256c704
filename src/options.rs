//! Options of an analysis.

use crate::timex::date::Date;
use std::fmt;

/// How to analyze a text.
///
/// ```
/// let options = hedgeline::Options::new().published_at("2025-03-18T09:30:00Z").unwrap();
/// assert_eq!(options.publication_date().unwrap().to_string(), "2025-03-18");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    published_at: Option<Date>,
}

/// Why an option value was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError {
    /// The option, by its JavaScript name (`publishedAt`).
    pub field: &'static str,
    /// What was wrong with it, in a sentence.
    pub message: String,
}

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "options.{}: {}", self.field, self.message)
    }
}

impl std::error::Error for OptionsError {}

impl Options {
    /// Options with nothing set: relative dates stay unresolved.
    pub fn new() -> Options {
        Options::default()
    }

    /// Sets the publication date from an ISO 8601 date (`2025-03-18`) or
    /// date-time (`2025-03-18T09:30:00Z`, `2025-03-18T09:30:00+02:00`).
    ///
    /// Only the calendar date as written is used: the publication day in the
    /// newsroom's own terms, never shifted to another time zone.
    ///
    /// # Errors
    /// When `value` is not such a date, or names a day that does not exist.
    pub fn published_at(mut self, value: &str) -> Result<Options, OptionsError> {
        self.published_at = Some(parse_iso_date(value).map_err(|message| OptionsError {
            field: "publishedAt",
            message,
        })?);
        Ok(self)
    }

    /// Sets the publication date.
    pub fn with_published_date(mut self, date: Option<Date>) -> Options {
        self.published_at = date;
        self
    }

    /// The publication date, if set.
    pub fn publication_date(&self) -> Option<Date> {
        self.published_at
    }
}

/// Parses the date part of an ISO 8601 date or date-time.
fn parse_iso_date(value: &str) -> Result<Date, String> {
    let v = value.trim();
    let bad = || {
        format!(
            "expected an ISO 8601 date such as \"2025-03-18\" or \"2025-03-18T09:30:00Z\", got {:?}",
            truncate(value)
        )
    };
    let date_part = v.get(..10).ok_or_else(bad)?;
    let rest = &v[10..];
    let b = date_part.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |s: &str| -> Result<u32, String> {
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let year = num(&date_part[..4])? as i32;
    let month = num(&date_part[5..7])? as u8;
    let day = num(&date_part[8..10])? as u8;
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return Err(bad());
    }
    if !rest.is_empty() && !valid_time(&rest[1..]) {
        return Err(bad());
    }
    Date::new(year, month, day)
        .ok_or_else(|| format!("{} is not a day of the calendar", &date_part))
}

/// Whether `s` is an ISO 8601 time with an optional zone: `09:30`,
/// `09:30:00.123Z`, `09:30:00+02:00`.
fn valid_time(s: &str) -> bool {
    let (clock, zone) = match s.find(['Z', 'z', '+', '-']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mut parts = clock.split(':');
    let two = |p: Option<&str>, max: u32| {
        p.is_some_and(|p| {
            p.len() == 2
                && p.bytes().all(|c| c.is_ascii_digit())
                && p.parse::<u32>().is_ok_and(|n| n <= max)
        })
    };
    if !two(parts.next(), 24) || !two(parts.next(), 59) {
        return false;
    }
    if let Some(sec) = parts.next() {
        let (whole, frac) = sec.split_once('.').unwrap_or((sec, "0"));
        if !two(Some(whole), 60) || frac.is_empty() || !frac.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    if parts.next().is_some() {
        return false;
    }
    match zone {
        "" | "Z" | "z" => true,
        z => {
            let z = &z[1..];
            let (h, m) = z
                .split_once(':')
                .unwrap_or((z.get(..2).unwrap_or(""), z.get(2..).unwrap_or("")));
            two(Some(h), 23) && (m.is_empty() || two(Some(m), 59))
        }
    }
}

fn truncate(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(v: &str) -> Result<String, String> {
        parse_iso_date(v).map(|d| d.to_string())
    }

    #[test]
    fn accepts_dates_and_date_times() {
        assert_eq!(date("2025-03-18").unwrap(), "2025-03-18");
        assert_eq!(date("2025-03-18T09:30:00Z").unwrap(), "2025-03-18");
        assert_eq!(date("2025-03-18T23:30:00-05:00").unwrap(), "2025-03-18");
        assert_eq!(date("2025-03-18T09:30:00.250+0200").unwrap(), "2025-03-18");
        assert_eq!(date("2025-03-18T09:30").unwrap(), "2025-03-18");
        assert_eq!(date(" 2024-02-29 ").unwrap(), "2024-02-29");
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for v in [
            "",
            "yesterday",
            "18/03/2025",
            "2025-3-18",
            "2025-03-18X",
            "2025-03-18T9:30",
            "2025-03-18T25:00",
            "\u{1f600}\u{1f600}\u{1f600}",
        ] {
            assert!(date(v).is_err(), "{v:?}");
        }
        let err = date("2025-02-30").unwrap_err();
        assert!(err.contains("not a day"), "{err}");
    }

    #[test]
    fn error_names_the_field() {
        let err = Options::new().published_at("soon").unwrap_err();
        assert_eq!(err.field, "publishedAt");
        assert!(err
            .to_string()
            .starts_with("options.publishedAt: expected an ISO 8601 date"));
    }
}
