//! The cue lexicon: entries parsed once from the data files in `cues/`,
//! indexed by the words that can start them, and matched on the shared
//! tokens.
//!
//! # Format
//! One file per class (`modal.txt`, `evidential.txt`, ...), plus `sets.txt`
//! for named word sets. An entry is one line:
//!
//! ```text
//! pattern ; pattern ... | weight | rule, rule ...
//! ```
//!
//! A pattern is a sequence of slots separated by spaces. A slot is a word,
//! alternatives `a/b/c`, a word set `@name` (from `sets.txt`), or any of
//! these prefixed with `?` to make it optional. The built-in sets are `@ly`,
//! any word ending in "-ly"; `@lc`, any word in lowercase; `@w`, any word;
//! and `@who`, a plural noun that names people: a word of `@group` or
//! `@people`, or one formed like "historians", "nationalists", "readers",
//! "participants" (see [`names_people`]). Words are lowercase; apostrophes
//! match curly ones too. The weight (0 to 1) is how strongly the cue hedges. Rules name
//! the context checks of `rules/` that may veto a match.
//!
//! Lines indented under an entry and starting with `+` or `-` are its
//! examples: a `+` sentence must yield a cue from this entry, a `-` sentence
//! must not. `cargo test` runs them all; the build script strips them from
//! the copy that ships, so they cost nothing in the WebAssembly module.
//!
//! # Resource usage
//! Parsed on first use into a few hundred small vectors (some tens of KB).
//! Every word of the data gets a number; word sets are bit sets of those
//! numbers. Matching looks each token up once in a [`WordTable`] by the hash
//! the document computed for it: most tokens end there, at one load. A
//! token that starts an entry has its following tokens numbered the same
//! way, and slots compare numbers, never strings.

use super::rules::Rule;
use super::{Class, HEDGE_CLASSES};
use crate::text::{Document, TokenKind, WordTable};
use std::sync::LazyLock;

/// A word's number in the lexicon: 1 and up, in order of first use; 0 for
/// a word the lexicon does not have.
type Id = u32;

/// A set of words, as a bit set of their ids.
#[derive(Clone, Debug, Default)]
struct IdSet(Vec<u64>);

impl IdSet {
    fn insert(&mut self, id: Id) {
        let w = id as usize / 64;
        if self.0.len() <= w {
            self.0.resize(w + 1, 0);
        }
        self.0[w] |= 1 << (id % 64);
    }

    #[inline]
    fn contains(&self, id: Id) -> bool {
        self.0
            .get(id as usize / 64)
            .is_some_and(|w| w >> (id % 64) & 1 != 0)
    }

    fn union(&mut self, other: &IdSet) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }

    /// The ids in the set, in increasing order.
    fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        self.0.iter().enumerate().flat_map(|(k, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                let bit = w.trailing_zeros();
                (w != 0).then(|| {
                    w &= w - 1;
                    64 * k as Id + bit
                })
            })
        })
    }
}

/// What one slot of a pattern accepts.
#[derive(Debug)]
enum Accept {
    /// One of these words (by id).
    Words(Vec<Id>),
    /// A word of a named set.
    Set(usize),
    /// Any word ending in "-ly".
    Ly,
    /// Any word in lowercase.
    Lc,
    /// Any word.
    W,
    /// A plural noun that names people.
    Who,
}

#[derive(Debug)]
struct Slot {
    accept: Accept,
    optional: bool,
}

/// One lexicon entry: its patterns, class, weight and rules.
#[derive(Debug)]
pub struct Entry {
    /// The entry as written (its first pattern), for messages (only kept
    /// in test builds).
    #[cfg(test)]
    pub name: &'static str,
    /// The class of its cues.
    pub class: Class,
    /// How strongly it hedges (or boosts), 0 to 1.
    pub weight: f64,
    /// Context checks that may veto a match.
    pub rules: Vec<Rule>,
    /// `+` examples (only kept in test builds).
    #[cfg(test)]
    pub positive: Vec<&'static str>,
    /// `-` examples (only kept in test builds).
    #[cfg(test)]
    pub negative: Vec<&'static str>,
}

struct Pattern {
    entry: u16,
    slots: Vec<Slot>,
    /// The set (index into `sets`) of the words the token after the first
    /// must be for the pattern to match, when its slots say so (they can
    /// be skipped, `@ly` and the like accept too many words): most
    /// candidates are ruled out by this one test.
    next: usize,
}

/// The patterns that start with one word.
#[derive(Clone, Copy, Debug, Default)]
struct Starts {
    /// Their indices are `starts[from..from + len]`.
    from: u32,
    len: u32,
    /// When all of them need a second token, the set (index into `sets`)
    /// of the words they accept there, else `usize::MAX`. Most tokens that
    /// start a pattern ("a", "is", "it", "'s") fail this second test.
    second: usize,
    /// Whether some of them also accept a word ending in "-ly" there
    /// (`@ly`), in place of a word of `second`.
    second_ly: bool,
    /// The same for the token after that ("it is" is followed by few of
    /// the words that continue "it is thought"): `third`, `third_ly`.
    third: usize,
    third_ly: bool,
}

