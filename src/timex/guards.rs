//! Guards against what trips general date parsers in news text.
//!
//! Each guard decides whether an ambiguous word or number is temporal here:
//! "may" the modal and "May" the month, "March" the walk and the month,
//! "Sun" the newspaper, "June" the name, "2000 people" and "in 2000", a
//! clock time and a Bible verse. They read a few tokens of context, never
//! the whole sentence.

use super::lexicon::{flag, Word};
use super::scan::Cx;

fn prev<'c>(cx: &'c Cx, i: usize) -> &'c str {
    cx.back(i.checked_sub(1))
}

/// Whether the word before token `i` sets up a date ("in", "since", "early",
/// "mid-", "last").
#[inline(never)]
pub fn date_context(cx: &Cx, i: usize) -> bool {
    let p = prev(cx, i);
    if p == "-" {
        return i >= 2 && cx.back(Some(i - 2)) == "mid";
    }
    cx.flag_back(i.checked_sub(1), flag::DATE)
        || matches!(
            i.checked_sub(1).and_then(|p| cx.word_back(p)),
            Some(Word::Dir(_) | Word::Edge(_))
        )
}

/// Whether a capitalized neighbour makes token `i` part of a name
/// ("Theresa May", "June Carter", "the Arab Spring").
#[inline(never)]
pub fn in_name(cx: &Cx, i: usize) -> bool {
    let before = i.checked_sub(1).is_some_and(|p| {
        cx.name_like(p) && !cx.flag_back(Some(p), flag::FUNCTION) && cx.word_back(p).is_none()
    });
    let after = cx.has(i + 1) && cx.name_like(i + 1) && cx.word(i + 1).is_none();
    before || after
}

/// Whether a month name standing alone is the month: "in May" but not "he
/// may go" or "Theresa May"; "in March" but not "the Women's March".
#[inline(never)]
pub fn bare_month(cx: &Cx, i: usize, month: u8) -> bool {
    let cap = cx.cap(i);
    let context = date_context(cx, i) && !in_name(cx, i);
    match month {
        3 | 5 => cap && context,
        8 => cap && (context || !in_name(cx, i)),
        _ => context || cap && !in_name(cx, i),
    }
}

/// Whether a season word standing alone is the season: "in the fall", "this
/// spring", but not "prices fall" or "the Arab Spring".
#[inline(never)]
pub fn bare_season(cx: &Cx, i: usize) -> bool {
    // "in", "during", "by": not "to" ("to fall"), "and" or "or".
    let strong = |p: usize| {
        matches!(
            cx.back(Some(p)),
            "in" | "during" | "by" | "until" | "since" | "through" | "throughout" | "of"
        ) || matches!(cx.word_back(p), Some(Word::Dir(_) | Word::Edge(_)))
    };
    if in_name(cx, i) && !date_context(cx, i) || i == 0 {
        return false;
    }
    if prev(cx, i) == "the" {
        // "in the fall", but not "the fall of the government".
        let of_year = cx.is(i + 1, "of") && cx.year(i + 2).is_some();
        return i >= 2 && strong(i - 2) && (!cx.is(i + 1, "of") || of_year);
    }
    // "their Autumn meetings": a capitalized summer, autumn or winter.
    let plain = cx.cap(i) && !cx.is_any(i, &["fall", "spring"]) && !cx.starts_sentence(i);
    (strong(i - 1) || plain) && !cx.is(i + 1, "of")
}

/// Whether a four-digit number standing alone is a year: "in 2008", "the
/// 2008 Olympics", "WWDC 2005", but not "2000 people", "$2010", "flight
/// 2012", "more than 1999" or "the Russell 2000 Index".
#[inline(never)]
pub fn bare_year(cx: &Cx, i: usize, year: i32) -> bool {
    let before = prev(cx, i);
    // "rose to 2000" is an amount; "dates back to 1998" a year.
    let back_to = before == "to" && cx.back(i.checked_sub(2)) == "back";
    if cx.flag_back(i.checked_sub(1), flag::QTY_BEFORE)
        && !(before == "to" && follows_year(cx, i))
        && !back_to
    {
        return false;
    }
    let next = cx.lower(i + 1);
    if cx.flag(i + 1, flag::QTY_AFTER) {
        return false;
    }
    // A lowercase plural after it is what was counted: "1999 votes"; but
    // "2009 results" and "the 2008 elections" are of a year.
    if cx.has(i + 1) && cx.lowercase(i + 1) && !cx.flag(i + 1, flag::YEAR_NOUN) {
        let plural = next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("ss")
            && !next.ends_with("is")
            && !next.ends_with("us")
            && !matches!(
                next,
                "says" | "sees" | "marks" | "was" | "has" | "this" | "thus" | "plus"
            );
        if plural {
            return false;
        }
    }
    // Inside a name: "the Russell 2000 Index".
    if i > 0 && cx.name_like(i - 1) && cx.name_like(i + 1) && cx.has(i + 1) {
        return false;
    }
    if (1900..=2100).contains(&year) {
        return true;
    }
    // Earlier years need a preposition: "in 1066".
    date_context(cx, i) || follows_year(cx, i)
}

