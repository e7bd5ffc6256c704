//! The pledge lexicons: trigger words by kind ([`triggers.txt`](triggers.txt))
//! and the closed-class word lists the frames read ([`words.txt`](words.txt)).
//!
//! Both files are parsed once, on first use, into hash maps keyed by the
//! lowercase token, with an FNV hasher: every lookup is one hash of a short
//! word. Multi-word entries are keyed by their first word.

use super::PledgeKind;
use crate::text::Document;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: fast on the short keys the lexicons hold.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The one hash map of the pledge analysis: words to a `u64` (class bits,
/// a packed range, an index). One key and value type keeps one copy of the
/// map's code in the WebAssembly module.
pub(crate) type Map<'k> = HashMap<&'k str, u64, BuildHasherDefault<Fnv>>;

/// Bit of a word's class set: some phrase starts with this word.
pub(crate) const STARTS_PHRASE: u64 = 1 << 62;
/// Bit of a word's class set: some phrase ends with this word.
pub(crate) const ENDS_PHRASE: u64 = 1 << 63;

/// Packs a range of a list into a map value.
fn pack(start: usize, len: usize) -> u64 {
    (start as u64) << 32 | len as u64
}

/// Unpacks a map value into a range of a list.
fn unpack(v: u64) -> std::ops::Range<usize> {
    let start = (v >> 32) as usize;
    start..start + (v & 0xffff_ffff) as usize
}

/// The classes of `words.txt`, in the order of [`CLASS_NAMES`].
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
    Us,
}

/// Section names of `words.txt`, one per [`C`] variant, in order.
const CLASS_NAMES: &str = "aux modal obligation future neg det poss subj obj prep bound report \
    directive predict hedge future_aux aspect support receive exchange condition firmness not_made \
    inert deal benefit force event value inanimate people actor title person_role org_role org \
    calendar period us";

/// The variant of class number `k` (`C` is `repr(u8)`, numbered in order).
fn class(k: usize) -> Option<C> {
    use C::*;
    const ALL: [C; 39] = [
        Aux, Modal, Obligation, Future, Neg, Det, Poss, Subj, Obj, Prep, Bound, Report, Directive,
        Predict, Hedge, FutureAux, Aspect, Support, Receive, Exchange, Condition, Firmness,
        NotMade, Inert, Deal, Benefit, Force, Event, Value, Inanimate, People, Actor, Title,
        PersonRole, OrgRole, Org, Calendar, Period, Us,
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
    /// The letters of `triggers.txt`, in bit order.
    pub const LETTERS: &str = "ipotdgfrns";
}

/// One trigger entry.
#[derive(Clone, Debug)]
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
struct Phrase {
    words: Vec<&'static str>,
    class: C,
    canonical: &'static str,
}

/// The parsed word lists.
pub(crate) struct Words {
    /// Classes of single words, one bit per [`C`].
    single: Map<'static>,
    /// Canonical forms of the single words that have one.
    canonical: Vec<(&'static str, &'static str)>,
    /// Phrases, grouped by first word, longest first in each group.
    phrases: Vec<Phrase>,
    /// First word to its group in `phrases`.
    by_first: Map<'static>,
    /// Indices into `phrases`, grouped by last word.
    last_index: Vec<usize>,
    /// Last word to its group in `last_index`.
    by_last: Map<'static>,
}

/// The trigger lexicon.
pub(crate) struct Triggers {
    /// Entries grouped by first word.
    list: Vec<Trigger>,
    /// First word to its group in `list`.
    by_first: Map<'static>,
    /// Lengths (bits 1..31) of the first words, by (first byte, last byte)
    /// of the word, each taken modulo 32: a cheap test that rules out most
    /// tokens before any hashing.
    filter: Vec<u32>,
}

static WORDS: LazyLock<Words> =
    LazyLock::new(|| parse_words(include_str!("words.txt")).expect("pledge words parse"));

static TRIGGERS: LazyLock<Triggers> =
    LazyLock::new(|| parse_triggers(include_str!("triggers.txt")).expect("pledge triggers parse"));

/// The word lists.
pub(crate) fn words() -> &'static Words {
    &WORDS
}

fn filter_slot(w: &[u8]) -> usize {
    (usize::from(w[0] & 31) << 5) | usize::from(w[w.len() - 1] & 31)
}

