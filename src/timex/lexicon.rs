//! The trigger words of temporal expressions (`words.txt`), in a hash table
//! keyed by the lowercase token.
//!
//! One lookup per token tells the tagger what a word can start or continue:
//! a month, a unit, a number, a direction ("last", "next"), a tense marker.
//! The table hashes with FNV-1a, much cheaper than SipHash on short keys and
//! in no need of defence against crafted collisions for a fixed word list.
//!
//! # The word list
//! One entry a line, `word class [argument]`, lowercase, matched against
//! whole tokens (so "a.m." and "'ll" are words). The classes:
//!
//! - `month`, `month-abbr` (needs a day or year beside it), with the month
//!   number; `weekday`, `weekday-abbr` (needs a date beside it), `weekdays`
//!   (plural, a recurrence), ISO numbering from Monday 1;
//! - `unit`, `units` (plural) with the unit's name; `number` (cardinals in
//!   words), `vague` ("several"), `ordinal` (99 is "final");
//! - `season` (1 spring to 4 winter), `part` of the day (1 morning to 4
//!   night), `clock` (a time of day by name, in hours), `holiday` (`12-25`);
//! - `day` (days counted from the publication date: "yesterday" is -1),
//!   `ref` (`past`, `present`, `future`), `dir` (-1 "last", 0 "this", 1
//!   "next"), `edge` (`start`, `mid`, `end`), `approx` (`approx`, `more`,
//!   `less`), `zone` (`utc` or `local`), `meridiem` (`am`, `pm`), `freq`
//!   (recurrence words with their unit, or `night`);
//! - `past`, `future` and `present`: tense markers read around bare
//!   weekdays and months (words in -ed count as past without being
//!   listed; `present` is the present of scheduled events, "opens");
//! - `signal`, by group: words that start expressions without being one
//!   ("the", "a", "at" (least), "fiscal", "every", "twice", "more"), so
//!   that the tagger tries only the rules that can start with them.
//!
//! Ambiguous entries ("may", "march", "sun", "sat", "fall") are kept from
//! firing on ordinary words by the guards in `guards.rs`. Every entry is
//! exercised by `examples.txt`, checked by a test.
//!
//! # Built at compile time
//! Test builds parse the list (`parse`). The WebAssembly module carries
//! neither the list nor the parser: `build.rs` compiles it into its words
//! and numbers (`Compiled`), which load on first use with no text to
//! read, and a test checks that they load into the very table the parser
//! builds (DESIGN.md, "Why are the lexicons compiled at build time?").

use std::sync::LazyLock;

/// The names of the list's classes, arguments and flags, shared with
/// `build.rs`.
#[path = "names.rs"]
mod names;
use names::NAMED;
#[cfg(test)]
use names::{CLASSES, FLAGS, NAMES};

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weekends (Saturday and Sunday).
    Weekend,
    /// Weeks.
    Week,
    /// Two weeks.
    Fortnight,
    /// Months.
    Month,
    /// Quarters of a year.
    Quarter,
    /// Halves of a year.
    Half,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// Whether the unit is shorter than a day (TIMEX3 writes `PT`).
    pub fn is_clock(self) -> bool {
        self <= Unit::Hour
    }
}

/// A TIMEX3 modifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mod {
    /// About.
    Approx,
    /// More than.
    MoreThan,
    /// Less than.
    LessThan,
    /// At least.
    EqualOrMore,
    /// At most.
    EqualOrLess,
    /// The start of a period ("early 2025").
    Start,
    /// The middle of a period ("mid-March").
    Mid,
    /// The end of a period ("late 2024").
    End,
}

impl Mod {
    /// The TIMEX3 spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Approx => "APPROX",
            Mod::MoreThan => "MORE_THAN",
            Mod::LessThan => "LESS_THAN",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
        }
    }

    /// Whether the modifier picks a part of a period rather than bounding an amount.
    pub fn is_edge(self) -> bool {
        matches!(self, Mod::Start | Mod::Mid | Mod::End)
    }
}

/// A reference to the past, the present or the future (`PAST_REF`...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ref {
    /// `PAST_REF`.
    Past,
    /// `PRESENT_REF`.
    Present,
    /// `FUTURE_REF`.
    Future,
}

impl Ref {
    /// The TIMEX3 spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Ref::Past => "PAST_REF",
            Ref::Present => "PRESENT_REF",
            Ref::Future => "FUTURE_REF",
        }
    }
}

