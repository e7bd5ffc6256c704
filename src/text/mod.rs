//! The text layer: tokens, sentences and quotations, computed once and
//! shared by every analyzer.

pub mod sentence;
pub mod token;
pub mod words;

use crate::span::Span;
pub use sentence::Sentence;
pub use token::{Token, TokenKind};
pub use words::WordTable;

/// A text prepared for analysis.
///
/// # Resource usage
/// A lowercase copy of the text, and about 32 bytes per token.
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
    /// For each token, the hash of its [word](Document::word), which
    /// [`WordTable::at`] looks tokens up by.
    pub hashes: Vec<u32>,
}

impl<'a> Document<'a> {
    /// Tokenizes and segments `text`.
    ///
    /// Its steps (tokens, sentences, quotations, lowercase copy, hashes) are
    /// functions of their own, never inlined here: V8 optimizes a function
    /// of the module again once its loops have run long enough, and the
    /// first analysis in a page would otherwise trigger the optimization of
    /// this whole function, which then competes with it for the CPU
    /// (DESIGN.md, "Why keep the stages out of line?").
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
        let lower = ascii_lowercase(text);
        let hashes = token_hashes(&lower, &tokens);
        Document {
            text,
            lower,
            tokens,
            sentences,
            quoted,
            sentence_of,
            hashes,
        }
    }

    /// The word of token `i`, as lexicons look it up: its text,
    /// ASCII-lowercased, with a curly apostrophe in a clitic read as a
    /// straight one (`n’t` is `n't`, `’S` is `'s`).
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        clitic(self.lower(i))
    }

    /// The hash of [`Document::word`] for token `i` ([`words::hash`]).
    #[inline]
    pub fn word_hash(&self, i: usize) -> u32 {
        self.hashes[i]
    }

    /// The text of token `i`.
    #[inline]
    pub fn token_text(&self, i: usize) -> &'a str {
        self.tokens[i].span.slice(self.text)
    }

    /// The text of token `i`, ASCII-lowercased.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.tokens[i].span.slice(&self.lower)
    }

    /// Whether token `i` is `word` (given in lowercase), ignoring ASCII case
    /// and reading a curly apostrophe as a straight one.
    ///
    /// The analyzers call this for many words at every token, so it
    /// compares lengths before it looks at any byte: most calls end there.
    /// Always inlined: in wasm, LLVM kept it out of line and the calls alone
    /// cost 3.5% of a full analysis (0.4 KB gzipped to inline).
    #[inline(always)]
    pub fn is(&self, i: usize, word: &str) -> bool {
        let span = self.tokens[i].span;
        let len = span.end - span.start;
        if len == word.len() {
            return self.lower.as_bytes()[span.start..span.end] == *word.as_bytes();
        }
        // ’ is three bytes where ' is one.
        len == word.len() + 2 && curly_equals(self.lower(i), word)
    }

    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }
}

/// `text` with its ASCII letters lowercased, eight bytes at a time (the
/// standard library's `to_ascii_lowercase` takes them one by one in wasm).
#[inline(never)]
fn ascii_lowercase(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let mut chunks = bytes.chunks_exact_mut(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // The high bit of each byte that is 'A'..='Z': at least 'A', less
        // than '[' (0x5B), and ASCII.
        const ONES: u64 = 0x0101_0101_0101_0101;
        let ge_a = (x | 0x8080_8080_8080_8080) - ONES * 0x41;
        let lt_z = !((x | 0x8080_8080_8080_8080) - ONES * 0x5B);
        let upper = ge_a & lt_z & !x & 0x8080_8080_8080_8080;
        c.copy_from_slice(&(x | upper >> 2).to_le_bytes());
    }
    chunks.into_remainder().make_ascii_lowercase();
    // SAFETY: only ASCII uppercase bytes changed, to ASCII lowercase ones.
    unsafe { String::from_utf8_unchecked(bytes) }
}

/// The hash of each token's [word](Document::word).
#[inline(never)]
fn token_hashes(lower: &str, tokens: &[Token]) -> Vec<u32> {
    let buf = lower.as_bytes();
    tokens
        .iter()
        .map(|t| {
            let (start, end) = (t.span.start, t.span.end);
            // A curly clitic is hashed by its straight spelling.
            if buf[start] == 0xE2 || buf.get(start + 1) == Some(&0xE2) {
                return words::hash(clitic(t.span.slice(lower)).as_bytes());
            }
            words::hash_in(buf, start, end)
        })
        .collect()
}

