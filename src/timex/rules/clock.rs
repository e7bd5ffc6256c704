//! Times of day: "10:30 a.m.", "5pm", "18:00 UTC", "0800 GMT", "noon",
//! "six o'clock". A time alone is on the publication day; next to a date
//! the tagger joins the two ("Friday at 13:00").
//!
//! A bare "10:30" is a time only with the context of one (see
//! [`guards::clock_context`]): "John 3:16" and "odds of 7:2" are not.
//! A dotted "2.50" is a time only with "a.m." or "p.m." after it, so prices
//! never are.

use super::Hit;
use crate::timex::guards;
use crate::timex::lexicon::{num, Word};
use crate::timex::scan::{self, Cx};
use crate::timex::value::{Cal, Clock, Grain, Place, Value};

/// A time written in one token: hour, minute, second, the separator, and an
/// "am"/"pm" glued to it.
struct Written {
    hour: u32,
    minute: u32,
    second: Option<u32>,
    /// ':' or '.', or 0 for digits alone.
    sep: u8,
    /// Digits in the hour part ("0800" has 4).
    digits: usize,
    /// A glued "am" (false) or "pm" (true).
    meridiem: Option<bool>,
}

#[inline(never)]
fn read(t: &str) -> Option<Written> {
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 4 || digits == 3 {
        return None;
    }
    let mut w = Written {
        hour: scan::digits(&t[..digits])?,
        minute: 0,
        second: None,
        sep: 0,
        digits,
        meridiem: None,
    };
    if digits == 4 {
        w.minute = w.hour % 100;
        w.hour /= 100;
    }
    let mut rest = &t[digits..];
    let two = |s: &str| -> Option<u32> { scan::digits(s.get(..2)?) };
    if let Some(sep @ (b':' | b'.')) = rest.bytes().next() {
        if digits > 2 {
            return None;
        }
        w.sep = sep;
        w.minute = two(&rest[1..])?;
        rest = &rest[3..];
        if rest.starts_with(':') {
            w.second = Some(two(&rest[1..])?);
            rest = &rest[3..];
        }
    }
    w.meridiem = match rest {
        "" => None,
        "am" | "a.m." => Some(false),
        "pm" | "p.m." => Some(true),
        _ => return None,
    };
    Some(w)
}

/// The time after the `T` of an ISO 8601 date-time: `18:40`, `18:40:39z`,
/// `18:40:39.123z` (already lowercased).
pub fn parse_iso_time(t: &str) -> Option<Clock> {
    let (t, utc) = match t.strip_suffix('z') {
        Some(t) => (t, true),
        None => (t, false),
    };
    let t = t.split_once('.').map_or(t, |(whole, _)| whole);
    let w = read(t)?;
    (w.sep == b':' && w.hour <= 24 && w.minute < 60 && w.second.is_none_or(|s| s <= 60)).then(
        || Clock {
            hour: Some(w.hour as u8),
            minute: w.minute as u8,
            second: w.second.map(|s| s as u8),
            utc,
            part: 0,
        },
    )
}

/// Skips a zone offset glued at `i` ("+0900", "-05:30", "+8"); returns the
/// token after it.
#[inline(never)]
pub fn skip_offset(cx: &Cx, i: usize) -> usize {
    if cx.is_any(i, &["+", "-"]) && cx.glued(i) && cx.glued(i + 1) && cx.is_number(i + 1) {
        i + 2
    } else {
        i
    }
}

