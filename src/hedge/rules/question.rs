//! Questions: direct ones, and the indirect ones that "whether" and "if"
//! introduce.
//!
//! A direct question leaves its proposition open ("Will the ceasefire
//! hold?"), so its question mark is a cue of class `question`. An indirect
//! question is a cue too: "whether" always, except in "regardless of
//! whether", where the clause is conceded rather than questioned; "if" only
//! where it means whether, after a verb or adjective that takes a question
//! ("asked if", "unclear if", "to see if"). A plain conditional "if" is not
//! a cue (see `conditional`).

use super::Context;
use crate::hedge::lexicon::Match;

/// Whether the question mark at `m` ends a question: followed by a space,
/// a closing quote or bracket, or nothing (not the `?` of a web address).
pub fn ends_question(cx: &Context, m: Match) -> bool {
    let i = m.first;
    let tokens = &cx.doc.tokens;
    let glued_before = i > cx.sentence.start && !tokens[i].space_before;
    let next = tokens.get(i + 1);
    let glued_after =
        next.is_some_and(|t| !t.space_before && t.kind == crate::text::TokenKind::Word);
    glued_before && !glued_after
}

/// Verbs and adjectives after which "if" means whether.
const TAKES_QUESTION: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "know",
    "knows",
    "knew",
    "unclear",
    "unknown",
    "sure",
    "certain",
    "clear",
    "see",
    "seeing",
    "check",
    "checks",
    "checked",
    "checking",
    "decide",
    "decides",
    "decided",
    "deciding",
    "determine",
    "determined",
    "determining",
    "tell",
    "told",
    "question",
    "questioned",
    "doubt",
    "doubtful",
    "investigate",
    "investigating",
    "examine",
    "examined",
    "examining",
    "test",
    "tested",
    "testing",
    "out",
    "verify",
    "confirm",
    "establish",
    "assess",
    "assessing",
];

/// Whether "whether" or "if" at `m` introduces an indirect question.
pub fn whether(cx: &Context, m: Match) -> bool {
    let i = m.first;
    if cx.is_any(i, &["whether"]) {
        return !(cx.is_any(i.wrapping_sub(1), &["of"])
            && cx.is_any(i.wrapping_sub(2), &["regardless", "irrespective"]));
    }
    // "if": a question-taking word right before it, or before its object
    // ("asked the minister if").
    for k in 1..=4 {
        let Some(w) = cx.before(i, k) else { break };
        if TAKES_QUESTION.contains(&w) {
            return true;
        }
        if !cx.is_word(i - k) {
            break;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::hedge::rules::check::{certain, hedge};

    #[test]
    fn direct_questions() {
        hedge("Will the ceasefire hold?", "?");
        hedge(
            "\u{201C}Who could have predicted this?\u{201D} he asked.",
            "?",
        );
        certain("The ceasefire will hold.");
        certain("See example.com/page?id=3 for details.");
    }

    #[test]
    fn whether_and_if() {
        hedge("It is not known whether the two ever met.", "whether");
        hedge("Officials asked if the bridge was safe.", "if");
        hedge("Reporters asked the minister if he would resign.", "if");
        hedge("They are waiting to see if the market recovers.", "if");
        certain("The bridge will close if it snows.");
        certain("The event goes ahead regardless of whether it rains.");
    }
}
