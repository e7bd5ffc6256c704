//! The tokenizer: one pass over the text that every analyzer shares.
//!
//! Tokens are words, numbers, punctuation and symbols; whitespace is not a
//! token but is recorded on the token after it. The rules follow news
//! conventions rather than a linguistic theory:
//!
//! - clitics split off the way the Penn Treebank does it: `Putin's` is
//!   `Putin` + `'s`, `didn't` is `did` + `n't` (straight or curly apostrophe);
//!   names such as `O'Brien` stay whole;
//! - numbers keep their inner separators: `2.50`, `44,000`, `10:30`;
//! - dotted acronyms and initials are one token with their dots: `U.S.`,
//!   `a.m.`, `J.F.`;
//! - hyphens are tokens of their own, glued to their neighbours (no
//!   whitespace), so `30-day` is `30` `-` `day`;
//! - runs of dots, dashes and doubled quotes are one token: `...`, `--`,
//!   ` `` `, `''`.

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), possibly with inner digits, apostrophes or dots.
    Word,
    /// Starts with a digit: `30`, `2.50`, `1990s`, `10:30`.
    Number,
    /// Punctuation: `.`, `,`, `"`, `“`, `-`, `...`, `(`.
    Punct,
    /// Anything else that is not whitespace: `$`, `%`, `€`, emoji.
    Symbol,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is, in bytes.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
    /// Whitespace comes right before the token (or it starts the text).
    pub space_before: bool,
    /// Number of line breaks in the whitespace before the token, at most 255.
    pub newlines_before: u8,
}

impl Token {
    /// Whether the token starts with an uppercase letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.first_letter(text, u8::is_ascii_uppercase, char::is_uppercase)
    }

    /// Whether the token starts with a lowercase letter.
    pub fn is_lowercase(&self, text: &str) -> bool {
        self.first_letter(text, u8::is_ascii_lowercase, char::is_lowercase)
    }

    /// Tests the token's first character: by its byte when it is ASCII (the
    /// common case, no decoding), else as a `char`.
    #[inline]
    fn first_letter(&self, text: &str, ascii: fn(&u8) -> bool, other: fn(char) -> bool) -> bool {
        let slice = self.span.slice(text);
        match slice.as_bytes().first() {
            Some(b) if b.is_ascii() => ascii(b),
            Some(_) => slice.chars().next().is_some_and(other),
            None => false,
        }
    }
}

/// Whether `c` continues a word: letters and digits of any script, and the
/// combining marks, joiners and variation selectors that belong to them.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks and joiners (approximate: the common blocks).
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{302A}'..='\u{302F}'
        | '\u{3099}'..='\u{309A}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(
            c,
            '$' | '%' | '#' | '@' | '&' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~'
        )
        || matches!(c,
            '\u{2010}'..='\u{2027}' // dashes, curly quotes, bullets, ellipsis
            | '\u{00AB}' | '\u{00BB}' | '\u{00A1}' | '\u{00BF}'
            | '\u{2039}' | '\u{203A}'
            | '\u{3001}' | '\u{3002}' | '\u{300C}'..='\u{300F}'
            | '\u{FF01}' | '\u{FF0C}' | '\u{FF1F}'
            | '\u{060C}' | '\u{061F}' | '\u{06D4}' | '\u{0964}' | '\u{0965}' | '\u{FF0E}')
}

/// Clitics split off a word after an apostrophe (lowercase).
const CLITICS: [&str; 6] = ["s", "re", "ll", "ve", "d", "m"];

/// What an ASCII byte starts, for the tokenizer's main loop.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Whitespace that is not a line break: space, tab, CR, VT, FF.
    Space,
    /// A line feed.
    Newline,
    /// An ASCII letter or digit: a word or a number starts.
    Word,
    /// Any other ASCII byte: punctuation, a symbol or a control character.
    Other,
    /// A byte of a multi-byte character.
    NonAscii,
}

