//! The pledge lexicons: trigger words by kind ([`triggers.txt`](triggers.txt))
//! and the closed-class word lists the frames read ([`words.txt`](words.txt)).
//!
//! `triggers.txt` has one entry a section: a header `[kind part frames]`,
//! then the forms, lowercase (a multi-word trigger joins its words with `_`,
//! "sign_on_to"):
//!
//! - kind: pledge, agreement, offer, threat, intent, refusal;
//! - part: `v` (verb) or `n` (noun). A form listed both ways reads as a noun
//!   after a determiner, a possessive or an adjective ("a pledge"), as a verb
//!   otherwise;
//! - frames, the complements that make the word a commitment: `i` to + verb
//!   ("agreed to pause attacks"), `p` to + noun phrase ("agreed to a truce"),
//!   `o` on + noun phrase ("agreed on a joint plan"), `t` that-clause
//!   ("promised that aid would come"), `d` indirect object ("assured Trump
//!   that", "offered workers buyouts"), `g` gerund ("ruled out sending
//!   troops"), `f` for + noun phrase ("a deal for 60 aircraft"), `r` reported
//!   future (the modal of "said it will cut jobs"), `s` only after a support
//!   verb ("signed a deal"; "Boeing's contract" is a thing), `n` noun phrase
//!   object, or `N:class` an object with a word of that class of `words.txt`
//!   (`N:deal` proposals, `N:benefit` what is offered, `N:force` what is
//!   threatened).
//!
//! `words.txt` has one class a section, `[class]`, then its words, lowercase,
//! separated by spaces or lines; a phrase joins its words with `_` (a hyphen
//! is a token of its own: `non_-_binding`); `word=canonical` gives a
//! normalized form (firmness).
//!
//! Lines starting with `#` are comments. The examples of every entry are the
//! minimal pairs of `tests/eval/pledges/pairs.txt`: a test checks that every
//! trigger line has one, and the rule files test the word classes they read.
//!
//! The lexicons live in [`WordTable`]s keyed by the lowercase word: a token
//! is looked up by the hash the document computed for it, in one load for
//! most tokens. Multi-word entries are keyed by their first word.
//!
//! Both files are read by one small parser in test builds, which run their
//! examples. The WebAssembly module carries neither the files nor the
//! parser: `build.rs` compiles the files into word lists and numbers
//! ([`Compiled`]), which load on first use with no text to read, and a test
//! checks that they load into the very tables the parser builds from the
//! files (DESIGN.md, "Why are the lexicons compiled at build time?").

use super::PledgeKind;
use crate::text::{Document, WordTable};
#[cfg(test)]
use std::cell::Cell;
use std::sync::LazyLock;

/// The names of the data files' classes, kinds and frames, shared with
/// `build.rs`.
#[path = "names.rs"]
mod names;
#[cfg(test)]
pub(crate) use names::KIND_NAMES;
#[cfg(test)]
use names::{CLASS_NAMES, FRAME_LETTERS};

/// The one map type of the pledge analysis: words to a `u64` (class bits,
/// a packed range, an index), 0 meaning absent; see [`WordTable`].
pub(crate) type Map<'k> = WordTable<'k>;

/// The value of `k` in `m`, or 0.
#[inline]
pub(crate) fn get(m: &Map, k: &str) -> u64 {
    m.get(k)
}

