//! Calendar dates as written: days, months, years, decades, centuries,
//! quarters, seasons, holidays and numeric dates.

use super::{cal, Hit};
use crate::timex::date::Date;
use crate::timex::guards;
use crate::timex::lexicon::{flag, num, Unit, Word};
use crate::timex::scan::{self, Cx};
use crate::timex::value::{Cal, Clock, Grain, Place, Value};

/// A month name or abbreviation at `i` ("May" only capitalized), and the
/// token after it and its period.
#[inline(never)]
fn month_at(cx: &Cx, i: usize) -> Option<(u8, usize)> {
    match cx.word(i)? {
        Word::Month(5) if !cx.cap(i) => None,
        Word::Month(m) => Some((m, i + 1)),
        Word::MonthAbbr(m) => Some((m, cx.skip_dot(i + 1))),
        _ => None,
    }
}

/// A weekday name or abbreviation at `i` with its period and comma; returns
/// the weekday (0 when there is none) and the token after them.
#[inline(never)]
fn skip_weekday(cx: &Cx, i: usize) -> (u8, usize) {
    match cx.word(i) {
        Some(Word::Weekday(w) | Word::WeekdayAbbr(w)) => (w, cx.skip_comma(cx.skip_dot(i + 1))),
        _ => (0, i),
    }
}

/// A year after a date: `2025`, or `'08` after an apostrophe.
#[inline(never)]
fn year_after(cx: &Cx, i: usize) -> Option<(i32, usize)> {
    if let Some(y) = cx.year(i) {
        return Some((y, i + 1));
    }
    if cx.is_any(i, &["'", "\u{2019}"]) && cx.glued(i + 1) {
        if let Some((yy, 2)) = cx.int(i + 1) {
            return Some((two_digit_year(yy), i + 2));
        }
    }
    None
}

