//! The timeline: each expression placed in time, with the first and last
//! day it can denote, ordered so that a reader sees what came before, what
//! is now, and what is promised for later.
//!
//! Dates and times are read back from their TIMEX3 values. A length of time
//! is placed only when the text places it: "the past decade" and "following
//! three years of estrangement" end at the story's date; "the next four
//! years", "for 30 days" in a pledge or a sentence about the future start
//! there; "over two hours" in a sentence about the past falls on that day.
//! The story's date is a date named in the same sentence, else the
//! publication date.

use super::date::Date;
use super::lexicon::Unit;
use super::value::{push_num, Dur};
use super::{Timex, TimexType};
use crate::pledge::Pledge;
use crate::span::Remap;
use crate::text::Document;
use serde::Serialize;

/// Where an entry sits relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

/// What a timeline entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntryKind {
    /// A day, a period or a time: "March 18", "last year".
    Date,
    /// A length of time the text places: "the past decade".
    Span,
    /// A length of time the text does not place: "a 30-day cessation".
    Length,
    /// A recurrence: "every week".
    Recurrence,
}

/// The part a timex plays in a pledge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PledgeRole {
    /// How long the commitment holds: "for 30 days".
    Duration,
    /// By when it is due: "by March 2026".
    Deadline,
}

/// A timex placed in time.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    /// Index into `timexes`.
    pub timex: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// What the entry is.
    pub kind: EntryKind,
    /// First day it can denote (`YYYY-MM-DD`), if known.
    pub earliest: Option<String>,
    /// Last day it can denote, if known.
    pub latest: Option<String>,
    /// Whether the bounds are approximate ("early 2025", "recently",
    /// "about two years").
    pub approximate: bool,
    /// Where it sits relative to the publication date.
    pub relation: Relation,
    /// A short reader-facing label: "18 Mar 2025", "early 2025", "30 days".
    pub label: String,
    /// Index of the pledge whose time this is, if any.
    pub pledge: Option<usize>,
    /// Whether it is that pledge's duration or its deadline.
    pub role: Option<PledgeRole>,
}

impl Remap for TimelineEntry {
    fn remap(&mut self, _: &dyn Fn(usize) -> usize) {}
}

/// Places the timexes in time and orders them: past, present, future, each
/// earliest first; entries that cannot be placed come last, in text order.
pub fn timeline(
    doc: &Document,
    timexes: &[Timex],
    pledges: &[Pledge],
    published: Option<Date>,
) -> Vec<TimelineEntry> {
    // The pledges' times, by where they start: timexes come in text order
    // and do not overlap, so one index moving forward finds each one's
    // pledge.
    let mut times: Vec<(u64, usize)> = pledges
        .iter()
        .enumerate()
        .filter_map(|(k, p)| p.time.as_ref().map(|a| (a.start as u64, k)))
        .collect();
    merge_sort(&mut times);
    let time_end = |n: usize| {
        times
            .get(n)
            .and_then(|&(_, k)| pledges[k].time.as_ref())
            .map_or((usize::MAX, 0), |a| (a.start, a.end))
    };
    let mut next_time = 0;
    let days = sentence_days(timexes);
    // Sort keys: the relation, then the first day, then the length; ties
    // keep text order.
    let mut keys: Vec<(u64, usize)> = Vec::with_capacity(timexes.len());
    let mut entries: Vec<Option<TimelineEntry>> = Vec::with_capacity(timexes.len());
    for (k, t) in timexes.iter().enumerate() {
        while next_time < times.len() && time_end(next_time).1 < t.end {
            next_time += 1;
        }
        let (start, end) = time_end(next_time);
        let pledge = (start <= t.start && t.end <= end).then(|| times[next_time].1);
        // An age ("a 52-year-old") is a length, but no fact of the story's time.
        let age =
            t.kind == TimexType::Duration && (t.text.ends_with("old") || t.text.ends_with("olds"));
        if age {
            entries.push(None);
            continue;
        }
        let (bounds, kind, approximate) = place(doc, t, days[k], pledge.is_some(), published);
        let relation = match (published, bounds) {
            (Some(p), Some((_, l))) if l < p => Relation::Past,
            (Some(p), Some((e, _))) if e > p => Relation::Future,
            (Some(_), Some(_)) => Relation::Present,
            _ => Relation::Unknown,
        };
        let role = pledge.map(|_| {
            if t.kind == TimexType::Duration {
                PledgeRole::Duration
            } else {
                PledgeRole::Deadline
            }
        });
        entries.push(Some(TimelineEntry {
            timex: k,
            sentence: t.sentence,
            kind,
            earliest: bounds.map(|b| b.0.iso()),
            latest: bounds.map(|b| b.1.iso()),
            approximate,
            relation,
            label: label(t),
            pledge,
            role,
        }));
        let (a, b) = bounds.map_or((0, 0), |(a, b)| (a.to_days(), b.to_days()));
        let first = (a + (1 << 29)).clamp(0, (1 << 30) - 1) as u64;
        let length = (b - a).clamp(0, (1 << 30) - 1) as u64;
        keys.push(((relation as u64) << 60 | first << 30 | length, k));
    }
    merge_sort(&mut keys);
    keys.iter()
        .filter_map(|&(_, k)| entries[k].take())
        .collect()
}