/// The value slot of `k` in `m`, inserted as 0 when absent.
#[inline]
pub(crate) fn slot<'m, 'k>(m: &'m mut Map<'k>, k: &'k str) -> &'m mut u64 {
    m.entry(k)
}

/// Bit of a word's class set: some phrase starts with this word.
pub(crate) const STARTS_PHRASE: u64 = 1 << 62;
/// Bit of a word's class set: some phrase ends with this word.
pub(crate) const ENDS_PHRASE: u64 = 1 << 63;

/// The classes of `words.txt`, in the order of `names::CLASS_NAMES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum C {
    Aux,
    Modal,
    Obligation,
    Future,
    Neg,
    Det,
    Poss,
    Subj,
    Obj,
    Prep,
    Bound,
    Report,
    Directive,
    Predict,
    Hedge,
    FutureAux,
    Aspect,
    Support,
    Receive,
    Exchange,
    Condition,
    Firmness,
    NotMade,
    Inert,
    Deal,
    Benefit,
    Force,
    Event,
    Value,
    Inanimate,
    People,
    Actor,
    Title,
    PersonRole,
    OrgRole,
    Org,
    Calendar,
    Period,
    Be,
    TimePrep,
    Quote,
    Adverb,
    Break,
    Intro,
    Quantifier,
    Reflexive,
    Told,
    NameLink,
    Money,
    Ready,
    Fail,
    Stop,
    NotTime,
    Deny,
    Us,
    Speech,
    SpeechObject,
    Transfer,
    Cessation,
    State,
    Deadline,
    Anonymous,
}

/// The variant of class number `k` (`C` is `repr(u8)`, numbered in order).
fn class(k: usize) -> Option<C> {
    use C::*;
    #[rustfmt::skip]
    const ALL: [C; 62] = [
        Aux, Modal, Obligation, Future, Neg, Det, Poss, Subj, Obj, Prep, Bound, Report, Directive,
        Predict, Hedge, FutureAux, Aspect, Support, Receive, Exchange, Condition, Firmness,
        NotMade, Inert, Deal, Benefit, Force, Event, Value, Inanimate, People, Actor, Title,
        PersonRole, OrgRole, Org, Calendar, Period, Be, TimePrep, Quote, Adverb, Break, Intro,
        Quantifier, Reflexive, Told, NameLink, Money, Ready, Fail, Stop, NotTime, Deny, Us, Speech,
        SpeechObject, Transfer, Cessation, State, Deadline, Anonymous,
    ];
    ALL.get(k).copied()
}

/// Complement frames of a trigger (bit flags, see `triggers.txt`).
pub(crate) mod frame {
    pub const TO_VERB: u16 = 1;
    pub const TO_NP: u16 = 2;
    pub const ON_NP: u16 = 4;
    pub const THAT: u16 = 8;
    pub const INDIRECT: u16 = 16;
    pub const GERUND: u16 = 32;
    pub const FOR_NP: u16 = 64;
    pub const REPORTED: u16 = 128;
    pub const OBJECT: u16 = 256;
    pub const SUPPORT: u16 = 512;
}

/// One trigger entry.
#[derive(Clone, Debug)]
#[cfg_attr(test, derive(PartialEq))]
pub(crate) struct Trigger {
    /// Its words (one for most triggers).
    pub words: Vec<&'static str>,
    pub kind: PledgeKind,
    pub noun: bool,
    /// [`frame`] flags.
    pub frames: u16,
    /// The class the object of an `n` frame must belong to (`None`: any).
    pub object: Option<C>,
}

/// A phrase of a class: its words, and its canonical form.
#[cfg_attr(test, derive(Debug, PartialEq))]
struct Phrase {
    words: Vec<&'static str>,
    class: C,
    canonical: &'static str,
}

/// The word lists.
pub(crate) struct Words {
    /// Classes of single words, one bit per [`C`], with [`STARTS_PHRASE`]
    /// and [`ENDS_PHRASE`] on the first and last words of phrases.
    single: Map<'static>,
    /// Canonical forms of the single words that have one.
    canonical: Vec<(&'static str, &'static str)>,
    /// The phrases: a few dozen, scanned only for a token whose bits say
    /// that a phrase starts or ends with it.
    phrases: Vec<Phrase>,
}

/// The trigger lexicon.
pub(crate) struct Triggers {
    list: Vec<Trigger>,
    /// First word to the indices (plus one) of its entries in `list`, two
    /// 16-bit halves: a word starts at most two entries (a verb and a noun).
    by_first: Map<'static>,
}

