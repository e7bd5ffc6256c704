//! Byte spans over the analyzed text, and their one conversion to UTF-16.
//!
//! Everything inside the crate works in byte offsets into the `&str` given to
//! [`analyze`](crate::analyze): slicing is free and can never split a
//! character as long as spans come from the tokenizer. JavaScript indexes
//! strings in UTF-16 code units, so the results are converted once, at the
//! boundary, by [`Utf16Index`].

use serde::Serialize;

/// A half-open byte range `start..end` into the analyzed text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Panics
    /// In debug builds, when `start > end`.
    pub const fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text the span covers.
    ///
    /// # Panics
    /// When the span is out of bounds or not on character boundaries of `text`.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies within this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// It records, for every non-ASCII character, how many bytes more than
/// UTF-16 units the text has used up to the end of that character; a lookup
/// is a binary search. Pure-ASCII text needs no table at all.
///
/// Lone surrogates cannot occur in a `&str`: wasm-bindgen replaces each with
/// U+FFFD, which is one UTF-16 unit like the surrogate it replaces, so the
/// converted offsets still index the caller's original JavaScript string.
///
/// # Resource usage
/// One `(u32, u32)` pair per non-ASCII character of the text.
#[derive(Debug)]
pub struct Utf16Index {
    /// `(byte offset just past a non-ASCII char, bytes minus UTF-16 units so far)`.
    marks: Vec<(u32, u32)>,
}

impl Utf16Index {
    /// Indexes `text`.
    pub fn new(text: &str) -> Utf16Index {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            let mut surplus: u32 = 0;
            for (i, c) in text.char_indices() {
                let bytes = c.len_utf8() as u32;
                if bytes > 1 {
                    surplus += bytes - c.len_utf16() as u32;
                    marks.push((i as u32 + bytes, surplus));
                }
            }
        }
        Utf16Index { marks }
    }

    /// The UTF-16 offset of the character boundary at byte `offset`.
    ///
    /// An offset inside a character maps as if it were at that character's
    /// end; spans produced by the crate never do that.
    // Never inlined: the result's remapping calls it for every offset field
    // of every type, and inlined there (LLVM sees through the `&dyn Fn`) the
    // binary search was copied to each of them: 0.5 KB gzipped of wasm for
    // a step that only runs on text that is not ASCII.
    #[inline(never)]
    pub fn convert(&self, offset: usize) -> usize {
        let offset32 = offset as u32;
        let i = self.marks.partition_point(|&(at, _)| at <= offset32);
        match i {
            0 => offset,
            _ => offset - self.marks[i - 1].1 as usize,
        }
    }
}

/// Rewrites every text offset held by a result value.
///
/// Implemented by each result type so that the UTF-16 conversion is one
/// call on the whole [`Analysis`](crate::Analysis).
pub trait Remap {
    /// Replaces each offset `o` with `f(o)`.
    fn remap(&mut self, f: &dyn Fn(usize) -> usize);
}

impl<T: Remap> Remap for Vec<T> {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        for item in self {
            item.remap(f);
        }
    }
}

impl<T: Remap> Remap for Option<T> {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        if let Some(item) = self {
            item.remap(f);
        }
    }
}

impl Remap for Span {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks that each byte boundary of `text` maps to the UTF-16 length of the prefix.
    fn assert_utf16(text: &str) {
        let index = Utf16Index::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected = text[..i].encode_utf16().count();
            assert_eq!(index.convert(i), expected, "byte {i} of {text:?}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        assert_utf16("Putin agreed to pause attacks for 30 days.");
        assert!(Utf16Index::new("plain").marks.is_empty());
    }

    #[test]
    fn curly_quotes_and_dashes() {
        assert_utf16("Putin\u{2019}s \u{201c}very horrible war\u{201d} \u{2014} reportedly");
    }

    #[test]
    fn emoji_and_zwj_sequences() {
        assert_utf16(
            "Family \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} and \u{1f44d}\u{1f3fd} may come.",
        );
    }

    #[test]
    fn cjk_arabic_hebrew_and_combining_marks() {
        assert_utf16("\u{666e}\u{4eac} said \u{0645}\u{0631}\u{062d}\u{0628}\u{0627} \u{05e9}\u{05dc}\u{05d5}\u{05dd} cafe\u{0301}");
    }

    #[test]
    fn span_helpers() {
        let s = Span::new(2, 5);
        assert_eq!(s.slice("a reportedly"), "rep");
        assert_eq!(s.len(), 3);
        assert!(s.contains(Span::new(3, 5)));
        assert!(!s.contains(Span::new(3, 6)));
        assert!(s.overlaps(Span::new(4, 9)));
        assert!(!s.overlaps(Span::new(5, 9)));
        assert_eq!(s.cover(Span::new(7, 9)), Span::new(2, 9));
    }
}