impl Triggers {
    /// The entries whose first word is `word` (lowercase).
    pub fn get(&self, word: &str) -> &[Trigger] {
        if !self.may_start(word.as_bytes()) {
            return &[];
        }
        self.by_first
            .get(word)
            .map_or(&[], |&v| &self.list[unpack(v)])
    }

    /// Whether a trigger may start with the lowercase word `b`: a test on
    /// its length and first and last bytes, with no hashing.
    pub fn may_start(&self, b: &[u8]) -> bool {
        !b.is_empty() && b.len() < 32 && self.filter[filter_slot(b)] & (1 << b.len()) != 0
    }

    /// The entries whose first word is token `i` of `doc`.
    pub fn at(&self, doc: &Document, i: usize) -> &[Trigger] {
        let span = doc.tokens[i].span;
        match doc.lower.as_bytes().get(span.start..span.end) {
            Some(b) if self.may_start(b) => self.get(word(doc, i)),
            _ => &[],
        }
    }
}

/// The trigger lexicon.
pub(crate) fn trigger_lexicon() -> &'static Triggers {
    &TRIGGERS
}

/// The trigger entries whose first word is `word` (lowercase).
pub(crate) fn triggers(word: &str) -> &'static [Trigger] {
    TRIGGERS.get(word)
}

