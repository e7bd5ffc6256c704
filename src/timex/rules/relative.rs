//! Expressions counted from the publication date ("yesterday", "last week",
//! "three years ago", "next Monday"), from the story's last date ("the
//! following year", "that day"), and vague references ("now", "recently",
//! "the future", "just weeks prior").

use super::duration;
use super::Hit;
use crate::timex::lexicon::{Ref, Unit, Word};
use crate::timex::scan::Cx;
use crate::timex::value::{Cal, Clock, Dur, Grain, Place, Value};

fn part(p: u8) -> Option<Clock> {
    Some(Clock {
        part: p,
        ..Clock::default()
    })
}

/// A whole count of a unit, converting halves to the next finer unit
/// ("two and a half years" is 30 months).
fn whole(tenths: u32, unit: Unit) -> (u32, Unit) {
    if tenths % 10 == 0 {
        return (tenths / 10, unit);
    }
    let (k, finer) = match unit {
        Unit::Year => (12, Unit::Month),
        Unit::Month => (30, Unit::Day),
        Unit::Week => (7, Unit::Day),
        Unit::Day => (24, Unit::Hour),
        Unit::Hour => (60, Unit::Minute),
        u => (1, u),
    };
    ((tenths * k).div_ceil(10), finer)
}

/// "Today", "yesterday", "tomorrow", "tonight", "yesterday afternoon", "the
/// day before yesterday".
pub fn deictic_day(cx: &Cx, i: usize) -> Option<Hit> {
    if cx.the(i) && cx.is(i + 1, "day") {
        let sign = match cx.lower(i + 2) {
            "before" => -1,
            "after" => 1,
            _ => return None,
        };
        let Some(Word::Day(n)) = cx.word(i + 3) else {
            return None;
        };
        if n != sign {
            return None;
        }
        return Some(Hit::new(i + 4, shift(2 * i32::from(n), Unit::Day)));
    }
    let Some(Word::Day(n)) = cx.word(i) else {
        return None;
    };
    // "USA Today" is a newspaper.
    let after_name =
        i > 0 && cx.cap(i - 1) && cx.word_back(i - 1).is_none() && !cx.is_number(i - 1);
    if cx.cap(i) && !cx.starts_sentence(i) && after_name {
        return None;
    }
    let value = shift(i32::from(n), Unit::Day);
    if cx.is(i, "tonight") {
        return Some(Hit::new(i + 1, value).clock(part(4)));
    }
    Some(match cx.word(i + 1) {
        Some(Word::Part(p)) => Hit::new(i + 2, value).clock(part(p)),
        _ => Hit::new(i + 1, value),
    })
}

fn shift(n: i32, unit: Unit) -> Value {
    Value::Shift {
        n,
        unit,
        grain: unit,
    }
}

/// A part of the trading day: "in morning trading", "the afternoon
/// session"; on the day its sentence names, else the publication day.
pub fn trading_part(cx: &Cx, i: usize) -> Option<Hit> {
    let Some(Word::Part(p @ 1..=3)) = cx.word(i) else {
        return None;
    };
    let trading = cx.is_any(i + 1, &["trading", "trade", "session", "dealings"]);
    let day = Cal::of(Grain::Day, None);
    trading.then(|| Hit::new(i + 1, Value::Cal(day, Place::Dct)).clock(part(p)))
}

