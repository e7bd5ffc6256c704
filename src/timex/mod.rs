//! Temporal expressions (TIMEX3): tagging, normalization against the
//! publication date, and the timeline.
//!
//! Values are built in two stages: each expression is first parsed into an
//! unresolved value that needs no reference date ("March 18" is month 3,
//! day 18, year unknown), then resolved against the publication date when
//! the caller gives one. Without it, the value keeps its unknown parts
//! (`XXXX-03-18`) and `resolved` is false.

pub mod date;

use crate::pledge::Pledge;
use crate::span::{Remap, Span};
use crate::text::{Document, TokenKind};
use date::Date;
use serde::Serialize;

/// The TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2025-03-18`, `2025-W12`, `PAST_REF`.
    Date,
    /// A time of day: `2025-03-18T10:30`.
    Time,
    /// A length of time: `P30D`.
    Duration,
    /// A recurrence: `P1W` with "every week".
    Set,
}

/// One temporal expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timex {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The expression's words.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2025-03-18`, `P30D`, `XXXX-03-18`...
    pub value: String,
    /// TIMEX3 modifier: `MORE_THAN`, `APPROX`, `START`...
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
    /// Index of its sentence.
    pub sentence: usize,
    /// Whether the value is complete; false when it needed a publication
    /// date that was not given.
    pub resolved: bool,
}

impl Timex {
    /// The byte span (before conversion to UTF-16).
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Remap for Timex {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}

/// Where a timex sits relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Relation {
    /// Ends before the publication date.
    Past,
    /// Includes the publication date.
    Present,
    /// Starts after the publication date.
    Future,
    /// Cannot be placed (no publication date, or no interval).
    Unknown,
}

/// A timex placed in time.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    /// Index into `timexes`.
    pub timex: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// First day the expression can denote (`YYYY-MM-DD`), if known.
    pub earliest: Option<String>,
    /// Last day it can denote, if known.
    pub latest: Option<String>,
    /// Whether the bounds are approximate.
    pub approximate: bool,
    /// Where it sits relative to the publication date.
    pub relation: Relation,
    /// A short reader-facing label: "18 Mar 2025", "30 days".
    pub label: String,
    /// Index of the pledge whose time this is, if any.
    pub pledge: Option<usize>,
}

