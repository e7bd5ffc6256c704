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

/// A hash map with the FNV hasher.
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A hash map keyed by static words, with the FNV hasher.
pub(crate) type Map<V> = FnvMap<&'static str, V>;

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
const CLASS_NAMES: [&str; 39] = [
    "aux",
    "modal",
    "obligation",
    "future",
    "neg",
    "det",
    "poss",
    "subj",
    "obj",
    "prep",
    "bound",
    "report",
    "directive",
    "predict",
    "hedge",
    "future_aux",
    "aspect",
    "support",
    "receive",
    "exchange",
    "condition",
    "firmness",
    "not_made",
    "inert",
    "deal",
    "benefit",
    "force",
    "event",
    "value",
    "inanimate",
    "people",
    "actor",
    "title",
    "person_role",
    "org_role",
    "org",
    "calendar",
    "period",
    "us",
];

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
    single: Map<u64>,
    /// Canonical forms of single words that have one.
    canonical: Map<&'static str>,
    /// Phrases by first word.
    by_first: Map<Vec<Phrase>>,
    /// Phrases by last word.
    by_last: Map<Vec<usize>>,
    /// All phrases (indexed by `by_last`).
    phrases: Vec<(&'static str, usize)>,
}

static WORDS: LazyLock<Words> =
    LazyLock::new(|| parse_words(include_str!("words.txt")).expect("pledge words parse"));

static TRIGGERS: LazyLock<Map<Vec<Trigger>>> =
    LazyLock::new(|| parse_triggers(include_str!("triggers.txt")).expect("pledge triggers parse"));

/// The word lists.
pub(crate) fn words() -> &'static Words {
    &WORDS
}

/// The trigger entries whose first word is `word` (lowercase).
pub(crate) fn triggers(word: &str) -> &'static [Trigger] {
    TRIGGERS.get(word).map_or(&[], Vec::as_slice)
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

fn parse_words(data: &'static str) -> Result<Words, String> {
    let mut w = Words {
        single: Map::default(),
        canonical: Map::default(),
        by_first: Map::default(),
        by_last: Map::default(),
        phrases: Vec::new(),
    };
    let mut class: Option<C> = None;
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let k = CLASS_NAMES
                .iter()
                .position(|c| *c == name)
                .ok_or_else(|| format!("words.txt line {}: unknown class [{name}]", n + 1))?;
            // SAFETY-free conversion: C is repr(u8) with variants in CLASS_NAMES order.
            class = Some(CLASSES[k]);
            continue;
        }
        let c = class.ok_or_else(|| format!("words.txt line {}: word before a class", n + 1))?;
        for entry in line.split_whitespace() {
            let (form, canonical) = match entry.split_once('=') {
                Some((f, c)) if !f.is_empty() && !c.is_empty() => (f, c),
                Some(_) => return Err(format!("words.txt line {}: bad entry {entry:?}", n + 1)),
                None => (entry, entry),
            };
            if form.chars().any(|ch| ch.is_uppercase()) {
                return Err(format!(
                    "words.txt line {}: {form:?} is not lowercase",
                    n + 1
                ));
            }
            let parts = split_words(form);
            if parts.len() == 1 {
                *w.single.entry(parts[0]).or_default() |= 1 << c as u8;
                if canonical != form {
                    w.canonical.insert(parts[0], canonical);
                }
            } else {
                let last = *parts.last().expect("two or more parts");
                let first = parts[0];
                let list = w.by_first.entry(first).or_default();
                list.push(Phrase {
                    words: parts,
                    class: c,
                    canonical,
                });
                w.phrases.push((first, list.len() - 1));
                w.by_last.entry(last).or_default().push(w.phrases.len() - 1);
            }
        }
    }
    for list in w.by_first.values_mut() {
        // Longest first, so that "legally binding" wins over "binding".
        list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    }
    // Sorting moved phrases: rebuild the index of each phrase.
    w.phrases.clear();
    w.by_last.clear();
    for (first, list) in &w.by_first {
        for (k, p) in list.iter().enumerate() {
            w.phrases.push((first, k));
            let last = *p.words.last().expect("non-empty");
            w.by_last.entry(last).or_default().push(w.phrases.len() - 1);
        }
    }
    Ok(w)
}

const CLASSES: [C; 39] = [
    C::Aux,
    C::Modal,
    C::Obligation,
    C::Future,
    C::Neg,
    C::Det,
    C::Poss,
    C::Subj,
    C::Obj,
    C::Prep,
    C::Bound,
    C::Report,
    C::Directive,
    C::Predict,
    C::Hedge,
    C::FutureAux,
    C::Aspect,
    C::Support,
    C::Receive,
    C::Exchange,
    C::Condition,
    C::Firmness,
    C::NotMade,
    C::Inert,
    C::Deal,
    C::Benefit,
    C::Force,
    C::Event,
    C::Value,
    C::Inanimate,
    C::People,
    C::Actor,
    C::Title,
    C::PersonRole,
    C::OrgRole,
    C::Org,
    C::Calendar,
    C::Period,
    C::Us,
];

impl Words {
    /// Whether the single word `w` (lowercase) is in class `c`.
    pub fn is(&self, w: &str, c: C) -> bool {
        self.single
            .get(w)
            .is_some_and(|bits| bits & (1 << c as u8) != 0)
    }

    /// Whether token `i` of `doc` is a single word of class `c`.
    pub fn tok(&self, doc: &Document, i: usize, c: C) -> bool {
        i < doc.tokens.len() && self.is(norm(doc.lower(i)), c)
    }