/// The parsed lexicon.
pub struct Lexicon {
    /// Entries in file order; cue ids index this.
    pub entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    /// Every word of the data: its [`Id`].
    words: WordTable<'static>,
    /// The words that some pattern starts with: their [`Id`]. A table of
    /// their own, so that the common words that only come later in
    /// patterns ("the", "of") are misses at the first slot.
    first_words: WordTable<'static>,
    /// By id: the word, and the patterns that start with it.
    names: Vec<&'static str>,
    firsts: Vec<Starts>,
    /// Pattern indices, grouped by first word (see [`Starts`]).
    starts: Vec<u16>,
    sets: Vec<IdSet>,
    set_names: Vec<&'static str>,
    /// Indices in `sets` of `@group` and `@people`, which `@who` takes in.
    who: [usize; 2],
}

/// A line of lexicon data that does not parse.
#[derive(Debug, PartialEq, Eq)]
pub struct DataError {
    /// The file, without `.txt`.
    pub file: &'static str,
    /// Its line, from 1.
    pub line: usize,
    /// What is wrong.
    pub message: &'static str,
}

/// Parses a weight written `0`, `1` or `0.d` to `0.ddd`, without the float
/// parser (which would add some kilobytes to the WebAssembly module).
fn parse_weight(s: &str) -> Option<f64> {
    match s {
        "0" => return Some(0.0),
        "1" | "1.0" => return Some(1.0),
        _ => {}
    }
    let digits = s.strip_prefix("0.")?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits
        .bytes()
        .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    Some(f64::from(n) / [10.0, 100.0, 1000.0][digits.len() - 1])
}

/// A lexicon match: entry and token range (inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Index into [`Lexicon::entries`].
    pub entry: u16,
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
}

/// The classes, in the order of the data files (a class's index in
/// [`COMPILED`]): the hedge classes, then the boosters.
const CLASSES: [Class; 8] = {
    let mut all = [Class::Booster; 8];
    let mut k = 0;
    while k < HEDGE_CLASSES.len() {
        all[k] = HEDGE_CLASSES[k];
        k += 1;
    }
    all
};

/// Class files, with their examples: (class, data). Test builds parse
/// them; the WebAssembly module does not carry them.
#[cfg(test)]
pub const FILES: [(Class, &str); 8] = [
    (CLASSES[0], include_str!("cues/modal.txt")),
    (CLASSES[1], include_str!("cues/evidential.txt")),
    (CLASSES[2], include_str!("cues/adverb.txt")),
    (CLASSES[3], include_str!("cues/adjective.txt")),
    (CLASSES[4], include_str!("cues/speculation.txt")),
    (CLASSES[5], include_str!("cues/weasel.txt")),
    (CLASSES[6], include_str!("cues/question.txt")),
    (CLASSES[7], include_str!("cues/booster.txt")),
];

/// The word sets referenced as `@name`.
#[cfg(test)]
pub const SETS: &str = include_str!("cues/sets.txt");

/// The lexicon as the build script compiled it from the data files (see
/// `build.rs` for the format): the words in the order the parser numbers
/// them, so that loading it is the parser's work without the reading.
struct Compiled {
    /// The words, one a line, numbered from 1.
    words: &'static str,
    /// The names of the word sets, one a line.
    set_names: &'static str,
    /// The names of the rules that entries name, one a line.
    rules: &'static str,
    /// The sets' words, then the entries' classes, weights and patterns.
    stream: &'static [u16],
}

/// Reads [`Compiled::stream`]: 0 past its end.
struct Stream(&'static [u16]);

impl Stream {
    fn next(&mut self) -> usize {
        let (&n, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        n as usize
    }

    /// A set: its length, then its ids.
    #[inline(never)]
    fn set(&mut self) -> IdSet {
        let mut set = IdSet::default();
        for _ in 0..self.next() {
            set.insert(self.next() as Id);
        }
        set
    }
}

const COMPILED: Compiled = include!(concat!(env!("OUT_DIR"), "/hedge_lexicon.rs"));

/// The lexicon, built on first use: in test builds by parsing the data files
/// (with their examples, which the tests run); otherwise from the form the
/// build script compiled them into, which takes no parsing (a sixth of the
/// work: the first analysis in a page is that much faster).
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    // The data is checked by `cargo test` (`tests::every_file_parses`); a
    // failure here means a build from unchecked data, so fall back to an
    // empty lexicon rather than panic in a reader's browser.
    #[cfg(test)]
    return Lexicon::parse(SETS, &FILES).unwrap_or_else(|_| Lexicon::empty());
    #[cfg(not(test))]
    Lexicon::load(&COMPILED)
});