/// Splits a data word into tokens the way the tokenizer does: `_` joins
/// words, and a hyphen is a token of its own ("non-binding" is three).
fn split_words(entry: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for part in entry.split('_') {
        let mut rest = part;
        while let Some(k) = rest.find('-') {
            if k > 0 {
                out.push(&rest[..k]);
            }
            out.push("-");
            rest = &rest[k + 1..];
        }
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

/// Groups `items` by a key, in first-seen order of the keys: the grouped
/// list and the map from key to its packed range. No sort: a counting pass.
fn group<T>(items: Vec<(&'static str, T)>) -> (Vec<T>, Map<'static>) {
    let mut map = Map::default();
    let mut keys: Vec<&'static str> = Vec::new();
    for (k, _) in &items {
        let n = map.entry(*k).or_insert_with(|| {
            keys.push(k);
            0
        });
        *n += 1;
    }
    let mut at = 0;
    for k in &keys {
        let n = map[k];
        map.insert(k, pack(at, 0));
        at += n as usize;
    }
    let mut slots: Vec<Option<T>> = (0..items.len()).map(|_| None).collect();
    for (k, item) in items {
        let v = map.get_mut(k).expect("counted");
        let r = unpack(*v);
        slots[r.end] = Some(item);
        *v += 1;
    }
    (slots.into_iter().map(|x| x.expect("filled")).collect(), map)
}

/// Parses `words.txt`; an error is the number of the bad line.
fn parse_words(data: &'static str) -> Result<Words, usize> {
    let mut single = Map::default();
    let mut canonical = Vec::new();
    let mut phrases: Vec<(&'static str, Phrase)> = Vec::new();
    let mut current: Option<C> = None;
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(
                CLASS_NAMES
                    .split_whitespace()
                    .position(|c| c == name)
                    .and_then(class)
                    .ok_or(n + 1)?,
            );
            continue;
        }
        let c = current.ok_or(n + 1)?;
        for entry in line.split_whitespace() {
            let (form, canon) = match entry.split_once('=') {
                Some((f, c)) if !f.is_empty() && !c.is_empty() => (f, c),
                Some(_) => return Err(n + 1),
                None => (entry, entry),
            };
            if form.chars().any(char::is_uppercase) {
                return Err(n + 1);
            }
            let words = split_words(form);
            if words.len() == 1 {
                *single.entry(words[0]).or_default() |= 1 << c as u8;
                if canon != form {
                    canonical.push((words[0], canon));
                }
            } else {
                phrases.push((
                    words[0],
                    Phrase {
                        words,
                        class: c,
                        canonical: canon,
                    },
                ));
            }
        }
    }
    for (first, p) in &phrases {
        *single.entry(first).or_default() |= STARTS_PHRASE;
        *single.entry(p.words[p.words.len() - 1]).or_default() |= ENDS_PHRASE;
    }
    let (phrases, by_first) = group(phrases);
    let lasts: Vec<(&'static str, usize)> = phrases
        .iter()
        .enumerate()
        .map(|(k, p)| (*p.words.last().expect("two or more words"), k))
        .collect();
    let (last_index, by_last) = group(lasts);
    Ok(Words {
        single,
        canonical,
        phrases,
        by_first,
        last_index,
        by_last,
    })
}

impl Words {
    /// The classes of the single word `w` (lowercase), one bit per [`C`],
    /// with [`STARTS_PHRASE`] and [`ENDS_PHRASE`].
    pub fn bits(&self, w: &str) -> u64 {
        self.single.get(w).copied().unwrap_or(0)
    }

    /// Whether the single word `w` (lowercase) is in class `c`.
    pub fn is(&self, w: &str, c: C) -> bool {
        self.single
            .get(w)
            .is_some_and(|bits| bits & (1 << c as u8) != 0)
    }

    fn group(&self, map: &Map<'static>, w: &str) -> std::ops::Range<usize> {
        map.get(w).map_or(0..0, |&v| unpack(v))
    }

    /// The number of tokens of the longest entry of class `c` that starts at
    /// token `i` (a single word or a phrase).
    pub fn starts(&self, doc: &Document, i: usize, c: C) -> Option<usize> {
        if i >= doc.tokens.len() {
            return None;
        }
        let w = word(doc, i);
        let bits = self.bits(w);
        let mut best = (bits & (1 << c as u8) != 0).then_some(1);
        if bits & STARTS_PHRASE != 0 {
            // The longest phrase wins: "legally binding" over "binding".
            for p in &self.phrases[self.group(&self.by_first, w)] {
                let len = p.words.len();
                if p.class == c && best.is_none_or(|b| b < len) && matches_at(doc, i, &p.words) {
                    best = Some(len);
                }
            }
        }
        best
    }

    /// The number of tokens of the longest entry of class `c` that ends at
    /// token `j` (inclusive), not starting before `lo`.
    pub fn ends(&self, doc: &Document, j: usize, lo: usize, c: C) -> Option<usize> {
        if j >= doc.tokens.len() {
            return None;
        }
        let w = word(doc, j);
        let bits = self.bits(w);
        let mut best = (bits & (1 << c as u8) != 0).then_some(1);
        if bits & ENDS_PHRASE == 0 {
            return best;
        }
        for &id in &self.last_index[self.group(&self.by_last, w)] {
            let p = &self.phrases[id];
            let len = p.words.len();
            if p.class == c
                && j + 1 >= len + lo
                && matches_at(doc, j + 1 - len, &p.words)
                && best.is_none_or(|b| b < len)
            {
                best = Some(len);
            }
        }
        best
    }

    /// The canonical form of the entry of class `c` spanning tokens
    /// `start..start + len`.
    pub fn canonical(
        &self,
        doc: &Document,
        start: usize,
        len: usize,
        c: C,
    ) -> Option<&'static str> {
        let w = word(doc, start);
        if len == 1 {
            let (key, _) = self.single.get_key_value(w)?;
            if !self.is(w, c) {
                return None;
            }
            return Some(
                self.canonical
                    .iter()
                    .find(|(f, _)| f == key)
                    .map_or(*key, |(_, canon)| canon),
            );
        }
        self.phrases[self.group(&self.by_first, w)]
            .iter()
            .find(|p| p.class == c && p.words.len() == len && matches_at(doc, start, &p.words))
            .map(|p| p.canonical)
    }
}

/// The lowercase word of token `i`, with a straight apostrophe in the
/// clitics that hold a curly one ("’s" is "'s").
#[inline(never)]
pub(crate) fn word<'d>(doc: &'d Document, i: usize) -> &'d str {
    let w = doc.lower(i);
    if w.is_ascii() {
        return w;
    }
    match w {
        "\u{2019}s" => "'s",
        "\u{2019}ll" => "'ll",
        "n\u{2019}t" => "n't",
        "\u{2019}d" => "'d",
        "\u{2019}re" => "'re",
        "\u{2019}ve" => "'ve",
        "\u{2019}m" => "'m",
        _ => w,
    }
}

/// Whether the tokens from `i` are `words`.
#[inline(never)]
pub(crate) fn matches_at(doc: &Document, i: usize, words: &[&str]) -> bool {
    i + words.len() <= doc.tokens.len() && words.iter().enumerate().all(|(k, w)| doc.is(i + k, w))
}