/// Tense read from a marker word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// Past ("said", "was", "-ed").
    Past,
    /// Future or not yet real ("will", "plans", "may").
    Future,
    /// The present of a scheduled event ("the summit opens on Thursday",
    /// "the vote is on Monday"): the next one.
    Present,
    /// The present at the start of a range ("the show runs August 10 to
    /// 22"), which may have begun: the last one if it ended at most a month
    /// ago, the next one otherwise. Never read from a word.
    Ongoing,
}

/// What a word can be in a temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// A month name, 1 to 12.
    Month(u8),
    /// A month abbreviation: needs a day or year beside it.
    MonthAbbr(u8),
    /// A weekday name, Monday 1 to Sunday 7.
    Weekday(u8),
    /// A weekday abbreviation: needs a date beside it.
    WeekdayAbbr(u8),
    /// A plural weekday ("Sundays"): a recurrence.
    Weekdays(u8),
    /// A unit of time, and whether the word is plural.
    Unit(Unit, bool),
    /// A cardinal number in words.
    Number(u16),
    /// A quantity with no number ("several").
    Vague,
    /// An ordinal in words (99 for "final").
    Ordinal(u8),
    /// A season: 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// A part of the day: 1 morning, 2 afternoon, 3 evening, 4 night.
    Part(u8),
    /// A time of day by name, in hours ("noon" is 12).
    Clock(u8),
    /// A day counted from the publication date ("yesterday" is -1).
    Day(i8),
    /// A present, past or future reference ("now", "recently").
    Ref(Ref),
    /// A direction: -1 "last", 0 "this", 1 "next".
    Dir(i8),
    /// A part of a period ("early", "end").
    Edge(Mod),
    /// An approximation or bound ("about", "over").
    Approx(Mod),
    /// A time zone; true for UTC.
    Zone(bool),
    /// Before (false) or after (true) noon.
    Meridiem(bool),
    /// A holiday with a fixed date: month and day.
    Holiday(u8, u8),
    /// A recurrence adverb or adjective ("daily"); `None` for "nightly".
    Freq(Option<Unit>),
    /// A tense marker.
    Tense(Tense),
    /// A word that can start an expression without being one, by group:
    /// 0 "the"; 1 "a", "an"; 2 words that only start modifiers ("at"
    /// (least), "just"); 3 "fiscal", "Q3"; 4 "every", "each"; 5 "twice",
    /// "per"; 6 others ("that", "more", "half", "future").
    Signal(u8),
}

/// The class bit of an apostrophe ("'82").
pub const APOSTROPHE_BIT: u64 = 1 << 22;
/// The class bit of a word like "FY2024".
pub const FY_BIT: u64 = 1 << 30;
/// The class bit of words that only follow "the" ("the future", "the same day").
pub const FOLLOW_BIT: u64 = 1 << 31;

/// The class bits of number tokens, by shape: what each rule needs of a
/// number is told by its shape before the rule reads it.
pub mod num {
    /// One or two digits: "5", "18".
    pub const SMALL: u64 = 1 << 32;
    /// Three digits: "100".
    pub const THREE: u64 = 1 << 33;
    /// Four digits: "2025", "0800".
    pub const FOUR: u64 = 1 << 34;
    /// An ordinal: "3rd", "21st".
    pub const ORD: u64 = 1 << 35;
    /// A plural: "1990s", "70s".
    pub const PLURAL: u64 = 1 << 36;
    /// A time of day: "10:30", "5pm", "10.30pm".
    pub const CLOCK: u64 = 1 << 37;
    /// Anything else: "2.50", "44,000", "18.03.2025", "2Q".
    pub const OTHER: u64 = 1 << 38;
    /// Any number.
    pub const ANY: u64 = SMALL | THREE | FOUR | ORD | PLURAL | CLOCK | OTHER;
}

impl Word {
    /// The class of the word as one bit, for [`crate::timex::rules::RULES`]
    /// to say which words each rule can start with; 0 for the tense
    /// markers, which start nothing.
    pub fn bit(self) -> u64 {
        1 << match self {
            Word::Month(_) => 0,
            Word::MonthAbbr(_) => 1,
            Word::Weekday(_) => 2,
            Word::WeekdayAbbr(_) => 3,
            Word::Weekdays(_) => 4,
            Word::Unit(Unit::Second, false) => 42,
            Word::Unit(_, true) => 43,
            Word::Unit(..) => 5,
            Word::Number(_) => 6,
            Word::Vague => 7,
            Word::Ordinal(_) => 8,
            Word::Season(_) => 9,
            Word::Part(_) => 10,
            Word::Clock(_) => 11,
            Word::Day(_) => 12,
            Word::Ref(_) => 13,
            Word::Dir(_) => 14,
            Word::Edge(_) => 15,
            Word::Approx(_) => 16,
            Word::Zone(_) | Word::Meridiem(_) => 17,
            Word::Tense(_) => return 0,
            Word::Holiday(..) => 18,
            Word::Freq(_) => 19,
            Word::Signal(0) => 20,
            Word::Signal(7) => 22,
            Word::Signal(8) => 31,
            Word::Signal(k @ 9..) => 30 + k,
            Word::Signal(k) => 23 + k,
        }
    }
}