impl Lexicon {
    fn empty() -> Lexicon {
        Lexicon {
            entries: Vec::new(),
            patterns: Vec::new(),
            words: WordTable::new(),
            first_words: WordTable::new(),
            names: vec![""],
            firsts: vec![Starts::default()],
            starts: Vec::new(),
            sets: Vec::new(),
            set_names: Vec::new(),
            who: [usize::MAX; 2],
        }
    }

    /// The id of `word`, numbered now if it is new.
    fn intern(&mut self, word: &'static str) -> Id {
        let next = self.firsts.len() as u64;
        let v = self.words.entry(word);
        if *v == 0 {
            *v = next;
            self.names.push(word);
            self.firsts.push(Starts {
                second: usize::MAX,
                ..Starts::default()
            });
        }
        *v as Id
    }

    /// The id of `word`, or 0.
    fn id(&self, word: &str) -> Id {
        self.words.get(word) as Id
    }

    /// Parses the word sets and the class files.
    ///
    /// # Errors
    /// The file line that does not parse and what is wrong with it.
    pub fn parse(
        sets: &'static str,
        files: &[(Class, &'static str)],
    ) -> Result<Lexicon, DataError> {
        let mut lex = Lexicon::empty();
        // About one distinct word per ten bytes of data: room enough not to
        // grow while the data is read.
        let bytes = sets.len() + files.iter().map(|(_, d)| d.len()).sum::<usize>();
        lex.words = WordTable::with_capacity(bytes / 10);
        for (n, line) in sets.lines().enumerate() {
            let err = |message| DataError {
                file: "sets",
                line: n + 1,
                message,
            };
            let line = line.trim_ascii();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, words) = line
                .split_once('=')
                .ok_or(err("expected `@name = words`"))?;
            let name = name
                .trim_ascii()
                .strip_prefix('@')
                .ok_or(err("a set name starts with @"))?;
            let mut set = IdSet::default();
            for w in words.split_ascii_whitespace() {
                set.insert(lex.intern(w));
            }
            if set.is_empty() {
                return Err(err("empty set"));
            }
            lex.set_names.push(name);
            lex.sets.push(set);
        }
        lex.find_who();
        // Pattern indices by first word, in file order.
        let mut by_first: Vec<Vec<u16>> = Vec::new();
        for (class, data) in files {
            lex.parse_file(*class, data, &mut by_first)?;
        }
        lex.index_first_words(by_first);
        Ok(lex)
    }

    /// Fills `firsts` and `starts` from the patterns of each first word,
    /// and `second`: for each first word, the union of the words its
    /// patterns accept second, when every one of them needs one.
    fn index_first_words(&mut self, by_first: Vec<Vec<u16>>) {
        // Sized once: grown from empty, the table was rebuilt five times.
        let firsts = by_first.iter().filter(|p| !p.is_empty()).count();
        self.first_words = WordTable::with_capacity(firsts);
        for (id, patterns) in by_first.into_iter().enumerate() {
            if !patterns.is_empty() {
                self.index_first_word(id, patterns);
            }
        }
    }

    /// [`Self::index_first_words`] for word `id`, which `patterns` start.
    #[inline(never)]
    fn index_first_word(&mut self, id: usize, patterns: Vec<u16>) {
        let (second, second_ly) = self.filter_at(&patterns, 0);
        let (third, third_ly) = self.filter_at(&patterns, 1);
        self.firsts[id] = Starts {
            from: self.starts.len() as u32,
            len: patterns.len() as u32,
            second,
            second_ly,
            third,
            third_ly,
        };
        self.starts.extend(patterns);
        self.first_words.insert(self.names[id], id as u64);
    }

    /// What the token `k + 1` places after a token that starts `patterns`
    /// must be for one of them to match: a word of a set (its index in
    /// `sets`), or an "-ly" word when the flag says so; `usize::MAX` when
    /// it can be any token, or a match can end before it.
    fn filter_at(&mut self, patterns: &[u16], k: usize) -> (usize, bool) {
        let (mut set, mut ly) = (IdSet::default(), false);
        for &p in patterns {
            if !self.words_at(&self.patterns[p as usize].slots[1..], k, &mut set, &mut ly) {
                return (usize::MAX, false);
            }
        }
        self.sets.push(set);
        self.set_names.push("");
        (self.sets.len() - 1, ly)
    }

    /// Adds to `set` (and `ly`, for "-ly" words) what the token `k` places
    /// after the start of `slots` can be in a match of them; false when it
    /// can be any token, or the match can end before it.
    fn words_at(&self, slots: &[Slot], k: usize, set: &mut IdSet, ly: &mut bool) -> bool {
        let Some((slot, rest)) = slots.split_first() else {
            return false;
        };
        let here = if k == 0 {
            match &slot.accept {
                Accept::Words(words) => words.iter().for_each(|&w| set.insert(w)),
                Accept::Set(s) => set.union(&self.sets[*s]),
                Accept::Ly => *ly = true,
                Accept::Lc | Accept::W | Accept::Who => return false,
            }
            true
        } else {
            self.words_at(rest, k - 1, set, ly)
        };
        here && (!slot.optional || self.words_at(rest, k, set, ly))
    }

    fn parse_file(
        &mut self,
        class: Class,
        data: &'static str,
        by_first: &mut Vec<Vec<u16>>,
    ) -> Result<(), DataError> {
        for (n, raw) in data.lines().enumerate() {
            let err = |message| DataError {
                file: class.name(),
                line: n + 1,
                message,
            };
            let line = raw.trim_ascii();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if raw.starts_with([' ', '\t']) {
                if self.entries.is_empty() {
                    return Err(err("example before any entry"));
                }
                if !line.starts_with(['+', '-']) {
                    return Err(err("an indented line is a + or - example"));
                }
                #[cfg(test)]
                if let Some(entry) = self.entries.last_mut() {
                    let example = line[1..].trim_ascii();
                    if line.starts_with('+') {
                        entry.positive.push(example);
                    } else {
                        entry.negative.push(example);
                    }
                }
                continue;
            }
            let mut fields = line.split('|').map(str::trim_ascii);
            let (Some(patterns), Some(weight), rules, None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(err("expected `patterns | weight | rules`"));
            };
            let weight = parse_weight(weight).ok_or(err("weight must be 0, 1 or 0.d to 0.ddd"))?;
            let mut parsed_rules = Vec::new();
            for name in rules.unwrap_or_default().split(',').map(str::trim_ascii) {
                if !name.is_empty() {
                    parsed_rules.push(Rule::from_name(name).ok_or(err("unknown rule"))?);
                }
            }
            let id = u16::try_from(self.entries.len()).map_err(|_| err("too many entries"))?;
            for pattern in patterns.split(';').map(str::trim_ascii) {
                let slots = self.parse_pattern(pattern).map_err(err)?;
                self.add_pattern(id, slots, by_first).map_err(err)?;
            }
            self.entries.push(Entry {
                #[cfg(test)]
                name: patterns.split(';').next().unwrap_or_default().trim_ascii(),
                class,
                weight,
                rules: parsed_rules,
                #[cfg(test)]
                positive: Vec::new(),
                #[cfg(test)]
                negative: Vec::new(),
            });
        }
        Ok(())
    }

    /// Adds a pattern of entry `entry`, indexed by its first words.
    #[inline(never)]
    fn add_pattern(
        &mut self,
        entry: u16,
        slots: Vec<Slot>,
        by_first: &mut Vec<Vec<u16>>,
    ) -> Result<(), &'static str> {
        let index = u16::try_from(self.patterns.len()).map_err(|_| "too many patterns")?;
        let firsts: Vec<Id> = match &slots[0].accept {
            Accept::Words(words) => words.clone(),
            Accept::Set(s) => self.sets[*s].ids().collect(),
            Accept::Ly | Accept::Lc | Accept::W | Accept::Who => {
                return Err("a pattern cannot start with a built-in set")
            }
        };
        for id in firsts {
            if by_first.len() <= id as usize {
                by_first.resize(id as usize + 1, Vec::new());
            }
            by_first[id as usize].push(index);
        }
        let next = self.next_words(&slots[1..]);
        self.patterns.push(Pattern { entry, slots, next });
        Ok(())
    }

