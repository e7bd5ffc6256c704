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

/// The tense that places the expression at tokens `first..end`: the
/// nearest marker within the sentence (the left side wins ties), read with
/// the preposition before the expression. "since" looks back whatever the
/// verb; "until" looks ahead when no marker says otherwise, and after a verb
/// of putting off ("adjourned until Thursday", "called a strike for
/// Tuesday"). `None` when nothing tells.
pub fn around(cx: &Cx, first: usize, end: usize) -> Option<Tense> {
    let prep = cx.back(first.checked_sub(1));
    if prep == "since" {
        return Some(Tense::Past);
    }
    let ahead = matches!(prep, "until" | "till" | "to" | "for");
    // A deadline ("by June", "until Friday", "before March") belongs to the
    // verb before it: "might run out of money by March if more aid was not
    // given" is the modal's, not the clause's after it.
    let deadline = matches!(prep, "by" | "until" | "till" | "before");
    let found = if deadline {
        left(cx, first).or_else(|| nearest(cx, first, end))
    } else {
        nearest(cx, first, end)
    };
    match found {
        Some((Tense::Past, k)) if ahead && cx.flag_back(Some(k), flag::DEFER) => {
            Some(Tense::Future)
        }
        // "pledged to finish the work by June", "ordered the bank to pay by
        // Friday": the deadline of a commitment lies ahead (but "was asked
        // to leave by Friday" is a plan of the past).
        Some((Tense::Past, k)) if deadline && commits(cx, k, first) => Some(Tense::Future),
        Some((Tense::Present, _)) | None if matches!(prep, "until" | "till") => Some(Tense::Future),
        // "kept the markets closed until Friday", published on a Thursday:
        // the end of a state reported in the past is the nearer one, most
        // often the one just past ("stayed in hospital until Monday").
        Some((Tense::Past, _)) if matches!(prep, "until" | "till") => None,
        Some((t, _)) => Some(t),
        // A headline with no verb but "to" and one: "House to vote on
        // Thursday".
        None => headline_to(cx, first).then_some(Tense::Future),
    }
}

/// Whether the expression at token `first` is in a headline (the first
/// sentence, with no full stop) with "to" and a lowercase word that is no
/// article or pronoun before it, as in "House to vote on Thursday".
fn headline_to(cx: &Cx, first: usize) -> bool {
    let s = cx.doc.sentence_of[first] as usize;
    let (start, end) = (
        cx.doc.sentences[s].tokens.start,
        cx.doc.sentences[s].tokens.end,
    );
    let stop = end > start && matches!(cx.back(Some(end - 1)), "." | "!" | "?");
    let headline = s == 0 && !stop;
    headline
        && (first.saturating_sub(REACH).max(start)..first).any(|k| {
            cx.back(Some(k)) == "to"
                && cx.lowercase(k + 1)
                && cx.word_back(k + 1).is_none()
                && !matches!(
                    cx.back(Some(k + 1)),
                    "the" | "a" | "an" | "be" | "its" | "their" | "his" | "her" | "our" | "my"
                )
        })
}

/// The nearest tense marker before token `first` in its sentence.
fn left(cx: &Cx, first: usize) -> Option<(Tense, usize)> {
    let start = cx.doc.sentences[cx.doc.sentence_of[first] as usize]
        .tokens
        .start;
    (first.saturating_sub(REACH).max(start)..first)
        .rev()
        .find_map(|i| marker(cx, i).map(|t| (t, i)))
}

/// Whether the past verb at `k` is one of commitment with a "to" clause
/// that reaches token `first` ("agreed to pay by June", "told the bank to
/// pay by June"), not a plan reported in the past ("was asked to", "had
/// promised to").
fn commits(cx: &Cx, k: usize, first: usize) -> bool {
    cx.flag_back(Some(k), flag::COMMIT)
        && !was(cx, k)
        && cx.back(k.checked_sub(1)) != "had"
        && (k + 1..first.min(k + 5)).any(|j| cx.is(j, "to"))
}

