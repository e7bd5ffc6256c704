//! What the rules see: the shared tokens, each word's lexicon entry looked
//! up once, and small readers for numbers, ordinals and amounts.
//!
//! Every reader takes a token index and returns `None` past the end of the
//! current sentence, so no rule can run across a sentence boundary; looking
//! back (for context) may cross it.

use super::lexicon::{self, num, Entry, Table, Unit, Word};
use crate::text::{Document, TokenKind};
use std::cell::Cell;

/// The value of 1 to 9 ASCII digits.
pub fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

/// An amount written with digits, in tenths: "2.5" (25), "1,000" (10000);
/// at most one decimal and below 100,000.
fn decimal(b: &[u8]) -> Option<u32> {
    let (whole, frac) = match b.iter().position(|&c| c == b'.') {
        Some(k) => (&b[..k], &b[k + 1..]),
        None => (b, &b"0"[..]),
    };
    let mut w: u32 = 0;
    for &c in whole {
        match c {
            b'0'..=b'9' if w < 100_000 => w = w * 10 + u32::from(c - b'0'),
            b',' => {}
            _ => return None,
        }
    }
    match frac {
        [f @ b'0'..=b'9'] => Some(w * 10 + u32::from(f - b'0')),
        _ => None,
    }
}

/// The scanning context of one document.
pub struct Cx<'a> {
    /// The document.
    pub doc: &'a Document<'a>,
    /// The word table.
    table: &'static Table,
    /// Each token's entry id in the table.
    ids: Vec<u16>,
    /// One past the last token of the current sentence.
    pub limit: Cell<usize>,
    /// One past the last token of the last expression found.
    pub last_end: Cell<usize>,
    /// The rules that can find something in the current sentence (see
    /// [`crate::timex::rules::possible`]).
    pub rules: Cell<u32>,
}

/// The id of a word that is not listed: "FY2024" or not temporal.
#[cold]
#[inline(never)]
fn unlisted(t: &[u8]) -> u16 {
    if t.len() > 2 && t.starts_with(b"fy") && t[2..].iter().all(u8::is_ascii_digit) {
        lexicon::FY
    } else {
        lexicon::NONE
    }
}