/// Vague references: "now", "currently", "recently", "recent", "soon", "the
/// past", "the future", "the near future", "the time being", "at the
/// moment", "these days", "the long term".
pub fn reference(cx: &Cx, i: usize) -> Option<Hit> {
    let w = cx.lower(i);
    if let Some(Word::Ref(r)) = cx.word(i) {
        let before = cx.back(i.checked_sub(1));
        let bad = match w {
            // "now-defunct" is an adjective.
            "now" | "soon" if cx.is(i + 1, "-") && cx.glued(i + 1) => true,
            "recent" => before == "most",
            "soon" => before == "as" || cx.is(i + 1, "as"),
            _ => false,
        };
        let start_more = w == "recently" && before == "more";
        return (!bad && !start_more).then(|| Hit::new(i + 1, Value::Ref(r, None)));
    }
    if w == "more" && cx.is(i + 1, "recently") {
        return Some(Hit::new(i + 2, Value::Ref(Ref::Past, None)));
    }
    if w == "these" && cx.is(i + 1, "days") {
        return Some(Hit::new(i + 2, Value::Ref(Ref::Present, None)));
    }
    if w != "the" {
        return None;
    }
    let mut j = i + 1;
    if cx.is_any(
        j,
        &["near", "distant", "foreseeable", "immediate", "recent"],
    ) {
        j += 1;
    }
    let r = match cx.lower(j) {
        "past" if j == i + 1 || !cx.is(j - 1, "near") => Ref::Past,
        "future" => Ref::Future,
        "time" if j == i + 1 && cx.is(j + 1, "being") => {
            return Some(Hit::new(j + 2, Value::Ref(Ref::Present, None)))
        }
        "moment" if j == i + 1 && cx.back(i.checked_sub(1)) == "at" => Ref::Present,
        "term" if j == i + 2 || cx.is_any(j - 1, &["short", "long", "medium"]) => Ref::Future,
        "short" | "long" | "medium" if j == i + 1 && cx.is(j + 1, "term") => {
            return Some(Hit::new(j + 2, Value::Ref(Ref::Future, None)))
        }
        _ => return None,
    };
    // "the future of the company" is its fate, not a time.
    if matches!(r, Ref::Future | Ref::Past) && cx.is(j + 1, "of") {
        return None;
    }
    // "the past decade" is a length of time; "the past few weeks" too.
    if r == Ref::Past && (cx.amount(j + 1).is_some() || cx.unit(j + 1).is_some()) {
        return None;
    }
    Some(Hit::new(j + 1, Value::Ref(r, None)))
}

/// A direction and what it points at: "last week", "this year", "next
/// Monday", "last September", "this spring", "last night", "this morning",
/// "the past decade", "the next four years", "the coming weeks", "the
/// following day", "the last quarter".
pub fn direction(cx: &Cx, i: usize) -> Option<Hit> {
    let the = cx.the(i);
    let mut j = if the { i + 1 } else { i };
    let Some(Word::Dir(mut d)) = cx.word(j) else {
        return None;
    };
    let dw = cx.lower(j);
    j += 1;
    // "this past Monday", "this coming Friday".
    if dw == "this" {
        if let Some(Word::Dir(d2 @ (-1 | 1))) = cx.word(j) {
            if cx.is_any(j, &["past", "coming"]) {
                d = d2;
                j += 1;
            }
        }
    }
    // "the next day" is the day after the story's date; "for the next year"
    // a length of time.
    let length_prep = i > 0
        && matches!(
            cx.back(Some(i - 1)),
            "for" | "over" | "during" | "within" | "in"
        );
    let narrative =
        matches!(dw, "following" | "previous" | "preceding") || the && dw == "next" && !length_prep;
    let place = match d {
        -1 => Place::Before,
        1 => Place::After,
        _ => Place::This,
    };
    let named = |c: Cal, end: usize| (!the).then(|| Hit::new(end, Value::Cal(c, place)));
    match cx.word(j).unwrap_or(Word::Vague) {
        Word::Unit(u, false) => {
            // "the last day of the month" names something else.
            if cx.is(j + 1, "of") || cx.is(j + 1, "-") && cx.glued(j + 1) {
                return None;
            }
            let end = j + 1;
            let value = if narrative {
                Value::Narrative {
                    n: i32::from(d),
                    unit: u,
                    named: true,
                }
            } else if the && dw == "this" {
                return None;
            } else if the && u != Unit::Quarter {
                Value::Duration(crate::timex::value::Dur::new(1, u))
            } else {
                shift(i32::from(d), u)
            };
            Some(Hit::new(end, value))
        }
        Word::Unit(u, true) if the || d != 0 => {
            // "the coming days": a vague length of time.
            (d != 0 && !narrative).then(|| {
                Hit::new(
                    j + 1,
                    Value::Duration(crate::timex::value::Dur {
                        tenths: None,
                        unit: u,
                    }),
                )
            })
        }
        Word::Weekday(w) => {
            let c = Cal {
                weekday: w,
                ..Cal::of(Grain::Day, None)
            };
            // "last Tuesday night".
            match cx.word(j + 1) {
                Some(Word::Part(p)) => named(c, j + 2).map(|h| h.clock(part(p))),
                _ => named(c, j + 1),
            }
        }
        Word::Month(m) if m != 5 || cx.cap(j) => named(
            Cal {
                month: m,
                ..Cal::of(Grain::Month, None)
            },
            j + 1,
        ),
        Word::Season(s) => named(
            Cal {
                part: s,
                ..Cal::of(Grain::Season, None)
            },
            j + 1,
        ),
        Word::Holiday(m, dd) => named(
            Cal {
                month: m,
                day: dd,
                ..Cal::of(Grain::Day, None)
            },
            j + 1,
        ),
        Word::Part(p) if !the && d <= 0 => {
            // "last night" is yesterday's; "this morning" today's.
            let n = if dw == "last" { -1 } else { 0 };
            if n == 0 && d != 0 {
                return None;
            }
            Some(Hit::new(j + 1, shift(n, Unit::Day)).clock(part(p)))
        }
        // "the past five years", "the next couple of days"; not the verb
        // in "to last three months".
        _ => {
            if narrative && dw != "next" || !the && dw == "last" {
                return None;
            }
            let (dur, end) = duration::parse(cx, j)?;
            if !the && d == 0 {
                return None;
            }
            Some(Hit::new(end, Value::Duration(dur)))
        }
    }
}