/// A lexicon as the build script compiled it from its data file (see
/// `build.rs` for the format): what the parser builds, with no text to read
/// but the words.
struct Compiled {
    /// The words, one a line, numbered from 0.
    words: &'static str,
    /// The rest, as numbers.
    stream: &'static [u16],
}

const COMPILED_WORDS: Compiled = include!(concat!(env!("OUT_DIR"), "/pledge_words.rs"));
const COMPILED_TRIGGERS: Compiled = include!(concat!(env!("OUT_DIR"), "/pledge_triggers.rs"));

/// Reads a [`Compiled`] form: its numbers in order, its words by number
/// (0 and "" past their ends: the data is checked by `cargo test`).
struct Reader {
    words: Vec<&'static str>,
    stream: &'static [u16],
}

impl Reader {
    fn new(c: &Compiled) -> Reader {
        Reader {
            words: crate::text::words::word_list(c.words),
            stream: c.stream,
        }
    }

    fn next(&mut self) -> usize {
        let (&n, rest) = self.stream.split_first().unwrap_or((&0, &[]));
        self.stream = rest;
        n as usize
    }

    /// The word numbered by the next number.
    fn word(&mut self) -> &'static str {
        let k = self.next();
        self.words.get(k).copied().unwrap_or("")
    }

    /// A count, then that many words.
    #[inline(never)]
    fn words(&mut self) -> Vec<&'static str> {
        (0..self.next()).map(|_| self.word()).collect()
    }
}

// The data is checked by `cargo test` (`data_files_parse`); a failure here
// means a build from unchecked data, so fall back to empty lexicons rather
// than panic in a reader's browser (as the hedge lexicon does). Test builds
// parse the files; the others load the compiled forms, which a test checks
// against the parsed files (`compiled_forms_are_the_parsed_lexicons`).
static WORDS: LazyLock<Words> = LazyLock::new(|| {
    #[cfg(test)]
    return parse_words(include_str!("words.txt")).unwrap_or_else(|_| Words {
        single: Map::default(),
        canonical: Vec::new(),
        phrases: Vec::new(),
    });
    #[cfg(not(test))]
    Words::load(&COMPILED_WORDS)
});

static TRIGGERS: LazyLock<Triggers> = LazyLock::new(|| {
    #[cfg(test)]
    return parse_triggers(include_str!("triggers.txt")).unwrap_or_else(|_| Triggers {
        list: Vec::new(),
        by_first: Map::default(),
    });
    #[cfg(not(test))]
    Triggers::load(&COMPILED_TRIGGERS)
});

/// The word lists.
pub(crate) fn words() -> &'static Words {
    &WORDS
}

impl Triggers {
    /// Appends `t` and indexes it by its first word; false when that word
    /// starts two entries already.
    fn push(&mut self, t: Trigger) -> bool {
        let Some(&first) = t.words.first() else {
            return false;
        };
        let entries = slot(&mut self.by_first, first);
        if *entries >> 16 != 0 {
            return false;
        }
        *entries = *entries << 16 | (self.list.len() as u64 + 1);
        self.list.push(t);
        true
    }

    /// The trigger lexicon from its compiled form (`build.rs`).
    ///
    /// The loop's body is a call, as in the hedge lexicon's loader: V8
    /// optimizes a function again once its loops have run long enough, and
    /// this runs once, in the first analysis (DESIGN.md, "Why keep the
    /// stages out of line?").
    fn load(c: &Compiled) -> Triggers {
        let mut t = Triggers {
            list: Vec::new(),
            by_first: Map::default(),
        };
        let mut r = Reader::new(c);
        while !r.stream.is_empty() {
            t.load_entry(&mut r);
        }
        t
    }

