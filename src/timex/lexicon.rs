//! The trigger words of temporal expressions (`words.txt`), parsed once into a
//! hash table keyed by the lowercase token.
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
//! - `past` and `future`: tense markers read around bare weekdays and
//!   months (words in -ed count as past without being listed);
//! - `signal`, by group: words that start expressions without being one
//!   ("the", "a", "at" (least), "fiscal", "every", "twice", "more"), so
//!   that the tagger tries only the rules that can start with them.
//!
//! Ambiguous entries ("may", "march", "sun", "sat", "fall") are kept from
//! firing on ordinary words by the guards in `guards.rs`. Every entry is
//! exercised by `examples.txt`, checked by a test.

use std::sync::LazyLock;

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

/// The class bit of a number token.
pub const NUMBER_BIT: u32 = 1 << 21;
/// The class bit of an apostrophe ("'82").
pub const APOSTROPHE_BIT: u32 = 1 << 22;
/// The class bit of a word like "FY2024".
pub const FY_BIT: u32 = 1 << 30;

impl Word {
    /// The class of the word as one bit, for [`crate::timex::rules::RULES`]
    /// to say which words each rule can start with.
    pub fn bit(self) -> u32 {
        1 << match self {
            Word::Month(_) => 0,
            Word::MonthAbbr(_) => 1,
            Word::Weekday(_) => 2,
            Word::WeekdayAbbr(_) => 3,
            Word::Weekdays(_) => 4,
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
            Word::Zone(_) | Word::Meridiem(_) | Word::Tense(_) => 17,
            Word::Holiday(..) => 18,
            Word::Freq(_) => 19,
            Word::Signal(0) => 20,
            Word::Signal(k) => 23 + k.min(6),
        }
    }
}

/// FNV-1a over the bytes of a word.
pub fn fnv(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The word table: open addressing with linear probing, at most half full.
/// A few lines of code instead of a general hash map keep the WebAssembly
/// build small.
pub struct Table {
    /// Each word with its hash, which is compared first.
    slots: Vec<Option<(u64, &'static str, Word)>>,
    mask: usize,
    /// A 4096-bit filter on the length and the first, second and last
    /// letters of the words: most tokens of a text fail it and are never
    /// hashed.
    filter: [u64; 64],
}

/// The filter bit of a word.
#[inline]
fn filter_bit(w: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return 0;
    };
    let second = w.get(1).copied().unwrap_or(0);
    ((usize::from(first) * 97)
        ^ (usize::from(last) * 31)
        ^ (usize::from(second) * 7)
        ^ (w.len() * 1231))
        & 4095
}

impl Table {
    fn with_room(n: usize) -> Table {
        let size = (2 * n).next_power_of_two().max(16);
        Table {
            slots: vec![None; size],
            mask: size - 1,
            filter: [0; 64],
        }
    }

    /// The entry of `word`.
    #[inline]
    pub fn get(&self, word: &str) -> Option<Word> {
        let bit = filter_bit(word.as_bytes());
        if self.filter[bit >> 6] & (1 << (bit & 63)) == 0 || word.len() > 16 {
            return None;
        }
        let h = fnv(word);
        let mut i = h as usize & self.mask;
        loop {
            match self.slots[i] {
                Some((hw, w, entry)) if hw == h && w == word => return Some(entry),
                Some(_) => i = (i + 1) & self.mask,
                None => return None,
            }
        }
    }

    /// Adds `word`; false when it is already there.
    fn insert(&mut self, word: &'static str, entry: Word) -> bool {
        let h = fnv(word);
        let mut i = h as usize & self.mask;
        while let Some((_, w, _)) = self.slots[i] {
            if w == word {
                return false;
            }
            i = (i + 1) & self.mask;
        }
        self.slots[i] = Some((h, word, entry));
        let bit = filter_bit(word.as_bytes());
        self.filter[bit / 64] |= 1 << (bit % 64);
        true
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.slots.iter().flatten().count()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every word, in no particular order.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.slots.iter().flatten().map(|(_, w, _)| *w)
    }
}

static WORDS: LazyLock<Table> =
    LazyLock::new(|| parse(include_str!("words.txt")).unwrap_or_else(|_| Table::with_room(0)));

/// The word table.
pub fn table() -> &'static Table {
    &WORDS
}

/// What `word` (lowercase) can be, if it is a trigger word.
pub fn lookup(word: &str) -> Option<Word> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    WORDS.get(word)
}

/// A small number: digits with an optional minus sign.
fn small_int(s: &str) -> Option<i32> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let n = crate::timex::scan::digits(digits)? as i32;
    Some(if neg { -n } else { n })
}

/// The classes of `words.txt`, in the order [`make`] reads them.
const CLASSES: [&str; 25] = [
    "month",
    "month-abbr",
    "weekday",
    "weekday-abbr",
    "weekdays",
    "unit",
    "units",
    "number",
    "vague",
    "ordinal",
    "season",
    "part",
    "clock",
    "day",
    "ref",
    "dir",
    "edge",
    "approx",
    "zone",
    "meridiem",
    "holiday",
    "freq",
    "past",
    "future",
    "signal",
];

/// Named arguments; the first thirteen are the units, in [`UNITS`] order.
const NAMES: [&str; 27] = [
    "second",
    "minute",
    "hour",
    "day",
    "weekend",
    "week",
    "fortnight",
    "month",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "night",
    "past",
    "present",
    "future",
    "start",
    "mid",
    "end",
    "approx",
    "more",
    "less",
    "utc",
    "local",
    "am",
    "pm",
];

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

/// A named argument is coded as `NAMED` plus its index in [`NAMES`].
const NAMED: i32 = 10_000;

/// The entry of class number `class` with argument `arg` (a number, a
/// `month*100+day`, or a named argument), if the argument fits the class.
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
        24 => Word::Signal(in_range(7)? - 1),
        _ => return None,
    })
}

/// Parses the word list; an error is the number of the bad line. A line is
/// bad when its class or argument cannot be read, its word is not lowercase
/// or longer than 16 bytes, or its word was listed before.
pub fn parse(text: &'static str) -> Result<Table, usize> {
    // Lines are at least eight bytes long, so this leaves room for all.
    let mut table = Table::with_room(text.len() / 8);
    for (n, line) in text.split('\n').enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split(' ');
        let (word, class) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
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
        let entry = CLASSES
            .iter()
            .position(|c| *c == class)
            .zip(arg)
            .and_then(|(c, a)| make(c, a));
        let lowercase =
            !word.bytes().any(|b| b.is_ascii_uppercase()) && (1..=16).contains(&word.len());
        match entry {
            Some(e) if lowercase && table.insert(word, e) => {}
            _ => return Err(n + 1),
        }
    }
    Ok(table)
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
        let table = parse(include_str!("words.txt")).unwrap();
        let mut missing: Vec<&str> = table.words().filter(|w| !used.contains(w)).collect();
        missing.sort_unstable();
        assert!(missing.is_empty(), "words with no example: {missing:?}");
    }

    #[test]
    fn fnv_matches_the_reference() {
        assert_eq!(fnv("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