    /// A slot of alternative words (ids): long lists after the first slot
    /// are bit sets, one test instead of many compares.
    #[inline(never)]
    fn words_slot(&mut self, words: Vec<Id>, first: bool) -> Accept {
        if words.len() > 4 && !first {
            let mut set = IdSet::default();
            words.iter().for_each(|&w| set.insert(w));
            self.sets.push(set);
            self.set_names.push("");
            Accept::Set(self.sets.len() - 1)
        } else {
            Accept::Words(words)
        }
    }

    /// The lexicon from its compiled form: what [`Self::parse`] builds from
    /// the files, with no text to read but the words.
    ///
    /// Each loop's body is a call: V8 optimizes a function again once its
    /// loops have run long enough, and this runs once, in the first
    /// analysis, which that compilation would compete with for the CPU
    /// (DESIGN.md, "Why keep the stages out of line?").
    fn load(c: &Compiled) -> Lexicon {
        let mut lex = Lexicon::empty();
        let lines = |s: &'static str| s.split('\n').filter(|l| !l.is_empty());
        lex.words = WordTable::with_capacity(lines(c.words).count());
        for w in lines(c.words) {
            lex.intern(w);
        }
        let mut s = Stream(c.stream);
        for name in lines(c.set_names) {
            let set = s.set();
            lex.set_names.push(name);
            lex.sets.push(set);
        }
        lex.find_who();
        let rules: Vec<Option<Rule>> = lines(c.rules).map(Rule::from_name).collect();
        let mut by_first: Vec<Vec<u16>> = Vec::new();
        while !s.0.is_empty() {
            lex.load_entry(&mut s, &rules, &mut by_first);
        }
        lex.index_first_words(by_first);
        lex
    }