    /// The number of tokens of the longest entry of class `c` that starts at
    /// token `i` (a single word or a phrase).
    pub fn starts(&self, doc: &Document, i: usize, c: C) -> Option<usize> {
        if i >= doc.tokens.len() {
            return None;
        }
        if let Some(list) = self.by_first.get(norm(doc.lower(i))) {
            for p in list.iter().filter(|p| p.class == c) {
                if matches_at(doc, i, &p.words) {
                    return Some(p.words.len());
                }
            }
        }
        self.tok(doc, i, c).then_some(1)
    }

    /// The number of tokens of the longest entry of class `c` that ends at
    /// token `j` (inclusive), not starting before `lo`.
    pub fn ends(&self, doc: &Document, j: usize, lo: usize, c: C) -> Option<usize> {
        if j >= doc.tokens.len() {
            return None;
        }
        let mut best = self.tok(doc, j, c).then_some(1);
        if let Some(ids) = self.by_last.get(norm(doc.lower(j))) {
            for &id in ids {
                let (first, k) = self.phrases[id];
                let p = &self.by_first[first][k];
                let len = p.words.len();
                if p.class == c
                    && j + 1 >= len + lo
                    && matches_at(doc, j + 1 - len, &p.words)
                    && best.is_none_or(|b| b < len)
                {
                    best = Some(len);
                }
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
        let w = norm(doc.lower(start));
        if len == 1 {
            if !self.is(w, c) {
                return None;
            }
            return Some(self.canonical.get(w).copied().unwrap_or(
                // The single word itself, from the map's own key.
                self.single.get_key_value(w).map(|(k, _)| *k)?,
            ));
        }
        self.by_first.get(w)?.iter().find_map(|p| {
            (p.class == c && p.words.len() == len && matches_at(doc, start, &p.words))
                .then_some(p.canonical)
        })
    }
}

/// Reads a curly apostrophe as a straight one in the (rare) tokens that hold one.
fn norm(w: &str) -> &str {
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

/// The lowercase word of token `i`, with a straight apostrophe.
pub(crate) fn word<'d>(doc: &'d Document, i: usize) -> &'d str {
    norm(doc.lower(i))
}

/// Whether the tokens from `i` are `words`.
pub(crate) fn matches_at(doc: &Document, i: usize, words: &[&str]) -> bool {
    i + words.len() <= doc.tokens.len() && words.iter().enumerate().all(|(k, w)| doc.is(i + k, w))
}

fn parse_triggers(data: &'static str) -> Result<Map<Vec<Trigger>>, String> {
    let mut map: Map<Vec<Trigger>> = Map::default();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: &str| format!("triggers.txt line {}: {m}", n + 1);
        let fields: Vec<&'static str> = line.split('|').map(str::trim).collect();
        let [forms, kind, part, frames] = fields[..] else {
            return Err(err("expected `forms | kind | part | frames`"));
        };
        let kind = match kind {
            "pledge" => PledgeKind::Pledge,
            "agreement" => PledgeKind::Agreement,
            "offer" => PledgeKind::Offer,
            "threat" => PledgeKind::Threat,
            "intent" => PledgeKind::Intent,
            "refusal" => PledgeKind::Refusal,
            _ => return Err(err("unknown kind")),
        };
        let noun = match part {
            "v" => false,
            "n" => true,
            _ => return Err(err("part must be v or n")),
        };
        let mut bits = 0u16;
        let mut object = None;
        for f in frames.split_whitespace() {
            bits |= match f {
                "i" => frame::TO_VERB,
                "p" => frame::TO_NP,
                "o" => frame::ON_NP,
                "t" => frame::THAT,
                "d" => frame::INDIRECT,
                "g" => frame::GERUND,
                "f" => frame::FOR_NP,
                "r" => frame::REPORTED,
                "n" => frame::OBJECT,
                "s" => frame::SUPPORT,
                "N:deal" | "N:benefit" | "N:force" => {
                    object = Some(match f {
                        "N:deal" => C::Deal,
                        "N:benefit" => C::Benefit,
                        _ => C::Force,
                    });
                    frame::OBJECT
                }
                _ => return Err(err(&format!("unknown frame {f:?}"))),
            };
        }
        if bits == 0 {
            return Err(err("no frame"));
        }
        for form in forms.split_whitespace() {
            if form.chars().any(|ch| ch.is_uppercase()) {
                return Err(err(&format!("{form:?} is not lowercase")));
            }
            let words = split_words(form);
            map.entry(words[0]).or_default().push(Trigger {
                words,
                kind,
                noun,
                frames: bits,
                object,
            });
        }
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        assert!(parse_words(include_str!("words.txt")).is_ok());
        assert!(parse_triggers(include_str!("triggers.txt")).is_ok());
        assert_eq!(CLASS_NAMES.len(), CLASSES.len());
        for (k, c) in CLASSES.iter().enumerate() {
            assert_eq!(*c as usize, k, "{}", CLASS_NAMES[k]);
        }
    }

    #[test]
    fn bad_data_is_rejected() {
        assert!(parse_words("[nope]\nx").is_err());
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
        assert!(w.tok(&doc, 0, C::Subj));
        assert!(!w.tok(&doc, 1, C::Subj));
        let doc = Document::new("He temporarily agreed");
        assert_eq!(w.canonical(&doc, 1, 1, C::Firmness), Some("temporary"));
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