impl<'a> Cx<'a> {
    /// Looks up every token of `doc` once, as one sentence.
    pub fn new(doc: &'a Document<'a>) -> Cx<'a> {
        let mut cx = Cx::empty(doc);
        cx.load(0..doc.tokens.len(), &mut Vec::new());
        cx
    }

    /// A context whose tokens are yet to be looked up (see [`Cx::load`]).
    pub fn empty(doc: &'a Document<'a>) -> Cx<'a> {
        Cx {
            doc,
            table: lexicon::table(),
            ids: vec![lexicon::NONE; doc.tokens.len()],
            limit: Cell::new(doc.tokens.len()),
            last_end: Cell::new(usize::MAX),
            rules: Cell::new(u32::MAX),
        }
    }

    /// Looks up the tokens of `range` and makes them the current sentence:
    /// the rules read no further, and only those that can find something
    /// among its classes of tokens are tried. This is the one step that runs on
    /// every token, so it reads each word as two integers and looks it up
    /// with one multiplication; only a miss that starts with "fy" takes a
    /// slower path. The tagger loads a sentence just
    /// before it reads it, while its tokens are in the cache.
    ///
    /// Returns the tokens that can start an expression (see
    /// [`crate::timex::rules::STARTS`]) in `starts`, so that the tagger
    /// passes over the others without looking at them again.
    pub fn load(&mut self, range: std::ops::Range<usize>, starts: &mut Vec<usize>) {
        let lower = self.doc.lower.as_bytes();
        let table = self.table.finder();
        self.limit.set(range.end);
        starts.clear();
        let (Some(tokens), Some(ids)) = (
            self.doc.tokens.get(range.clone()),
            self.ids.get_mut(range.clone()),
        ) else {
            return;
        };
        // First the filter, for every token, with no branch on what the
        // text holds: its loads of far-apart bytes can overlap. Numbers get
        // their id here.
        for (t, id) in tokens.iter().zip(ids.iter_mut()) {
            let (start, end) = (t.span.start, t.span.end);
            let first = lower.get(start).copied().unwrap_or(0);
            let last = lower.get(end.wrapping_sub(1)).copied().unwrap_or(0);
            let number = t.kind == TokenKind::Number;
            *id = if number {
                lexicon::number_id(lower.get(start..end).unwrap_or_default())
            } else {
                u16::from(table.passes(first, last, end.wrapping_sub(start))) * lexicon::CANDIDATE
            };
        }
        let mut present = 0;
        // The class of the last start if it needs a certain class after it.
        let mut weak = 0;
        for ((t, id), i) in tokens.iter().zip(ids.iter_mut()).zip(range.clone()) {
            if *id == lexicon::NONE {
                // "the company", "a deal": a word that starts an expression
                // only before certain classes is dropped before another.
                if weak != 0 {
                    starts.pop();
                    weak = 0;
                }
                continue;
            }
            if *id == lexicon::CANDIDATE {
                let (start, end) = (t.span.start, t.span.end);
                let word = lower.get(start..end).unwrap_or_default();
                *id = match table.find_at(lower, start, word.len()) {
                    // "FY2024".
                    lexicon::NONE if word.starts_with(b"fy") => unlisted(word),
                    found => found,
                };
            }
            let bit = table.entries.get(usize::from(*id)).map_or(0, Entry::bit);
            present |= bit;
            if weak != 0 && !crate::timex::rules::follows(weak, bit) {
                starts.pop();
            }
            weak = 0;
            if bit & crate::timex::rules::STARTS != 0 {
                starts.push(i);
                if bit & crate::timex::rules::WEAK != 0 {
                    weak = bit;
                }
            }
        }
        if weak != 0 && !crate::timex::rules::follows(weak, 0) {
            starts.pop();
        }
        self.rules.set(crate::timex::rules::possible(present));
    }

    /// The entry id of token `i`; [`lexicon::NONE`] past the sentence.
    #[inline]
    fn id(&self, i: usize) -> u16 {
        if i < self.limit.get() {
            self.ids[i]
        } else {
            lexicon::NONE
        }
    }

    /// The lexicon entry of token `i`; an empty one past the sentence.
    #[inline]
    pub fn entry(&self, i: usize) -> &Entry {
        self.table.entry(self.id(i))
    }

    /// The class bit of token `i` (see [`Word::bit`]); 0 for a token that
    /// cannot start an expression.
    #[inline]
    pub fn bit(&self, i: usize) -> u64 {
        self.entry(i).bit()
    }

    /// Whether token `i` has any of the context flags `f` (see [`lexicon::flag`]).
    #[inline(never)]
    pub fn flag(&self, i: usize, f: u32) -> bool {
        self.has(i) && self.full(i).flags & f != 0
    }

    /// Whether token `i` has any of the flags `f`, looking back past the
    /// sentence too; false before the text.
    #[inline(never)]
    pub fn flag_back(&self, i: Option<usize>, f: u32) -> bool {
        i.is_some_and(|i| i < self.doc.tokens.len() && self.full(i).flags & f != 0)
    }

    /// The whole lexicon entry of token `i` (which must exist), with its
    /// flags and tense: [`Cx::load`] looks up only the words that have a
    /// class, and the rules ask for the rest of a few tokens.
    pub fn full(&self, i: usize) -> &Entry {
        let id = match self.ids.get(i) {
            Some(&id) if id != lexicon::NONE => id,
            _ => {
                let t = self.doc.tokens[i].span;
                let w = self
                    .doc
                    .lower
                    .as_bytes()
                    .get(t.start..t.end)
                    .unwrap_or_default();
                lexicon::key(w).map_or(lexicon::NONE, |k| self.table.find(k))
            }
        };
        self.table.entry(id)
    }

    /// Whether token `i` exists within the current sentence.
    pub fn has(&self, i: usize) -> bool {
        i < self.limit.get()
    }

    /// The class of token `i` in the lexicon.
    #[inline(never)]
    pub fn word(&self, i: usize) -> Option<Word> {
        self.entry(i).word
    }

    /// The class of token `i`, looking back past the sentence too.
    #[inline(never)]
    pub fn word_back(&self, i: usize) -> Option<Word> {
        self.ids.get(i).and_then(|&id| self.table.entry(id).word)
    }

    /// Token `i` lowercased, or "" past the sentence.
    #[inline(never)]
    pub fn lower(&self, i: usize) -> &str {
        if self.has(i) {
            self.doc.lower(i)
        } else {
            ""
        }
    }

    /// Token `i` lowercased, looking back past the sentence too; "" before the text.
    #[inline(never)]
    pub fn back(&self, i: Option<usize>) -> &str {
        match i {
            Some(i) if i < self.doc.tokens.len() => self.doc.lower(i),
            _ => "",
        }
    }

    /// The bytes of token `i` lowercased, or nothing past the sentence.
    #[inline]
    fn bytes(&self, i: usize) -> &[u8] {
        match self.doc.tokens.get(i) {
            Some(t) if i < self.limit.get() => self
                .doc
                .lower
                .as_bytes()
                .get(t.span.start..t.span.end)
                .unwrap_or_default(),
            _ => &[],
        }
    }

    /// Whether token `i` is `w` (lowercase; a curly apostrophe reads as
    /// straight). Rules call this often and most calls fail on the length,
    /// which is compared first. (Inlined, the test costs 2 KB gzipped for
    /// 3% of the tagger's time.)
    #[inline(never)]
    pub fn is(&self, i: usize, w: &str) -> bool {
        let len = match self.doc.tokens.get(i) {
            Some(t) => t.span.end.wrapping_sub(t.span.start),
            None => return false,
        };
        (len == w.len() || len == w.len() + 2) && self.is_word(i, w)
    }

    /// [`Cx::is`] once the length fits.
    #[inline(never)]
    fn is_word(&self, i: usize, w: &str) -> bool {
        let (t, w) = (self.bytes(i), w.as_bytes());
        match (t.first(), w.first()) {
            (Some(a), Some(b)) if t.len() == w.len() => a == b && t == w,
            // A curly apostrophe is two bytes longer than a straight one.
            _ => {
                t.len() == w.len() + 2
                    && t.contains(&0xe2)
                    && self.doc.is(i, std::str::from_utf8(w).unwrap_or(""))
            }
        }
    }

    /// Whether token `i` is "the".
    #[inline(never)]
    pub fn the(&self, i: usize) -> bool {
        self.word(i) == Some(Word::Signal(0))
    }

    /// Whether token `i` is "a" or "an".
    #[inline(never)]
    pub fn article(&self, i: usize) -> bool {
        self.word(i) == Some(Word::Signal(1))
    }

    /// Whether token `i` is one of `ws`.
    #[inline(never)]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.has(i) && ws.iter().any(|w| self.is(i, w))
    }

    /// Whether token `i` follows the previous one with no space.
    #[inline(never)]
    pub fn glued(&self, i: usize) -> bool {
        self.has(i) && !self.doc.tokens[i].space_before
    }

    /// Whether token `i` starts with a lowercase letter.
    #[inline(never)]
    pub fn lowercase(&self, i: usize) -> bool {
        i < self.doc.tokens.len() && self.doc.tokens[i].is_lowercase(self.doc.text)
    }

    /// Whether token `i` starts with an uppercase letter.
    #[inline(never)]
    pub fn cap(&self, i: usize) -> bool {
        i < self.doc.tokens.len() && self.doc.tokens[i].is_capitalized(self.doc.text)
    }

    /// Whether token `i` is the first of its sentence.
    #[inline(never)]
    pub fn starts_sentence(&self, i: usize) -> bool {
        let s = self.doc.sentence_of[i] as usize;
        self.doc.sentences[s].tokens.start == i
            || i.checked_sub(1).is_some_and(|p| {
                self.doc.tokens[i].newlines_before > 0
                    || matches!(
                        self.doc.lower(p),
                        "``" | "\"" | "\u{201c}" | "(" | "'" | "-" | "--"
                    ) && self.starts_sentence(p)
            })
    }

    /// Whether token `i` is a capitalized word inside a sentence: a name, or part of one.
    #[inline(never)]
    pub fn name_like(&self, i: usize) -> bool {
        i < self.doc.tokens.len()
            && self.doc.tokens[i].kind == TokenKind::Word
            && self.cap(i)
            && !self.starts_sentence(i)
    }

    /// Whether token `i` is a number token.
    #[inline(never)]
    pub fn is_number(&self, i: usize) -> bool {
        lexicon::NUMBERS.contains(&self.id(i))
    }

    /// The value of a token of 1 to 4 plain digits, and its number of digits.
    #[inline(never)]
    pub fn int(&self, i: usize) -> Option<(u32, usize)> {
        if self.bit(i) & (num::SMALL | num::THREE | num::FOUR) == 0 {
            return None;
        }
        let b = self.bytes(i);
        let n = b
            .iter()
            .fold(0, |n, &d| n * 10 + u32::from(d.wrapping_sub(b'0')));
        Some((n, b.len()))
    }

    /// A day of the month, 1 to 31: `5`, `05`, `5th`, `fifth`, `twenty-first`.
    /// Returns the day and the end of its tokens.
    #[inline(never)]
    pub fn day_of_month(&self, i: usize) -> Option<(u8, usize)> {
        if let Some((n, len)) = self.int(i) {
            return ((1..=31).contains(&n) && len <= 2).then_some((n as u8, i + 1));
        }
        let (n, end) = self.ordinal(i)?;
        (1..=31).contains(&n).then_some((n, end))
    }

    /// An ordinal number: `3rd`, `21st`, `third`, `twenty-first`, `twenty first`.
    #[inline(never)]
    pub fn ordinal(&self, i: usize) -> Option<(u8, usize)> {
        let bit = self.bit(i);
        if bit & num::ANY != 0 {
            if bit != num::ORD {
                return None;
            }
            let b = self.bytes(i);
            let n = b[..b.len() - 2]
                .iter()
                .fold(0, |n, &d| n * 10 + d.wrapping_sub(b'0'));
            return Some((n, i + 1));
        }
        match self.word(i) {
            Some(Word::Unit(Unit::Second, false)) if self.is(i, "second") => Some((2, i + 1)),
            Some(Word::Ordinal(n)) if n != 99 => Some((n, i + 1)),
            Some(Word::Number(tens @ (20 | 30))) => {
                let j = if self.is(i + 1, "-") && self.glued(i + 1) && self.glued(i + 2) {
                    i + 2
                } else {
                    i + 1
                };
                match self.ordinal(j) {
                    Some((n, end)) if n < 10 => Some((tens as u8 + n, end)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A cardinal number in words: `five`, `twenty-five`, `twenty five`,
    /// `one hundred`. Returns the value and the end of its tokens.
    #[inline(never)]
    pub fn number_word(&self, i: usize) -> Option<(u32, usize)> {
        let Some(Word::Number(n)) = self.word(i) else {
            return None;
        };
        let mut n = u32::from(n);
        let mut end = i + 1;
        if (20..100).contains(&n) && n % 10 == 0 {
            let hyphen = self.is(end, "-") && self.glued(end) && self.glued(end + 1);
            let j = if hyphen { end + 1 } else { end };
            if let Some(Word::Number(u @ 1..=9)) = self.word(j) {
                n += u32::from(u);
                end = j + 1;
            }
        }
        if let Some(Word::Number(100)) = self.word(end) {
            if n < 100 {
                n *= 100;
                end += 1;
            }
        }
        Some((n, end))
    }

    /// An amount of units, in tenths (`None` for "several"): digits (`30`,
    /// `2.5`), words, `a`/`an`, `a couple of`, `a few`, `half a`, each with an
    /// optional `and a half`. Returns the amount and the end of its tokens.
    #[inline(never)]
    pub fn amount(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let bit = self.bit(i);
        let (mut tenths, mut end) = if bit & num::ANY != 0 {
            if let Some((n, _)) = self.int(i) {
                (Some(n * 10), i + 1)
            } else if bit == num::OTHER {
                (Some(decimal(self.bytes(i))?), i + 1)
            } else {
                return None;
            }
        } else if self.article(i) {
            // a couple of, a few, a dozen, a hundred, a half.
            match self.word(i + 1) {
                Some(Word::Number(2)) if self.is(i + 2, "of") => (Some(20), i + 3),
                Some(Word::Number(n @ (12 | 100))) => (Some(u32::from(n) * 10), i + 2),
                Some(Word::Vague) if self.is(i + 1, "few") => (None, i + 2),
                _ => (Some(10), i + 1),
            }
        } else if self.is(i, "half") {
            if self.article(i + 1) {
                (Some(5), i + 2)
            } else {
                return None;
            }
        } else if let Some((n, end)) = self.number_word(i) {
            // "couple" alone is two people ("the couple"); "couple of" an amount.
            if n == 2 && self.is(i, "couple") {
                if !self.is(i + 1, "of") {
                    return None;
                }
                return Some((Some(20), i + 2));
            }
            (Some(n * 10), end)
        } else if matches!(self.word(i), Some(Word::Vague)) {
            let end = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
            (None, end)
        } else {
            return None;
        };
        // "two and a half", "two-and-a-half".
        if let Some(t) = tenths {
            let mut j = end;
            let step = |j: &mut usize| {
                if self.is(*j, "-") && self.glued(*j) {
                    *j += 1;
                }
            };
            step(&mut j);
            if self.is(j, "and") {
                j += 1;
                step(&mut j);
                if self.is(j, "a") {
                    j += 1;
                    step(&mut j);
                    if self.is(j, "half") && t % 10 == 0 {
                        tenths = Some(t + 5);
                        end = j + 1;
                    }
                }
            }
        }
        Some((tenths, end))
    }

    /// A unit word, and whether it is plural.
    #[inline(never)]
    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.word(i) {
            Some(Word::Unit(u, plural)) => Some((u, plural)),
            _ => None,
        }
    }

    /// A four-digit year, 1000 to 2999.
    #[inline(never)]
    pub fn year(&self, i: usize) -> Option<i32> {
        if self.bit(i) != num::FOUR {
            return None;
        }
        match self.int(i) {
            Some((y, _)) if (1000..3000).contains(&y) => Some(y as i32),
            _ => None,
        }
    }

    /// Skips a `.` glued to token `i - 1` (the period of "Jan."); returns the next index.
    #[inline(never)]
    pub fn skip_dot(&self, i: usize) -> usize {
        if self.is(i, ".") && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// Skips a comma at `i`; returns the next index.
    #[inline(never)]
    pub fn skip_comma(&self, i: usize) -> usize {
        if self.is(i, ",") {
            i + 1
        } else {
            i
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with<T>(text: &str, f: impl FnOnce(&Cx) -> T) -> T {
        let doc = Document::new(text);
        let cx = Cx::new(&doc);
        f(&cx)
    }

    #[test]
    fn amounts() {
        let amount = |t: &str| with(t, |cx| cx.amount(0));
        assert_eq!(amount("30 days"), Some((Some(300), 1)));
        assert_eq!(amount("2.5 years"), Some((Some(25), 1)));
        assert_eq!(amount("twenty-five years"), Some((Some(250), 3)));
        assert_eq!(amount("twenty five years"), Some((Some(250), 2)));
        assert_eq!(amount("two and a half years"), Some((Some(25), 4)));
        assert_eq!(amount("two-and-a-half-year"), Some((Some(25), 7)));
        assert_eq!(amount("a couple of weeks"), Some((Some(20), 3)));
        assert_eq!(amount("a few days"), Some((None, 2)));
        assert_eq!(amount("several years"), Some((None, 1)));
        assert_eq!(amount("half an hour"), Some((Some(5), 2)));
        assert_eq!(amount("one hundred years"), Some((Some(1000), 2)));
        assert_eq!(amount("4.5.6"), None);
        assert_eq!(amount("couple"), None);
        assert_eq!(amount("couple of weeks"), Some((Some(20), 2)));
    }

    #[test]
    fn ordinals_and_days() {
        let ord = |t: &str| with(t, |cx| cx.ordinal(0));
        assert_eq!(ord("3rd"), Some((3, 1)));
        assert_eq!(ord("twenty-first"), Some((21, 3)));
        assert_eq!(ord("thirty first"), Some((31, 2)));
        assert_eq!(ord("second"), Some((2, 1)));
        assert_eq!(ord("final"), None);
        assert_eq!(ord("3"), None);
        let day = |t: &str| with(t, |cx| cx.day_of_month(0));
        assert_eq!(day("05"), Some((5, 1)));
        assert_eq!(day("32"), None);
        assert_eq!(day("31st"), Some((31, 1)));
    }

    #[test]
    fn sentence_limit() {
        with("It ended. Then", |cx| {
            cx.limit.set(3);
            assert!(cx.has(2));
            assert!(!cx.has(3));
            assert_eq!(cx.lower(3), "");
            assert_eq!(cx.back(Some(3)), "then");
        });
    }
}