    /// Loads one entry of the compiled form.
    #[inline(never)]
    fn load_entry(&mut self, r: &mut Reader) {
        let kind = KINDS.get(r.next()).copied().unwrap_or(PledgeKind::Pledge);
        let noun = r.next() == 1;
        let frames = r.next() as u16;
        let object = r.next().checked_sub(1).and_then(class);
        let words = r.words();
        self.push(Trigger {
            words,
            kind,
            noun,
            frames,
            object,
        });
    }

    /// The entries whose first word is `word` (lowercase).
    pub fn get(&self, word: &str) -> Entries<'_> {
        Entries {
            list: &self.list,
            packed: get(&self.by_first, word),
        }
    }

    /// The entries whose first word is token `i` of `doc`.
    #[inline]
    pub fn at(&self, doc: &Document, i: usize) -> Entries<'_> {
        Entries {
            list: &self.list,
            packed: self.by_first.at(doc, i),
        }
    }
}

/// The (at most two) trigger entries of a word.
#[derive(Clone, Copy)]
pub(crate) struct Entries<'a> {
    list: &'a [Trigger],
    packed: u64,
}

impl<'a> Iterator for Entries<'a> {
    type Item = &'a Trigger;

    fn next(&mut self) -> Option<&'a Trigger> {
        let k = (self.packed & 0xffff) as usize;
        self.packed >>= 16;
        k.checked_sub(1).map(|k| &self.list[k])
    }
}

/// The trigger lexicon.
pub(crate) fn trigger_lexicon() -> &'static Triggers {
    &TRIGGERS
}

/// The trigger entries whose first word is `word` (lowercase).
pub(crate) fn triggers(word: &str) -> Entries<'static> {
    TRIGGERS.get(word)
}