/// Parses `triggers.txt`; an error is the number of the bad line.
fn parse_triggers(data: &'static str) -> Result<Triggers, usize> {
    let mut entries: Vec<(&'static str, Trigger)> = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = n + 1;
        let fields: Vec<&'static str> = line.split('|').map(str::trim).collect();
        let [forms, kind, part, frames] = fields[..] else {
            return Err(err);
        };
        let kind = match kind {
            "pledge" => PledgeKind::Pledge,
            "agreement" => PledgeKind::Agreement,
            "offer" => PledgeKind::Offer,
            "threat" => PledgeKind::Threat,
            "intent" => PledgeKind::Intent,
            "refusal" => PledgeKind::Refusal,
            _ => return Err(err),
        };
        let noun = match part {
            "v" => false,
            "n" => true,
            _ => return Err(err),
        };
        let mut bits = 0u16;
        let mut object = None;
        for f in frames.split_whitespace() {
            if let Some(c) = f.strip_prefix("N:") {
                object = Some(match c {
                    "deal" => C::Deal,
                    "benefit" => C::Benefit,
                    "force" => C::Force,
                    _ => return Err(err),
                });
                bits |= frame::OBJECT;
                continue;
            }
            let k = frame::LETTERS.find(f).filter(|_| f.len() == 1).ok_or(err)?;
            bits |= 1 << k;
        }
        if bits == 0 {
            return Err(err);
        }
        for form in forms.split_whitespace() {
            if form.chars().any(char::is_uppercase) {
                return Err(err);
            }
            let words = split_words(form);
            entries.push((
                words[0],
                Trigger {
                    words,
                    kind,
                    noun,
                    frames: bits,
                    object,
                },
            ));
        }
    }
    let mut filter = vec![0u32; 1024];
    for (w, _) in &entries {
        let b = w.as_bytes();
        if b.len() > 29 {
            return Err(0);
        }
        filter[filter_slot(b)] |= 1 << b.len();
        if b[0] == b'\'' {
            // "’ll": the curly apostrophe is three bytes, the first 0xE2.
            filter[(0xE2 & 31) << 5 | usize::from(b[b.len() - 1] & 31)] |= 1 << (b.len() + 2);
        }
    }
    let (list, by_first) = group(entries);
    Ok(Triggers {
        list,
        by_first,
        filter,
    })
}

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

    #[test]
    fn bad_data_is_rejected() {
        assert_eq!(parse_words("[nope]\nx").err(), Some(1));
        assert!(parse_words("x").is_err());
        assert!(parse_words("[aux]\nIs").is_err());
        assert!(parse_words("[firmness]\nx=").is_err());
        assert!(parse_triggers("agree | agreement | v").is_err());
        assert!(parse_triggers("agree | deal | v | i").is_err());
        assert!(parse_triggers("agree | agreement | x | i").is_err());
        assert!(parse_triggers("agree | agreement | v | z").is_err());
        assert!(parse_triggers("agree | agreement | v | ").is_err());
    }

    #[test]
    fn phrases_and_classes() {
        let w = words();
        let doc = Document::new("They agreed in principle to a non-binding deal instead of war.");
        assert_eq!(w.starts(&doc, 2, C::Firmness), Some(2));
        assert_eq!(w.canonical(&doc, 2, 2, C::Firmness), Some("in_principle"));
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
    fn grouping_keeps_every_item() {
        let (list, map) = group(vec![("a", 1), ("b", 2), ("a", 3)]);
        assert_eq!(list, [1, 3, 2]);
        assert_eq!(unpack(map["a"]), 0..2);
        assert_eq!(unpack(map["b"]), 2..3);
    }

    #[test]
    fn triggers_by_first_word() {
        assert!(triggers("agreed")
            .iter()
            .any(|t| t.kind == PledgeKind::Agreement));
        let pledge = triggers("pledge");
        assert!(pledge.iter().any(|t| t.noun) && pledge.iter().any(|t| !t.noun));
        assert_eq!(triggers("ruled")[0].words, ["ruled", "out"]);
        assert!(triggers("banana").is_empty());
    }

    #[test]
    fn fnv_is_stable() {
        let mut h = Fnv::default();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
    }
}