/// The nearest tense marker around tokens `first..end` and its index.
fn nearest(cx: &Cx, first: usize, end: usize) -> Option<(Tense, usize)> {
    let sentence = &cx.doc.sentences[cx.doc.sentence_of[first] as usize].tokens;
    // "met him in January and will visit in May": the verb of the next
    // clause, after "and" or "but", is not January's.
    let mut right = true;
    for d in 1..=REACH {
        if let Some(i) = first.checked_sub(d).filter(|&i| i >= sentence.start) {
            if let Some(t) = marker(cx, i) {
                return Some((t, i));
            }
        }
        let i = end - 1 + d;
        if right && i < sentence.end {
            if matches!(cx.back(Some(i)), "and" | "but") && marker(cx, i + 1).is_some() {
                right = false;
            } else if let Some(t) = marker(cx, i) {
                return Some((t, i));
            }
        }
    }
    None
}

/// The tense that token `i` marks, if any.
fn marker(cx: &Cx, i: usize) -> Option<Tense> {
    match cx.word_back(i) {
        // "set to open" and "set for Friday" are the future, "was set on" the
        // past; "due to" a cause.
        Some(Word::Tense(t)) if cx.is(i, "set") || cx.is(i, "due") => {
            let set = cx.is(i, "set");
            // "a deadline set at June 1" schedules like "set for"; "a
            // record set at the Games" does not.
            let at_date = cx.is(i + 1, "at")
                && (cx.is_number(i + 2)
                    || matches!(cx.word(i + 2), Some(Word::Month(_) | Word::Weekday(_))));
            let to = cx.is(i + 1, "to") || set && (cx.is(i + 1, "for") || at_date);
            // "due to the weather" is a cause; "due to open" the future.
            let cause = to && cx.flag_back(Some(i + 2), flag::CAUSE);
            return match (set, to) {
                (true, false) => Some(Tense::Past),
                (false, _) if cause => None,
                _ if was(cx, i) => Some(Tense::Past),
                _ => Some(t),
            };
        }
        // "will be held": a participle after "be" is not the past.
        Some(Word::Tense(Tense::Past)) => return participle(cx, i),
        // "plans to open", "the plan is to open"; not "the rescue plan".
        Some(Word::Tense(_)) if cx.flag_back(Some(i), flag::TO_FUTURE) => {
            let to = cx.is(i + 1, "to")
                || (cx.is(i + 1, "is") || cx.is(i + 1, "was")) && cx.is(i + 2, "to");
            return to.then_some(Tense::Future);
        }
        // "was expected to land on Saturday": a plan of the past.
        Some(Word::Tense(Tense::Future)) if was(cx, i) && !cx.is(i, "going") => {
            return Some(Tense::Past)
        }
        // "the vote is on Monday", "the talks are next week"; not "is making".
        Some(Word::Tense(Tense::Present)) if cx.is(i, "is") || cx.is(i, "are") => {
            // "the deadline is 5 p.m. on Friday".
            let scheduled = cx.is_any(i + 1, &["on", "in", "at", "from", "until", "by"])
                || cx.word(i + 1).is_some_and(|w| w.bit() != 0)
                || cx.is_number(i + 1);
            return scheduled.then_some(Tense::Present);
        }
        Some(Word::Tense(t)) => return Some(t),
        // "may" in lowercase is the modal.
        Some(Word::Month(5)) if !cx.cap(i) => return Some(Tense::Future),
        Some(Word::Day(n)) if n != 0 => {
            return Some(if n < 0 { Tense::Past } else { Tense::Future })
        }
        Some(_) => return None,
        None => {}
    }
    // Any lowercase word in -ed, but "need", "hundred".
    let w = cx.back(Some(i)).as_bytes();
    let ed = w.len() >= 4 && w.ends_with(b"ed") && w[0].is_ascii_lowercase() && !cx.cap(i);
    if !ed || cx.flag_back(Some(i), flag::NOT_PAST) {
        return None;
    }
    participle(cx, i)
}

/// Whether the words before token `i` put a plan in the past: "was due",
/// "were expected", "had been scheduled" (not "has been scheduled").
fn was(cx: &Cx, i: usize) -> bool {
    match cx.back(i.checked_sub(1)) {
        "was" | "were" => true,
        "been" => cx.back(i.checked_sub(2)) == "had",
        _ => false,
    }
}