/// Context flags: what a word does around an expression, beyond its class
/// (`@name` lines of `words.txt`). A word may have several.
pub mod flag {
    /// Sets up a date: a month, season or year after it is one ("in May").
    pub const DATE: u32 = 1;
    /// Makes a four-digit number after it a quantity ("$2010", "flight 2012").
    pub const QTY_BEFORE: u32 = 1 << 1;
    /// Makes a number before it a quantity ("2000 people", "5 %").
    pub const QTY_AFTER: u32 = 1 << 2;
    /// May stand between a sentence start and a date without making it a name.
    pub const FUNCTION: u32 = 1 << 3;
    /// Makes a weekday after it part of a name ("Black Monday").
    pub const NAMED_DAY: u32 = 1 << 4;
    /// An adjective between an amount and its unit ("six straight days").
    pub const BETWEEN: u32 = 1 << 5;
    /// Before "a year", makes it a length ("for a year").
    pub const ARTICLE_BEFORE: u32 = 1 << 6;
    /// After "a year", makes it a length ("a year ago", "a year and").
    pub const ARTICLE_AFTER: u32 = 1 << 7;
    /// After "annual", makes it the length of a year ("annual profit").
    pub const ANNUAL_AMOUNT: u32 = 1 << 8;
    /// Before "a year", makes it a rate ("5 % a year", "twice a year").
    pub const RATE: u32 = 1 << 9;
    /// A word in -ed that is not a past tense ("need", "hundred").
    pub const NOT_PAST: u32 = 1 << 10;
    /// After "due to", makes it a cause rather than the future.
    pub const CAUSE: u32 = 1 << 11;
    /// Before a bare "10:30", makes it a time ("at", "by").
    pub const CLOCK: u32 = 1 << 12;
    /// A unit of distance: "per hour" after it is a speed.
    pub const SPEED: u32 = 1 << 13;
    /// A future marker only before "to" ("plans to"; not "the plan").
    pub const TO_FUTURE: u32 = 1 << 14;
    /// A past verb that points forward before "until", "to" or "for"
    /// ("adjourned until Thursday").
    pub const DEFER: u32 = 1 << 15;
    /// A plural noun that a year describes ("2009 results", "the 2008
    /// elections"), where other plurals count ("1999 votes").
    pub const YEAR_NOUN: u32 = 1 << 16;
    /// A past verb of commitment whose "to" clause lies ahead ("agreed to
    /// pay by June").
    pub const COMMIT: u32 = 1 << 17;
}

/// What the lexicon says about a token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Its class, if it has one.
    pub word: Option<Word>,
    /// Its class (see [`Word::bit`]) as the bit's index plus one, 0 for
    /// none; numbers (by shape, see [`num`]) and "FY2024" have classes of
    /// their own.
    pub class: u8,
    /// Its context flags (see [`flag`]).
    pub flags: u32,
}

impl Entry {
    /// The class bit; 0 for none.
    #[inline]
    pub fn bit(&self) -> u64 {
        (1u64 << self.class) >> 1
    }
}

/// The class of a class bit, as [`Entry::class`] holds it.
const fn class_of(bit: u64) -> u8 {
    if bit == 0 {
        0
    } else {
        bit.trailing_zeros() as u8 + 1
    }
}

/// The entry id of tokens that are in no entry.
pub const NONE: u16 = 0;
/// The entry id of words like "FY2024".
pub const FY: u16 = 1;
/// A mark for a word yet to be looked up, while a sentence is loaded.
pub const CANDIDATE: u16 = u16::MAX;
/// The entry ids of number tokens, one for each shape of [`num`], in bit order.
pub const NUMBERS: std::ops::Range<u16> = 2..9;
/// The first id of a listed word.
const FIRST: u16 = 9;