/// The class of every byte: one table lookup instead of a chain of tests.
static CLASS: [Class; 256] = {
    let mut table = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b' ' | b'\t' | b'\r' | 0x0B | 0x0C => Class::Space,
            b'\n' => Class::Newline,
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => Class::Word,
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

/// Splits `text` into tokens, in order, each on character boundaries.
#[inline(never)]
pub fn tokenize(text: &str) -> Vec<Token> {
    // News prose averages about six bytes per token.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    let mut newlines: u8 = 0;
    while let Some(&b) = bytes.get(i) {
        let (end, kind) = match CLASS[b as usize] {
            Class::Space => {
                space_before = true;
                i += 1;
                continue;
            }
            Class::Newline => {
                newlines = newlines.saturating_add(1);
                space_before = true;
                i += 1;
                continue;
            }
            Class::Word => scan_word(text, i),
            Class::Other => scan_other(text, i, b as char),
            Class::NonAscii => {
                let c = text[i..].chars().next().unwrap_or_default();
                if c.is_whitespace() {
                    if matches!(c, '\u{2028}' | '\u{2029}' | '\u{0085}') {
                        newlines = newlines.saturating_add(1);
                    }
                    space_before = true;
                    i += c.len_utf8();
                    continue;
                }
                if is_word_char(c) {
                    scan_word(text, i)
                } else {
                    scan_other(text, i, c)
                }
            }
        };
        tokens.push(Token {
            span: Span::new(i, end),
            kind,
            space_before,
            newlines_before: newlines,
        });
        space_before = false;
        newlines = 0;
        i = end;
    }
    tokens
}

/// Scans a word or number token starting at `start`: [`scan_word_full`],
/// with the common case first. Most words are a run of ASCII letters or
/// digits followed by a byte that none of the rules for numbers, acronyms
/// and clitics reads; they end there, in a function small enough that the
/// budget V8 gives a function before optimizing it lasts beyond the first
/// article of a page (a big one, called for every word, was recompiled
/// while that first analysis ran, and the analysis waited for the CPU).
#[inline]
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() && CLASS[bytes[i] as usize] == Class::Word {
        i += 1;
    }
    match bytes.get(i) {
        Some(&b) if b >= 0x80 || matches!(b, b'.' | b',' | b':' | b'\'') => {
            scan_word_full(text, start)
        }
        _ if bytes[start].is_ascii_digit() => (i, TokenKind::Number),
        _ => (i, TokenKind::Word),
    }
}

/// Scans a word or number starting at `start`; returns its end and kind.
#[inline(never)]
fn scan_word_full(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let numeric = bytes[start].is_ascii_digit();
    let kind = if numeric {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    let mut i = start;
    // Length in chars of the current letter run, for dotted acronyms.
    let mut run_chars = 0usize;
    let mut dotted = false;
    loop {
        // Consume word characters: runs of ASCII letters and digits counted
        // at once, other word characters one by one.
        loop {
            let run = i;
            while i < bytes.len() && CLASS[bytes[i] as usize] == Class::Word {
                i += 1;
            }
            run_chars += i - run;
            if bytes.get(i).is_none_or(|&b| b < 0x80) {
                break;
            }
            let c = text[i..].chars().next().unwrap_or_default();
            if !is_word_char(c) {
                break;
            }
            i += c.len_utf8();
            run_chars += 1;
        }
        if i >= bytes.len() {
            return (i, kind);
        }
        let b = bytes[i];
        // Most words end at a space or a mark that none of the rules below
        // looks at: leave before testing them one by one.
        if !matches!(b, b'.' | b',' | b':' | b'\'' | 0xE2) {
            return (i, kind);
        }
        let next = bytes.get(i + 1).copied();
        // Inner separators of numbers: 2.50, 44,000, 10:30.
        if numeric
            && matches!(b, b'.' | b',' | b':')
            && bytes[i - 1].is_ascii_digit()
            && next.is_some_and(|n| n.is_ascii_digit())
        {
            i += 1;
            run_chars = 0;
            continue;
        }
        // Dotted acronyms and initials: U.S., a.m., J.F.
        if b == b'.' && !numeric && run_chars == 1 {
            let after = next.is_some_and(|n| n.is_ascii_alphabetic())
                && bytes
                    .get(i + 2)
                    .is_none_or(|&m| m == b'.' || !m.is_ascii_alphanumeric());
            if after {
                dotted = true;
                i += 1;
                run_chars = 0;
                continue;
            }
            if dotted {
                // The closing dot of an acronym belongs to it.
                return (i + 1, kind);
            }
            return (i, kind);
        }
        // Apostrophes: split clitics, keep names like O'Brien.
        let apostrophe = if b == b'\'' {
            Some(1)
        } else if text[i..].starts_with('\u{2019}') {
            Some(3)
        } else {
            None
        };
        if let Some(len) = apostrophe {
            let rest = &text[i + len..];
            let tail_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
            if tail_len == 0 {
                return (i, kind);
            }
            // A letter of another script right after the tail: not a clitic.
            let tail = &rest[..tail_len];
            let tail_ends = rest[tail_len..]
                .chars()
                .next()
                .is_none_or(|c| !is_word_char(c));
            if tail_ends {
                if tail.eq_ignore_ascii_case("t")
                    && i - 1 > start
                    && bytes[i - 1].eq_ignore_ascii_case(&b'n')
                {
                    // did|n't; "can't" becomes "ca" + "n't" as in the Treebank.
                    return (i - 1, kind);
                }
                if CLITICS.iter().any(|c| tail.eq_ignore_ascii_case(c)) {
                    return (i, kind);
                }
            }
            // O'Brien, rock'n'roll: the apostrophe is inside the word.
            i += len;
            run_chars = 0;
            continue;
        }
        return (i, kind);
    }
}

/// Scans a non-word token starting at `start` with char `c`.
fn scan_other(text: &str, start: usize, c: char) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let len = c.len_utf8();
    // Clitics at the start of a token: 's, n't, ’re ...
    if is_apostrophe(c) {
        let rest = &text[start + len..];
        let tail_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
        let tail = &rest[..tail_len];
        let ends = rest[tail_len..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c));
        if tail_len > 0 && ends && CLITICS.iter().any(|c| tail.eq_ignore_ascii_case(c)) {
            return (start + len + tail_len, TokenKind::Word);
        }
    }
    // Runs that read as one mark.
    let run_of = |byte: u8| {
        let mut j = start;
        while j < bytes.len() && bytes[j] == byte {
            j += 1;
        }
        j
    };
    match c {
        '.' | '-' | '`' | '\'' | '!' | '?' | '*' | '=' | '_' => {
            let end = run_of(c as u8);
            let kind = if is_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
            (end, kind)
        }
        _ if is_punct(c) => (start + len, TokenKind::Punct),
        _ => {
            // Symbols, including emoji with their modifiers and joiners.
            let mut end = start + len;
            for next in text[end..].chars() {
                if matches!(next, '\u{200D}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
                    || (text[..end].ends_with('\u{200D}')
                        && !next.is_whitespace()
                        && !next.is_alphanumeric())
                {
                    end += next.len_utf8();
                } else {
                    break;
                }
            }
            (end, TokenKind::Symbol)
        }
    }
}