/// The tense of a past form at `i`, read with the word before it: "will be
/// delivered" is the future, "is delivered" and "remain closed" the
/// present, "delivered" the past.
fn participle(cx: &Cx, i: usize) -> Option<Tense> {
    // "is officially reported", "will be formally opened": past an adverb.
    let mut b = i.checked_sub(1);
    if cx.back(b).len() > 4 && cx.back(b).ends_with("ly") {
        b = b.and_then(|b| b.checked_sub(1));
    }
    match cx.back(b) {
        "be" => Some(Tense::Future),
        // "is delivered"; "remain closed" is a state, not an event.
        "is" | "are" | "am" | "remain" | "remains" | "stay" | "stays" => None,
        // "will cut jobs by June", "plans to set a date": a form that is
        // also the base ("cut", "set", "hit", "shut") after a modal or "to"
        // is no past; the modal or the plan before it tells.
        "will" | "would" | "shall" | "'ll" | "can" | "could" | "may" | "might" | "must"
        | "should" | "to" => None,
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
    fn the_next_clause_s_verb_is_not_the_date_s() {
        use Tense::*;
        check(
            "The president met him in January and will visit again in May.",
            "January",
            Some(Past),
        );
        check(
            "He will visit again in May and met him in January.",
            "May",
            Some(Future),
        );
        check(
            "In January and February, sales will rise.",
            "February",
            Some(Future),
        );
    }

    #[test]
    fn a_base_form_after_a_modal_is_no_past() {
        use Tense::*;
        check("The company will cut jobs by June.", "June", Some(Future));
        check("It plans to shut the plant in June.", "June", Some(Future));
        check("The company cut jobs in June.", "June", Some(Past));
        check("The company has cut jobs since June.", "June", Some(Past));
    }

    #[test]
    fn until_after_a_past_verb_is_the_nearer_day() {
        use Tense::*;
        // No tense: the value is the past one unless the next comes much
        // sooner (value.rs).
        check(
            "Officials kept the markets closed until Friday.",
            "Friday",
            None,
        );
        check("He stayed in hospital until Monday.", "Monday", None);
        // A verb of putting off looks ahead; a commitment's deadline too.
        check(
            "The meeting was postponed until Friday.",
            "Friday",
            Some(Future),
        );
        check(
            "Putin agreed to pause strikes until Friday.",
            "Friday",
            Some(Future),
        );
        check("Markets stay closed until Friday.", "Friday", Some(Future));
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
        check("The vote is on Monday.", "Monday", Some(Present));
        check("The vote took place on Monday.", "Monday", Some(Past));
        check("The need is great on Monday.", "Monday", None);
        check(
            "House to vote on the plan on Monday",
            "Monday",
            Some(Future),
        );
        check(
            "It fell. The rise to record levels on Monday.",
            "Monday",
            None,
        );
        check("A record was set on Monday.", "Monday", Some(Past));
        check("It is due to open on Monday.", "Monday", Some(Future));
    }

    #[test]
    fn deadlines_read_the_verb_before_them() {
        use Tense::*;
        check(
            "It might run out of money by March if more aid was not given.",
            "March",
            Some(Future),
        );
        check(
            "The company said it had cut 900 jobs by March, as was planned.",
            "March",
            Some(Past),
        );
        check(
            "The ministers pledged to finish the work by June.",
            "June",
            Some(Future),
        );
        check(
            "The ministers pledged to finish the work in June.",
            "June",
            Some(Past),
        );
        check(
            "The court ordered the bank to repay the loans by Friday.",
            "Friday",
            Some(Future),
        );
        check(
            "He had promised to finish the report by January.",
            "January",
            Some(Past),
        );
        check(
            "The crew was asked to leave by Friday.",
            "Friday",
            Some(Past),
        );
        check(
            "The company has a deadline set at June 1 to present a plan.",
            "June",
            Some(Future),
        );
        check("A record was set at the Games in June.", "June", Some(Past));
        check(
            "The record set at the Games in June stands.",
            "June",
            Some(Past),
        );
        check(
            "The loss could rise before it is officially reported in March.",
            "March",
            Some(Future),
        );
        check(
            "The loss was officially reported in March.",
            "March",
            Some(Past),
        );
    }

    #[test]
    fn stays_in_the_sentence() {
        check(
            "It was cold. On Monday it snowed.",
            "Monday",
            Some(Tense::Past),
        );
        check("It was cold. On Monday the fog.", "Monday", None);
    }
}