    /// Loads one entry of the compiled form ([`Self::load`]).
    #[inline(never)]
    fn load_entry(&mut self, s: &mut Stream, rules: &[Option<Rule>], by_first: &mut Vec<Vec<u16>>) {
        let class = CLASSES.get(s.next()).copied().unwrap_or(Class::Modal);
        let weight = s.next() as f64 / 1000.0;
        let rules = (0..s.next())
            .filter_map(|_| rules.get(s.next()).copied().flatten())
            .collect();
        let id = self.entries.len() as u16;
        for _ in 0..s.next() {
            let slots = self.load_slots(s);
            if !slots.is_empty() {
                let _ = self.add_pattern(id, slots, by_first);
            }
        }
        self.entries.push(Entry {
            class,
            weight,
            rules,
            #[cfg(test)]
            name: "",
            #[cfg(test)]
            positive: Vec::new(),
            #[cfg(test)]
            negative: Vec::new(),
        });
    }

    /// Loads the slots of one pattern of the compiled form.
    #[inline(never)]
    fn load_slots(&mut self, s: &mut Stream) -> Vec<Slot> {
        let n = s.next();
        let mut slots = Vec::with_capacity(n);
        for k in 0..n {
            let tag = s.next();
            let accept = match tag / 2 {
                0 => {
                    let words = (0..s.next()).map(|_| s.next() as Id).collect();
                    self.words_slot(words, k == 0)
                }
                1 => Accept::Set(s.next()),
                2 => Accept::Ly,
                3 => Accept::Lc,
                4 => Accept::W,
                _ => Accept::Who,
            };
            slots.push(Slot {
                accept,
                optional: tag % 2 == 1,
            });
        }
        slots
    }

    /// Finds `@group` and `@people`, which `@who` takes in.
    fn find_who(&mut self) {
        for (k, name) in ["group", "people"].into_iter().enumerate() {
            self.who[k] = self
                .set_names
                .iter()
                .position(|n| *n == name)
                .unwrap_or(usize::MAX);
        }
    }

    /// The set of the words that can come first in a match of `slots` (the
    /// words of the leading optional slots and of the first required one),
    /// as an index into `sets`; `usize::MAX` when every slot can be skipped
    /// or a built-in set comes first.
    #[inline(never)]
    fn next_words(&mut self, slots: &[Slot]) -> usize {
        let mut set = IdSet::default();
        for slot in slots {
            match &slot.accept {
                Accept::Words(words) => words.iter().for_each(|&w| set.insert(w)),
                Accept::Set(s) => set.union(&self.sets[*s]),
                Accept::Ly | Accept::Lc | Accept::W | Accept::Who => return usize::MAX,
            }
            if !slot.optional {
                self.sets.push(set);
                self.set_names.push("");
                return self.sets.len() - 1;
            }
        }
        usize::MAX
    }

