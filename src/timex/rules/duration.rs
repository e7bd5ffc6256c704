//! Lengths of time: "30 days", "30-day", "two and a half years", "half an
//! hour", "a year and a half", "several weeks", "recent years", "decades-long",
//! "between 60 and 90 days", and bare plurals where they mean a length
//! ("for years", "in decades").
//!
//! Ages are lengths, as TimeML has them ("a 30-year-old" is P30Y); fractions
//! ("a quarter of the vote", "three quarters of voters") and "a second" the
//! ordinal are not.

use super::Hit;
use crate::timex::guards;
use crate::timex::lexicon::{flag, Mod, Ref, Tense, Unit, Word};
use crate::timex::scan::Cx;
use crate::timex::tense;
use crate::timex::value::{Dur, Value};

/// Whether "a"/"an" at `i` and the unit before `next` read as a length.
#[inline(never)]
fn article_context(cx: &Cx, i: usize, next: usize) -> bool {
    cx.flag_back(i.checked_sub(1), flag::ARTICLE_BEFORE)
        || !cx.has(next)
        || cx.flag(next, flag::ARTICLE_AFTER)
}

/// An amount and its unit at `i`; returns the length and the end of its tokens.
#[inline(never)]
pub fn parse(cx: &Cx, i: usize) -> Option<(Dur, usize)> {
    // "recent years", "some years": vague.
    let vague = match cx.word(i) {
        Some(Word::Ref(Ref::Past)) => cx.is(i, "recent"),
        Some(Word::Approx(_)) => cx.is(i, "some"),
        _ => false,
    };
    if vague {
        let (u, plural) = cx.unit(i + 1)?;
        return (plural && guards::age_end(cx, i + 2).is_none()).then_some((
            Dur {
                tenths: None,
                unit: u,
            },
            i + 2,
        ));
    }
    let article = cx.article(i);
    // "15 a year" is a rate (see `set::per_unit`).
    if article && super::set::after_amount(cx, i) {
        return None;
    }
    let (tenths, mut k) = cx.amount(i)?;
    // "six straight days": an adjective, then the unit.
    let mut adjective = false;
    while cx.unit(k).is_none() && cx.unit(k + 1).is_some() && cx.flag(k, flag::BETWEEN) {
        adjective = true;
        k += 1;
    }
    let hyphen = cx.is(k, "-") && cx.glued(k) && cx.glued(k + 1);
    if hyphen {
        k += 1;
    }
    let (unit, plural) = cx.unit(k)?;
    // "a second" is an ordinal; "a second" of time needs a number.
    let one = article && tenths == Some(10);
    if one && (plural || cx.is(k, "second") || cx.is(k, "sec")) {
        return None;
    }
    if hyphen && plural && tenths.is_some() {
        return None;
    }
    // Fractions: "a quarter of", "three quarters of voters".
    if unit == Unit::Quarter && (one || !adjective && (cx.is(k + 1, "of") || !plural)) {
        return None;
    }
    // A bare "a day" needs the context of a length: "for a day", "a day
    // after", "a year ago"; not "not a day anybody could foresee".
    if article && k == i + 1 && !article_context(cx, i, k + 1) {
        return None;
    }
    k += 1;
    let mut tenths = tenths;
    // "a year and a half".
    if cx.is(k, "and") && cx.is(k + 1, "a") && cx.is(k + 2, "half") {
        if let Some(t) = tenths.filter(|t| t % 10 == 0) {
            tenths = Some(t + 5);
            k += 3;
        }
    }
    // "decades-long", "30-day-long".
    if cx.is(k, "-") && cx.glued(k) && cx.is(k + 1, "long") {
        k += 2;
    }
    // Ages are lengths in TimeML: "a 30-year-old man", "50 years old".
    let end = guards::age_end(cx, k).unwrap_or(k);
    Some((Dur { tenths, unit }, end))
}

