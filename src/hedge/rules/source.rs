//! Named versus unnamed sources.
//!
//! Attribution to a named source is reporting, not hedging: "Smith said",
//! "Boeing officials said", "the analysts said" (already introduced). An
//! unnamed or vague source is a weasel cue: "officials said", "critics
//! argue", "sources said", "some experts believe", "a senior official said",
//! "reports suggest". The weasel entries match the vague subject and its
//! verb; this rule vetoes them when a name or a definite determiner right
//! before the subject makes it specific, and tells the noun "claims" or
//! "reports" ("amid reports that") from the verb after a named subject
//! ("the company reports that").

use super::{Context, PERSONAL};
use crate::hedge::lexicon::Match;

/// Words before a group noun that make it specific.
const SPECIFIC: &[&str] = &[
    "the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "'s", "both",
];

/// Whether the weasel match `m` has an unnamed subject.
pub fn keeps(cx: &Context, m: Match) -> bool {
    let i = m.first;
    let prev = i.wrapping_sub(1);
    if modifier_is_name(cx, prev) || cx.is_any(prev, SPECIFIC) {
        return false;
    }
    // "reports that", "claims that": a verb after a pronoun or after a
    // noun with a determiner ("the company reports that").
    if cx.is_any(i, &["reports", "report", "claims", "claim", "claimed"]) {
        let subject = cx.is_any(prev, PERSONAL)
            || cx.is_any(prev, &["it"])
            || cx.is_word(prev) && cx.is_any(i.wrapping_sub(2), &["the", "a", "this", "its"]);
        return !subject;
    }
    true
}

/// Whether the plural source at `m` stands bare, as the subject of its
/// clause: at the start of the sentence or after a comma, "and", "but" or
/// "that" ("studies have shown", "but research suggests"), not qualified
/// ("previous studies", "our studies", "two polls").
pub fn bare(cx: &Context, m: Match) -> bool {
    let prev = m.first.wrapping_sub(1);
    cx.word(prev).is_none_or(|w| {
        matches!(
            w,
            "," | ";" | ":" | "and" | "but" | "that" | "however" | "yet" | "\u{201C}" | "\""
        )
    })
}

/// Whether token `j`, right before a group noun, is a name: capitalized,
/// and not a word that merely starts the sentence ("However, officials
/// said").
fn modifier_is_name(cx: &Context, j: usize) -> bool {
    const STARTERS: &[&str] = &[
        "however",
        "but",
        "and",
        "meanwhile",
        "yet",
        "still",
        "now",
        "also",
        "today",
        "yesterday",
        "so",
        "then",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "although",
        "though",
        "because",
        "as",
        "since",
        "if",
        "many",
        "some",
        "most",
        "several",
        "other",
        "others",
        "the",
        "a",
        "an",
        "these",
        "those",
        "local",
        "senior",
        "few",
        "two",
        "three",
        "four",
        "five",
        "more",
        "both",
        "all",
        "according",
        "instead",
    ];
    cx.is_name(j)
        || cx.sentence.contains(&j)
            && cx.doc.tokens[j].is_capitalized(cx.doc.text)
            && !cx.is_any(j, STARTERS)
            && !cx.word(j).is_some_and(describes_group)
}

/// Whether `w`, capitalized only because it opens the sentence, describes
/// a group rather than naming it: a word of `@mod` ("Industry analysts",
/// "Local historians") or one formed like an adjective ("Contemporary
/// reviewers", "Environmental groups", "Independent experts").
fn describes_group(w: &str) -> bool {
    const ADJECTIVE: &[&str] = &["ary", "al", "ive", "ous", "ern", "ent"];
    crate::hedge::lexicon::LEXICON.in_set("mod", w)
        || w.len() > 5 && ADJECTIVE.iter().any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use crate::hedge::rules::check::{certain, class, hedge};
    use crate::hedge::Class;

    #[test]
    fn unnamed_sources_are_weasels() {
        hedge("Officials said the plant would close.", "officials said");
        hedge("Sources said the plant would close.", "sources said");
        hedge("Critics say the plan is flawed.", "critics say");
        hedge(
            "Some analysts believe the plan is flawed.",
            "some analysts believe",
        );
        hedge(
            "A senior official said the talks had stalled.",
            "a senior official said",
        );
        hedge(
            "According to sources, the plant will close.",
            "according to sources",
        );
        hedge("Reports suggest the plant will close.", "reports suggest");
        hedge("He resigned amid reports that he had lied.", "reports that");
        hedge(
            "Contemporary reviewers praised the photography.",
            "reviewers praised",
        );
        hedge(
            "Environmental groups claim that it has reduced fish stocks.",
            "groups claim",
        );
        hedge(
            "Industry analysts have described the deal as a success.",
            "analysts have described",
        );
        class(
            "Critics say the plan is flawed.",
            "critics say",
            Class::Weasel,
        );
    }

    #[test]
    fn named_sources_are_not() {
        certain("Smith said the plant would close.");
        certain("Boeing officials said the plant would close.");
        certain("Kremlin officials said the plant would close.");
        certain("The analysts said the plan was flawed.");
        certain("Senator Jones says the plan is flawed.");
        certain("According to the company, the plant will close.");
        certain("Police said the driver was arrested.");
        certain("The company reports that profits rose.");
        certain("The report says the plant will close.");
        certain("Previous studies have shown that the gene is induced by heat.");
        hedge(
            "But research suggests that sleep improves memory.",
            "research suggests",
        );
    }
}