/// The words of a data entry: `_` joins the words of a phrase.
#[cfg(test)]
fn split_words(entry: &'static str) -> Vec<&'static str> {
    entry.split('_').collect()
}

/// Reads a data file: `header` gets the inside of each `[...]` line, `entry`
/// each word of the other lines; `#` starts a comment line. An error is the
/// number of the line that either callback refuses. (`dyn` callbacks: one
/// copy of this code for both files.)
#[cfg(test)]
fn sections(
    data: &'static str,
    header: &mut dyn FnMut(&'static str) -> bool,
    entry: &mut dyn FnMut(&'static str) -> bool,
) -> Result<(), usize> {
    for (n, line) in data.split('\n').enumerate() {
        let line = line.trim_ascii();
        if line.starts_with('#') {
            continue;
        }
        let ok = match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(inside) => header(inside),
            None => line.split_ascii_whitespace().all(&mut *entry),
        };
        if !ok {
            return Err(n + 1);
        }
    }
    Ok(())
}

/// The class named `name`.
#[cfg(test)]
fn class_named(name: &str) -> Option<C> {
    CLASS_NAMES
        .split_ascii_whitespace()
        .position(|c| c == name)
        .and_then(class)
}

/// Parses `words.txt`; an error is the number of the bad line.
#[cfg(test)]
fn parse_words(data: &'static str) -> Result<Words, usize> {
    let mut w = Words {
        // About one word per eight bytes of data: room enough not to grow.
        single: Map::with_capacity(data.len() / 8),
        canonical: Vec::new(),
        phrases: Vec::new(),
    };
    let current = Cell::new(None);
    sections(
        data,
        &mut |name| {
            current.set(class_named(name));
            current.get().is_some()
        },
        &mut |entry| {
            let Some(c) = current.get() else { return false };
            let (form, canon) = entry.split_once('=').unwrap_or((entry, entry));
            if form.is_empty() || canon.is_empty() {
                return false;
            }
            // Most entries are one word: no vector for them.
            if !form.contains('_') {
                *slot(&mut w.single, form) |= 1 << c as u8;
                if canon != form {
                    w.canonical.push((form, canon));
                }
            } else {
                let words = split_words(form);
                *slot(&mut w.single, words[0]) |= STARTS_PHRASE;
                *slot(&mut w.single, words[words.len() - 1]) |= ENDS_PHRASE;
                w.phrases.push(Phrase {
                    words,
                    class: c,
                    canonical: canon,
                });
            }
            true
        },
    )?;
    Ok(w)
}

impl Words {
    /// The word lists from their compiled form (`build.rs`). The loops over
    /// the words and the phrases have a call for a body, as in
    /// [`Triggers::load`]; the one over the few canonical forms, two pushes.
    fn load(c: &Compiled) -> Words {
        let mut r = Reader::new(c);
        let mut w = Words {
            single: Map::with_capacity(r.next()),
            canonical: Vec::new(),
            phrases: Vec::new(),
        };
        for k in 0..r.next() {
            w.load_single(&mut r, k);
        }
        for _ in 0..r.next() {
            w.canonical.push((r.word(), r.word()));
        }
        for _ in 0..r.next() {
            w.load_phrase(&mut r);
        }
        w
    }

    /// Loads the class bits of single word number `k`.
    #[inline(never)]
    fn load_single(&mut self, r: &mut Reader, k: usize) {
        let mut bits = 0u64;
        for _ in 0..r.next() {
            bits |= 1 << (r.next() & 63);
        }
        let word = r.words.get(k).copied().unwrap_or("");
        self.single.insert(word, bits);
    }

    /// Loads one phrase.
    #[inline(never)]
    fn load_phrase(&mut self, r: &mut Reader) {
        let class = class(r.next()).unwrap_or(C::Aux);
        let canonical = r.word();
        let words = r.words();
        if !words.is_empty() {
            self.phrases.push(Phrase {
                words,
                class,
                canonical,
            });
        }
    }

    /// The classes of the single word `w` (lowercase), one bit per [`C`],
    /// with [`STARTS_PHRASE`] and [`ENDS_PHRASE`].
    pub fn bits(&self, w: &str) -> u64 {
        get(&self.single, w)
    }

    /// [`Self::bits`] of the word of token `i`.
    #[inline]
    pub fn bits_at(&self, doc: &Document, i: usize) -> u64 {
        self.single.at(doc, i)
    }

    /// Whether the single word `w` (lowercase) is in class `c`.
    pub fn is(&self, w: &str, c: C) -> bool {
        self.bits(w) & (1 << c as u8) != 0
    }

    /// The number of tokens of the longest entry of class `c` that starts at
    /// token `i` (a single word or a phrase).
    pub fn starts(&self, doc: &Document, i: usize, c: C) -> Option<usize> {
        self.longest(doc, i, usize::MAX, c, true)
    }

    /// The number of tokens of the longest entry of class `c` that ends at
    /// token `j` (inclusive), not starting before `lo`.
    pub fn ends(&self, doc: &Document, j: usize, lo: usize, c: C) -> Option<usize> {
        self.longest(doc, j, lo, c, false)
    }

    /// The longest entry of class `c` that starts (or ends) at token `i`.
    fn longest(&self, doc: &Document, i: usize, lo: usize, c: C, forward: bool) -> Option<usize> {
        if i >= doc.tokens.len() {
            return None;
        }
        let bits = self.bits_at(doc, i);
        let mut best = (bits & (1 << c as u8) != 0).then_some(1);
        let marker = if forward { STARTS_PHRASE } else { ENDS_PHRASE };
        if bits & marker != 0 {
            // The longest phrase wins: "legally binding" over "binding".
            for p in &self.phrases {
                let len = p.words.len();
                let start = if forward {
                    i
                } else if i + 1 >= len + lo.min(i + 1) {
                    i + 1 - len
                } else {
                    continue;
                };
                if p.class == c && best.is_none_or(|b| b < len) && matches_at(doc, start, &p.words)
                {
                    best = Some(len);
                }
            }
        }
        best
    }

    /// The canonical form of the entry of class `c` spanning tokens
    /// `start..start + len`: `Some("")` when it is the words themselves.
    pub fn canonical(
        &self,
        doc: &Document,
        start: usize,
        len: usize,
        c: C,
    ) -> Option<&'static str> {
        let w = word(doc, start);
        if len == 1 {
            if !self.is(w, c) {
                return None;
            }
            return Some(
                self.canonical
                    .iter()
                    .find(|(f, _)| *f == w)
                    .map_or("", |(_, canon)| canon),
            );
        }
        self.phrases
            .iter()
            .find(|p| p.class == c && p.words.len() == len && matches_at(doc, start, &p.words))
            .map(|p| p.canonical)
    }
}

/// The lowercase word of token `i`, with a straight apostrophe in the
/// clitics that hold a curly one ("’s" is "'s"): [`Document::word`].
#[inline]
pub(crate) fn word<'d>(doc: &'d Document, i: usize) -> &'d str {
    doc.word(i)
}

