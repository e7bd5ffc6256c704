//! Word lookup shared by the analyzers: a hash of every token, computed
//! once when the document is built, and one small hash table type that the
//! lexicons key by word.
//!
//! Every analyzer asks, at nearly every token, whether the word is one of
//! its lexicon's words; nearly always it is not. With the token's hash
//! already at hand ([`Document::word_hash`]), [`WordTable::at`] answers
//! that with one load from a table at most a quarter full: an empty slot
//! is a miss, and the word's bytes are compared only when the hash matches.
//!
//! The word a token is looked up by is [`Document::word`]: its lowercase
//! text, with the clitics that carry a curly apostrophe (`’s`, `n’t`) read
//! as straight ones. A table can hold any keys (a lexicon's words, or the
//! names of one document) and `u64` values, with 0 meaning absent: class
//! bits, a packed index, an id plus one. One non-generic type keeps one copy
//! of its code in the WebAssembly module.
//!
//! # Adopting it in an analyzer
//! Build the table once (in the lexicon's `LazyLock`) with
//! [`WordTable::with_capacity`] and [`WordTable::insert`] or
//! [`WordTable::entry`], keyed by lowercase words, then look tokens up with
//! `table.at(doc, i)` (no hashing) and other strings with `table.get(word)`.
//! Put what the analyzer needs to know about a word in its value: class
//! bits (one bit per class the word can start, so that the scan's common
//! path is `table.at(doc, i) & MASK == 0`), or an index into the
//! analyzer's own arrays plus one. Words that only ever come later in a
//! pattern can go into a second table, so that the first-word test misses
//! on them (the hedge lexicon does this: "the", "of").
//!
//! The timex tagger's `lexicon::Table` (its own open-addressing table with
//! a byte filter, hashing `doc.lower(i)` at every token in `scan::Cx::new`)
//! can become a `WordTable` whose value packs its `Word` (a `u64` holds the
//! variant and its argument); `Cx::new` then reads `table.at(doc, i)`
//! instead of hashing each token again. An analyzer whose words are matched
//! on `doc.lower(i)` rather than `doc.word(i)` sees a difference only for
//! the seven curly clitics (`’ll` would then match an entry `'ll`).

use super::Document;

/// The words of a lexicon's compiled form (`build.rs` joins them with
/// `\n`), in order. A plain byte loop into a vector sized once:
/// `str::split` calls a general searcher for each word, about 150
/// instructions natively, against ten a byte here. (The words' lengths
/// in the compiled form would spare even that loop, which V8 optimizes
/// during the first analysis, but cost 0.7 KB gzipped.)
pub fn word_list(s: &'static str) -> Vec<&'static str> {
    let mut words = Vec::with_capacity(s.bytes().filter(|&b| b == b'\n').count() + 1);
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if b == b'\n' {
            words.push(s.get(start..i).unwrap_or(""));
            start = i + 1;
        }
    }
    words.push(s.get(start..).unwrap_or(""));
    words
}

/// The hash of a word, as [`WordTable`] and [`Document::word_hash`] compute
/// it: never 0, which marks an empty slot.
///
/// Eight bytes at a time, multiplied and folded: a word of up to eight
/// bytes (most of them) costs one multiplication. Keys are compared on a
/// hash match, so the hash only needs to spread words over the table.
#[inline]
pub fn hash(word: &[u8]) -> u32 {
    let mut h = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        h = mix(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut v = 0u64;
        for &b in tail.iter().rev() {
            v = v << 8 | u64::from(b);
        }
        h = mix(h, v);
    }
    finish(h)
}

/// [`hash`] of `buf[start..end]`, reading whole eight-byte words of `buf`
/// where it can (past `end` too, masked off): the document hashes every
/// token this way.
#[inline]
pub(super) fn hash_in(buf: &[u8], start: usize, end: usize) -> u32 {
    let len = end - start;
    if end + 8 > buf.len() {
        return hash(&buf[start..end]);
    }
    let load = |p: usize| {
        let c = &buf[p..p + 8];
        u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
    };
    let mut h = len as u64;
    let mut p = start;
    while p + 8 <= end {
        h = mix(h, load(p));
        p += 8;
    }
    if p < end {
        h = mix(h, load(p) & (u64::MAX >> (64 - 8 * (end - p))));
    }
    finish(h)
}

/// Whether `a` and `b`, of one length, hold the same bytes: eight at a time,
/// with no call (words are short, and `memcmp` is a call in wasm).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let mut x = a.chunks_exact(8);
    let mut y = b.chunks_exact(8);
    for (p, q) in (&mut x).zip(&mut y) {
        if u64::from_le_bytes([p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]])
            != u64::from_le_bytes([q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7]])
        {
            return false;
        }
    }
    x.remainder()
        .iter()
        .zip(y.remainder())
        .fold(0, |d, (p, q)| d | (p ^ q))
        == 0
}

#[inline]
fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(23) ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[inline]
fn finish(mut h: u64) -> u32 {
    h ^= h >> 29;
    h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as u32 | 1
}

/// A hash table from words to `u64` values, with open addressing and
/// linear probing, at most a quarter full so that most misses end at the
/// first slot. A missing word has the value 0.
#[derive(Clone, Debug, Default)]
pub struct WordTable<'k> {
    /// The hash of each slot's word; 0 for an empty slot.
    hashes: Vec<u32>,
    /// Each slot's word and value.
    slots: Vec<(&'k str, u64)>,
    len: usize,
}