/// Whether token `i` follows a year range word right after an expression:
/// "between 2014 and 2016", "2009-2011", "from 2009 to 2011".
#[inline(never)]
pub fn follows_year(cx: &Cx, i: usize) -> bool {
    i >= 1 && cx.last_end.get() == i - 1 && cx.back(Some(i - 1)) != "," && {
        let p = cx.back(Some(i - 1));
        matches!(
            p,
            "and" | "to" | "-" | "\u{2013}" | "or" | "through" | "until"
        )
    }
}

/// Whether a bare clock time ("10:30") at token `i` has the context of a time:
/// a preposition before it, or an expression right before it.
#[inline(never)]
pub fn clock_context(cx: &Cx, i: usize) -> bool {
    cx.flag_back(i.checked_sub(1), flag::CLOCK)
        || i >= 1 && cx.last_end.get() == i
        || matches!(cx.word(i + 1), Some(Word::Day(_) | Word::Weekday(_)))
}

/// Where an age ends, when a length ending before token `j` is one:
/// "30-year-old", "50 years old", "the 30-year-olds".
#[inline(never)]
pub fn age_end(cx: &Cx, j: usize) -> Option<usize> {
    let j = if cx.is(j, "-") && cx.glued(j) {
        j + 1
    } else {
        j
    };
    cx.is_any(j, &["old", "olds"]).then_some(j + 1)
}

/// Whether "per" at token `i` follows a unit of speed ("km per hour").
pub fn speed_before(cx: &Cx, i: usize) -> bool {
    cx.flag_back(i.checked_sub(1), flag::SPEED)
}

#[cfg(test)]
mod tests {
    use crate::timex::tests::check;

    #[test]
    fn may_and_march() {
        check(
            "The minister may resign, and the talks may collapse.",
            Some("2025-03-18"),
            "",
        );
        check(
            "The minister may resign in May.",
            Some("2025-03-18"),
            "May=DATE 2025-05",
        );
        check(
            "Theresa May said the vote would be close.",
            Some("2025-03-18"),
            "",
        );
        check("May the best team win.", None, "");
        check("Thousands joined the Women's March and a march.", None, "");
        check(
            "Prices rose in March.",
            Some("2025-03-18"),
            "March=DATE 2025-03",
        );
    }

    #[test]
    fn names_and_words() {
        check(
            "The august institution hired June Carter and April Ryan.",
            None,
            "",
        );
        check(
            "They married in June.",
            Some("2025-03-18"),
            "June=DATE 2024-06",
        );
        check("Prices may fall, as the Arab Spring showed.", None, "");
        check(
            "Elections are due in the fall.",
            Some("2025-03-18"),
            "the fall=DATE 2025-FA",
        );
        check("The fall of the government came fast.", None, "");
    }

    #[test]
    fn numbers() {
        check("It employs 2000 people; 1999 votes were cast.", None, "");
        check(
            "It was founded in 1999 and listed in 2000.",
            None,
            "1999=DATE 1999; 2000=DATE 2000",
        );
        check("The Russell 2000 Index fell; it cost $2010.", None, "");
        check("It rose more than 1999 and flight 2012 left.", None, "");
        check(
            "between 2014 and 2016",
            None,
            "2014=DATE 2014; 2016=DATE 2016",
        );
        check("in 1066 and 1492 ships", None, "1066=DATE 1066");
    }

    #[test]
    fn clocks_and_speeds() {
        check("He quoted John 3:16, and the odds were 7:2.", None, "");
        check(
            "Polls close at 8:00 on Monday.",
            Some("2025-03-18"),
            "8:00=TIME 2025-03-17T08:00; Monday=DATE 2025-03-17",
        );
        check("The car went 100 km per hour.", None, "");
    }
}
