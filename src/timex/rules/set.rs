//! Recurrences (TIMEX3 SET): "every week", "each Monday", "every other day",
//! "daily", "annually", "twice a week", "15 a year", "per hour", "on Sundays".
//!
//! "a year" is a recurrence only after an amount ("15 a year", "$900 a
//! month"); "$2.50 a share" is not temporal at all, and "km per hour" is a
//! speed.

use super::Hit;
use crate::timex::guards;
use crate::timex::lexicon::{flag, Unit, Word};
use crate::timex::scan::Cx;
use crate::timex::value::{Cal, Clock, Dur, Grain, Value};

fn weekly(n: u32, unit: Unit) -> Value {
    Value::Set(Dur::new(n, unit))
}

/// "every week", "each year", "every two weeks", "every other day", "every
/// Monday", "every morning".
pub fn every(cx: &Cx, i: usize) -> Option<Hit> {
    if !cx.is_any(i, &["every", "each"]) {
        return None;
    }
    let mut j = i + 1;
    if cx.is(j, "single") {
        j += 1;
    }
    let mut n = Some(1);
    if cx.is(j, "other") {
        n = Some(2);
        j += 1;
    } else if cx.is_number(j) || matches!(cx.word(j), Some(Word::Number(_) | Word::Vague)) {
        let (t, k) = cx.amount(j)?;
        n = t.map(|t| t / 10);
        j = k;
    }
    match cx.word(j)? {
        Word::Unit(u, _) => Some(Hit::new(
            j + 1,
            Value::Set(Dur {
                tenths: n.map(|n| n * 10),
                unit: u,
            }),
        )),
        Word::Weekday(w) if n == Some(1) => Some(Hit::new(
            j + 1,
            Value::SetCal(
                Cal {
                    weekday: w,
                    ..Cal::of(Grain::Day, None)
                },
                None,
            ),
        )),
        Word::Part(p) if n == Some(1) => Some(Hit::new(
            j + 1,
            Value::SetCal(
                Cal::of(Grain::Day, None),
                Some(Clock {
                    part: p,
                    ..Clock::default()
                }),
            ),
        )),
        _ => None,
    }
}

/// "daily", "weekly", "annually", "quarterly", "nightly"; "annual" before a
/// profit or a loss is a length of a year.
pub fn frequency(cx: &Cx, i: usize) -> Option<Hit> {
    let Some(Word::Freq(unit)) = cx.word(i) else {
        return None;
    };
    // "China Daily", "the Daily Mail".
    if cx.cap(i) && guards::in_name(cx, i) {
        return None;
    }
    let value = match unit {
        Some(Unit::Year) if cx.is(i, "annual") && cx.flag(i + 1, flag::ANNUAL_AMOUNT) => {
            Value::Duration(Dur::new(1, Unit::Year))
        }
        Some(u) => weekly(1, u),
        None => Value::SetCal(
            Cal::of(Grain::Day, None),
            Some(Clock {
                part: 4,
                ..Clock::default()
            }),
        ),
    };
    Some(Hit::new(i + 1, value))
}

/// Rates: "twice a week", "three times a year", "once a month"; "a year" and
/// "per year" after an amount ("15 a year", "$900 a month").
pub fn per_unit(cx: &Cx, i: usize) -> Option<Hit> {
    let w = cx.lower(i);
    let times = match w {
        "once" | "twice" | "thrice" => Some(i + 1),
        _ if cx.is(i + 1, "times") && cx.amount(i).is_some_and(|(_, k)| k == i + 1) => Some(i + 2),
        _ => None,
    };
    let (k, start_ok) = match times {
        Some(k) => (k, true),
        None => {
            let ok = match w {
                "per" => !guards::speed_before(cx, i),
                "a" | "an" => after_amount(cx, i),
                _ => false,
            };
            (i, ok)
        }
    };
    if !start_ok || !cx.is_any(k, &["a", "an", "per", "every", "each"]) {
        return None;
    }
    let (u, plural) = cx.unit(k + 1)?;
    if plural || cx.is_any(k + 2, &["ago", "later", "earlier", "before", "after"]) {
        return None;
    }
    Some(Hit::new(k + 2, weekly(1, u)))
}

/// Whether token `i` follows an amount, making "a year" after it a rate:
/// "15 a year", "$900 a month", "5 % a year", "15 jets a month".
#[inline(never)]
pub fn after_amount(cx: &Cx, i: usize) -> bool {
    if i == 0 || cx.is_any(i + 2, &["ago", "later", "earlier", "before", "after"]) {
        return false;
    }
    let before = cx.back(Some(i - 1));
    let number = |k: usize| cx.doc.tokens[k].kind == crate::text::TokenKind::Number;
    if number(i - 1) || cx.flag_back(Some(i - 1), flag::RATE) {
        return true;
    }
    // "$300 million in fuel a year", "15 jets a month": an amount shortly
    // before, and no preposition that makes a length ("for a year").
    let sentence = cx.doc.sentences[cx.doc.sentence_of[i] as usize]
        .tokens
        .start;
    let lowercase_noun = cx.lowercase(i - 1) && cx.word_back(i - 1).is_none();
    lowercase_noun
        && !matches!(
            before,
            "for"
                | "in"
                | "within"
                | "over"
                | "about"
                | "than"
                | "after"
                | "of"
                | "and"
                | "or"
                | "but"
                | "to"
                | "with"
                | "by"
                | "on"
                | "at"
                | "as"
                | "from"
                | "nearly"
                | "almost"
        )
        && (i.saturating_sub(4).max(sentence)..i - 1).any(|k| number(k) || cx.doc.lower(k) == "$")
}

/// Plural weekdays: "on Sundays".
pub fn weekdays(cx: &Cx, i: usize) -> Option<Hit> {
    let Some(Word::Weekdays(w)) = cx.word(i) else {
        return None;
    };
    Some(Hit::new(
        i + 1,
        Value::SetCal(
            Cal {
                weekday: w,
                ..Cal::of(Grain::Day, None)
            },
            None,
        ),
    ))
}

#[cfg(test)]
mod tests {
    use crate::timex::tests::check;

    const P: Option<&str> = Some("2025-03-18");

    #[test]
    fn recurrences() {
        check(
            "Trains run every 15 minutes.",
            P,
            "every 15 minutes=SET PT15M",
        );
        check("every other day", P, "every other day=SET P2D");
        check("every Monday", P, "every Monday=SET XXXX-WXX-1");
        check("each morning", P, "each morning=SET XXXX-XX-XXTMO");
        check("daily flights", P, "daily=SET P1D");
        check("published weekly", P, "weekly=SET P1W");
        check(
            "an annual profit at the annual conference",
            P,
            "annual=DURATION P1Y; annual=SET P1Y",
        );
        check("The board meets twice a year.", P, "twice a year=SET P1Y");
        check("three times a week", P, "three times a week=SET P1W");
        check("15 tankers at a rate of 15 a year.", P, "a year=SET P1Y");
        check("Rent rose to $900 a month.", P, "a month=SET P1M");
        check("It saves $300 million in fuel a year.", P, "a year=SET P1Y");
        check(
            "He paid $5 and left a year later.",
            P,
            "a year later=DATE 2026",
        );
        check("The shop closes on Sundays.", P, "Sundays=SET XXXX-WXX-7");
    }

    #[test]
    fn not_recurrences() {
        check("a dividend of $2.50 a share", P, "");
        check("100 km per hour", P, "");
        check("The China Daily reported it.", P, "");
        check("each other", P, "");
    }
}
