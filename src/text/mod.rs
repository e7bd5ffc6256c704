//! The text layer: tokens, sentences and quotations, computed once and
//! shared by every analyzer.

pub mod sentence;
pub mod token;

use crate::span::Span;
pub use sentence::Sentence;
pub use token::{Token, TokenKind};

/// A text prepared for analysis.
///
/// # Resource usage
/// A lowercase copy of the text, and about 24 bytes per token.
#[derive(Debug)]
pub struct Document<'a> {
    /// The text as given.
    pub text: &'a str,
    /// The text with ASCII letters lowercased; byte offsets are the same as
    /// in `text`, so any span slices both.
    pub lower: String,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; they tile the text.
    pub sentences: Vec<Sentence>,
    /// For each token, whether it lies inside a quotation (the quotation
    /// marks themselves are not inside).
    pub quoted: Vec<bool>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<u32>,
}

impl<'a> Document<'a> {
    /// Tokenizes and segments `text`.
    pub fn new(text: &'a str) -> Document<'a> {
        let tokens = token::tokenize(text);
        let sentences = sentence::split(text, &tokens);
        let mut sentence_of = vec![0u32; tokens.len()];
        for (k, s) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.tokens.clone()] {
                *slot = k as u32;
            }
        }
        let quoted = mark_quotations(text, &tokens);
        Document {
            text,
            lower: text.to_ascii_lowercase(),
            tokens,
            sentences,
            quoted,
            sentence_of,
        }
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        self.tokens[i].span.slice(self.text)
    }

    /// The text of token `i`, ASCII-lowercased.
    pub fn lower(&self, i: usize) -> &str {
        self.tokens[i].span.slice(&self.lower)
    }

    /// Whether token `i` is `word` (given in lowercase), ignoring ASCII case
    /// and reading a curly apostrophe as a straight one.
    pub fn is(&self, i: usize, word: &str) -> bool {
        let t = self.lower(i);
        if t.len() == word.len() {
            return t == word;
        }
        // ’ is three bytes where ' is one.
        t.len() == word.len() + 2 && t.contains('\u{2019}') && t.replace('\u{2019}', "'") == word
    }

    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }
}

/// Marks the tokens that lie inside quotation marks.
///
/// Curly quotes and ``...'' pair by direction; a straight `"` opens when
/// whitespace or an opening bracket comes before it and closes otherwise.
/// Quotations do not run past a paragraph break, since news convention
/// reopens a quote that continues into the next paragraph.
fn mark_quotations(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut quoted = vec![false; tokens.len()];
    let mut depth = 0u32;
    for (i, t) in tokens.iter().enumerate() {
        if t.newlines_before >= 1 {
            depth = 0;
        }
        let s = t.span.slice(text);
        match s {
            "\u{201C}" | "``" | "\u{00AB}" | "\u{300C}" => depth += 1,
            "\u{201D}" | "''" | "\u{00BB}" | "\u{300D}" => depth = depth.saturating_sub(1),
            "\"" => {
                let opens = t.space_before
                    || i.checked_sub(1).is_some_and(|p| {
                        matches!(tokens[p].span.slice(text), "(" | "[" | "\u{2014}" | "-")
                    });
                if opens && depth == 0 {
                    depth = 1;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            _ => quoted[i] = depth > 0,
        }
    }
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted_words(text: &str) -> String {
        let doc = Document::new(text);
        (0..doc.tokens.len())
            .filter(|&i| doc.quoted[i])
            .map(|i| doc.token_text(i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn quotations() {
        assert_eq!(
            quoted_words("He said \"it may rain\" today."),
            "it may rain"
        );
        assert_eq!(
            quoted_words("The \u{201C}very horrible war\u{201D} goes on."),
            "very horrible war"
        );
        assert_eq!(quoted_words("``We may win ,'' he said ."), "We may win ,");
        assert_eq!(quoted_words("\"Open quote\n\nNew paragraph"), "Open quote");
    }

    #[test]
    fn lower_and_is() {
        let doc = Document::new("Putin\u{2019}s PLAN");
        assert_eq!(doc.lower(2), "plan");
        assert!(doc.is(1, "'s"));
        assert!(doc.is(0, "putin"));
        assert_eq!(doc.sentence_of, vec![0, 0, 0]);
    }
}
