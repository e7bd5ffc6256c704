//! Quoted speech: cues inside quotation marks are found like any other and
//! marked `quoted`, and sentences are split by voice.
//!
//! The text layer marks the tokens inside quotation marks
//! (`Document::quoted`). A cue is quoted when its first word is. A
//! sentence belongs to the quoted voice when most of its words are inside
//! quotation marks: the score by voice then tells the outlet's own hedging
//! ("the deal may collapse") from the hedging of the people it quotes
//! ("“we may walk away,” she said").

use crate::text::{Document, TokenKind};
use std::ops::Range;

/// Whether token `i` stands inside quoted speech.
pub fn is_quoted(doc: &Document, i: usize) -> bool {
    doc.quoted.get(i).copied().unwrap_or(false)
}

/// Whether the sentence with the token range `tokens` is mostly quoted
/// speech: more than half of its words inside quotation marks.
pub fn is_quoted_sentence(doc: &Document, tokens: Range<usize>) -> bool {
    let (mut words, mut quoted) = (0usize, 0usize);
    for i in tokens {
        if doc.tokens[i].kind == TokenKind::Word {
            words += 1;
            quoted += usize::from(doc.quoted[i]);
        }
    }
    quoted * 2 > words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hedge::analyze;

    fn quoted_flags(text: &str) -> Vec<(String, bool)> {
        let doc = Document::new(text);
        analyze(&doc)
            .summary
            .cues
            .iter()
            .map(|c| (c.text.clone(), c.quoted))
            .collect()
    }

    #[test]
    fn cues_in_quotes_are_found_and_marked() {
        assert_eq!(
            quoted_flags("\u{201C}We may close the plant,\u{201D} Smith said."),
            [("may".to_string(), true)]
        );
        assert_eq!(
            quoted_flags("Smith said the company may close the plant."),
            [("may".to_string(), false)]
        );
        assert_eq!(
            quoted_flags("Smith said \"it might work\" but reportedly left."),
            [
                ("might".to_string(), true),
                ("reportedly".to_string(), false)
            ]
        );
    }

    #[test]
    fn voice_of_a_sentence() {
        let doc = Document::new("\u{201C}We may close the plant next year,\u{201D} Smith said.");
        assert!(is_quoted_sentence(&doc, doc.sentences[0].tokens.clone()));
        let doc = Document::new("Smith said the plant, a \u{201C}relic\u{201D}, may close.");
        assert!(!is_quoted_sentence(&doc, doc.sentences[0].tokens.clone()));
    }
}
