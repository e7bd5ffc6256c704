//! Temporal expressions (TIMEX3): tagging, normalization against the
//! publication date, and the timeline.
//!
//! One pass over the shared tokens finds the expressions. Each word is
//! looked up once in the trigger lexicon ([`lexicon`], `words.txt`); at a
//! token that can start an expression the rules of [`rules`] are tried and
//! the longest hit is kept. Guards ([`guards`]) keep ambiguous words and
//! numbers ("may", "March", "Sun", "$2.50 a share", "2000 people") out.
//! Every rule reads a bounded number of tokens, so tagging is linear in
//! the length of the text.
//!
//! Values are built in two stages ([`value`]): each expression is first
//! parsed into an unresolved value that needs no reference date ("March
//! 18" is month 3, day 18, year unknown; "three years ago" is a shift of
//! -3 years), then resolved against the publication date when the caller
//! gives one, bare weekdays and months by the tense of their sentence
//! ([`tense`]). Without it, the value keeps its unknown parts
//! (`XXXX-03-18`) or falls back to `PAST_REF`/`PRESENT_REF`/`FUTURE_REF`
//! with the distance in `offset`, and `resolved` is false. Nothing reads a
//! clock or a time zone.

pub mod date;
pub mod guards;
pub mod lexicon;
pub mod rules;
pub mod scan;
pub mod tense;
pub mod timeline;
pub mod value;

use crate::span::{Remap, Span};
use crate::text::Document;
use date::Date;
use rules::Hit;
use scan::Cx;
use serde::Serialize;
use value::{Grain, Place, Value};

pub use timeline::{timeline, Relation, TimelineEntry};

/// The TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2025-03-18`, `2025-W12`, `PAST_REF`.
    Date,
    /// A time of day: `2025-03-18T10:30`, `2025-03-17TNI`.
    Time,
    /// A length of time: `P30D`.
    Duration,
    /// A recurrence: `P1W` for "every week".
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
    /// TIMEX3 value: `2025-03-18`, `P30D`, `XXXX-03-18`, `PAST_REF`...
    pub value: String,
    /// TIMEX3 modifier: `MORE_THAN`, `APPROX`, `START`...
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
    /// Index of its sentence.
    pub sentence: usize,
    /// Whether the value is complete; false when it needed a publication
    /// date that was not given.
    pub resolved: bool,
    /// For expressions counted from the publication date, the distance:
    /// `-P1D` for "yesterday", `+P1W` for "next week", `P0D` for "today".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// The first and last day the value denotes, when it is a resolved date
    /// or time (for the timeline).
    #[serde(skip)]
    pub interval: Option<(Date, Date)>,
    /// The length of a duration, or the vague distance of a reference
    /// ("weeks prior"), for the timeline.
    #[serde(skip)]
    pub length: Option<value::Dur>,
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