/// A length of time read as a date, when a word after it (at `k`) says so:
/// counted from the publication date in "three years ago", "a week ago",
/// "years ago", "2 weeks from now", "weeks prior" (vague only: "two weeks
/// prior" is a length of time before an event the text names); from the
/// story's date in "a year earlier", "two days later" (TimeML's dates; "two
/// days after the launch" stays a length). Called by the rules of
/// `duration` on the lengths they find.
pub fn ago(cx: &Cx, dur: Dur, k: usize) -> Option<Hit> {
    // "a year earlier", "two days later": counted from the story's date.
    if let (Some(t), "earlier" | "later") = (dur.whole(), cx.lower(k)) {
        let n = t as i32 * if cx.is(k, "earlier") { -1 } else { 1 };
        if !dur.unit.is_clock() && dur.unit != Unit::Weekend {
            return Some(Hit::new(
                k + 1,
                Value::Narrative {
                    n,
                    unit: dur.unit,
                    named: false,
                },
            ));
        }
    }
    let (sign, end) = match cx.lower(k) {
        "ago" => (-1, k + 1),
        "hence" => (1, k + 1),
        "from" if cx.is_any(k + 1, &["now", "today"]) => (1, k + 2),
        // "weeks prior", but not "weeks prior to the vote".
        "prior" if dur.tenths.is_none() && !cx.is(k + 1, "to") => (-1, k + 1),
        "earlier" | "before"
            if dur.tenths.is_none() && (!cx.has(k + 1) || cx.is_any(k + 1, &[".", ",", ";"])) =>
        {
            (-1, k + 1)
        }
        _ => return None,
    };
    let value = match dur.tenths {
        None => Value::Ref(
            if sign < 0 { Ref::Past } else { Ref::Future },
            Some(dur.unit),
        ),
        Some(t) if cx.lower(k) == "ago" || sign > 0 => {
            let (n, unit) = whole(t, dur.unit);
            Value::Shift {
                n: sign * n as i32,
                unit,
                grain: crate::timex::value::ago_grain(unit),
            }
        }
        Some(_) => return None,
    };
    Some(Hit::new(end, value))
}

/// Whether "the day", "the year" at `i` is the period of the story: after
/// "the end of" ("the beginning of the year"), or the trading day of market
/// reports ("ended the day", "for the day", "started the day", "later in
/// the day").
fn the_period(cx: &Cx, i: usize) -> bool {
    let Some((u, false)) = cx.unit(i + 1) else {
        return false;
    };
    // "the day before." is another day ("the day after falling" is not).
    let ends = !cx.has(i + 3) || cx.is_any(i + 3, &[".", ",", ";", "and", "but"]);
    if cx.is_any(i + 2, &["before", "after"]) && ends {
        return false;
    }
    let before = cx.back(i.checked_sub(1));
    let edge = before == "of" && i >= 2 && matches!(cx.word_back(i - 2), Some(Word::Edge(_)));
    let day = u == Unit::Day
        && matches!(
            before,
            "end"
                | "ended"
                | "ending"
                | "ends"
                | "for"
                | "close"
                | "closed"
                | "closing"
                | "finish"
                | "finishes"
                | "finishing"
                | "finished"
                | "start"
                | "started"
                | "starting"
                | "began"
                | "over"
                | "throughout"
        )
        // "later in the day", "early in the week", "earlier in the year".
        || matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
            && before == "in"
            && i >= 2
            && matches!(cx.back(Some(i - 2)), "later" | "earlier" | "late" | "early");
    // "the worst drop of the day", "over the course of the week"; not "the
    // last day of the month", which names something else, nor "the couple
    // of the year", a title.
    let of =
        before == "of" && matches!(u, Unit::Day | Unit::Week) && i >= 2 && cx.unit(i - 2).is_none();
    // "profit rose in the quarter": the quarter of the story.
    let quarter = u == Unit::Quarter && matches!(before, "in" | "for" | "during" | "through");
    (edge && !u.is_clock()) || day || quarter || of
}