/// Whether the tokens from `i` are `words`.
#[inline(never)]
pub(crate) fn matches_at(doc: &Document, i: usize, words: &[&str]) -> bool {
    i + words.len() <= doc.tokens.len() && words.iter().enumerate().all(|(k, w)| doc.is(i + k, w))
}

/// What a section of `triggers.txt` gives its forms: kind, noun or verb,
/// frames, object class.
#[cfg(test)]
type Entry = (PledgeKind, bool, u16, Option<C>);

/// Parses `triggers.txt`; an error is the number of the bad line.
#[cfg(test)]
fn parse_triggers(data: &'static str) -> Result<Triggers, usize> {
    let mut t = Triggers {
        list: Vec::new(),
        by_first: Map::default(),
    };
    // The entry the forms take: kind, noun, frames, object class.
    let current: Cell<Option<Entry>> = Cell::new(None);
    sections(
        data,
        &mut |inside| {
            current.set(None);
            let mut fields = inside.split_ascii_whitespace();
            let name = fields.next();
            let kind = KIND_NAMES.iter().position(|k| Some(*k) == name);
            let noun = match fields.next() {
                Some("v") => false,
                Some("n") => true,
                _ => return false,
            };
            let (mut bits, mut object) = (0u16, None);
            for f in fields {
                // "N:deal" is an object frame restricted to a class.
                let (letter, class) = f.split_once(':').map_or((f, ""), |(_, c)| ("n", c));
                let Some(k) = FRAME_LETTERS.bytes().position(|b| letter.as_bytes() == [b]) else {
                    return false;
                };
                bits |= 1 << k;
                if !class.is_empty() {
                    object = class_named(class);
                    if object.is_none() {
                        return false;
                    }
                }
            }
            current.set(
                kind.filter(|_| bits != 0)
                    .map(|k| (KINDS[k], noun, bits, object)),
            );
            current.get().is_some()
        },
        &mut |form| {
            let Some((kind, noun, frames, object)) = current.get() else {
                return false;
            };
            let words = split_words(form);
            // False for a third entry for one word.
            words[0].len() <= 29
                && t.push(Trigger {
                    words,
                    kind,
                    noun,
                    frames,
                    object,
                })
        },
    )?;
    Ok(t)
}