/// Finds the temporal expressions of `doc` and normalizes them against
/// `published` (when given).
pub fn analyze(doc: &Document, published: Option<Date>) -> Vec<Timex> {
    let mut cx = Cx::empty(doc);
    let mut hits: Vec<(usize, Hit)> = Vec::with_capacity(doc.tokens.len() / 32);
    let mut starts = Vec::with_capacity(64);
    for sentence in &doc.sentences {
        cx.load(sentence.tokens.clone(), &mut starts);
        // The first token not yet inside an expression.
        let mut free = 0;
        for &i in &starts {
            if i < free {
                continue;
            }
            if let Some(h) = rules::at(&cx, i) {
                cx.last_end.set(h.end);
                hits.push((i, h));
                free = h.end;
            }
        }
    }
    let hits = join_dates_and_times(&cx, hits);
    let clock_only: Vec<bool> = hits
        .iter()
        .map(|(_, h)| matches!(h.value, Value::Cal(_, Place::Dct)))
        .collect();
    let (mut last, mut last_day) = (None, None);
    // The end token and first day of the previous expression, if it is a
    // date ("the three months to December" is no range).
    let mut prev: (usize, Option<Date>) = (usize::MAX, None);
    let mut out: Vec<Timex> = hits
        .into_iter()
        .map(|(first, h)| {
            // The end of a range follows its start: "from Monday to Friday".
            let range_end = first >= 1
                && prev.0 == first - 1
                && (prev.1.is_some() || published.is_none())
                && matches!(
                    doc.lower(first - 1),
                    "to" | "-" | "\u{2013}" | "through" | "until" | "till"
                )
                && matches!(h.value, Value::Cal(c, Place::Tense) if c.year.is_none());
            let reference = match prev.1 {
                Some(d) if range_end => Some(d),
                _ => published,
            };
            let tense = || {
                if range_end {
                    return Some(lexicon::Tense::Future);
                }
                // A range in the present may have begun: "the show runs
                // August 10 to 22".
                match tense::around(&cx, first, h.end) {
                    Some(lexicon::Tense::Present) if range_start(doc, h.end) => {
                        Some(lexicon::Tense::Ongoing)
                    }
                    t => t,
                }
            };
            // Days anchor "the next day"; any date anchors "the following year".
            let anchor = match h.value {
                Value::Narrative { unit, .. } if unit <= lexicon::Unit::Week => last_day,
                _ => last,
            };
            let r = value::resolve(&h.value, h.clock, reference, &tense, anchor);
            let interval = r.cal.and_then(|c| c.span());
            prev = (h.end, interval.map(|s| s.0));
            // A comparison ("a year earlier", "the year-ago quarter") leaves
            // the story's date where it was.
            let comparison = matches!(h.value, Value::Narrative { named: false, .. });
            if h.is_period() && r.cal.is_some() && !comparison {
                last = r.cal;
                if r.cal.is_some_and(|c| c.grain == Grain::Day) {
                    last_day = r.cal;
                }
            }
            let kind = match h.value {
                Value::Duration(_) => TimexType::Duration,
                Value::Set(_) | Value::SetCal(..) => TimexType::Set,
                _ if h.clock.is_some() => TimexType::Time,
                _ => TimexType::Date,
            };
            let span = Span::new(doc.tokens[first].span.start, doc.tokens[h.end - 1].span.end);
            Timex {
                start: span.start,
                end: span.end,
                text: doc.slice(span).to_string(),
                kind,
                value: r.value,
                modifier: h.modifier.map(lexicon::Mod::as_str),
                sentence: doc.sentence_of[first] as usize,
                resolved: r.resolved,
                offset: r.offset,
                interval,
                length: match h.value {
                    Value::Duration(d) => Some(d),
                    Value::Ref(_, Some(unit)) => Some(value::Dur { tenths: None, unit }),
                    _ => None,
                },
            }
        })
        .collect();
    anchor_times(&mut out, &clock_only);
    out
}

/// The place of `w` in `list`, from 1; 0 when it is not there.
#[inline(never)]
fn rank(w: &str, list: &[&str]) -> u8 {
    list.iter().position(|x| *x == w).map_or(0, |k| k as u8 + 1)
}

/// Whether an expression ending before token `end` starts a range: "to",
/// "until", "through" or a dash comes next.
fn range_start(doc: &Document, end: usize) -> bool {
    end < doc.tokens.len()
        && matches!(
            doc.lower(end),
            "to" | "-" | "\u{2013}" | "through" | "until" | "till"
        )
}

/// Puts a time of day on the day its sentence names, if one is near:
/// "made its first flight Tuesday ... at 18:00 UTC", "at 16:15 UTC, June
/// 1st"; otherwise it stays on the publication day.
fn anchor_times(timexes: &mut [Timex], clock_only: &[bool]) {
    for k in (0..timexes.len()).filter(|&k| clock_only[k]) {
        let s = timexes[k].sentence;
        let near = (1..=3)
            .flat_map(|d| [k.checked_sub(d), Some(k + d)])
            .flatten();
        let day = near.filter_map(|j| timexes.get(j)).find(|t| {
            t.sentence == s && t.kind == TimexType::Date && t.interval.is_some_and(|(a, b)| a == b)
        });
        if let Some((day, resolved, interval)) =
            day.map(|t| (t.value.clone(), t.resolved, t.interval))
        {
            let t = &mut timexes[k];
            if let Some(time) = t.value.get(10..) {
                t.value = day + time;
                t.resolved = resolved;
                t.interval = interval;
            }
        }
    }
}