impl Remap for TimelineEntry {
    fn remap(&mut self, _: &dyn Fn(usize) -> usize) {}
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBR: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The month named by a (lowercase) word, 1 to 12.
fn month_of(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    MONTHS
        .iter()
        .position(|m| *m == w)
        .or_else(|| MONTH_ABBR.iter().position(|m| *m == w))
        .or_else(|| (w == "sept").then_some(8))
        .map(|i| i as u8 + 1)
}

const NUMBER_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// A small cardinal number written in digits or words.
fn number_of(word: &str) -> Option<u32> {
    if word.bytes().all(|b| b.is_ascii_digit()) && word.len() <= 4 {
        return word.parse().ok();
    }
    NUMBER_WORDS
        .iter()
        .position(|w| *w == word)
        .map(|n| n as u32)
}

/// The TIMEX3 unit letter of a (lowercase) unit word.
fn unit_of(word: &str) -> Option<(&'static str, bool)> {
    // (unit, is a time unit needing "PT")
    Some(match word.strip_suffix('s').unwrap_or(word) {
        "second" => ("S", true),
        "minute" => ("M", true),
        "hour" => ("H", true),
        "day" => ("D", false),
        "week" => ("W", false),
        "month" => ("M", false),
        "year" => ("Y", false),
        "decade" => ("DE", false),
        "century" | "centurie" => ("CE", false),
        _ => return None,
    })
}

/// Finds the temporal expressions of `doc` and normalizes them against
/// `published` (when given).
pub fn analyze(doc: &Document, published: Option<Date>) -> Vec<Timex> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some((last, kind, value, modifier, resolved)) = match_at(doc, i, published) {
            let span = Span::new(doc.tokens[i].span.start, doc.tokens[last].span.end);
            out.push(Timex {
                start: span.start,
                end: span.end,
                text: doc.slice(span).to_string(),
                kind,
                value,
                modifier,
                sentence: doc.sentence_of[i] as usize,
                resolved,
            });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

type Match = (usize, TimexType, String, Option<&'static str>, bool);

/// Tries every pattern at token `i`; returns the last token and the value.
fn match_at(doc: &Document, i: usize, published: Option<Date>) -> Option<Match> {
    let w = doc.lower(i);
    let tok = |k: usize| (k < doc.tokens.len()).then(|| doc.lower(k));
    // ISO date: 2025-03-18 is tokenized 2025 - 03 - 18.
    if doc.tokens[i].kind == TokenKind::Number && w.len() == 4 && i + 4 < doc.tokens.len() {
        let glued = (i + 1..=i + 4).all(|k| !doc.tokens[k].space_before);
        if glued && doc.is(i + 1, "-") && doc.is(i + 3, "-") {
            let (y, m, d) = (
                w.parse().ok()?,
                doc.lower(i + 2).parse().ok()?,
                doc.lower(i + 4).parse().ok()?,
            );
            if let Some(date) = Date::new(y, m, d) {
                return Some((i + 4, TimexType::Date, date.to_string(), None, true));
            }
        }
    }
    // "today", "today's".
    if w == "today" {
        return Some(match published {
            Some(p) => (i, TimexType::Date, p.to_string(), None, true),
            None => (i, TimexType::Date, "PRESENT_REF".into(), None, false),
        });
    }
    // Month day[,] [year] / Month year.
    if let Some(month) = month_of(w) {
        // "may" is a month only when capitalized and followed by a number.
        if w == "may" && !doc.tokens[i].is_capitalized(doc.text) {
            return None;
        }
        let mut k = i + 1;
        if tok(k) == Some(".") && !doc.tokens[k].space_before {
            k += 1;
        }
        let day = tok(k)
            .and_then(|t| t.parse::<u8>().ok())
            .filter(|d| (1..=31).contains(d) && doc.lower(k).len() <= 2);
        if let Some(day) = day {
            let mut last = k;
            let mut j = k + 1;
            if tok(j) == Some(",") {
                j += 1;
            }
            let year = tok(j).and_then(|t| (t.len() == 4).then(|| t.parse::<i32>().ok()).flatten());
            if let Some(year) = year {
                last = j;
                if let Some(date) = Date::new(year, month, day) {
                    return Some((last, TimexType::Date, date.to_string(), None, true));
                }
                return None;
            }
            return Some(match published {
                Some(p) => {
                    let date = Date::new(p.year, month, day)?;
                    (last, TimexType::Date, date.to_string(), None, true)
                }
                None => (
                    last,
                    TimexType::Date,
                    format!("XXXX-{month:02}-{day:02}"),
                    None,
                    false,
                ),
            });
        }
        let year = tok(k).and_then(|t| (t.len() == 4).then(|| t.parse::<i32>().ok()).flatten());
        if let Some(year) = year {
            return Some((
                k,
                TimexType::Date,
                format!("{year:04}-{month:02}"),
                None,
                true,
            ));
        }
        return None;
    }
    // day Month [year]: "18 March 2025".
    if let Some(day) = w
        .parse::<u8>()
        .ok()
        .filter(|d| (1..=31).contains(d) && w.len() <= 2)
    {
        if let Some(month) = tok(i + 1).and_then(month_of) {
            let year =
                tok(i + 2).and_then(|t| (t.len() == 4).then(|| t.parse::<i32>().ok()).flatten());
            if let Some(year) = year {
                let date = Date::new(year, month, day)?;
                return Some((i + 2, TimexType::Date, date.to_string(), None, true));
            }
            return Some(
                match published.and_then(|p| Date::new(p.year, month, day)) {
                    Some(date) => (i + 1, TimexType::Date, date.to_string(), None, true),
                    None => (
                        i + 1,
                        TimexType::Date,
                        format!("XXXX-{month:02}-{day:02}"),
                        None,
                        false,
                    ),
                },
            );
        }
    }
    // Durations: [for|over] N unit(s), N-unit.
    let (start, modifier) = match w {
        "over" | "more" => (i + 1, Some("MORE_THAN")),
        "about" | "nearly" | "almost" | "around" => (i + 1, Some("APPROX")),
        _ => (i, None),
    };
    let start = if w == "more" && tok(start) == Some("than") {
        start + 1
    } else {
        start
    };
    let amount = tok(start).and_then(number_of)?;
    let mut k = start + 1;
    if tok(k) == Some("-") && !doc.tokens[k].space_before {
        k += 1;
    }
    let (unit, is_time) = tok(k).and_then(unit_of)?;
    let value = if is_time {
        format!("PT{amount}{unit}")
    } else {
        format!("P{amount}{unit}")
    };
    Some((k, TimexType::Duration, value, modifier, true))
}

/// Places the timexes in time and orders them, earliest first; timexes
/// that cannot be placed come last, in text order.
pub fn timeline(
    _doc: &Document,
    timexes: &[Timex],
    pledges: &[Pledge],
    published: Option<Date>,
) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = timexes
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let (earliest, latest) = bounds(&t.value);
            let relation = match (published, earliest, latest) {
                (Some(p), Some(_), Some(l)) if l < p => Relation::Past,
                (Some(p), Some(e), Some(_)) if e > p => Relation::Future,
                (Some(_), Some(_), Some(_)) => Relation::Present,
                _ => Relation::Unknown,
            };
            let pledge = pledges.iter().position(|p| {
                p.time
                    .as_ref()
                    .is_some_and(|a| a.start <= t.start && t.end <= a.end)
            });
            TimelineEntry {
                timex: k,
                sentence: t.sentence,
                earliest: earliest.map(|d| d.to_string()),
                latest: latest.map(|d| d.to_string()),
                approximate: t.modifier.is_some(),
                relation,
                label: t.text.clone(),
                pledge,
            }
        })
        .collect();
    entries.sort_by(|a, b| match (&a.earliest, &b.earliest) {
        (Some(x), Some(y)) => x.cmp(y).then(a.timex.cmp(&b.timex)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.timex.cmp(&b.timex),
    });
    entries
}

/// The first and last day of a DATE value `YYYY-MM-DD` or `YYYY-MM`.
fn bounds(value: &str) -> (Option<Date>, Option<Date>) {
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str| s.parse::<i32>().ok();
    match parts[..] {
        [y, m, d] if y.len() == 4 => match (num(y), num(m), num(d)) {
            (Some(y), Some(m), Some(d)) => {
                let date = Date::new(y, m as u8, d as u8);
                (date, date)
            }
            _ => (None, None),
        },
        [y, m] if y.len() == 4 && m.len() == 2 => match (num(y), num(m)) {
            (Some(y), Some(m)) => {
                let first = Date::new(y, m as u8, 1);
                (first, first.map(|f| f.add_months(1).add_days(-1)))
            }
            _ => (None, None),
        },
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, published: Option<&str>, expected: &str) {
        let published = published.map(|p| {
            let o = crate::Options::new().published_at(p).unwrap();
            o.publication_date().unwrap()
        });
        let doc = Document::new(text);
        let got: Vec<String> = analyze(&doc, published)
            .iter()
            .map(|t| format!("{}={}", t.text, t.value))
            .collect();
        assert_eq!(got.join("; "), expected, "timexes of {text:?}");
    }

    #[test]
    fn explicit_dates() {
        check(
            "It happened on March 18, 2025.",
            None,
            "March 18, 2025=2025-03-18",
        );
        check(
            "On 18 March 2025 and 2025-03-19.",
            None,
            "18 March 2025=2025-03-18; 2025-03-19=2025-03-19",
        );
        check("In March 2024 it rained.", None, "March 2024=2024-03");
        check(
            "On Jan. 5 he left.",
            Some("2025-03-18"),
            "Jan. 5=2025-01-05",
        );
        check("On March 5 he left.", None, "March 5=XXXX-03-05");
    }

    #[test]
    fn durations() {
        check("a pause for 30 days", None, "30 days=P30D");
        check("a 30-day cessation", None, "30-day=P30D");
        check("for over two hours", None, "over two hours=PT2H");
        check("three years of estrangement", None, "three years=P3Y");
    }

    #[test]
    fn today() {
        check("today's call", Some("2025-03-18"), "today=2025-03-18");
        check("today's call", None, "today=PRESENT_REF");
    }

    #[test]
    fn guards() {
        check("It may rain and he may go.", None, "");
        check("It cost $2.50 a share.", None, "");
    }

    #[test]
    fn timeline_orders_and_places() {
        let p = Date::new(2025, 3, 18);
        let doc = Document::new("On March 20, 2025 talks. On March 1, 2025 a call. For 30 days.");
        let timexes = analyze(&doc, p);
        let line = timeline(&doc, &timexes, &[], p);
        let order: Vec<(usize, Relation)> = line.iter().map(|e| (e.timex, e.relation)).collect();
        assert_eq!(
            order,
            [
                (1, Relation::Past),
                (0, Relation::Future),
                (2, Relation::Unknown)
            ]
        );
    }
}