const KINDS: [PledgeKind; 6] = [
    PledgeKind::Pledge,
    PledgeKind::Agreement,
    PledgeKind::Offer,
    PledgeKind::Threat,
    PledgeKind::Intent,
    PledgeKind::Refusal,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        assert!(parse_words(include_str!("words.txt")).is_ok());
        assert!(parse_triggers(include_str!("triggers.txt")).is_ok());
        let names: Vec<&str> = CLASS_NAMES.split_whitespace().collect();
        for (k, _) in names.iter().enumerate() {
            assert_eq!(class(k).map(|c| c as usize), Some(k), "{}", names[k]);
        }
        assert_eq!(class(names.len()), None);
    }

    /// The build script's compiled forms (what ships) load into the very
    /// tables the parser builds from the data files, slot for slot.
    #[test]
    fn compiled_forms_are_the_parsed_lexicons() {
        let parsed = parse_words(include_str!("words.txt")).unwrap();
        let loaded = Words::load(&COMPILED_WORDS);
        let table = |w: &Words| w.single.iter().collect::<Vec<_>>();
        assert!(table(&parsed).len() > 500);
        assert_eq!(table(&loaded), table(&parsed));
        assert!(!parsed.canonical.is_empty() && parsed.phrases.len() > 20);
        assert_eq!(loaded.canonical, parsed.canonical);
        assert_eq!(loaded.phrases, parsed.phrases);

        let parsed = parse_triggers(include_str!("triggers.txt")).unwrap();
        let loaded = Triggers::load(&COMPILED_TRIGGERS);
        assert!(parsed.list.len() > 100);
        assert_eq!(loaded.list, parsed.list);
        let table = |t: &Triggers| t.by_first.iter().collect::<Vec<_>>();
        assert_eq!(table(&loaded), table(&parsed));
    }

    #[test]
    fn bad_data_is_rejected() {
        assert_eq!(parse_words("[nope]\nx").err(), Some(1));
        assert!(parse_words("x").is_err());
        assert!(parse_words("[firmness]\nx=").is_err());
        assert_eq!(parse_triggers("agree").err(), Some(1));
        assert!(parse_triggers("[deal v i]").is_err());
        assert!(parse_triggers("[agreement x i]").is_err());
        assert!(parse_triggers("[agreement v z]").is_err());
        assert!(parse_triggers("[agreement v]").is_err());
        assert!(parse_triggers("[agreement v N:nope]").is_err());
        assert!(parse_triggers("[agreement v i N:deal]\nagree").is_ok());
    }

    /// Tokens are matched in lowercase: an uppercase entry could never match.
    #[test]
    fn data_is_lowercase() {
        for data in [include_str!("words.txt"), include_str!("triggers.txt")] {
            for (n, line) in data.lines().enumerate() {
                if !line.starts_with('[') && !line.starts_with('#') {
                    assert!(
                        !line.chars().any(char::is_uppercase),
                        "line {}: {line}",
                        n + 1
                    );
                }
            }
        }
    }

    #[test]
    fn phrases_and_classes() {
        let w = words();
        let doc = Document::new("They agreed in principle to a non-binding deal instead of war.");
        assert_eq!(w.starts(&doc, 2, C::Firmness), Some(2));
        assert_eq!(w.canonical(&doc, 2, 2, C::Firmness), Some("in_principle"));
        assert_eq!(w.canonical(&doc, 0, 1, C::Firmness), None);
        assert_eq!(w.starts(&doc, 6, C::Firmness), Some(3));
        assert_eq!(w.canonical(&doc, 6, 3, C::Firmness), Some("non-binding"));
        assert_eq!(w.ends(&doc, 11, 0, C::NotMade), Some(2));
        assert!(w.is("they", C::Subj));
        assert!(!w.is("agreed", C::Subj));
        assert_ne!(w.bits("in") & STARTS_PHRASE, 0);
        assert_ne!(w.bits("principle") & ENDS_PHRASE, 0);
        let doc = Document::new("He temporarily agreed");
        assert_eq!(w.canonical(&doc, 1, 1, C::Firmness), Some("temporary"));
    }

    #[test]
    fn triggers_by_first_word() {
        assert!(triggers("agreed").any(|t| t.kind == PledgeKind::Agreement));
        assert!(triggers("pledge").any(|t| t.noun) && triggers("pledge").any(|t| !t.noun));
        assert_eq!(triggers("ruled").next().unwrap().words, ["ruled", "out"]);
        assert!(triggers("banana").next().is_none());
        let doc = Document::new("We\u{2019}ll go");
        assert!(trigger_lexicon().at(&doc, 1).next().is_some());
        // A word starts at most two entries.
        assert_eq!(
            parse_triggers("[pledge v i]\na\n[pledge n i]\na\n[offer v i]\na").err(),
            Some(6)
        );
    }
}