    fn parse_pattern(&mut self, pattern: &'static str) -> Result<Vec<Slot>, &'static str> {
        let mut slots = Vec::new();
        for item in pattern.split_ascii_whitespace() {
            // A lone `?` is the question mark itself.
            let (optional, item) = match item.strip_prefix('?') {
                Some(rest) if !rest.is_empty() => (true, rest),
                _ => (false, item),
            };
            let accept = if item == "@ly" {
                Accept::Ly
            } else if item == "@lc" {
                Accept::Lc
            } else if item == "@w" {
                Accept::W
            } else if item == "@who" {
                Accept::Who
            } else if let Some(name) = item.strip_prefix('@').filter(|n| !n.is_empty()) {
                let s = self
                    .set_names
                    .iter()
                    .position(|n| *n == name)
                    .ok_or("unknown set")?;
                Accept::Set(s)
            } else {
                if item.bytes().any(|c| c.is_ascii_uppercase()) {
                    return Err("words are written in lowercase");
                }
                let words: Vec<Id> = item
                    .split('/')
                    .filter(|w| !w.is_empty())
                    .map(|w| self.intern(w))
                    .collect();
                self.words_slot(words, slots.is_empty())
            };
            slots.push(Slot { accept, optional });
        }
        match slots.first() {
            None => Err("empty pattern"),
            Some(s) if s.optional => Err("a pattern cannot start with an optional slot"),
            Some(_) => Ok(slots),
        }
    }

    /// Whether some pattern can start with `word`.
    pub fn starts_entry(&self, word: &str) -> bool {
        self.first_words.get(word) != 0
    }

    /// Whether the word `word` (lowercase) belongs to the set `@name`.
    pub fn in_set(&self, name: &str, word: &str) -> bool {
        self.set_names
            .iter()
            .position(|n| *n == name)
            .is_some_and(|s| self.sets[s].contains(self.id(word)))
    }

    /// Calls `f` with each match that starts at token `i` and stays before
    /// token `end`, longest first, until `f` returns true (accepts it).
    /// Returns the accepted match.
    ///
    /// Most tokens start no pattern: for them this is one table load, inlined
    /// into the caller's loop; so is the second-token test, which rules out
    /// most of the others ("a", "is", "it") without a call.
    #[inline]
    pub fn matches_at(
        &self,
        doc: &Document,
        i: usize,
        end: usize,
        accept: impl FnMut(Match) -> bool,
    ) -> Option<Match> {
        let id = self.first_words.at(doc, i) as Id;
        if id == 0 {
            return None;
        }
        let first = self.firsts[id as usize];
        if let Some(set) = self.sets.get(first.second) {
            let fits = |j: usize| {
                set.contains(self.words.at(doc, j) as Id)
                    || first.second_ly && is_ly(word_at(doc, j))
            };
            if i + 1 >= end || !fits(i + 1) {
                return None;
            }
        }
        self.matches_from(doc, i, id, end, accept)
    }

    /// [`Self::matches_at`] for a token whose word, numbered `id`, starts
    /// some pattern.
    #[inline(never)]
    fn matches_from(
        &self,
        doc: &Document,
        i: usize,
        id: Id,
        end: usize,
        mut accept: impl FnMut(Match) -> bool,
    ) -> Option<Match> {
        let first = self.firsts[id as usize];
        if let Some(set) = self.sets.get(first.third) {
            let fits = |j: usize| {
                set.contains(self.words.at(doc, j) as Id)
                    || first.third_ly && is_ly(word_at(doc, j))
            };
            if i + 2 >= end || !fits(i + 2) {
                return None;
            }
        }
        let candidates =
            &self.starts[first.from as usize..first.from as usize + first.len as usize];
        // The tokens a pattern can reach, numbered once.
        let mut window = Window {
            doc,
            start: i,
            ids: [0; WINDOW],
            filled: 1,
            len: (end - i).min(WINDOW),
        };
        window.ids[0] = id;
        // Match every candidate once (up to 24; `every_file_parses` checks
        // the data has no more per word), then offer them longest first
        // until one is accepted.
        let mut lasts = [usize::MAX; 24];
        let n = candidates.len().min(lasts.len());
        for (last, &p) in lasts[..n].iter_mut().zip(candidates) {
            let pattern = &self.patterns[p as usize];
            if let Some(next) = self.sets.get(pattern.next) {
                if window.len < 2 || !next.contains(window.id(self, 1)) {
                    continue;
                }
            }
            if let Some(k) = self.match_slots(&mut window, &pattern.slots[1..], 1) {
                *last = i + k;
            }
        }
        loop {
            let mut best: Option<Match> = None;
            for (k, &last) in lasts[..n].iter().enumerate() {
                if last == usize::MAX {
                    continue;
                }
                let entry = self.patterns[candidates[k] as usize].entry;
                if best.is_none_or(|b| last > b.last || last == b.last && entry < b.entry) {
                    best = Some(Match {
                        entry,
                        first: i,
                        last,
                    });
                }
            }
            let m = best?;
            if accept(m) {
                return Some(m);
            }
            // Drop every candidate of the refused entry and length.
            for (k, last) in lasts[..n].iter_mut().enumerate() {
                if *last == m.last && self.patterns[candidates[k] as usize].entry == m.entry {
                    *last = usize::MAX;
                }
            }
        }
    }

    /// Matches `slots` from position `k` of the window; returns the last
    /// position matched (`k - 1` when every remaining slot was optional and
    /// skipped).
    fn match_slots(&self, w: &mut Window, slots: &[Slot], k: usize) -> Option<usize> {
        let Some((slot, rest)) = slots.split_first() else {
            return Some(k - 1);
        };
        if k < w.len && self.accepts(w, &slot.accept, k) {
            if let Some(last) = self.match_slots(w, rest, k + 1) {
                return Some(last);
            }
        }
        if slot.optional {
            return self.match_slots(w, rest, k);
        }
        None
    }

    fn accepts(&self, w: &mut Window, accept: &Accept, k: usize) -> bool {
        match accept {
            Accept::Words(words) => words.contains(&w.id(self, k)),
            Accept::Set(s) => self.sets[*s].contains(w.id(self, k)),
            Accept::Ly => is_ly(w.word(k)),
            Accept::Lc => w
                .doc
                .token_text(w.start + k)
                .bytes()
                .all(|b| b.is_ascii_lowercase()),
            Accept::W => w.doc.tokens[w.start + k].kind == TokenKind::Word,
            Accept::Who => {
                w.doc.tokens[w.start + k].kind == TokenKind::Word && {
                    let id = w.id(self, k);
                    self.who
                        .iter()
                        .any(|&s| s < self.sets.len() && self.sets[s].contains(id))
                        || names_people(w.word(k))
                }
            }
        }
    }
}

/// Whether `word` is one that `@ly` accepts: five or more lowercase ASCII
/// letters ending in "-ly". Out of line: one copy in the module.
#[inline(never)]
fn is_ly(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether `word` (lowercase) is formed like a plural noun of people:
/// "historians", "Lithuanians", "nationalists", "readers", "editors",
/// "participants", "residents", "critics", "Israelites", "employees". Only
/// read between a vague quantifier and a verb of saying or judging ("some
/// Norwegian historians argue"), where a word of this shape that names
/// things instead ("some numbers suggest") is rare and vague all the same.
pub fn names_people(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ians", "eans", "ists", "ers", "ors", "ants", "ents", "ics", "ites", "ees",
    ];
    word.len() >= 5 && ENDINGS.iter().any(|e| word.ends_with(e)) && word != "others"
}

/// The longest a pattern can be, in tokens (`every_file_parses` checks).
const WINDOW: usize = 10;

/// The tokens from a match's first one on, each numbered (its [`Id`]) on
/// first use and then remembered.
struct Window<'d, 'a> {
    doc: &'d Document<'a>,
    start: usize,
    ids: [Id; WINDOW],
    /// How many of `ids` are set.
    filled: usize,
    /// How many tokens the sentence has from `start` on, at most `WINDOW`.
    len: usize,
}

impl<'d> Window<'d, '_> {
    /// The id of the word at position `k` (`k < len`).
    #[inline]
    fn id(&mut self, lex: &Lexicon, k: usize) -> Id {
        while self.filled <= k {
            self.ids[self.filled] = lex.words.at(self.doc, self.start + self.filled) as Id;
            self.filled += 1;
        }
        self.ids[k]
    }