impl<'k> WordTable<'k> {
    /// An empty table.
    pub fn new() -> WordTable<'k> {
        WordTable::default()
    }

    /// An empty table with room for `n` words before it grows.
    pub fn with_capacity(n: usize) -> WordTable<'k> {
        let size = (4 * n).next_power_of_two().max(16);
        WordTable {
            hashes: vec![0; size],
            slots: vec![("", 0); size],
            len: 0,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table has no word.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The words and their values, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&'k str, u64)> + '_ {
        self.hashes
            .iter()
            .zip(&self.slots)
            .filter(|(&h, _)| h != 0)
            .map(|(_, &s)| s)
    }

    /// The slot of `word` (hash `h`), or the empty slot where it would go.
    #[inline]
    fn find(&self, word: &str, h: u32) -> usize {
        let mask = self.hashes.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let x = self.hashes[i];
            if x == 0 || x == h && self.slots[i].0 == word {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `word`, or 0.
    #[inline(never)]
    pub fn get(&self, word: &str) -> u64 {
        if self.len == 0 {
            return 0;
        }
        let i = self.find(word, hash(word.as_bytes()));
        self.slots[i].1
    }

    /// The value of the word of token `i` ([`Document::word`]), or 0: one
    /// load for most tokens, since the token's hash is already known.
    #[inline]
    pub fn at(&self, doc: &Document, i: usize) -> u64 {
        let h = doc.hashes[i];
        let mask = self.hashes.len().wrapping_sub(1);
        let mut k = h as usize & mask;
        // An empty table has no slot: `get` gives 0 for it.
        while let Some(&x) = self.hashes.get(k) {
            if x == 0 {
                return 0;
            }
            if x == h {
                return self.at_slow(doc, i, k);
            }
            k = (k + 1) & mask;
        }
        0
    }

    /// [`Self::at`] from slot `k` on, whose hash matches the token's.
    #[inline(never)]
    fn at_slow(&self, doc: &Document, i: usize, k: usize) -> u64 {
        let (key, value) = self.slots[k];
        let span = doc.tokens[i].span;
        // The token's lowercase bytes are its word, but for a curly clitic.
        if let Some(lower) = doc.lower.as_bytes().get(span.start..span.end) {
            if lower.len() == key.len() && same(lower, key.as_bytes()) {
                return value;
            }
        }
        let word = doc.word(i);
        self.slots[self.find(word, doc.hashes[i])].1
    }

    /// The value of `word`, inserted as 0 when absent.
    #[inline(never)]
    pub fn entry(&mut self, word: &'k str) -> &mut u64 {
        if 4 * (self.len + 1) > self.hashes.len() {
            self.grow();
        }
        let h = hash(word.as_bytes());
        let i = self.find(word, h);
        if self.hashes[i] == 0 {
            self.hashes[i] = h;
            self.slots[i] = (word, 0);
            self.len += 1;
        }
        &mut self.slots[i].1
    }

    /// Sets the value of `word`.
    pub fn insert(&mut self, word: &'k str, value: u64) {
        *self.entry(word) = value;
    }

    #[cold]
    fn grow(&mut self) {
        let size = (self.hashes.len() * 2).max(16);
        let hashes = std::mem::replace(&mut self.hashes, vec![0; size]);
        let slots = std::mem::replace(&mut self.slots, vec![("", 0); size]);
        for (h, (word, value)) in hashes.into_iter().zip(slots) {
            if h != 0 {
                let i = self.find(word, h);
                self.hashes[i] = h;
                self.slots[i] = (word, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_get_and_grow() {
        let mut t = WordTable::new();
        assert_eq!(t.get("may"), 0);
        let words: Vec<String> = (0..1000).map(|k| format!("w{k}")).collect();
        for (k, w) in words.iter().enumerate() {
            t.insert(w, k as u64 + 1);
        }
        *t.entry("w7") += 100;
        assert_eq!(t.len(), 1000);
        for (k, w) in words.iter().enumerate() {
            let extra = if k == 7 { 100 } else { 0 };
            assert_eq!(t.get(w), k as u64 + 1 + extra, "{w}");
        }
        assert_eq!(t.get("w1000"), 0);
        assert_eq!(t.get(""), 0);
        assert_eq!(t.iter().count(), 1000);
    }

    #[test]
    fn tokens_are_looked_up_by_their_word() {
        let mut t = WordTable::new();
        t.insert("'s", 1);
        t.insert("n't", 2);
        t.insert("putin", 3);
        t.insert("'", 4);
        let doc = Document::new("PUTIN\u{2019}S aides didn\u{2019}t \u{2019} o\u{2019}brien ' 's");
        let got: Vec<u64> = (0..doc.tokens.len()).map(|i| t.at(&doc, i)).collect();
        // PUTIN ’S aides did n’t ’ o’brien ' 's
        assert_eq!(got, [3, 1, 0, 0, 2, 0, 0, 4, 1]);
    }

    #[test]
    fn hash_in_is_hash() {
        let buf = b"abcdefghijklmnopqrstuvwxyz0123456789";
        for start in 0..buf.len() {
            for end in start..=buf.len() {
                assert_eq!(
                    hash_in(buf, start, end),
                    hash(&buf[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn hash_spreads_and_is_never_zero() {
        let mut seen = std::collections::HashSet::new();
        for k in 0..10_000 {
            let h = hash(format!("word{k}").as_bytes());
            assert_ne!(h, 0);
            seen.insert(h);
        }
        assert!(seen.len() > 9_990);
        assert_ne!(hash(b""), 0);
        assert_ne!(hash(b"abcdefgh"), hash(b"abcdefgi"));
        assert_ne!(hash(b"abcdefghij"), hash(b"abcdefghik"));
    }
}