/// Joins a day and a time of day next to it into one expression: "Friday
/// at 13:00", "today 5PM", "12:00 UTC Monday", "Sat, 17 Aug 2013 18:40:39 GMT";
/// and "the month of", "the morning of" with the month or day after them.
fn join_dates_and_times(cx: &Cx, hits: Vec<(usize, Hit)>) -> Vec<(usize, Hit)> {
    let is_day = |h: &Hit| {
        h.clock.is_none()
            && match h.value {
                Value::Cal(c, p) => c.grain == Grain::Day && p != Place::Dct,
                Value::Shift { grain, .. } => value::grain_of(grain) == Grain::Day,
                _ => false,
            }
    };
    let is_time = |h: &Hit| matches!(h.value, Value::Cal(_, Place::Dct)) && h.clock.is_some();
    let mut out: Vec<(usize, Hit)> = Vec::with_capacity(hits.len());
    for (mut start, mut h) in hits {
        // "the month of July", "the morning of March 3", "the last week of
        // March" are one expression.
        let d = cx.doc;
        let free = |n: usize| out.last().is_none_or(|(_, p)| p.end + n <= start);
        let of = start >= 3 && d.lower(start - 1) == "of";
        let month = matches!(h.value, Value::Cal(c, _) if c.grain == Grain::Month);
        if of && free(3) && d.lower(start - 3) == "the" {
            let part = rank(
                d.lower(start - 2),
                &["morning", "afternoon", "evening", "night"],
            );
            if month && d.lower(start - 2) == "month" {
                start -= 3;
            } else if part != 0 && is_day(&h) {
                start -= 3;
                h.clock = Some(value::Clock {
                    part,
                    ..value::Clock::default()
                });
            }
        } else if of && month && start >= 4 && free(4) && d.lower(start - 4) == "the" {
            let nth = match rank(d.lower(start - 3), &["first", "second", "third", "fourth"]) {
                0 if matches!(d.lower(start - 3), "last" | "final") => 9,
                n => n,
            };
            if let (Value::Cal(c, place), true) =
                (h.value, nth != 0 && d.lower(start - 2) == "week")
            {
                let mut w = value::Cal {
                    grain: Grain::Week,
                    part: nth,
                    ..c
                };
                if let Some(y) = c.year {
                    w.week = value::week_of_month(y, c.month, nth).unwrap_or(0);
                }
                if w.year.is_none() || w.week != 0 {
                    start -= 4;
                    h.value = Value::Cal(w, place);
                }
            }
        }
        if let Some((_, prev)) = out.last_mut() {
            let gap = start - prev.end;
            let joiner = gap == 1 && matches!(cx.doc.lower(prev.end), "at" | ",") || gap == 0;
            if is_day(prev) && is_time(&h) && joiner {
                prev.end = h.end;
                prev.clock = h.clock;
                continue;
            }
            if is_time(prev) && is_day(&h) && gap == 0 {
                prev.end = h.end;
                prev.value = h.value;
                continue;
            }
        }
        out.push((start, h));
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Tags `text` published on `published` and compares the expressions,
    /// each as `text=TYPE value [MOD] [offset ?]` (the offset and `?` only
    /// when unresolved), joined by "; ".
    pub fn check(text: &str, published: Option<&str>, expected: &str) {
        let published = published.map(|p| {
            let o = crate::Options::new().published_at(p).unwrap();
            o.publication_date().unwrap()
        });
        let doc = Document::new(text);
        let got: Vec<String> = analyze(&doc, published)
            .iter()
            .map(|t| {
                let mut s = format!("{}={} {}", t.text, kind(t.kind), t.value);
                if let Some(m) = t.modifier {
                    s = format!("{s} {m}");
                }
                if !t.resolved {
                    if let Some(o) = &t.offset {
                        s = format!("{s} {o}");
                    }
                    s.push_str(" ?");
                }
                s
            })
            .collect();
        assert_eq!(got.join("; "), expected, "timexes of {text:?}");
    }

    fn kind(k: TimexType) -> &'static str {
        match k {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }

    const P: Option<&str> = Some("2025-03-18");

    #[test]
    fn the_seed_article() {
        check(
            "with the Russian leader agreeing to pause assaults for 30 days.",
            P,
            "30 days=DURATION P30D",
        );
        check(
            "In a recent phone call, Trump secured a pledge.",
            P,
            "recent=DATE PAST_REF",
        );
        check(
            "In the lead-up to today's significant phone call",
            P,
            "today=DATE 2025-03-18",
        );
        check("a 30-day cessation of attacks", P, "30-day=DURATION P30D");
        check(
            "the call extended for over two hours",
            P,
            "over two hours=DURATION PT2H MORE_THAN",
        );
        check(
            "Following three years of estrangement",
            P,
            "three years=DURATION P3Y",
        );
        check(
            "the reprimand meted out just weeks prior in the Oval Office.",
            P,
            "just weeks prior=DATE PAST_REF",
        );
    }

    #[test]
    fn dates_join_their_times() {
        check(
            "They will meet this Friday at 13:00.",
            P,
            "this Friday at 13:00=TIME 2025-03-21T13:00",
        );
        check(
            "Polls open tomorrow at 7 a.m.",
            P,
            "tomorrow at 7 a.m.=TIME 2025-03-19T07:00",
        );
        check(
            "at 12:00 UTC Monday",
            P,
            "12:00 UTC Monday=TIME 2025-03-17T12:00Z",
        );
        check(
            "It arrived Sat, 17 Aug 2013 18:40:39 GMT.",
            P,
            "Sat, 17 Aug 2013 18:40:39 GMT=TIME 2013-08-17T18:40:39Z",
        );
        check(
            "at 16:15 UTC, June 1st",
            Some("2009-06-04"),
            "16:15 UTC=TIME 2009-06-01T16:15Z; June 1st=DATE 2009-06-01",
        );
        check(
            "It ran from Monday to Friday.",
            P,
            "Monday=DATE 2025-03-17; Friday=DATE 2025-03-21",
        );
        check(
            "It flew Tuesday in Everett at 18:00 UTC.",
            Some("2009-12-16"),
            "Tuesday=DATE 2009-12-15; 18:00 UTC=TIME 2009-12-15T18:00Z",
        );
    }

    #[test]
    fn a_range_in_the_present_may_have_begun() {
        // Published in March: the show of August ahead, not last year's.
        check(
            "The fair runs Aug. 10 \u{2013} Aug. 22.",
            P,
            "Aug. 10=DATE 2025-08-10; Aug. 22=DATE 2025-08-22",
        );
        check(
            "The fair runs Aug. 10-22.",
            P,
            "Aug. 10=DATE 2025-08-10; 22=DATE 2025-08-22",
        );
        // Begun less than a month before publication: this one.
        check(
            "The exhibition runs March 1 to April 30.",
            P,
            "March 1=DATE 2025-03-01; April 30=DATE 2025-04-30",
        );
        check(
            "The festival runs from Aug. 10 to Aug. 22.",
            Some("2025-08-15"),
            "Aug. 10=DATE 2025-08-10; Aug. 22=DATE 2025-08-22",
        );
        // Begun long ago in the story's past, a past tense says so.
        check(
            "The fair ran Aug. 10 to Aug. 22.",
            P,
            "Aug. 10=DATE 2024-08-10; Aug. 22=DATE 2024-08-22",
        );
    }

    #[test]
    fn the_year_of_a_future_sentence_is_the_story_s() {
        // A past year the text has left behind anchors the past only.
        check(
            "The war began in February 2022. By the end of the year, Russia held the south.",
            P,
            "February 2022=DATE 2022-02; the end of the year=DATE 2022 END",
        );
        check(
            "The war began in February 2022. Elections are due by the end of the year.",
            P,
            "February 2022=DATE 2022-02; the end of the year=DATE 2025 END",
        );
        check(
            "The plant opened in 2019. It will close at the end of the year.",
            P,
            "2019=DATE 2019; the end of the year=DATE 2025 END",
        );
    }

    #[test]
    fn until_after_a_past_verb() {
        // Published on a Thursday: the Friday after it, the Monday before.
        let thursday = Some("2008-09-18");
        check(
            "Officials kept the markets closed until Friday.",
            thursday,
            "Friday=DATE 2008-09-19",
        );
        check(
            "He stayed in hospital until Monday.",
            thursday,
            "Monday=DATE 2008-09-15",
        );
    }

    #[test]
    fn no_publication_date() {
        check("today's call", None, "today=DATE PRESENT_REF P0D ?");
        check("next week", None, "next week=DATE FUTURE_REF +P1W ?");
        check("on Tuesday", None, "Tuesday=DATE XXXX-WXX-2 ?");
        check(
            "in 2008 and for 30 days",
            None,
            "2008=DATE 2008; 30 days=DURATION P30D",
        );
    }

    #[test]
    fn rules_are_sorted_and_named() {
        let names: Vec<&str> = rules::RULES.iter().map(|r| r.0).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
    }
}
