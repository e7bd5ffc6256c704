//! Sentence segmentation over tokens.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes
//! and brackets right after it) when what follows looks like a new sentence,
//! and at line breaks that end a headline, a dateline or a paragraph.
//! Abbreviations, initials and dotted acronyms do not end sentences unless
//! the next word plainly starts one.
//!
//! Sentences tile the text: the first starts at byte 0, each one ends where
//! the next begins, and the last ends at the end of the text. The whitespace
//! between two sentences belongs to the first.

use super::token::{Token, TokenKind};
use crate::span::Span;
use std::ops::Range;

/// One sentence: its tiling span and its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence with the whitespace after it; sentences tile the text.
    pub span: Span,
    /// From its first token to its last (no surrounding whitespace); empty
    /// for a whitespace-only text.
    pub content: Span,
    /// Indices of its tokens in the document's token list.
    pub tokens: Range<usize>,
}

/// Abbreviations after which a period never ends a sentence.
const TITLES: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "lt", "maj",
    "messrs", "mr", "mrs", "ms", "mssrs", "pres", "prof", "rep", "reps", "rev", "sen", "sens",
    "sgt", "sr", "st", "supt",
];

/// Abbreviations that usually sit inside a sentence; a period after them
/// ends the sentence only before a word that plainly starts one.
const INNER: &[&str] = &[
    "a.m", "al", "approx", "apr", "aug", "ave", "blvd", "cf", "co", "corp", "dec", "dept", "e.g",
    "est", "etc", "feb", "fig", "ft", "i.e", "inc", "jan", "jr", "jul", "jun", "lb", "lbs", "ltd",
    "mar", "mt", "no", "nos", "nov", "oct", "oz", "p.m", "pp", "pt", "rd", "sept", "sep", "vol",
    "vs",
];

/// Words that start sentences far more often than they start names; after an
/// abbreviation or acronym such a word means the period ended the sentence.
const STARTERS: &[&str] = &[
    "a",
    "after",
    "also",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "no",
    "now",
    "on",
    "one",
    "our",
    "she",
    "since",
    "so",
    "still",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "we",
    "what",
    "when",
    "while",
    "with",
    "yet",
    "you",
];

fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the token closes a quotation or bracket after a sentence end.
fn is_closer(text: &str, token: &Token) -> bool {
    matches!(
        token.span.slice(text),
        "\"" | "'"
            | "''"
            | ")"
            | "]"
            | "\u{201D}"
            | "\u{2019}"
            | "\u{00BB}"
            | "\u{300D}"
            | "\u{300F}"
    )
}

/// Whether token `k`, right after a sentence end (or another closer),
/// closes a quotation or bracket and so belongs to the ending sentence.
/// Glued closers always do; `''` and `”` can only close, so they do even
/// after a space (`home run . ''`); a spaced straight `"` does when a line
/// break or the end of the text follows it.
fn closes_after(text: &str, tokens: &[Token], k: usize) -> bool {
    let token = &tokens[k];
    if token.newlines_before > 0 || !is_closer(text, token) {
        return false;
    }
    if !token.space_before {
        return true;
    }
    match token.span.slice(text) {
        "''" | "\u{201D}" | "\u{00BB}" => true,
        "\"" => tokens
            .get(k + 1)
            .is_none_or(|next| next.newlines_before > 0),
        _ => false,
    }
}

/// Whether the token can end a sentence.
fn is_terminal(text: &str, token: &Token) -> bool {
    if token.kind != TokenKind::Punct {
        return false;
    }
    let s = token.span.slice(text);
    s.starts_with([
        '.', '!', '?', '\u{2026}', '\u{3002}', '\u{FF01}', '\u{FF1F}', '\u{FF0E}', '\u{061F}',
        '\u{06D4}', '\u{0964}', '\u{0965}',
    ])
}

/// Whether the token is a full stop of a script written without spaces
/// between sentences (Chinese, Japanese), which ends a sentence as it is.
fn is_unspaced_terminal(text: &str, token: &Token) -> bool {
    matches!(
        token.span.slice(text),
        "\u{3002}" | "\u{FF01}" | "\u{FF1F}" | "\u{FF0E}"
    )
}