/// The entry id of a number token (ASCII-lowercased), by its shape.
#[inline(never)]
pub fn number_id(t: &[u8]) -> u16 {
    let digits = t.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &t[digits..];
    let shape = match rest {
        [] if digits <= 2 => 0,
        [] if digits <= 4 => digits as u16 - 2,
        b"st" | b"nd" | b"rd" | b"th" if digits <= 2 => 3,
        b"s" => 4,
        _ if rest.contains(&b':') || rest.ends_with(b"m") || rest.ends_with(b"m.") => 5,
        _ => 6,
    };
    NUMBERS.start + shape
}

/// The longest word the table can hold, in bytes.
pub const MAX_LEN: usize = 15;

/// A word as a key: its bytes zero-padded to 16, its length in the last byte.
pub type Key = [u64; 2];

/// The key of `w`, if it is short enough.
#[inline]
pub fn key(w: &[u8]) -> Option<Key> {
    if w.is_empty() || w.len() > MAX_LEN {
        return None;
    }
    let mut b = [0u8; 16];
    b[..w.len()].copy_from_slice(w);
    b[15] = w.len() as u8;
    let (lo, hi) = b.split_at(8);
    Some([
        u64::from_le_bytes(lo.try_into().unwrap_or([0; 8])),
        u64::from_le_bytes(hi.try_into().unwrap_or([0; 8])),
    ])
}

/// Masks that keep the first `len` bytes of a key's two halves, by `len`.
const KEEP: [[u64; 2]; 16] = {
    let mut m = [[0u64; 2]; 16];
    let mut len = 1;
    while len < 16 {
        m[len] = if len < 8 {
            [(1 << (8 * len)) - 1, 0]
        } else {
            [u64::MAX, (1 << (8 * (len - 8))) - 1]
        };
        len += 1;
    }
    m
};

/// The key of the `len` bytes of `buf` at `start`, the same as [`key`]
/// gives, read with two loads where the buffer allows: this runs on every
/// token of a text.
#[inline]
pub fn key_at(buf: &[u8], start: usize, len: usize) -> Option<Key> {
    if len == 0 || len > MAX_LEN {
        return None;
    }
    let Some(chunk) = buf.get(start..start + 16) else {
        return key(buf.get(start..start + len)?);
    };
    let (lo, hi) = chunk.split_at(8);
    let lo = u64::from_le_bytes(lo.try_into().unwrap_or([0; 8]));
    let hi = u64::from_le_bytes(hi.try_into().unwrap_or([0; 8]));
    let keep = KEEP[len];
    Some([lo & keep[0], hi & keep[1] | (len as u64) << 56])
}

/// The word table: open addressing over entry ids, at most a quarter full,
/// keyed by whole words of up to 15 bytes compared as two integers. A few
/// lines instead of a general hash map keep the WebAssembly build small,
/// and a miss costs one multiplication and, mostly, one load of a small
/// array. (A cuckoo table, which reads two slots and two keys for every
/// token, measured twice as slow: the loads, not the branches, cost.)
pub struct Table {
    /// Entry ids by hash; [`NONE`] where empty.
    slots: Vec<u16>,
    /// Shift that keeps the hash's top bits, as many as index `slots`.
    shift: u32,
    /// Each entry's key, by id.
    keys: Vec<Key>,
    /// Each entry, by id.
    entries: Vec<Entry>,
    /// One bit for each first byte, last byte and length of the words that
    /// have a class (see [`filter_bit`]).
    filter: [u64; 256],
}

/// A view of a [`Table`] for lookups, whose parts a loop over many tokens
/// can keep in registers.
#[derive(Clone, Copy)]
pub struct Finder<'t> {
    slots: &'t [u16],
    keys: &'t [Key],
    /// Each entry, by id.
    pub entries: &'t [Entry],
    shift: u32,
    filter: &'t [u64; 256],
}