    /// The word at position `k` (`k < len`).
    fn word(&self, k: usize) -> &'d str {
        word_at(self.doc, self.start + k)
    }
}

/// [`Document::word`], out of line: one copy in the module for the few
/// slots that read a word's text.
#[inline(never)]
fn word_at<'d>(doc: &'d Document, i: usize) -> &'d str {
    doc.word(i)
}

/// The lowercase text of token `i` with a curly apostrophe read as straight
/// in a clitic (`n’t` is `n't`): [`Document::word`].
#[inline]
pub fn normalized<'d>(doc: &'d Document, i: usize) -> &'d str {
    doc.word(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(sets: &'static str, data: &'static str) -> Result<Lexicon, DataError> {
        Lexicon::parse(sets, &[(Class::Modal, data)])
    }

    #[test]
    fn every_file_parses() {
        let lex = Lexicon::parse(SETS, &FILES).unwrap();
        assert!(lex.entries.len() > 100);
        let most = lex.firsts.iter().map(|f| f.len).max().unwrap();
        assert!(
            most <= 24,
            "{most} patterns start with one word; matches_at takes 24"
        );
        let longest = lex.patterns.iter().map(|p| p.slots.len()).max().unwrap();
        assert!(
            longest <= WINDOW,
            "a pattern of {longest} slots; matches_at looks {WINDOW} tokens ahead"
        );
    }

    /// The frequent words that start entries are ruled out by the token
    /// after them, one lookup, before any pattern is tried: the second
    /// test holds for them, and takes "-ly" words where `@ly` can come
    /// second ("is widely thought to").
    #[test]
    fn frequent_first_words_have_a_second_test() {
        let lex = Lexicon::parse(SETS, &FILES).unwrap();
        for w in ["a", "an", "is", "was", "be", "'s", "not", "it", "has"] {
            let first = lex.firsts[lex.id(w) as usize];
            assert!(first.len > 0, "{w:?} starts no entry");
            assert!(first.second != usize::MAX, "{w:?} has no second test");
        }
        assert!(lex.firsts[lex.id("is") as usize].second_ly);
        assert!(!lex.firsts[lex.id("it") as usize].second_ly);
        // "it is" is ruled out by the token after "is" in turn.
        assert!(lex.firsts[lex.id("it") as usize].third != usize::MAX);
    }

    /// The second- and third-token tests take every way through optional
    /// slots, and stand aside when a match can be shorter.
    #[test]
    fn token_tests_follow_optional_slots() {
        let lex = lex(
            "@be = is was\n",
            "it @be ?@ly thought/said ; it @be ?@ly ?a likely | 0.5\nmay | 0.3\nno ?doubt | 0.2",
        )
        .unwrap();
        let it = lex.firsts[lex.id("it") as usize];
        let has = |set: usize, w: &str| lex.sets[set].contains(lex.id(w));
        assert!(has(it.second, "is") && !has(it.second, "thought"));
        assert!(it.third_ly && has(it.third, "thought") && has(it.third, "a"));
        assert!(has(it.third, "likely") && !has(it.third, "it"));
        for w in ["may", "no"] {
            let f = lex.firsts[lex.id(w) as usize];
            assert_eq!((f.second, f.third), (usize::MAX, usize::MAX), "{w}");
        }
        for text in ["It is widely said", "It was a likely story", "It is likely"] {
            assert!(first_match(&lex, text).is_some(), "{text}");
        }
        assert_eq!(first_match(&lex, "It is the case"), None);
    }

    /// A function word alone is never a cue: every one-word pattern of such
    /// a word must carry a rule that reads its context ("if" only where it
    /// means whether). The traps of the tools users reach for are here:
    /// "that", "only", "some", "many", "will".
    #[test]
    fn function_words_alone_never_match() {
        const FUNCTION_WORDS: &[&str] = &[
            "a", "an", "the", "that", "this", "only", "just", "some", "many", "most", "several",
            "few", "all", "will", "would", "shall", "can", "should", "must", "do", "does", "did",
            "is", "are", "was", "were", "be", "been", "have", "has", "had", "so", "very", "really",
            "quite", "about", "around", "of", "in", "on", "and", "or", "but", "if", "whether",
            "not", "no", "it", "there", "other", "others", "certain", "often", "usually",
        ];
        let lex = Lexicon::parse(SETS, &FILES).unwrap();
        for p in &lex.patterns {
            let entry = &lex.entries[p.entry as usize];
            if let [Slot {
                accept: Accept::Words(words),
                ..
            }] = &p.slots[..]
            {
                for &w in words {
                    let w = lex.names[w as usize];
                    assert!(
                        !FUNCTION_WORDS.contains(&w) || !entry.rules.is_empty(),
                        "{w:?} alone is a cue of {:?} with no rule",
                        entry.name
                    );
                }
            }
        }
    }

    /// Everything the lexicon holds, as text: what it matches and how.
    fn fingerprint(lex: &Lexicon) -> Vec<String> {
        let mut out: Vec<String> = lex
            .entries
            .iter()
            .map(|e| format!("{:?} {} {:?}", e.class, e.weight, e.rules))
            .collect();
        out.extend(
            lex.patterns
                .iter()
                .map(|p| format!("{} {:?} {}", p.entry, p.slots, p.next)),
        );
        out.push(format!("{:?} {:?} {:?}", lex.names, lex.firsts, lex.starts));
        out.push(format!("{:?} {:?} {:?}", lex.sets, lex.set_names, lex.who));
        for table in [&lex.words, &lex.first_words] {
            let mut words: Vec<_> = table.iter().collect();
            words.sort();
            out.push(format!("{words:?}"));
        }
        out
    }

    /// The build script's compiled form (what ships) loads into the very
    /// lexicon the parser reads from the data files.
    #[test]
    fn compiled_form_is_the_parsed_lexicon() {
        let parsed = Lexicon::parse(SETS, &FILES).unwrap();
        let loaded = Lexicon::load(&COMPILED);
        let (a, b) = (fingerprint(&loaded), fingerprint(&parsed));
        assert!(a.len() > 300);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x, y);
        }
        assert_eq!(a.len(), b.len());
    }

    #[test]
    fn weights() {
        assert_eq!(parse_weight("0.45"), Some(0.45));
        assert_eq!(parse_weight("0.5"), Some(0.5));
        assert_eq!(parse_weight("1"), Some(1.0));
        assert_eq!(parse_weight("1.5"), None);
        assert_eq!(parse_weight("0.1234"), None);
        assert_eq!(parse_weight("x"), None);
    }

    #[test]
    fn bad_data_is_rejected() {
        assert!(lex("", "may | 2").is_err());
        assert!(lex("", "may | x").is_err());
        assert!(lex("", "may | 0.5 | nosuchrule").is_err());
        assert!(lex("", "?may | 0.5").is_err());
        assert!(lex("", "@nope may | 0.5").is_err());
        assert!(lex("", "May | 0.5").is_err());
        assert!(lex("", "  + example first").is_err());
        assert!(lex("", "may | 0.5\n  * not an example").is_err());
        assert!(lex("be is", "").is_err());
        assert!(lex("@be = is\n", "@be @ly | 0.5").is_ok());
    }

    fn first_match(lex: &Lexicon, text: &str) -> Option<String> {
        let doc = Document::new(text);
        (0..doc.tokens.len()).find_map(|i| {
            lex.matches_at(&doc, i, doc.tokens.len(), |_| true)
                .map(|m| {
                    doc.slice(crate::span::Span::new(
                        doc.tokens[m.first].span.start,
                        doc.tokens[m.last].span.end,
                    ))
                    .to_string()
                })
        })
    }

    #[test]
    fn optional_slots_sets_and_longest_match() {
        let lex = lex(
            "@be = is was\n",
            "@be ?@ly thought to | 0.5\nno doubt | 0.5\nno | 0.1\nca n't | 0.2",
        )
        .unwrap();
        assert_eq!(
            first_match(&lex, "It is widely thought to work").unwrap(),
            "is widely thought to"
        );
        assert_eq!(
            first_match(&lex, "It was thought to work").unwrap(),
            "was thought to"
        );
        assert_eq!(first_match(&lex, "There is no doubt").unwrap(), "no doubt");
        assert_eq!(
            first_match(&lex, "I can\u{2019}t go").unwrap(),
            "can\u{2019}t"
        );
        assert_eq!(first_match(&lex, "It is thought"), None);
    }
}