/// An amount of a unit of time, with "or so" after it; in a sentence about
/// the future, "in three weeks" is the date three weeks on.
pub fn quantity(cx: &Cx, i: usize) -> Option<Hit> {
    // A unit must follow within a few tokens ("two and a half years"):
    // most numbers and articles leave here.
    if !(i + 1..i + 10).any(|k| cx.unit(k).is_some()) {
        return None;
    }
    let Some((dur, mut end)) = parse(cx, i) else {
        return range_start(cx, i);
    };
    if let Some(h) = super::relative::ago(cx, dur, end) {
        return Some(h);
    }
    let mut h = Hit::new(end, Value::Duration(dur));
    if cx.is(end, "or") && cx.is(end + 1, "so") {
        end += 2;
        h = Hit::new(end, Value::Duration(dur)).modifier(Some(Mod::Approx));
    }
    // "the deepest recession in a decade" is a length, even in the future.
    let superlative = || {
        (i.saturating_sub(6)..i.saturating_sub(1)).any(|k| {
            let w = cx.back(Some(k));
            w.ends_with("est")
                || matches!(
                    w,
                    "first" | "last" | "since" | "only" | "worst" | "best" | "most" | "least"
                )
        })
    };
    let after_in = i > 0 && cx.back(Some(i - 1)) == "in" && !superlative();
    if after_in && !cx.is_any(i, &["some", "recent"]) && dur.unit >= Unit::Day {
        if let Some(t) = dur.whole() {
            if matches!(
                tense::around(cx, i, end),
                Some(Tense::Future | Tense::Present)
            ) {
                let grain = if dur.unit <= Unit::Fortnight {
                    Unit::Day
                } else {
                    dur.unit
                };
                h.value = Value::Shift {
                    n: t as i32,
                    unit: dur.unit,
                    grain,
                };
            }
        }
    }
    Some(h)
}

/// The first number of a range of lengths: "60" in "between 60 and 90 days",
/// "two" in "two or three weeks", which takes the unit of the second.
fn range_start(cx: &Cx, i: usize) -> Option<Hit> {
    if !cx.is_number(i) && !matches!(cx.word(i), Some(Word::Number(_))) {
        return None;
    }
    let (tenths, k) = cx.amount(i)?;
    if !cx.is_any(k, &["and", "to", "or", "-", "\u{2013}"]) {
        return None;
    }
    let (second, _) = parse(cx, k + 1)?;
    second.tenths?;
    Some(Hit::new(
        k,
        Value::Duration(Dur {
            tenths,
            unit: second.unit,
        }),
    ))
}

/// A plural unit standing alone where it means a length: "for years", "in
/// decades", "months of talks", "over the years", "decades in the making".
pub fn bare_units(cx: &Cx, i: usize) -> Option<Hit> {
    let the = cx.the(i);
    let j = if the { i + 1 } else { i };
    let Some((unit, true)) = cx.unit(j) else {
        return None;
    };
    let vague = Dur { tenths: None, unit };
    if !the {
        if let Some(h) = super::relative::ago(cx, vague, j + 1) {
            return Some(h);
        }
    }
    let before = cx.back(i.checked_sub(1));
    // "in minutes", "within just minutes"; not the minutes of a meeting.
    let minutes = unit == Unit::Minute && !the && !cx.is(j + 1, "of");
    if unit.is_clock() && unit != Unit::Hour && !minutes
        || matches!(unit, Unit::Weekend | Unit::Quarter)
    {
        return None;
    }
    // "decades-long"
    if !the && cx.is(j + 1, "-") && cx.glued(j + 1) && cx.is(j + 2, "long") {
        return Some(Hit::new(j + 3, Value::Duration(vague)));
    }
    // "the days ahead", "the weeks to come".
    if the && cx.is(j + 1, "ahead") {
        return Some(Hit::new(j + 2, Value::Duration(vague)));
    }
    // "the early hours of Sunday" is a time of night.
    if matches!(before, "early" | "small" | "wee") {
        return None;
    }
    let ok = if the {
        matches!(before, "over" | "through" | "throughout" | "across")
    } else {
        matches!(before, "for" | "in" | "within")
            // "take weeks", "lasted months", "spent decades".
            || cx.flag_back(i.checked_sub(1), flag::ARTICLE_BEFORE)
                && !matches!(before, "some" | "of" | "after")
            || before == "after" && unit != Unit::Hour
            || cx.is_any(j + 1, &["of", "later", "earlier", "after", "before"])
            || cx.is(j + 1, "in") && cx.the(j + 2) && cx.is(j + 3, "making")
    };
    (ok && guards::age_end(cx, j + 1).is_none()).then(|| Hit::new(j + 1, Value::Duration(vague)))
}