/// Splits the tokens of `text` into sentences that tile it.
#[inline(never)]
pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(tokens.len() / 20 + 1);
    if text.is_empty() {
        return sentences;
    }
    let mut first = 0; // first token of the current sentence
    let mut i = 0;
    // The loop's body stays small, its rare cases calls (DESIGN.md, "Why
    // keep the stages out of line?"): most tokens are neither an end mark
    // nor before a line break nor a word with a dot.
    while i < tokens.len() {
        let mut last = i; // last token of the candidate sentence
        let token = &tokens[i];
        let boundary = if token.kind == TokenKind::Punct && is_terminal(text, token) {
            let (boundary, closers) = terminal(text, tokens, first, i);
            last = closers;
            boundary
        } else if let Some(next) = tokens.get(i + 1) {
            (next.newlines_before > 0
                || token.kind == TokenKind::Word && text.as_bytes()[token.span.end - 1] == b'.')
                && ends_at_line_break(text, token, next)
        } else {
            true
        };
        if boundary {
            push(&mut sentences, text, tokens, first..last + 1);
            first = last + 1;
        }
        i = last + 1;
    }
    if first < tokens.len() {
        push(&mut sentences, text, tokens, first..tokens.len());
    }
    if sentences.is_empty() {
        // Whitespace only: one empty sentence still tiles the text.
        sentences.push(Sentence {
            span: Span::new(0, text.len()),
            content: Span::new(0, 0),
            tokens: 0..0,
        });
    }
    // Tile: each sentence runs to the start of the next; the first from 0.
    let n = sentences.len();
    sentences[0].span.start = 0;
    for k in 0..n {
        let end = if k + 1 < n {
            sentences[k + 1].content.start
        } else {
            text.len()
        };
        sentences[k].span.end = end;
        if k + 1 < n {
            sentences[k + 1].span.start = end;
        }
    }
    sentences
}

/// At the end mark `tokens[term]`: whether the sentence ends after it, and
/// the last token that belongs to it (closing quotes and brackets glued to
/// the mark).
#[inline(never)]
fn terminal(text: &str, tokens: &[Token], first: usize, term: usize) -> (bool, usize) {
    let mut last = term;
    while last + 1 < tokens.len() && closes_after(text, tokens, last + 1) {
        last += 1;
    }
    let boundary = match tokens.get(last + 1) {
        None => true,
        Some(next) => ends_after_terminal(text, tokens, first, term, next),
    };
    (boundary, last)
}

fn push(out: &mut Vec<Sentence>, _text: &str, tokens: &[Token], range: Range<usize>) {
    let content = Span::new(
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    );
    out.push(Sentence {
        span: content,
        content,
        tokens: range,
    });
}

/// Decides whether the sentence ends after the terminal token `t` (at index
/// `term`), given the next token after any closers.
fn ends_after_terminal(
    text: &str,
    tokens: &[Token],
    first: usize,
    term: usize,
    next: &Token,
) -> bool {
    if next.newlines_before > 0 || is_unspaced_terminal(text, &tokens[term]) {
        return true;
    }
    if !next.space_before {
        // "3.5", "Yahoo!Inc", "?!" glued to the next token: not a boundary.
        return false;
    }
    let term_text = tokens[term].span.slice(text);
    let next_text = next.span.slice(text);
    // A lowercase word after the end mark continues the sentence:
    // "Who?" he asked. / "Yes!" she said.
    if next.is_lowercase(text) {
        return false;
    }
    // Continuation punctuation: `...", he said` or `.), and`.
    if next.kind == TokenKind::Punct && matches!(next_text, "," | ";" | ":" | ")" | "]") {
        return false;
    }
    if term_text.starts_with('.') && term_text.len() == 1 && term > first {
        let prev = &tokens[term - 1];
        let glued = !tokens[term].space_before;
        if glued && prev.kind == TokenKind::Word {
            let word = prev.span.slice(text);
            let word = word.strip_suffix('.').unwrap_or(word);
            if is_in(TITLES, word) {
                return false;
            }
            // A single capital letter is an initial: "J. Smith".
            let mut chars = word.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                if c.is_uppercase() {
                    return false;
                }
            }
            if is_in(INNER, word) {
                return starts_sentence(text, next);
            }
        }
    }
    // A dotted acronym ending the token ("U.S." + "The") is handled where the
    // acronym is: see `ends_at_line_break`, which sees it as a word.
    true
}

/// Whether `next` plainly starts a sentence (after an abbreviation).
fn starts_sentence(text: &str, next: &Token) -> bool {
    let word = next.span.slice(text);
    next.kind == TokenKind::Punct && matches!(word, "\"" | "\u{201C}" | "``")
        || is_in(STARTERS, word)
}