/// Sorts `v` (a bottom-up merge sort: a few lines of code, where the
/// standard library's sorts weigh kilobytes in the WebAssembly build; one
/// type of element, so one copy of the code).
fn merge_sort(v: &mut Vec<(u64, usize)>) {
    let n = v.len();
    let mut buf = v.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            let (mut i, mut j) = (start, mid);
            for slot in &mut buf[start..end] {
                if j >= end || i < mid && v[i] <= v[j] {
                    *slot = v[i];
                    i += 1;
                } else {
                    *slot = v[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

/// The bounds of timex `k`, what it is, and whether the bounds are approximate.
fn place(
    doc: &Document,
    t: &Timex,
    day: Option<Date>,
    in_pledge: bool,
    published: Option<Date>,
) -> (Option<(Date, Date)>, EntryKind, bool) {
    let modified = t.modifier.is_some();
    match t.kind {
        TimexType::Set => (None, EntryKind::Recurrence, false),
        TimexType::Duration => {
            let Some(d) = t.length.map(Length::of) else {
                return (None, EntryKind::Length, modified);
            };
            let reference = day.or(published);
            match (anchor(doc, t, in_pledge, &d), reference) {
                (Some(dir), Some(r)) => {
                    let bounds = match dir {
                        Anchor::Ends => (d.before(r, 1).min(r.add_days(-1)), r.add_days(-1)),
                        Anchor::Starts => (r, d.after(r).max(r)),
                        Anchor::Within => (r, r),
                    };
                    let approximate = modified || d.vague || dir == Anchor::Within;
                    (Some(bounds), EntryKind::Span, approximate)
                }
                _ => (None, EntryKind::Length, modified),
            }
        }
        _ => {
            let vague = t.value.ends_with("_REF");
            let bounds = match (vague, published) {
                (true, Some(p)) => Some(reference_bounds(t, p)),
                _ => t.interval.map(|b| narrow(b, t.modifier)),
            };
            (
                bounds,
                EntryKind::Date,
                vague || modified || t.value.starts_with("FY"),
            )
        }
    }
}

/// How the text places a length of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    /// It ends at the reference date: "the past decade", "following three years".
    Ends,
    /// It starts there: "the next four years", a pledge's "for 30 days".
    Starts,
    /// It falls on that day: "over two hours" of a call.
    Within,
}

/// Reads how the words in and before a length of time place it.
fn anchor(doc: &Document, t: &Timex, in_pledge: bool, d: &Length) -> Option<Anchor> {
    let lower = &doc.lower[t.start..t.end];
    let first = doc.tokens.partition_point(|tok| tok.span.start < t.start);
    let before = |n: usize| first.checked_sub(n).map_or("", |i| doc.lower(i));
    if lower.starts_with("the past") || lower.starts_with("the last") || lower.starts_with("recent")
    {
        return Some(Anchor::Ends);
    }
    if lower.starts_with("the next") || lower.starts_with("the coming") || lower.ends_with("ahead")
    {
        return Some(Anchor::Starts);
    }
    if matches!(before(1), "following" | "after") || before(1) == "the" && before(2) == "after" {
        return Some(Anchor::Ends);
    }
    if in_pledge {
        return Some(Anchor::Starts);
    }
    if d.days == 0 && d.months == 0 {
        return Some(Anchor::Within);
    }
    None
}

/// A length in months and days (hours in whole days: "72 hours" is three
/// days, "six hours" none).
struct Length {
    months: i32,
    days: i64,
    vague: bool,
}

impl Length {
    /// The length of a duration; a vague amount ("several") counts as three.
    fn of(d: Dur) -> Length {
        let t = i64::from(d.tenths.unwrap_or(30));
        let (months, days) = match d.unit {
            Unit::Second | Unit::Minute => (0, 0),
            Unit::Hour => (0, t / 24),
            Unit::Day => (0, t),
            Unit::Weekend => (0, 2 * t),
            Unit::Week => (0, 7 * t),
            Unit::Fortnight => (0, 14 * t),
            Unit::Month => (t, 0),
            Unit::Quarter => (3 * t, 0),
            Unit::Half => (6 * t, 0),
            Unit::Year => (12 * t, 0),
            Unit::Decade => (120 * t, 0),
            Unit::Century => (1200 * t, 0),
        };
        Length {
            months: (months / 10) as i32,
            days: (days + months % 10 * 3 + 5) / 10,
            vague: d.tenths.is_none(),
        }
    }

    /// The first day of a span of `n` times this length ending the day before `r`.
    fn before(&self, r: Date, n: i64) -> Date {
        r.add_months(-self.months * n as i32)
            .add_days(-self.days * n)
    }

    /// The last day of a span of this length that starts on `r`.
    fn after(&self, r: Date) -> Date {
        r.add_months(self.months).add_days(self.days - 1)
    }
}

/// The date of each timex's sentence: the nearest other expression in it
/// that names a single day, the one before first. Two passes over the
/// timexes, which come in text order.
fn sentence_days(timexes: &[Timex]) -> Vec<Option<Date>> {
    let day = |t: &Timex| t.interval.filter(|(a, b)| a == b).map(|b| b.0);
    let mut days = vec![None; timexes.len()];
    // The nearest day after, within the sentence.
    let mut after: (usize, Option<Date>) = (usize::MAX, None);
    for (k, t) in timexes.iter().enumerate().rev() {
        if after.0 == t.sentence {
            days[k] = after.1;
        }
        if let Some(d) = day(t) {
            after = (t.sentence, Some(d));
        } else if after.0 != t.sentence {
            after = (t.sentence, None);
        }
    }
    // The nearest day before wins.
    let mut before: (usize, Option<Date>) = (usize::MAX, None);
    for (k, t) in timexes.iter().enumerate() {
        if before.0 == t.sentence && before.1.is_some() {
            days[k] = before.1;
        }
        if let Some(d) = day(t) {
            before = (t.sentence, Some(d));
        } else if before.0 != t.sentence {
            before = (t.sentence, None);
        }
    }
    days
}

/// Bounds of a vague reference: the past year before the publication date,
/// the day itself, the year after it; "weeks prior" is two to nine weeks
/// before.
fn reference_bounds(t: &Timex, p: Date) -> (Date, Date) {
    match (t.value.as_str(), t.length) {
        ("PAST_REF", Some(d)) => {
            let unit = Length::of(Dur::new(1, d.unit));
            (unit.before(p, 9), unit.before(p, 2))
        }
        ("PAST_REF", _) => (p.add_months(-12), p.add_days(-1)),
        ("FUTURE_REF", _) => (p.add_days(1), p.add_months(12)),
        _ => (p, p),
    }
}

/// Narrows a period to its start, middle or end third.
fn narrow((a, b): (Date, Date), modifier: Option<&str>) -> (Date, Date) {
    let (x, y) = (a.to_days(), b.to_days());
    let third = (y - x + 1) / 3;
    match modifier {
        Some("START") => (a, Date::from_days(x + third.max(1) - 1)),
        Some("MID") => (Date::from_days(x + third), Date::from_days(y - third)),
        Some("END") => (Date::from_days(y - third.max(1) + 1), b),
        _ => (a, b),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A short label: "18 Mar 2025" for a day, "Mar 2025" for a month, "early
/// 2025" for a modified year; the expression's own words otherwise.
fn label(t: &Timex) -> String {
    let (Some((a, b)), true) = (t.interval, t.kind == TimexType::Date) else {
        return t.text.clone();
    };
    let mut s = String::from(match t.modifier {
        Some("START") => "early ",
        Some("MID") => "mid-",
        Some("END") => "late ",
        _ => "",
    });
    let month = MONTHS[usize::from(a.month.clamp(1, 12) - 1)];
    let whole_year = a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31 && a.year == b.year;
    if a == b {
        push_num(&mut s, u32::from(a.day), 1);
        s.push(' ');
    }
    if a == b || a.day == 1 && b == a.add_months(1).add_days(-1) {
        s.push_str(month);
        s.push(' ');
    } else if !whole_year {
        return t.text.clone();
    }
    push_num(&mut s, a.year.unsigned_abs(), 4);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::analyze;

    /// The timeline of `text` published on 2025-03-18, one entry a line:
    /// `label earliest..latest relation [~]`.
    fn check(text: &str, expected: &[&str]) {
        let p = Date::new(2025, 3, 18);
        let doc = Document::new(text);
        let timexes = analyze(&doc, p);
        let got: Vec<String> = timeline(&doc, &timexes, &[], p)
            .iter()
            .map(|e| {
                let b = match (&e.earliest, &e.latest) {
                    (Some(a), Some(b)) => format!("{a}..{b}"),
                    _ => "?".to_string(),
                };
                let approx = if e.approximate { " ~" } else { "" };
                format!("{} {b} {:?}{approx}", e.label, e.relation)
            })
            .collect();
        assert_eq!(got, expected, "timeline of {text:?}");
    }

    #[test]
    fn merge_sort_sorts() {
        let mut v: Vec<(u64, usize)> = (0..100).map(|i| ((i * 37) % 101, i as usize)).collect();
        let mut w = v.clone();
        merge_sort(&mut v);
        w.sort_unstable();
        assert_eq!(v, w);
        let mut e: Vec<(u64, usize)> = vec![];
        merge_sort(&mut e);
        assert!(e.is_empty());
    }

    #[test]
    fn orders_past_present_future() {
        check(
            "Talks begin on March 20, 2025. A call came on March 1, 2025. Today it rains. Sets run weekly.",
            &[
                "1 Mar 2025 2025-03-01..2025-03-01 Past",
                "18 Mar 2025 2025-03-18..2025-03-18 Present",
                "20 Mar 2025 2025-03-20..2025-03-20 Future",
                "weekly ? Unknown",
            ],
        );
    }

    #[test]
    fn places_lengths_the_text_places() {
        check(
            "Following three years of estrangement, they talk. Cuts come over the next four years.",
            &[
                "three years 2022-03-18..2025-03-17 Past",
                "the next four years 2025-03-18..2029-03-17 Present",
            ],
        );
        check(
            "The call today extended for over two hours. It was a 30-day truce.",
            &[
                "18 Mar 2025 2025-03-18..2025-03-18 Present",
                "over two hours 2025-03-18..2025-03-18 Present ~",
                "30-day ? Unknown",
            ],
        );
    }

    #[test]
    fn hours_count_in_whole_days() {
        check(
            "Over the next 72 hours, talks continue. For the next six hours, roads stay shut.",
            &[
                "the next six hours 2025-03-18..2025-03-18 Present",
                "the next 72 hours 2025-03-18..2025-03-20 Present",
            ],
        );
    }

    #[test]
    fn vague_and_modified() {
        check(
            "It happened just weeks prior, and in early 2024.",
            &[
                "early 2024 2024-01-01..2024-05-01 Past ~",
                "just weeks prior 2025-01-14..2025-03-04 Past ~",
            ],
        );
    }
}