/// A time of day.
pub fn clock_time(cx: &Cx, i: usize) -> Option<Hit> {
    let on_dct = |end: usize, clock: Clock| {
        Hit::new(end, Value::Cal(Cal::of(Grain::Day, None), Place::Dct)).clock(Some(clock))
    };
    let shape = cx.bit(i);
    if let Some(Word::Clock(h)) = cx.word(i) {
        let clock = Clock {
            hour: Some(h),
            ..Clock::default()
        };
        return Some(on_dct(i + 1, clock));
    }
    // A number is a time only written as one ("10:30", "5pm") or with a
    // meridiem, a zone or "o'clock" after it ("5 p.m.", "0800 GMT", "six
    // o'clock").
    let next = cx.word(i + 1);
    if shape != num::CLOCK && !matches!(next, Some(Word::Meridiem(_) | Word::Zone(_))) {
        let hours = shape == num::FOUR && cx.is_any(i + 1, &["hours", "hrs"]);
        if !hours && !cx.is(i + 1, "o'clock") {
            return None;
        }
    }
    // "six o'clock", "6 o'clock".
    if cx.is(i + 1, "o'clock") {
        let h = match cx.number_word(i) {
            Some((h, _)) => h,
            None => cx.int(i)?.0,
        };
        let clock = Clock {
            hour: Some(h as u8),
            ..Clock::default()
        };
        return (1..=12).contains(&h).then(|| on_dct(i + 2, clock));
    }
    if shape & num::ANY == 0 {
        return None;
    }
    let w = read(cx.lower(i))?;
    let mut end = i + 1;
    let mut meridiem = w.meridiem;
    if meridiem.is_none() {
        if let Some(Word::Meridiem(pm)) = cx.word(end) {
            meridiem = Some(pm);
            end += 1;
        }
    }
    let mut utc = false;
    let mut zone = false;
    if let Some(Word::Zone(u)) = cx.word(end) {
        (utc, zone) = (u, true);
        end += 1;
        // "GMT+0900" is not UTC.
        let offset = skip_offset(cx, end);
        utc &= offset == end;
        end = offset;
    }
    let mut hour = w.hour;
    match meridiem {
        Some(pm) => {
            if !(1..=12).contains(&hour) || w.digits > 2 {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
        }
        None => {
            // "0800 GMT"; "10:30" with the context of a time; never "2.50".
            let ok = match (w.sep, w.digits) {
                (0, 4) => zone || cx.is_any(end, &["hours", "hrs"]),
                (b':', _) => zone || guards::clock_context(cx, i),
                _ => false,
            };
            if !ok || hour > 24 {
                return None;
            }
        }
    }
    if w.minute > 59 || w.second.is_some_and(|s| s > 60) {
        return None;
    }
    let clock = Clock {
        hour: Some(hour as u8),
        minute: w.minute as u8,
        second: w.second.map(|s| s as u8),
        utc,
        part: 0,
    };
    Some(on_dct(end, clock))
}

#[cfg(test)]
mod tests {
    use crate::timex::tests::check;

    const P: Option<&str> = Some("2025-03-18");

    #[test]
    fn times() {
        check("at 10:30 a.m.", P, "10:30 a.m.=TIME 2025-03-18T10:30");
        check(
            "at 6:40 p.m. (GMT +8)",
            P,
            "6:40 p.m.=TIME 2025-03-18T18:40",
        );
        check("by 5pm", P, "5pm=TIME 2025-03-18T17:00");
        check("at 12 am", P, "12 am=TIME 2025-03-18T00:00");
        check("At 0800 UTC, banks", P, "0800 UTC=TIME 2025-03-18T08:00Z");
        check("at 16:08 UTC", P, "16:08 UTC=TIME 2025-03-18T16:08Z");
        check("at noon", P, "noon=TIME 2025-03-18T12:00");
        check("at six o'clock", P, "six o'clock=TIME 2025-03-18T06:00");
        check("at 10.30pm", P, "10.30pm=TIME 2025-03-18T22:30");
        check(
            "at 18:40 GMT+0900",
            P,
            "18:40 GMT+0900=TIME 2025-03-18T18:40",
        );
        check("at 10:30 a.m.", None, "10:30 a.m.=TIME XXXX-XX-XXT10:30 ?");
    }

    #[test]
    fn not_times() {
        check("It cost 2.50 and 10.30, a 3:1 ratio, John 3:16.", P, "");
        check("at 13 pm and 25:00", P, "");
    }
}