/// Whether the token is a clitic split off by the tokenizer (`'s`, `n't`, `’re`).
pub fn is_clitic(token_text: &str) -> bool {
    let t = token_text.trim_start_matches(['\'', '\u{2019}']);
    t.len() < token_text.len()
        || token_text.eq_ignore_ascii_case("n't")
        || token_text.eq_ignore_ascii_case("n\u{2019}t")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokenizes `text` and compares the token texts, joined by `|`.
    fn check(text: &str, expected: &str) {
        let got: Vec<&str> = tokenize(text).iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(got.join("|"), expected, "tokens of {text:?}");
    }

    #[test]
    fn words_and_punctuation() {
        check("Putin agreed, reportedly.", "Putin|agreed|,|reportedly|.");
    }

    #[test]
    fn clitics_split_like_the_treebank() {
        check("Putin's plan didn't work", "Putin|'s|plan|did|n't|work");
        check("Putin\u{2019}s war", "Putin|\u{2019}s|war");
        check("we're sure they'll go", "we|'re|sure|they|'ll|go");
        check("O'Brien can't", "O'Brien|ca|n't");
        check("the leaders' call", "the|leaders|'|call");
    }

    #[test]
    fn numbers_keep_inner_separators() {
        check(
            "$2.50 a share, 44,000 jobs at 10:30",
            "$|2.50|a|share|,|44,000|jobs|at|10:30",
        );
        check("In 2025.", "In|2025|.");
        check("the 1990s", "the|1990s");
    }

    #[test]
    fn dotted_acronyms_and_initials() {
        check("the U.S. said", "the|U.S.|said");
        check("at 10 a.m. today", "at|10|a.m.|today");
        check("J.F. Kennedy", "J.F.|Kennedy");
        check("J. Smith", "J|.|Smith");
        check("Mr. Smith", "Mr|.|Smith");
    }

    #[test]
    fn hyphens_and_runs() {
        check("a 30-day pause", "a|30|-|day|pause");
        check("wait... what -- no", "wait|...|what|--|no");
        check("``Yes,'' he said", "``|Yes|,|''|he|said");
    }

    #[test]
    fn whitespace_is_recorded() {
        let text = "One.\n\nTwo three";
        let tokens = tokenize(text);
        assert_eq!(tokens[2].newlines_before, 2);
        assert!(tokens[2].space_before);
        assert!(!tokens[1].space_before);
        assert!(tokens[3].space_before);
        assert_eq!(tokens[3].newlines_before, 0);
    }

    #[test]
    fn other_scripts_and_emoji() {
        check(
            "\u{5317}\u{4eac} \u{043c}\u{0438}\u{0440}",
            "\u{5317}\u{4eac}|\u{043c}\u{0438}\u{0440}",
        );
        check("cafe\u{0301} ok", "cafe\u{0301}|ok");
        check(
            "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} fine",
            "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}|fine",
        );
        check("\u{1f44d}\u{1f3fd}!", "\u{1f44d}\u{1f3fd}|!");
    }

    #[test]
    fn clitic_helper() {
        assert!(is_clitic("'s"));
        assert!(is_clitic("\u{2019}s"));
        assert!(is_clitic("n't"));
        assert!(!is_clitic("s"));
    }
}