/// A two-digit year: 1950 to 2049.
fn two_digit_year(yy: u32) -> i32 {
    if yy < 50 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

/// A day of a month, checked against the calendar (with the year when
/// known); the weekday named with it helps place it when the year is not.
#[inline(never)]
fn day_value(year: Option<i32>, month: u8, day: u8, weekday: u8) -> Option<Value> {
    Date::new(year.unwrap_or(2000), month, day)?;
    Some(cal(Cal {
        month,
        day,
        weekday,
        ..Cal::of(Grain::Day, year)
    }))
}

/// "March 18, 2025", "Tuesday, March 18", "Sat Aug 17 2013", "Jan. 5th";
/// in a range "August 10 - 22, 2012" the first day takes the range's year.
pub fn month_day(cx: &Cx, i: usize) -> Option<Hit> {
    let (w, j) = skip_weekday(cx, i);
    let (m, j) = month_at(cx, j)?;
    let (d, k) = cx.day_of_month(j)?;
    if cx.is_any(k, &["%", ":"]) || cx.unit(k).is_some() {
        return None;
    }
    if let Some((y, end)) = year_after(cx, cx.skip_comma(k)) {
        return Some(Hit::new(end, day_value(Some(y), m, d, 0)?));
    }
    let mut year = None;
    if cx.is_any(k, &["-", "\u{2013}", "to", "through", "until", "and"]) {
        if let Some((_, e)) = cx.day_of_month(k + 1) {
            year = cx.year(cx.skip_comma(e));
        }
    }
    Some(Hit::new(k, day_value(year, m, d, w)?))
}

/// "18 March 2025", "the 17th of August", "Saturday 18 Aug"; and the second
/// day of a range, "22, 2012" in "August 10 - 22, 2012".
pub fn day_month(cx: &Cx, i: usize) -> Option<Hit> {
    let (w, mut j) = skip_weekday(cx, i);
    if cx.the(j) {
        j += 1;
    }
    let (d, mut k) = cx.day_of_month(j)?;
    if cx.is(k, "of") {
        k += 1;
    }
    let Some((m, k)) = month_at(cx, k) else {
        return range_start(cx, k, d).or_else(|| range_end(cx, i, d));
    };
    let year = year_after(cx, cx.skip_comma(k));
    match year {
        Some((y, end)) => Some(Hit::new(end, day_value(Some(y), m, d, 0)?)),
        None => Some(Hit::new(k, day_value(None, m, d, w)?)),
    }
}

/// The first day of a range of days in one month: "17" in "17-19 August
/// 2013", which takes the month and year of the range's end.
fn range_start(cx: &Cx, k: usize, d: u8) -> Option<Hit> {
    if !cx.is_any(k, &["-", "\u{2013}", "to", "and"]) {
        return None;
    }
    let (_, e) = cx.day_of_month(k + 1)?;
    let (m, e) = month_at(cx, e)?;
    let year = year_after(cx, cx.skip_comma(e)).map(|(y, _)| y);
    Some(Hit::new(k, day_value(year, m, d, 0)?))
}

/// A day of the month standing alone: "on the 23rd", "by the 15th", in the
/// month of the publication date or next to it, by the tense.
pub fn day_alone(cx: &Cx, i: usize) -> Option<Hit> {
    let before = cx.back(i.checked_sub(1));
    if !cx.the(i)
        || !cx.is_number(i + 1)
        || !matches!(
            before,
            "on" | "by" | "until" | "till" | "from" | "since" | "before" | "after"
        )
    {
        return None;
    }
    let (d, k) = cx.ordinal(i + 1)?;
    // "on the 2nd floor" is no date.
    if !(1..=31).contains(&d)
        || cx.has(k)
            && cx.doc.tokens[k].kind == crate::text::TokenKind::Word
            && !cx.is_any(k, &["and", "or", "to"])
    {
        return None;
    }
    Some(Hit::new(
        k,
        cal(Cal {
            day: d,
            ..Cal::of(Grain::Day, None)
        }),
    ))
}

/// The day and year ending a range that began with a month and day.
fn range_end(cx: &Cx, i: usize, d: u8) -> Option<Hit> {
    if i < 3 || !guards::follows_year(cx, i) && !cx.is(i - 1, "-") {
        return None;
    }
    // The month is the one of the range's start: "August 10 - 22, 2012".
    let m = (i.saturating_sub(4)..i)
        .rev()
        .find_map(|p| match cx.word_back(p) {
            Some(Word::Month(m) | Word::MonthAbbr(m)) => Some(m),
            _ => None,
        })?;
    let Some((y, end)) = year_after(cx, cx.skip_comma(i + 1)) else {
        // "Sep 12-13": a later day right after the range's start, and no
        // word after it but a preposition ("Sept 3-2 games" is a score).
        let start = cx.int(i - 2).map(|(n, _)| n)?;
        let word = cx.has(i + 1)
            && cx.doc.tokens[i + 1].kind == crate::text::TokenKind::Word
            && !cx.flag(i + 1, flag::DATE);
        let ok = cx.last_end.get() == i - 1 && u32::from(d) > start && !word && !cx.is(i + 1, "%");
        return ok
            .then(|| day_value(None, m, d, 0))
            .flatten()
            .map(|v| Hit::new(i + 1, v));
    };
    Some(Hit::new(end, day_value(Some(y), m, d, 0)?))
}

/// "March 2024", "Sept. 2008", "March of 2024", "May '08".
pub fn month_year(cx: &Cx, i: usize) -> Option<Hit> {
    let (m, mut k) = month_at(cx, i)?;
    k = cx.skip_comma(k);
    if cx.is(k, "of") {
        k += 1;
    }
    let (y, end) = year_after(cx, k)?;
    Some(Hit::new(
        end,
        cal(Cal {
            month: m,
            ..Cal::of(Grain::Month, Some(y))
        }),
    ))
}

/// A month standing alone, "in March", placed by the tense.
pub fn month_alone(cx: &Cx, i: usize) -> Option<Hit> {
    let Some(Word::Month(m)) = cx.word(i) else {
        return None;
    };
    // "February 30" is no date at all.
    if cx.is_number(i + 1) {
        return None;
    }
    let c = Cal {
        month: m,
        ..Cal::of(Grain::Month, None)
    };
    // "October of next year", "September last year", "June this year":
    // the year is named apart, and is part of the expression.
    let of = usize::from(cx.is(i + 1, "of"));
    let d = i + 1 + of;
    let hit = match (cx.word(d), cx.unit(d + 1)) {
        (Some(Word::Dir(n)), Some((Unit::Year, false)))
            if cx.is_any(d, &["last", "this", "next"]) =>
        {
            Hit::new(d + 2, Value::Cal(c, Place::InYear(n)))
        }
        // "between September and October of 2007": the start of a range
        // takes the year of its end.
        _ if cx.is_any(i + 1, &["and", "to", "through", "-", "\u{2013}"])
            && matches!(cx.word(i + 2), Some(Word::Month(_))) =>
        {
            let y = i + 3 + usize::from(cx.is(i + 3, "of"));
            let year = year_after(cx, cx.skip_comma(y)).map(|(y, _)| y);
            Hit::new(i + 1, cal(Cal { year, ..c }))
        }
        _ => Hit::new(i + 1, cal(c)),
    };
    guards::bare_month(cx, i, m).then_some(hit)
}

/// A weekday, "Tuesday", "Friday morning", placed by the tense.
pub fn weekday(cx: &Cx, i: usize) -> Option<Hit> {
    let Some(Word::Weekday(w)) = cx.word(i) else {
        return None;
    };
    // "Black Monday", "Super Tuesday" are names; "monday.com" a domain.
    let name = i > 0 && cx.name_like(i - 1) && cx.flag_back(Some(i - 1), flag::NAMED_DAY);
    if name || cx.is(i + 1, ".") && cx.glued(i + 1) && cx.glued(i + 2) && !cx.is_number(i + 2) {
        return None;
    }
    let value = cal(Cal {
        weekday: w,
        ..Cal::of(Grain::Day, None)
    });
    Some(match cx.word(i + 1) {
        Some(Word::Part(p)) => Hit::new(i + 2, value).clock(Some(Clock {
            part: p,
            ..Clock::default()
        })),
        _ => Hit::new(i + 1, value),
    })
}

/// A year: "2008" where it reads as one (see [`guards::bare_year`]),
/// "fiscal 2024", "FY2024", "in '82".
pub fn year(cx: &Cx, i: usize) -> Option<Hit> {
    if cx.is_number(i) {
        let y = cx.year(i)?;
        return guards::bare_year(cx, i, y)
            .then(|| Hit::new(i + 1, cal(Cal::of(Grain::Year, Some(y)))));
    }
    let t = cx.lower(i);
    let fiscal = |y: i32, end: usize| {
        Hit::new(
            end,
            cal(Cal {
                fiscal: true,
                ..Cal::of(Grain::Year, Some(y))
            }),
        )
    };
    if t == "fiscal" || t == "fy" {
        let mut j = i + 1;
        if cx.is(j, "-") {
            j += 1;
        }
        if t == "fiscal" && cx.is(j, "year") {
            j += 1;
        }
        let (y, end) = year_after(cx, j)?;
        return Some(fiscal(y, end));
    }
    if let Some(digits) = t.strip_prefix("fy") {
        let y = scan::digits(digits)?;
        return match digits.len() {
            4 => Some(fiscal(y as i32, i + 1)),
            2 => Some(fiscal(two_digit_year(y), i + 1)),
            _ => None,
        };
    }
    if !guards::date_context(cx, i) {
        return None;
    }
    // "in '82".
    let (y, end) = year_after(cx, i)?;
    Some(Hit::new(end, cal(Cal::of(Grain::Year, Some(y)))))
}

/// A decade: "the 1990s", "the '90s", "the 70s"; "the 1800s" is a century.
pub fn decade(cx: &Cx, i: usize) -> Option<Hit> {
    let the = cx.the(i);
    let mut j = if the { i + 1 } else { i };
    let apostrophe = !cx.is_number(j) && cx.is_any(j, &["'", "\u{2019}"]);
    if apostrophe {
        j += 1;
    }
    // "1990s", "70s"; "1980" and "70" only before a split "'s".
    match cx.bit(j) {
        num::PLURAL => {}
        num::FOUR | num::SMALL if cx.is(j + 1, "'s") => {}
        _ => return None,
    }
    // "the 1990s", or "the 1980's" with the clitic split off.
    let after_the = (j.saturating_sub(3)..j).any(|k| cx.the(k));
    let clitic = after_the && cx.is(j + 1, "'s") && cx.glued(j + 1);
    let t = cx.lower(j);
    let t = if clitic { t } else { t.strip_suffix('s')? };
    if !t.bytes().all(|b| b.is_ascii_digit()) || !t.ends_with('0') {
        return None;
    }
    let end = j + 1 + usize::from(clitic);
    let y = scan::digits(t)? as i32;
    let c = match t.len() {
        4 if y % 100 == 0 && y < 2000 => Cal::of(Grain::Century, Some(y)),
        4 => Cal::of(Grain::Decade, Some(y)),
        // "the 70s", "'90s"; not "her 70s".
        2 if the || apostrophe || guards::follows_year(cx, j) => {
            let y = if y < 30 { 2000 + y } else { 1900 + y };
            Cal::of(Grain::Decade, Some(y))
        }
        _ => return None,
    };
    Some(Hit::new(end, cal(c)))
}

/// A century: "the 19th century", "the twenty-first century".
pub fn century(cx: &Cx, i: usize) -> Option<Hit> {
    let j = if cx.the(i) { i + 1 } else { i };
    let (n, mut k) = cx.ordinal(j)?;
    if cx.is(k, "-") && cx.glued(k) {
        k += 1;
    }
    match cx.unit(k) {
        Some((crate::timex::lexicon::Unit::Century, false)) if n >= 1 => Some(Hit::new(
            k + 1,
            cal(Cal::of(Grain::Century, Some((i32::from(n) - 1) * 100))),
        )),
        _ => None,
    }
}

/// A quarter or half of a year: "the third quarter of 2009", "Q4 2024",
/// "third-quarter", "the first half of this year", "fiscal Q2".
pub fn quarter(cx: &Cx, i: usize) -> Option<Hit> {
    // "Q3", "2Q", "H1", or "quarter" or "half" within a few words ("the
    // third fiscal quarter"): most ordinals leave here.
    let near = (i..i + 5).any(|k| match cx.word(k) {
        Some(Word::Unit(Unit::Quarter, false) | Word::Signal(3 | 6)) => true,
        _ => cx.bit(k) == num::OTHER,
    });
    if !near {
        return None;
    }
    let mut j = if cx.the(i) { i + 1 } else { i };
    let mut fiscal = cx.is(j, "fiscal");
    if fiscal {
        j += 1;
    }
    let t = cx.lower(j);
    let short = match t.as_bytes() {
        [b'q', n @ b'1'..=b'4'] | [n @ b'1'..=b'4', b'q'] => Some((Grain::Quarter, n - b'0')),
        [b'h', n @ b'1'..=b'2'] | [n @ b'1'..=b'2', b'h'] => Some((Grain::Half, n - b'0')),
        _ => None,
    };
    let (grain, part, mut k) = match short {
        Some((g, n)) => (g, n, j + 1),
        None => {
            let (n, mut k) = match cx.word(j) {
                Some(Word::Ordinal(99)) => (99, j + 1),
                _ => cx.ordinal(j)?,
            };
            if cx.is(k, "fiscal") {
                fiscal = true;
                k += 1;
            }
            if cx.is(k, "-") && cx.glued(k) {
                k += 1;
            }
            let (grain, max) = if cx.is(k, "half") {
                (Grain::Half, 2)
            } else if cx.is(k, "quarter") {
                (Grain::Quarter, 4)
            } else {
                return None;
            };
            let n = if n == 99 { max } else { n };
            if n > max {
                return None;
            }
            (grain, n, k + 1)
        }
    };
    let mut c = Cal {
        part,
        fiscal,
        ..Cal::of(grain, None)
    };
    let mut place = Place::Tense;
    let of = cx.is(k, "of");
    let y = if of { k + 1 } else { k };
    if let Some((year, end)) = year_after(cx, y).or_else(|| {
        // "of fiscal 2009"
        (cx.is(y, "fiscal") && cx.year(y + 1).is_some())
            .then(|| (cx.year(y + 1).unwrap_or(0), y + 2))
    }) {
        c.year = Some(year);
        c.fiscal |= cx.is(y, "fiscal");
        place = Place::Fixed;
        k = end;
    } else if of {
        // "of this year", "of last year", "of the year".
        match (cx.word(y), cx.unit(y + 1)) {
            (Some(Word::Dir(d)), Some((crate::timex::lexicon::Unit::Year, false))) => {
                place = Place::InYear(d);
                k = y + 2;
            }
            _ if cx.the(y) && cx.is(y + 1, "year") => k = y + 2,
            _ => {}
        }
    }
    // Halves of a match are not halves of a year: need a year.
    if grain == Grain::Half && place == Place::Tense && short.is_none() && k == j + 2 {
        return None;
    }
    Some(Hit::new(k, Value::Cal(c, place)))
}

/// A season: "the fall", "spring 2024", "the summer of 2008", "in winter".
pub fn season(cx: &Cx, i: usize) -> Option<Hit> {
    let j = if cx.the(i) { i + 1 } else { i };
    let Some(Word::Season(s)) = cx.word(j) else {
        return None;
    };
    let c = Cal {
        part: s,
        ..Cal::of(Grain::Season, None)
    };
    let of = usize::from(cx.is(j + 1, "of"));
    if let Some((y, end)) = year_after(cx, j + 1 + of) {
        return Some(Hit::new(end, cal(Cal { year: Some(y), ..c })));
    }
    guards::bare_season(cx, j).then(|| Hit::new(j + 1, cal(c)))
}

/// A holiday: "Christmas", "Christmas Eve", "New Year's Day", "Halloween 2024".
pub fn holiday(cx: &Cx, i: usize) -> Option<Hit> {
    let (mut m, mut d, mut k) = match cx.word(i) {
        Some(Word::Holiday(m, d)) => (m, d, i + 1),
        _ if cx.is(i, "new") && cx.cap(i) && cx.is(i + 1, "year") && cx.cap(i + 1) => {
            let k = if cx.is(i + 2, "'s") { i + 3 } else { i + 2 };
            if !cx.is_any(k, &["day", "eve"]) && k == i + 2 {
                return None;
            }
            (1, 1, k)
        }
        _ => return None,
    };
    if cx.is(k, "eve") {
        let eve = Date::new(2001, m, d)?.add_days(-1);
        (m, d) = (eve.month, eve.day);
        k += 1;
    } else if cx.is(k, "day") {
        k += 1;
    }
    let year = year_after(cx, k);
    let end = year.map_or(k, |(_, e)| e);
    Some(Hit::new(end, day_value(year.map(|(y, _)| y), m, d, 0)?))
}

/// Numeric dates: `2025-03-18` (with a time: `2013-08-17T18:40:39Z`),
/// `2013/08/17`, `3/4/2025` and `7/8/07` (month first, unless the first
/// number cannot be a month), `18.03.2025`. Two numbers ("3/4", "3-2") are
/// never a date.
pub fn numeric_date(cx: &Cx, i: usize) -> Option<Hit> {
    // One token with dots ("18.03.2025"), or numbers joined by "-" or "/".
    let other = cx.bit(i) == num::OTHER;
    if !other && !(cx.glued(i + 1) && (cx.is(i + 1, "-") || cx.is(i + 1, "/"))) {
        return None;
    }
    let t = cx.lower(i);
    if other && t.bytes().filter(|&b| b == b'.').count() == 2 {
        let mut parts = t.split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
            let date = Date::new(
                scan::digits(y)? as i32,
                scan::digits(m)? as u8,
                scan::digits(d)? as u8,
            )?;
            return Some(Hit::new(i + 1, cal(Cal::day(date))));
        }
        return None;
    }
    let sep = cx.lower(i + 1);
    if !matches!(sep, "-" | "/") || !cx.glued(i + 1) || !cx.glued(i + 2) {
        return None;
    }
    let (a, alen) = cx.int(i)?;
    let (b, blen) = cx.int(i + 2)?;
    if blen > 2 {
        return None;
    }
    if cx.lower(i + 3) != sep || !cx.glued(i + 3) || !cx.glued(i + 4) {
        // "on 8/10", "from 8/10 to 8/12": a month and day with no year,
        // only where a date is expected (not "3/4 of the votes").
        let before = cx.back(i.checked_sub(1));
        let range = i >= 1 && cx.last_end.get() == i - 1 && matches!(before, "to" | "through");
        let date_word = matches!(before, "on" | "from" | "until" | "till" | "by" | "since");
        let ok = sep == "/" && alen <= 2 && (date_word || range) && !cx.is(i + 3, "of");
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return ok
            .then(|| day_value(None, m as u8, d as u8, 0))
            .flatten()
            .map(|v| Hit::new(i + 3, v));
    }
    // A fourth number ("1/2/3/4") makes it something else, unless it is the
    // zone of a date-time ("2014-11-30T08:15:30-05:30").
    let timed = cx.lower(i + 4).contains('t');
    if cx.lower(i + 5) == sep && cx.glued(i + 5) && !timed {
        return None;
    }
    if alen == 4 {
        // Year first; the day may carry a time: "17T18:40:39Z".
        let last = cx.lower(i + 4);
        let dd = last.bytes().take_while(u8::is_ascii_digit).count();
        if dd == 0 || dd > 2 {
            return None;
        }
        let date = Date::new(a as i32, b as u8, scan::digits(&last[..dd])? as u8)?;
        let rest = &last[dd..];
        let clock = match rest.strip_prefix('t') {
            Some(time) => Some(super::clock::parse_iso_time(time)?),
            None if rest.is_empty() => None,
            None => return None,
        };
        let end = super::clock::skip_offset(cx, i + 5);
        return Some(Hit::new(end, cal(Cal::day(date))).clock(clock));
    }
    let (c, clen) = cx.int(i + 4)?;
    if alen > 2 || !(clen == 4 || clen == 2 && sep == "/") {
        return None;
    }
    let y = if clen == 4 {
        c as i32
    } else {
        two_digit_year(c)
    };
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    let date = Date::new(y, m as u8, d as u8)?;
    Some(Hit::new(i + 5, cal(Cal::day(date))))
}