/// Expressions anchored to the story's last date: "the same day", "that
/// year", "the day before", "the year after", "the end of the year".
pub fn narrative(cx: &Cx, i: usize) -> Option<Hit> {
    let w = cx.lower(i);
    let (u, end, n) = match w {
        "that" => {
            let (u, plural) = cx.unit(i + 1)?;
            if plural || cx.is(i + 2, "-") {
                return None;
            }
            (u, i + 2, 0)
        }
        // "the year-ago quarter", "the year-earlier period": the story's
        // period a year back.
        "the"
            if cx.is(i + 1, "year")
                && cx.is(i + 2, "-")
                && cx.is_any(i + 3, &["ago", "earlier"])
                && (cx.is(i + 4, "period") || cx.unit(i + 4).is_some_and(|(_, p)| !p)) =>
        {
            let (n, unit, named) = (-1, Unit::Year, false);
            return Some(Hit::new(i + 5, Value::Narrative { n, unit, named }));
        }
        "the" if cx.is(i + 1, "same") => {
            // "the same month a year ago", "the same period last year": the
            // story's period a year back.
            if let Some(end) = year_back(cx, i + 3) {
                let named = false;
                let (n, unit) = (-1, Unit::Year);
                return Some(Hit::new(end, Value::Narrative { n, unit, named }));
            }
            let (u, plural) = cx.unit(i + 2)?;
            if plural {
                return None;
            }
            (u, i + 3, 0)
        }
        // "the entire year", "the full year": the story's year.
        "the" if cx.is_any(i + 1, &["entire", "whole", "full"]) => {
            let (u, plural) = cx.unit(i + 2)?;
            if plural || !matches!(u, Unit::Month | Unit::Quarter | Unit::Year) {
                return None;
            }
            (u, i + 3, 0)
        }
        // "over the weekend", placed by the tense.
        "the" if cx.is(i + 1, "weekend") && !cx.is_any(i + 2, &["of", "before", "after"]) => {
            let c = Cal::of(Grain::Weekend, None);
            return Some(Hit::new(i + 2, Value::Cal(c, Place::Tense)));
        }
        "the" if the_period(cx, i) => {
            let (u, _) = cx.unit(i + 1)?;
            (u, i + 2, 0)
        }
        "the" => {
            let (u, plural) = cx.unit(i + 1)?;
            let n = match cx.lower(i + 2) {
                "before" => -1,
                "after" => 1,
                _ => return None,
            };
            // "the day after the vote" needs the vote's date; "the day after." does not.
            let ends = !cx.has(i + 3) || cx.is_any(i + 3, &[".", ",", ";", "and", "but"]);
            if plural || !ends {
                return None;
            }
            (u, i + 3, n)
        }
        _ => return None,
    };
    if u.is_clock() || matches!(u, Unit::Weekend | Unit::Fortnight) {
        return None;
    }
    let named = true;
    Some(Hit::new(end, Value::Narrative { n, unit: u, named }))
}

/// After "the same month" or "the same period" at `k`, the end of "a year
/// ago", "a year earlier", "last year", "(of) the previous year", "the year
/// before".
fn year_back(cx: &Cx, k: usize) -> Option<usize> {
    let k = if cx.is_any(k, &["of", "in"]) {
        k + 1
    } else {
        k
    };
    let back = |j: usize| cx.is_any(j, &["ago", "earlier", "before"]);
    if cx.is(k, "a") && cx.is(k + 1, "year") && back(k + 2)
        || cx.the(k) && cx.is(k + 1, "year") && back(k + 2)
        || cx.the(k)
            && cx.is_any(k + 1, &["previous", "preceding", "last", "prior"])
            && cx.is(k + 2, "year")
    {
        return Some(k + 3);
    }
    (cx.is(k, "last") && cx.is(k + 1, "year")).then_some(k + 2)
}

#[cfg(test)]
mod tests {
    use crate::timex::tests::check;

    const P: Option<&str> = Some("2025-03-18");

    #[test]
    fn deictic() {
        check("It rained yesterday.", P, "yesterday=DATE 2025-03-17");
        check(
            "It rained yesterday.",
            None,
            "yesterday=DATE PAST_REF -P1D ?",
        );
        check("today's call", P, "today=DATE 2025-03-18");
        check(
            "It happened yesterday afternoon.",
            P,
            "yesterday afternoon=TIME 2025-03-17TAF",
        );
        check("The summit ends tonight.", P, "tonight=TIME 2025-03-18TNI");
        check(
            "The day before yesterday it snowed.",
            P,
            "The day before yesterday=DATE 2025-03-16",
        );
        check("USA Today reported", P, "");
    }