/// Decides whether a sentence ends between two tokens without an end mark:
/// after a dotted acronym followed by a sentence starter, at a paragraph
/// break, or at a line break after a headline or dateline.
#[inline(never)]
fn ends_at_line_break(text: &str, token: &Token, next: &Token) -> bool {
    if next.newlines_before == 0 {
        // "in the U.S. The talks..." ends after the acronym.
        return token.kind == TokenKind::Word
            && text.as_bytes()[token.span.end - 1] == b'.'
            && next.space_before
            && next.is_capitalized(text)
            && starts_sentence(text, next);
    }
    if next.newlines_before >= 2 {
        return true;
    }
    // One line break: a hard-wrapped line continues when it stops mid-phrase
    // and the next line goes on in lowercase.
    let word = token.span.slice(text);
    let mid_phrase = token.kind == TokenKind::Word && token.is_lowercase(text)
        || matches!(word, "," | "-" | "\u{2013}" | "\u{2014}" | "(" | ":" | ";");
    !(mid_phrase && (next.is_lowercase(text) || next.kind == TokenKind::Number))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    /// Splits `text` and compares the sentence contents, joined by ` | `.
    fn check(text: &str, expected: &str) {
        let tokens = tokenize(text);
        let got: Vec<&str> = split(text, &tokens)
            .iter()
            .map(|s| s.content.slice(text))
            .collect();
        assert_eq!(got.join(" | "), expected, "sentences of {text:?}");
    }

    #[test]
    fn plain_sentences() {
        check(
            "Putin agreed. Trump said so! Did he?",
            "Putin agreed. | Trump said so! | Did he?",
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        check(
            "Mr. Smith met Dr. Jones on Jan. 5. They talked.",
            "Mr. Smith met Dr. Jones on Jan. 5. | They talked.",
        );
        check(
            "J.F. Kennedy and J. Smith spoke.",
            "J.F. Kennedy and J. Smith spoke.",
        );
        check(
            "Shares of Apple Inc. rose. The index fell.",
            "Shares of Apple Inc. rose. | The index fell.",
        );
        check(
            "It came in Jan. The rest waited.",
            "It came in Jan. | The rest waited.",
        );
    }

    #[test]
    fn dotted_acronyms() {
        check("The U.S. Senate voted.", "The U.S. Senate voted.");
        check(
            "He lives in the U.S. The talks went on.",
            "He lives in the U.S. | The talks went on.",
        );
        check("At 10 a.m. he left.", "At 10 a.m. he left.");
    }

    #[test]
    fn decimals_and_prices() {
        check(
            "It cost $2.50 a share. Then 3.5 percent.",
            "It cost $2.50 a share. | Then 3.5 percent.",
        );
    }

    #[test]
    fn quotations_end_sentences() {
        check(
            "He said, \"It may rain.\" Then he left.",
            "He said, \"It may rain.\" | Then he left.",
        );
        check("``We won.'' Smith said.", "``We won.'' | Smith said.");
        check(
            "`` We hit a home run . '' USAF said .",
            "`` We hit a home run . '' | USAF said .",
        );
        check(
            "He said: \"We won. \"\nNext line.",
            "He said: \"We won. \" | Next line.",
        );
        check(
            "\u{201C}Will we?\u{201D} he asked.",
            "\u{201C}Will we?\u{201D} he asked.",
        );
        check("\"We will,\" she said.", "\"We will,\" she said.");
    }

    #[test]
    fn ellipses() {
        check(
            "He paused... Then he spoke.",
            "He paused... | Then he spoke.",
        );
        check(
            "He paused\u{2026} and went on.",
            "He paused\u{2026} and went on.",
        );
    }

    #[test]
    fn headlines_datelines_and_paragraphs() {
        check(
            "Limited Gains From Call\nMarch 18, 2025\nPutin agreed.",
            "Limited Gains From Call | March 18, 2025 | Putin agreed.",
        );
        check(
            "NAIROBI, Kenya (AP) _ Officials said it may rain.",
            "NAIROBI, Kenya (AP) _ Officials said it may rain.",
        );
        check("First para\n\nsecond para", "First para | second para");
        check(
            "a line that was\nhard wrapped here.",
            "a line that was\nhard wrapped here.",
        );
    }

    #[test]
    fn other_scripts() {
        check(
            "\u{5317}\u{4eac}\u{4e0b}\u{96e8}\u{3002}\u{4e0a}\u{6d77}\u{6674}\u{3002}",
            "\u{5317}\u{4eac}\u{4e0b}\u{96e8}\u{3002} | \u{4e0a}\u{6d77}\u{6674}\u{3002}",
        );
        check(
            "\u{0647}\u{0644} \u{062a}\u{0645}\u{0637}\u{0631}\u{061F} \u{0646}\u{0639}\u{0645}.",
            "\u{0647}\u{0644} \u{062a}\u{0645}\u{0637}\u{0631}\u{061F} | \u{0646}\u{0639}\u{0645}.",
        );
        check(
            "\u{0928}\u{092e}\u{0938}\u{094d}\u{0924}\u{0947}\u{0964} \u{0906}\u{091c}\u{0964}",
            "\u{0928}\u{092e}\u{0938}\u{094d}\u{0924}\u{0947}\u{0964} | \u{0906}\u{091c}\u{0964}",
        );
    }

    #[test]
    fn tiling() {
        for text in [
            "",
            "   ",
            "One. Two.  ",
            "  lead",
            "a\n\n\nb",
            "\u{1f600}. \u{1f600}",
        ] {
            let tokens = tokenize(text);
            let sentences = split(text, &tokens);
            let mut at = 0;
            for s in &sentences {
                assert_eq!(s.span.start, at, "{text:?}");
                assert!(s.span.contains(s.content) || s.content.is_empty());
                at = s.span.end;
            }
            assert_eq!(at, text.len(), "{text:?}");
            assert_eq!(sentences.is_empty(), text.is_empty());
        }
    }
}