/// `word` (lowercase), or the straight spelling of the clitic it is when
/// it is one written with a curly apostrophe.
#[inline]
fn clitic(word: &str) -> &str {
    let b = word.as_bytes();
    // The curly clitics are 4 bytes (`’s`, `’d`, `’m`) or 5 (`n’t`, `’re`,
    // `’ll`, `’ve`), with the apostrophe (E2 80 99) first or second.
    if (b.len() == 4 || b.len() == 5) && (b[0] == 0xE2 || b[1] == 0xE2) {
        return curly_clitic(word);
    }
    word
}

#[inline(never)]
fn curly_clitic(word: &str) -> &str {
    match word {
        "\u{2019}s" => "'s",
        "n\u{2019}t" => "n't",
        "\u{2019}re" => "'re",
        "\u{2019}ll" => "'ll",
        "\u{2019}ve" => "'ve",
        "\u{2019}d" => "'d",
        "\u{2019}m" => "'m",
        _ => word,
    }
}

/// Whether `token` is `word` once each curly apostrophe (’) in it is read
/// as a straight one ('), without allocating.
fn curly_equals(token: &str, word: &str) -> bool {
    let mut rest = token.as_bytes();
    let mut w = word.as_bytes();
    let mut curly = false;
    while let Some((&b, tail)) = rest.split_first() {
        let (unit, skip) = if rest.starts_with("\u{2019}".as_bytes()) {
            curly = true;
            (b'\'', 3)
        } else {
            (b, 1)
        };
        match w.split_first() {
            Some((&c, w_tail)) if c == unit => w = w_tail,
            _ => return false,
        }
        rest = if skip == 1 { tail } else { &rest[skip..] };
    }
    curly && w.is_empty()
}

/// Marks the tokens that lie inside quotation marks.
///
/// Curly quotes and ``...'' pair by direction; a straight `"` opens when
/// whitespace or an opening bracket comes before it and closes otherwise.
/// Quotations do not run past a paragraph break, since news convention
/// reopens a quote that continues into the next paragraph.
#[inline(never)]
fn mark_quotations(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut quoted = vec![false; tokens.len()];
    let mut depth = 0u32;
    for (i, t) in tokens.iter().enumerate() {
        if t.newlines_before >= 1 {
            depth = 0;
        }
        // Every quotation mark starts with one of these bytes; most tokens
        // are words and leave here.
        if !matches!(
            text.as_bytes()[t.span.start],
            b'"' | b'`' | b'\'' | 0xC2 | 0xE2 | 0xE3
        ) {
            quoted[i] = depth > 0;
            continue;
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
    fn lowercase_eight_at_a_time() {
        let mut all: Vec<u8> = (0..=255u8).collect();
        all.extend((0..=255u8).rev());
        for start in 0..16 {
            let text = String::from_utf8_lossy(&all[start..]).into_owned();
            assert_eq!(ascii_lowercase(&text), text.to_ascii_lowercase());
        }
        assert_eq!(
            ascii_lowercase("PUTIN\u{2019}S Plan @[`{Z"),
            "putin\u{2019}s plan @[`{z"
        );
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

    #[test]
    fn is_matches_the_plain_definition() {
        // The definition `is` implements, spelled out with allocation.
        fn reference(doc: &Document, i: usize, word: &str) -> bool {
            let t = doc.lower(i);
            t == word || t.contains('\u{2019}') && t.replace('\u{2019}', "'") == word
        }
        let doc = Document::new(
            "Putin\u{2019}s aides didn\u{2019}t, WE\u{2019}RE O\u{2019}Brien\u{2019}s \u{2019}\u{2019} can't \u{2019}t \u{2019}",
        );
        let words = [
            "putin",
            "'s",
            "'t",
            "n't",
            "n\u{2019}t",
            "'re",
            "o'brien",
            "o'brien's",
            "''",
            "'",
            "ca",
            "s",
            "",
            "aides",
            "\u{2019}s",
        ];
        for i in 0..doc.tokens.len() {
            for w in words {
                assert_eq!(
                    doc.is(i, w),
                    reference(&doc, i, w),
                    "{:?} is {w:?}",
                    doc.lower(i)
                );
            }
        }
        assert!(doc.is(4, "n't"));
    }
}