impl Finder<'_> {
    /// Whether a word with these first and last bytes and length may have a
    /// class: three tokens in four fail here and are never hashed. (Words
    /// without a class may still have flags.)
    #[inline]
    pub fn passes(self, first: u8, last: u8, len: usize) -> bool {
        let bit = filter_bit(first, last, len);
        self.filter[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// The id of the `len` bytes of `buf` at `start`; [`NONE`] if they are
    /// no listed word.
    #[inline]
    pub fn find_at(self, buf: &[u8], start: usize, len: usize) -> u16 {
        key_at(buf, start, len).map_or(NONE, |k| self.find(k))
    }

    /// The id of the word with key `k`, [`NONE`] if it is not listed.
    #[inline]
    pub fn find(self, k: Key) -> u16 {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = hash(k, self.shift);
        loop {
            let id = self.slots.get(i).copied().unwrap_or(NONE);
            if id == NONE || self.keys.get(usize::from(id)) == Some(&k) {
                return id;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The filter bit of a word: its first and last bytes (low five bits each)
/// and its length.
#[inline]
fn filter_bit(first: u8, last: u8, len: usize) -> usize {
    usize::from(first & 31) << 9 | usize::from(last & 31) << 4 | (len & 15)
}

#[inline]
fn hash(k: Key, shift: u32) -> usize {
    ((k[0] ^ k[1].rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
}

impl Table {
    fn with_room(n: usize) -> Table {
        let bits = (4 * (n + usize::from(FIRST)))
            .next_power_of_two()
            .trailing_zeros();
        let blank = Entry::default();
        Table {
            slots: vec![NONE; 1 << bits],
            shift: 64 - bits,
            keys: vec![[0; 2]; FIRST as usize],
            entries: [0, FY_BIT]
                .into_iter()
                .chain((32..39).map(|k| 1u64 << k))
                .map(|bit| Entry {
                    class: class_of(bit),
                    ..blank
                })
                .collect(),
            filter: [0; 256],
        }
    }

    /// The id of the word with key `k`, [`NONE`] if it is not listed.
    #[inline]
    pub fn find(&self, k: Key) -> u16 {
        self.finder().find(k)
    }

    /// The table's parts as plain slices.
    #[inline]
    pub fn finder(&self) -> Finder<'_> {
        Finder {
            slots: &self.slots,
            keys: &self.keys,
            entries: &self.entries,
            shift: self.shift,
            filter: &self.filter,
        }
    }

    /// The id of `word` (lowercase, straight apostrophes).
    pub fn id(&self, word: &str) -> u16 {
        key(word.as_bytes()).map_or(NONE, |k| self.find(k))
    }

    /// The entry with id `id`.
    #[inline]
    pub fn entry(&self, id: u16) -> &Entry {
        &self.entries[usize::from(id)]
    }

    /// The id of `word`, adding it with an empty entry if it is new; `None`
    /// when it cannot be a key or the table is full.
    fn add(&mut self, word: &str) -> Option<u16> {
        let k = key(word.as_bytes())?;
        let found = self.find(k);
        if found != NONE {
            return Some(found);
        }
        if 4 * self.entries.len() >= self.slots.len() {
            return None;
        }
        let id = u16::try_from(self.entries.len()).ok()?;
        let mask = self.slots.len() - 1;
        let mut i = hash(k, self.shift);
        while self.slots[i] != NONE {
            i = (i + 1) & mask;
        }
        self.slots[i] = id;
        self.keys.push(k);
        self.entries.push(Entry::default());
        Some(id)
    }

    /// Sets the filter bits of the words that have a class (tense markers
    /// too, which `tense.rs` reads around many expressions), and of "FY24"
    /// and "FY2024", which are no listed words.
    #[inline(never)]
    fn fill_filter(&mut self) {
        for (last, len) in (b'0'..=b'9').flat_map(|d| [(d, 4), (d, 6)]) {
            let bit = filter_bit(b'f', last, len);
            self.filter[bit >> 6] |= 1 << (bit & 63);
        }
        for id in FIRST..self.entries.len() as u16 {
            if self.entries[usize::from(id)].word.is_none() {
                continue;
            }
            let [lo, hi] = self.keys[usize::from(id)];
            let mut bytes = [0u8; 16];
            bytes[..8].copy_from_slice(&lo.to_le_bytes());
            bytes[8..].copy_from_slice(&hi.to_le_bytes());
            let len = usize::from(bytes[15]);
            let bit = filter_bit(bytes[0], bytes[len - 1], len);
            self.filter[bit >> 6] |= 1 << (bit & 63);
        }
    }

    /// Lists each word with a straight apostrophe ("'ll") a second time
    /// with a curly one ("’ll"), so that a text with either finds it.
    #[inline(never)]
    fn add_curly(&mut self) {
        for id in FIRST..self.entries.len() as u16 {
            let k = self.keys[usize::from(id)];
            let mut bytes = [0u8; 16];
            bytes[..8].copy_from_slice(&k[0].to_le_bytes());
            bytes[8..].copy_from_slice(&k[1].to_le_bytes());
            let word = &bytes[..usize::from(bytes[15])];
            if !word.contains(&b'\'') {
                continue;
            }
            let mut curly = Vec::with_capacity(word.len() + 2);
            for &b in word {
                match b {
                    b'\'' => curly.extend_from_slice("\u{2019}".as_bytes()),
                    _ => curly.push(b),
                }
            }
            let entry = self.entries[usize::from(id)];
            if let Some(alias) = std::str::from_utf8(&curly).ok().and_then(|w| self.add(w)) {
                self.entries[usize::from(alias)] = entry;
            }
        }
    }

    /// Number of keys, counting the curly twins of words with an apostrophe.
    pub fn len(&self) -> usize {
        self.entries.len() - usize::from(FIRST)
    }

    /// Whether no word is listed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every listed word's key, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &Key> + '_ {
        self.keys.iter().skip(usize::from(FIRST))
    }
}

/// The word list as the build script compiled it (see `build.rs` for the
/// format): what `parse` builds, with no text to read but the words.
struct Compiled {
    /// The words, one a line, in the order of their ids.
    words: &'static str,
    /// The table's room, then four numbers a word.
    stream: &'static [u16],
}

const COMPILED: Compiled = include!(concat!(env!("OUT_DIR"), "/timex_words.rs"));

/// The word table, built on first use: in test builds by parsing
/// `words.txt`, otherwise from its compiled form. The list is checked by
/// `cargo test` (`the_word_list_parses`); a failure here means a build from
/// unchecked data, so an empty table rather than a panic in a reader's
/// browser.
static WORDS: LazyLock<Table> = LazyLock::new(|| {
    #[cfg(test)]
    return parse(include_str!("words.txt")).unwrap_or_else(|_| Table::with_room(0));
    #[cfg(not(test))]
    Table::load(&COMPILED)
});

impl Table {
    /// The table from its compiled form: what `parse` builds from the
    /// list. The loop's body is a call: WebAssembly engines optimize a
    /// function once the code it has run passes a budget, and this runs in
    /// the first analysis in a page (DESIGN.md, "Why keep the stages out of
    /// line?").
    fn load(c: &Compiled) -> Table {
        let (room, mut stream) = c.stream.split_first().unwrap_or((&0, &[]));
        let mut table = Table::with_room(usize::from(*room));
        for word in crate::text::words::word_list(c.words) {
            stream = table.load_word(word, stream);
        }
        table.add_curly();
        table.fill_filter();
        table
    }

    /// Adds `word` with the class, argument and flags at the head of
    /// `stream`; the rest of the stream.
    #[inline(never)]
    fn load_word(&mut self, word: &str, stream: &'static [u16]) -> &'static [u16] {
        let Some(([class, arg, lo, hi], rest)) = stream.split_first_chunk() else {
            return &[];
        };
        if let Some(id) = self.add(word) {
            let e = &mut self.entries[usize::from(id)];
            e.flags = u32::from(*lo) | u32::from(*hi) << 16;
            let arg = i32::from(*arg as i16);
            if let Some(w) = usize::from(*class)
                .checked_sub(1)
                .and_then(|c| make(c, arg))
            {
                e.word = Some(w);
                e.class = class_of(w.bit());
            }
        }
        rest
    }
}

/// The word table.
pub fn table() -> &'static Table {
    &WORDS
}

/// What `word` (lowercase) can be, if it is a trigger word.
pub fn lookup(word: &str) -> Option<Word> {
    WORDS.entry(WORDS.id(word)).word
}

/// A small number: digits with an optional minus sign.
#[cfg(test)]
fn small_int(s: &str) -> Option<i32> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let n = crate::timex::scan::digits(digits)? as i32;
    Some(if neg { -n } else { n })
}

/// The units, in the order of the first names of `names::NAMES`.
const UNITS: [Unit; 13] = [
    Unit::Second,
    Unit::Minute,
    Unit::Hour,
    Unit::Day,
    Unit::Weekend,
    Unit::Week,
    Unit::Fortnight,
    Unit::Month,
    Unit::Quarter,
    Unit::Half,
    Unit::Year,
    Unit::Decade,
    Unit::Century,
];

/// The entry of class number `class` with argument `arg` (a number, a
/// `month*100+day`, or a named argument), if the argument fits the class.
/// Out of line: inlined, it made [`Table::load_word`] big enough (1 KB)
/// for V8 to optimize it during the first analysis.
#[inline(never)]
fn make(class: usize, arg: i32) -> Option<Word> {
    let name = (arg >= NAMED).then(|| (arg - NAMED) as usize);
    let unit = name.and_then(|n| UNITS.get(n).copied());
    let in_range = |max: i32| (1..=max).contains(&arg).then_some(arg as u8);
    let pick = |first: usize, options: &[Word]| {
        name.and_then(|n| options.get(n.wrapping_sub(first)).copied())
    };
    Some(match class {
        0 => Word::Month(in_range(12)?),
        1 => Word::MonthAbbr(in_range(12)?),
        2 => Word::Weekday(in_range(7)?),
        3 => Word::WeekdayAbbr(in_range(7)?),
        4 => Word::Weekdays(in_range(7)?),
        5 | 6 => Word::Unit(unit?, class == 6),
        7 => Word::Number(u16::from(in_range(100)?)),
        8 => Word::Vague,
        9 => Word::Ordinal(in_range(99)?),
        10 => Word::Season(in_range(4)?),
        11 => Word::Part(in_range(4)?),
        12 => Word::Clock(in_range(24)?),
        13 if arg.abs() <= 2 => Word::Day(arg as i8),
        14 => pick(
            14,
            &[
                Word::Ref(Ref::Past),
                Word::Ref(Ref::Present),
                Word::Ref(Ref::Future),
            ],
        )?,
        15 if arg.abs() <= 1 => Word::Dir(arg as i8),
        16 => pick(
            17,
            &[
                Word::Edge(Mod::Start),
                Word::Edge(Mod::Mid),
                Word::Edge(Mod::End),
            ],
        )?,
        17 => pick(
            20,
            &[
                Word::Approx(Mod::Approx),
                Word::Approx(Mod::MoreThan),
                Word::Approx(Mod::LessThan),
            ],
        )?,
        18 => pick(23, &[Word::Zone(true), Word::Zone(false)])?,
        19 => pick(25, &[Word::Meridiem(false), Word::Meridiem(true)])?,
        20 => {
            let (m, d) = ((arg / 100) as u8, (arg % 100) as u8);
            super::date::Date::new(2000, m, d)?;
            Word::Holiday(m, d)
        }
        21 if name == Some(13) => Word::Freq(None),
        21 => Word::Freq(Some(unit?)),
        22 => Word::Tense(Tense::Past),
        23 => Word::Tense(Tense::Future),
        24 => Word::Signal(in_range(12)? - 1),
        25 => Word::Tense(Tense::Present),
        _ => return None,
    })
}

/// Parses the word list; an error is the number of the bad line. A line
/// is `word class [argument]` or `@flag word word...`; it is bad when its
/// class, flag or argument cannot be read, a word is not lowercase or
/// longer than 15 bytes, or a word gets a second class. Test builds only:
/// the others load the list's compiled form.
#[cfg(test)]
pub fn parse(text: &str) -> Result<Table, usize> {
    let mut table = Table::with_room(words_in(text));
    for (n, line) in text.split('\n').enumerate() {
        if !(line.is_empty() || line.starts_with('#') || parse_line(&mut table, line)) {
            return Err(n + 1);
        }
    }
    table.add_curly();
    table.fill_filter();
    Ok(table)
}

/// The number of fields of the lines of `text` that are not comments: room
/// to make in the table (fewer than half of them are words), the same as
/// the compiled form gives.
#[cfg(test)]
fn words_in(text: &str) -> usize {
    text.split('\n')
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_ascii_whitespace().count())
        .sum()
}

/// Reads one line of the word list into `table`; false when it does not
/// parse. A function of its own, like [`Table::load_word`], which loads
/// the compiled form: WebAssembly engines optimize a function once the code
/// it has run passes a budget, and the first analysis in a page runs this
/// loop. Kept out of the loop, no function of the table's building passes
/// it, and none is compiled a second time while the first analysis runs
/// (DESIGN.md, "Why keep the stages out of line?").
#[cfg(test)]
#[inline(never)]
fn parse_line(table: &mut Table, line: &str) -> bool {
    let mut parts = line.split(' ');
    let first = parts.next().unwrap_or("");
    let lowercase = |w: &str| !w.bytes().any(|b| b.is_ascii_uppercase());
    if let Some(name) = first.strip_prefix('@') {
        let Some(k) = FLAGS.iter().position(|f| *f == name) else {
            return false;
        };
        for w in parts {
            match table.add(w) {
                Some(id) if lowercase(w) => table.entries[usize::from(id)].flags |= 1 << k,
                _ => return false,
            }
        }
        return true;
    }
    let class = parts.next().unwrap_or("");
    let arg = parts.next().unwrap_or("0");
    let arg = match arg.split_once('-').filter(|(m, _)| !m.is_empty()) {
        Some((m, d)) => small_int(m).zip(small_int(d)).map(|(m, d)| m * 100 + d),
        None => small_int(arg).or_else(|| {
            NAMES
                .iter()
                .position(|x| *x == arg)
                .map(|k| NAMED + k as i32)
        }),
    };
    let word = CLASSES
        .iter()
        .position(|c| *c == class)
        .zip(arg)
        .and_then(|(c, a)| make(c, a));
    let id = table.add(first).filter(|_| lowercase(first));
    match (word, id) {
        (Some(w), Some(id)) if table.entries[usize::from(id)].word.is_none() => {
            let e = &mut table.entries[usize::from(id)];
            e.word = Some(w);
            e.class = class_of(w.bit());
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_parses() {
        let table = parse(include_str!("words.txt")).unwrap();
        assert!(table.len() > 250);
        assert_eq!(lookup("march"), Some(Word::Month(3)));
        assert_eq!(lookup("years"), Some(Word::Unit(Unit::Year, true)));
        assert_eq!(lookup("yesterday"), Some(Word::Day(-1)));
        assert_eq!(lookup("noon"), Some(Word::Clock(12)));
        assert_eq!(lookup("unrelated"), None);
    }

    #[test]
    fn bad_lines_are_reported() {
        assert_eq!(parse("march month 13").err(), Some(1));
        assert_eq!(parse("# x\nx unit fortnights").err(), Some(2));
        assert_eq!(parse("a past\na future").err(), Some(2));
        assert_eq!(parse("March month 3").err(), Some(1));
        assert_eq!(parse("x holiday 02-30").err(), Some(1));
        assert_eq!(parse("x day -3").err(), Some(1));
        assert_eq!(parse("@nonsense in").err(), Some(1));
        assert_eq!(parse("@date in On").err(), Some(1));
        assert_eq!(parse("@date extraordinarilylong").err(), Some(1));
        let t = parse("@date in\nin signal 3\n@clock in").unwrap();
        let e = t.entry(t.id("in"));
        assert_eq!(
            (e.word, e.flags),
            (Some(Word::Signal(2)), flag::DATE | flag::CLOCK)
        );
    }

    #[test]
    fn keys_read_in_place_equal_keys_built() {
        let text = b"a march of thirteen  unbelievable-ish o'clock";
        for start in 0..text.len() {
            for len in 0..=MAX_LEN + 1 {
                if start + len <= text.len() {
                    assert_eq!(key_at(text, start, len), key(&text[start..start + len]));
                }
            }
        }
    }

    /// The build script's compiled form (what ships) loads into the very
    /// table the parser builds from the list: the same slots, ids, keys,
    /// entries and filter.
    #[test]
    fn compiled_form_is_the_parsed_list() {
        let parsed = parse(include_str!("words.txt")).unwrap();
        let loaded = Table::load(&COMPILED);
        assert!(parsed.len() > 500);
        assert_eq!(loaded.len(), parsed.len());
        assert_eq!(loaded.slots, parsed.slots);
        assert_eq!(loaded.shift, parsed.shift);
        assert_eq!(loaded.keys, parsed.keys);
        assert_eq!(loaded.entries, parsed.entries);
        assert_eq!(loaded.filter, parsed.filter);
    }

    /// Runs every example of `examples.txt`.
    #[test]
    fn examples_hold() {
        for line in include_str!("examples.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut parts = line.splitn(3, " | ");
            let (published, text, expected) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap_or(""),
            );
            let published = (published != "-").then_some(published);
            crate::timex::tests::check(text, published, expected.trim_end());
        }
    }

    /// Every word of the list is used by an example.
    #[test]
    fn every_word_has_an_example() {
        let examples = include_str!("examples.txt");
        let doc = crate::text::Document::new(examples);
        let used: std::collections::HashSet<&str> =
            (0..doc.tokens.len()).map(|i| doc.lower(i)).collect();
        let mut missing: Vec<&str> = include_str!("words.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| match l.strip_prefix('@') {
                Some(rest) => rest.split(' ').skip(1).collect(),
                None => l.split(' ').take(1).collect::<Vec<_>>(),
            })
            .filter(|w| !w.is_empty() && !used.contains(w))
            .collect();
        missing.sort_unstable();
        assert!(missing.is_empty(), "words with no example: {missing:?}");
    }
}