#[cfg(test)]
mod tests {
    use crate::timex::tests::check;

    const P: Option<&str> = Some("2025-03-18");

    #[test]
    fn month_day_and_day_month() {
        check("on March 18, 2025.", None, "March 18, 2025=DATE 2025-03-18");
        check("March 01 , 2008", None, "March 01 , 2008=DATE 2008-03-01");
        check(
            "Tuesday, March 18, 2025",
            None,
            "Tuesday, March 18, 2025=DATE 2025-03-18",
        );
        check(
            "sent Sat Aug 17 2013.",
            None,
            "Sat Aug 17 2013=DATE 2013-08-17",
        );
        check("It left on Jan. 5th.", P, "Jan. 5th=DATE 2025-01-05");
        check("He left on March 5.", None, "March 5=DATE XXXX-03-05 ?");
        check(
            "On 18 March 2025 it rained.",
            None,
            "18 March 2025=DATE 2025-03-18",
        );
        check(
            "On the 17th of August, he left.",
            P,
            "the 17th of August=DATE 2024-08-17",
        );
        check(
            "August 10 - 22, 2012",
            None,
            "August 10=DATE 2012-08-10; 22, 2012=DATE 2012-08-22",
        );
        check("on February 30", P, "");
        check("They will meet on the 23rd.", P, "the 23rd=DATE 2025-03-23");
        check(
            "It closed on the 2nd and moved to the 3rd floor.",
            P,
            "the 2nd=DATE 2025-03-02",
        );
        check(
            "The festival runs 17-19 August 2013.",
            P,
            "17=DATE 2013-08-17; 19 August 2013=DATE 2013-08-19",
        );
        check(
            "It was published Thursday, 2nd of July.",
            P,
            "Thursday, 2nd of July=DATE 2020-07-02",
        );
        check("The 2008 crisis hit hard.", P, "2008=DATE 2008");
    }