#[cfg(test)]
mod tests {
    use crate::timex::tests::check;

    const P: Option<&str> = Some("2025-03-18");

    #[test]
    fn lengths() {
        check("a pause for 30 days", P, "30 days=DURATION P30D");
        check("a 30-day cessation", P, "30-day=DURATION P30D");
        check(
            "for over two hours",
            P,
            "over two hours=DURATION PT2H MORE_THAN",
        );
        check("three years of estrangement", P, "three years=DURATION P3Y");
        check(
            "a two-and-a-half-year delay",
            P,
            "two-and-a-half-year=DURATION P2.5Y",
        );
        check(
            "almost two and a half years late",
            P,
            "almost two and a half years=DURATION P2.5Y LESS_THAN",
        );
        check(
            "They waited half an hour.",
            P,
            "half an hour=DURATION PT30M",
        );
        check(
            "for a year and a half",
            P,
            "a year and a half=DURATION P1.5Y",
        );
        check("a decades-long dispute", P, "decades-long=DURATION PXDE");
        check("for several years", P, "several years=DURATION PXY");
        check("in recent years", P, "recent years=DURATION PXY");
        check(
            "six straight days of losses",
            P,
            "six straight days=DURATION P6D",
        );
        check(
            "two consecutive quarters",
            P,
            "two consecutive quarters=DURATION P2Q",
        );
        check("a week or so", P, "a week or so=DURATION P1W APPROX");
        check(
            "at least two years",
            P,
            "at least two years=DURATION P2Y EQUAL_OR_MORE",
        );
        // After a superlative, "in N years" is the span looked back over,
        // in any tense; otherwise a future "in N years" is a date.
        check(
            "The drought is the worst in 50 years.",
            P,
            "50 years=DURATION P50Y",
        );
        check(
            "Growth will be the strongest in a decade.",
            P,
            "a decade=DURATION P10Y",
        );
        check(
            "The plant will open in two years.",
            P,
            "two years=DATE 2027",
        );
    }

    #[test]
    fn ranges_and_bare_plurals() {
        check(
            "between 60 and 90 days",
            P,
            "60=DURATION P60D; 90 days=DURATION P90D",
        );
        check("the highest in years", P, "years=DURATION PXY");
        check("over the years", P, "the years=DURATION PXY");
        check("decades in the making", P, "decades=DURATION PXDE");
        check("in the weeks ahead", P, "the weeks ahead=DURATION PXW");
        check("the years were good", P, "");
    }

    #[test]
    fn in_the_future() {
        check(
            "Results will come out in 3 days.",
            P,
            "3 days=DATE 2025-03-21",
        );
        check("the first gain in four years", P, "four years=DURATION P4Y");
    }

    #[test]
    fn ages() {
        check(
            "a 59-year-old man, 50 years old, and the 30-year-olds",
            P,
            "59-year-old=DURATION P59Y; 50 years old=DURATION P50Y; 30-year-olds=DURATION P30Y",
        );
        check(
            "It will take weeks; the talks lasted months; he spent decades there.",
            P,
            "weeks=DURATION PXW; months=DURATION PXM; decades=DURATION PXDE",
        );
        check(
            "some years ago, for some months",
            P,
            "some years ago=DATE PAST_REF; some months=DURATION PXM",
        );
    }

    #[test]
    fn not_lengths() {
        check(
            "about a quarter of dealers and three quarters of voters",
            P,
            "",
        );
        check("a second term; wait a second", P, "");
    }
}
