//! The tense around an expression, for placing bare weekdays and months.
//!
//! News reports mostly the past: "Chrysler filed for bankruptcy Thursday"
//! is the Thursday before publication, "the trial is set to begin on
//! Wednesday" the one after. Without a parser, the nearest tense marker in
//! the sentence decides: a past form ("said", "was", any lowercase word in
//! -ed) or a marker of the future or the unreal ("will", "plans", "may",
//! "expected", a participle after "be"). The search looks at most ten
//! tokens each way, so it costs a constant per expression.

use super::lexicon::{flag, Tense, Word};
use super::scan::Cx;

/// How far to look for a marker, in tokens, on each side.
const REACH: usize = 10;

/// The tense of the nearest marker around tokens `first..end`, within the
/// sentence; the left side wins ties. `None` when there is none.
pub fn around(cx: &Cx, first: usize, end: usize) -> Option<Tense> {
    let sentence = &cx.doc.sentences[cx.doc.sentence_of[first] as usize].tokens;
    for d in 1..=REACH {
        if let Some(i) = first.checked_sub(d).filter(|&i| i >= sentence.start) {
            if let Some(t) = marker(cx, i) {
                return Some(t);
            }
        }
        let i = end - 1 + d;
        if i < sentence.end {
            if let Some(t) = marker(cx, i) {
                return Some(t);
            }
        }
    }
    None
}

/// The tense that token `i` marks, if any.
fn marker(cx: &Cx, i: usize) -> Option<Tense> {
    let doc = cx.doc;
    match cx.word_back(i) {
        // "set to open" and "set for Friday" are the future, "was set on" the
        // past; "due to" a cause.
        Some(Word::Tense(t)) if doc.is(i, "set") || doc.is(i, "due") => {
            let to = i + 1 < doc.tokens.len()
                && (doc.is(i + 1, "to") || doc.is(i, "set") && doc.is(i + 1, "for"));
            // "due to the weather" is a cause; "due to open" the future.
            let cause = to && cx.flag_back(Some(i + 2), flag::CAUSE);
            return match (doc.is(i, "set"), to) {
                (true, true) => Some(t),
                (true, false) => Some(Tense::Past),
                (false, _) if cause => None,
                (false, _) => Some(t),
            };
        }
        // "will be held": a participle after "be" is not the past.
        Some(Word::Tense(Tense::Past)) => return participle(doc, i),
        Some(Word::Tense(t)) => return Some(t),
        // "may" in lowercase is the modal.
        Some(Word::Month(5)) if !doc.tokens[i].is_capitalized(doc.text) => {
            return Some(Tense::Future)
        }
        Some(Word::Day(n)) if n != 0 => {
            return Some(if n < 0 { Tense::Past } else { Tense::Future })
        }
        Some(_) => return None,
        None => {}
    }
    let w = doc.lower(i).as_bytes();
    if w.len() < 4
        || !w.ends_with(b"ed")
        || !w[0].is_ascii_lowercase()
        || !doc.tokens[i].is_lowercase(doc.text)
    {
        return None;
    }
    if cx.flag_back(Some(i), flag::NOT_PAST) {
        return None;
    }
    participle(doc, i)
}

/// The tense of a past form at `i`, read with the word before it: "will be
/// delivered" is the future, "is delivered" the present, "delivered" the past.
fn participle(doc: &crate::text::Document, i: usize) -> Option<Tense> {
    match i.checked_sub(1).map(|p| doc.lower(p)) {
        Some("be") => Some(Tense::Future),
        Some("is" | "are" | "am") => None,
        _ => Some(Tense::Past),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The tense around the token `word` in `text`.
    fn check(text: &str, word: &str, expected: Option<Tense>) {
        let doc = Document::new(text);
        let cx = Cx::new(&doc);
        let i = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == word)
            .unwrap();
        assert_eq!(around(&cx, i, i + 1), expected, "{text:?}");
    }

    #[test]
    fn nearest_marker_wins() {
        use Tense::*;
        check(
            "Chrysler filed for bankruptcy Thursday.",
            "Thursday",
            Some(Past),
        );
        check(
            "The trial is set to begin on Wednesday.",
            "Wednesday",
            Some(Future),
        );
        check("He said it will close on Friday.", "Friday", Some(Future));
        check(
            "It announced Monday that it will cut jobs.",
            "Monday",
            Some(Past),
        );
        check(
            "The jets will be delivered on Monday.",
            "Monday",
            Some(Future),
        );
        check("The jets were delivered on Monday.", "Monday", Some(Past));
        check("The minister may resign in May.", "May", Some(Future));
        check("The vote is on Monday.", "Monday", None);
        check("The need is great on Monday.", "Monday", None);
        check("A record was set on Monday.", "Monday", Some(Past));
        check("It is due to open on Monday.", "Monday", Some(Future));
    }

    #[test]
    fn stays_in_the_sentence() {
        check("It was cold. On Monday it is warm.", "Monday", None);
    }
}