    #[test]
    fn months_and_years() {
        check("in March 2024.", None, "March 2024=DATE 2024-03");
        check("in Sept. 2008", None, "Sept. 2008=DATE 2008-09");
        check(
            "in fiscal 2026 and FY2027",
            None,
            "fiscal 2026=DATE FY2026; FY2027=DATE FY2027",
        );
        check("since '82", None, "'82=DATE 1982");
        check(
            "the cars of the 70s and the 1990s",
            None,
            "the 70s=DATE 197; the 1990s=DATE 199",
        );
        check("in the 1800s", None, "the 1800s=DATE 18");
        check("in her 70s", None, "");
        check(
            "In the late 1980's it grew.",
            None,
            "the late 1980's=DATE 198 END",
        );
        check("the 19th century", None, "the 19th century=DATE 18");
    }

    #[test]
    fn quarters_and_seasons() {
        check(
            "in the third quarter of this year",
            P,
            "the third quarter of this year=DATE 2025-Q3",
        );
        check(
            "in the fourth quarter.",
            P,
            "the fourth quarter=DATE 2024-Q4",
        );
        check(
            "The final quarter of 2009 was weak.",
            None,
            "The final quarter of 2009=DATE 2009-Q4",
        );
        check("our third-quarter results", P, "third-quarter=DATE 2024-Q3");
        check("Growth slowed in Q4 2024.", None, "Q4 2024=DATE 2024-Q4");
        check(
            "in the first half of 2024",
            None,
            "the first half of 2024=DATE 2024-H1",
        );
        check("He scored in the first half.", P, "");
        check(
            "in the summer of 2008",
            None,
            "the summer of 2008=DATE 2008-SU",
        );
        check(
            "Christmas Eve 2024",
            None,
            "Christmas Eve 2024=DATE 2024-12-24",
        );
        check("on New Year's Day", P, "New Year's Day=DATE 2025-01-01");
    }

    #[test]
    fn numeric() {
        check("on 2025-03-18.", None, "2025-03-18=DATE 2025-03-18");
        check(
            "at 2013-08-17T18:40:39Z",
            None,
            "2013-08-17T18:40:39Z=TIME 2013-08-17T18:40:39Z",
        );
        check(
            "on 3/4/2025 and 31/12/2013",
            None,
            "3/4/2025=DATE 2025-03-04; 31/12/2013=DATE 2013-12-31",
        );
        check("as 7/8/07 reads", None, "7/8/07=DATE 2007-07-08");
        check("on 18.03.2025", None, "18.03.2025=DATE 2025-03-18");
        check(
            "dated 2014-11-30T08:15:30-05:30.",
            None,
            "2014-11-30T08:15:30-05:30=TIME 2014-11-30T08:15:30",
        );
        check("Profits rose in 2Q 2012.", None, "2Q 2012=DATE 2012-Q2");
        check("1-2-3, 4-5-6, 20-30-12, 1/2, 1/2/3/4 and 1.1.30", None, "");
    }
}