    #[test]
    fn references() {
        check("Prices are now lower.", P, "now=DATE PRESENT_REF");
        check("the now-defunct firm", P, "");
        check(
            "He recently resigned; more recently, she left.",
            P,
            "recently=DATE PAST_REF; more recently=DATE PAST_REF",
        );
        check(
            "a recent call, the most recent model",
            P,
            "recent=DATE PAST_REF",
        );
        check("as soon as possible", P, "");
        check(
            "in the past and in the near future",
            P,
            "the past=DATE PAST_REF; the near future=DATE FUTURE_REF",
        );
        check("for the time being", P, "the time being=DATE PRESENT_REF");
        check("in the long term", P, "the long term=DATE FUTURE_REF");
    }

    #[test]
    fn directions() {
        check("Sales fell last year.", P, "last year=DATE 2024");
        check("next month", P, "next month=DATE 2025-04");
        check("this week", P, "this week=DATE 2025-W12");
        check("last weekend", P, "last weekend=DATE 2025-W11-WE");
        check("He called last Friday.", P, "last Friday=DATE 2025-03-14");
        check("The vote is next Monday.", P, "next Monday=DATE 2025-03-24");
        check("It fell last September.", P, "last September=DATE 2024-09");
        check(
            "Shots were heard last night.",
            P,
            "last night=TIME 2025-03-17TNI",
        );
        check(
            "I saw him last Tuesday night.",
            P,
            "last Tuesday night=TIME 2025-03-11TNI",
        );
        check(
            "within the next 48 hours",
            P,
            "the next 48 hours=DURATION PT48H",
        );
        check(
            "It was cold this morning.",
            P,
            "this morning=TIME 2025-03-18TMO",
        );
        check("in the past decade", P, "the past decade=DURATION P10Y");
        check(
            "over the next four years",
            P,
            "the next four years=DURATION P4Y",
        );
        check("in the coming weeks", P, "the coming weeks=DURATION PXW");
        check(
            "the past five trading days",
            P,
            "the past five trading days=DURATION P5D",
        );
        check(
            "over the next couple of years",
            P,
            "the next couple of years=DURATION P2Y",
        );
        check("in the last quarter", P, "the last quarter=DATE 2024-Q4");
        check("the last day of the month", P, "");
    }

    #[test]
    fn ago_and_from_now() {
        check(
            "The quake struck 5 days ago.",
            P,
            "5 days ago=DATE 2025-03-13",
        );
        check("He left two weeks ago.", P, "two weeks ago=DATE 2025-03-04");
        check("founded three years ago", P, "three years ago=DATE 2022");
        check(
            "founded three years ago",
            None,
            "three years ago=DATE PAST_REF -P3Y ?",
        );
        check("a month ago", P, "a month ago=DATE 2025-02");
        check("2 weeks from now", P, "2 weeks from now=DATE 2025-04-01");
        check(
            "Profits rose in 2009 from a year earlier.",
            P,
            "2009=DATE 2009; a year earlier=DATE 2008",
        );
        check(
            "It starts 3 days from today.",
            P,
            "3 days from today=DATE 2025-03-21",
        );
        check("years ago", P, "years ago=DATE PAST_REF");
        check(
            "Zelensky just weeks prior in the office.",
            P,
            "just weeks prior=DATE PAST_REF",
        );
        check("just weeks prior.", P, "just weeks prior=DATE PAST_REF");
    }

    #[test]
    fn narrative_anchors() {
        check(
            "founded in 1998 and listed the following year",
            P,
            "1998=DATE 1998; the following year=DATE 1999",
        );
        check(
            "on March 3 and left the next day",
            P,
            "March 3=DATE 2025-03-03; the next day=DATE 2025-03-04",
        );
        check(
            "in 2009, after rising the year before.",
            P,
            "2009=DATE 2009; the year before=DATE 2008",
        );
        check("That year it rained.", P, "That year=DATE 2025");
        check(
            "Talks were held over the weekend.",
            P,
            "the weekend=DATE 2025-W11-WE",
        );
        check(
            "Talks will be held over the weekend.",
            P,
            "the weekend=DATE 2025-W12-WE",
        );
        check(
            "at the beginning of the year",
            P,
            "the beginning of the year=DATE 2025 START",
        );
        check(
            "The Dow fell 3% to end the day at 7,114.",
            P,
            "the day=DATE 2025-03-18",
        );
        check("the day was long", P, "");
    }
}
