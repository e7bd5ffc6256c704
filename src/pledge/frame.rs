//! Frames: from a trigger word to a candidate commitment with its slots.
//!
//! Everything here reads the shared tokens around one trigger, within its
//! sentence and within fixed windows (no scan runs further than
//! [`WINDOW`] tokens), so the cost per trigger is bounded and the whole
//! analysis stays linear in the length of the text.
//!
//! The frames are shallow on purpose: a verb group to the left of a verb
//! trigger (auxiliaries, adverbs, negation, "is expected to"), a noun phrase
//! before it (the agent), and a complement after it ("to" + verb, "to" + noun
//! phrase, a that-clause, an object). A noun trigger takes its agent from a
//! possessive ("Putin's commitment"), a "from/by/of" phrase ("a pledge from
//! Putin") or the subject of a support verb ("signed an agreement").

use super::lexicon::{self, frame, word, Trigger, Words, C};
use super::PledgeKind;
use crate::hedge::Cue;
use crate::text::{Document, TokenKind};
use crate::timex::{Timex, TimexType};
use std::cell::Cell;
use std::ops::Range;

/// The longest stretch of tokens any scan reads from its starting point.
pub(crate) const WINDOW: usize = 40;

/// What an infinitival "to" before the trigger hangs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Governor {
    /// No "to" before the trigger.
    None,
    /// A hedging predicate: "is expected to agree", "is said to have agreed".
    Hedge,
    /// A future: "is set to sign", "is about to agree".
    Future,
    /// Any other word, at this token: "urged Russia to commit", "wants to agree".
    Other(usize),
}

/// A candidate commitment, in token ranges.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub kind: PledgeKind,
    pub trigger: Range<usize>,
    pub noun: bool,
    pub sentence: usize,
    pub agent: Option<Range<usize>>,
    pub addressee: Option<Range<usize>>,
    pub action: Range<usize>,
    pub time: Option<usize>,
    pub condition: Option<Range<usize>>,
    pub firmness: Option<(Range<usize>, &'static str)>,
    pub negated: bool,
    pub hedged: bool,
    /// The modal of the verb group ("will", "may", "must"), if any.
    pub modal: Option<usize>,
    pub governor: Governor,
    /// The frame the complement matched (one [`frame`] flag).
    pub frame: u16,
    /// The first token of the verb group (or of the noun phrase of a noun trigger).
    pub group_start: usize,
    /// For a noun trigger: the first token of its noun phrase (the
    /// determiner, when there is one).
    pub np_start: usize,
}

/// The analysis state shared by the frame builder and the rules.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document<'a>,
    pub w: &'static Words,
    pub timexes: &'a [Timex],
    /// The hedge cues, in text order.
    pub cues: &'a [Cue],
    /// A small direct-mapped cache of the class bits of recent tokens:
    /// the frames ask about the same few tokens around a trigger many times.
    pub cache: [Cell<(u32, u64)>; 64],
}

impl<'a> Ctx<'a> {
    /// The lowercase word of token `i`.
    #[inline(never)]
    pub fn wd(&self, i: usize) -> &str {
        word(self.doc, i)
    }

    /// Whether token `i` is a single word of class `c`.
    pub fn is(&self, i: usize, c: C) -> bool {
        i < self.doc.tokens.len() && self.bits(i) & (1 << c as u8) != 0
    }

    /// The class bits of token `i` (see [`Words::bits`]).
    #[inline(never)]
    pub fn bits(&self, i: usize) -> u64 {
        let slot = &self.cache[i % 64];
        let (key, bits) = slot.get();
        if key == i as u32 + 1 {
            return bits;
        }
        let bits = self.w.bits_at(self.doc, i);
        slot.set((i as u32 + 1, bits));
        bits
    }

    /// The length of the longest entry of class `c` starting at token `i`.
    #[inline(never)]
    pub fn starts(&self, i: usize, c: C) -> Option<usize> {
        if i >= self.doc.tokens.len() {
            return None;
        }
        let bits = self.bits(i);
        if bits & super::lexicon::STARTS_PHRASE != 0 {
            return self.w.starts(self.doc, i, c);
        }
        (bits & (1 << c as u8) != 0).then_some(1)
    }

    /// The length of the longest entry of class `c` ending at token `j`
    /// (inclusive) and starting at `lo` or later.
    #[inline(never)]
    pub fn ends(&self, j: usize, lo: usize, c: C) -> Option<usize> {
        if j >= self.doc.tokens.len() {
            return None;
        }
        let bits = self.bits(j);
        if bits & super::lexicon::ENDS_PHRASE != 0 {
            return self.w.ends(self.doc, j, lo, c);
        }
        (bits & (1 << c as u8) != 0).then_some(1)
    }

    /// A context for `doc`.
    pub fn new(doc: &'a Document<'a>, timexes: &'a [Timex], cues: &'a [Cue]) -> Ctx<'a> {
        Ctx {
            doc,
            w: super::lexicon::words(),
            timexes,
            cues,
            cache: std::array::from_fn(|_| Cell::new((0, 0))),
        }
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.doc.tokens[i].kind
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Word
    }

    /// Whether token `i` is a word starting with an uppercase letter.
    #[inline(never)]
    pub fn cap(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.kind == TokenKind::Word && t.is_capitalized(self.doc.text)
    }

    /// Whether token `i` is a word starting with a lowercase letter.
    #[inline(never)]
    pub fn lower_word(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.kind == TokenKind::Word && t.is_lowercase(self.doc.text)
    }

    /// The token range of the sentence of token `i`.
    #[inline(never)]
    pub fn sent(&self, i: usize) -> Range<usize> {
        self.doc.sentences[self.doc.sentence_of[i] as usize]
            .tokens
            .clone()
    }

    /// Whether token `i` is a form of "be".
    #[inline(never)]
    pub fn be(&self, i: usize) -> bool {
        self.is(i, C::Be)
    }

    /// Whether token `i` is a personal pronoun: lowercase, or capitalized
    /// where a sentence or quotation starts ("US" is no "us").
    #[inline(never)]
    pub fn pronoun(&self, i: usize) -> bool {
        (self.is(i, C::Subj) || self.is(i, C::Obj))
            && (self.lower_word(i)
                || self.wd(i) == "i"
                || self.sent(i).start == i
                || i > 0 && self.quote(i - 1))
    }

    /// Whether the word after an infinitive "to" at token `q` reads as a
    /// verb: a lowercase word that is no determiner, pronoun, preposition,
    /// value word or noun with a noun suffix ("to democracy", "to peace").
    #[inline(never)]
    pub fn verb_after_to(&self, q: usize, noun_possible: bool) -> bool {
        let w = self.wd(q);
        let plain = self.lower_word(q)
            && !self.is(q, C::Det)
            && !self.is(q, C::Poss)
            && !self.is(q, C::Obj)
            && !self.is(q, C::Prep);
        if !noun_possible {
            return plain;
        }
        plain
            && !self.is(q, C::Value)
            && ![
                "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "cy", "ship",
            ]
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
    }

    /// The length of a condition phrase at token `q` ("if", "unless", "in
    /// exchange for", "provided that"). "Provided" after an auxiliary is a
    /// verb ("would be provided to").
    #[inline(never)]
    pub fn condition_at(&self, q: usize) -> Option<usize> {
        let len = self.starts(q, C::Condition)?;
        // "for as long as necessary" is a duration.
        if q > 0 && self.wd(q - 1) == "for" {
            return None;
        }
        if matches!(self.wd(q), "provided" | "providing") && len == 1 {
            let after_aux = q > 0 && (self.is(q - 1, C::Aux) || self.is(q - 1, C::Modal));
            let next_ok = q + 1 < self.doc.tokens.len()
                && (self.is(q + 1, C::Subj) || self.is(q + 1, C::Det) || self.cap(q + 1));
            if after_aux || !next_ok {
                return None;
            }
        }
        Some(len)
    }

    /// Steps back from token `r` (exclusive) over a timex and the
    /// preposition that introduces it ("on Friday"): the new exclusive end.
    #[inline(never)]
    pub fn before_timex(&self, mut r: usize, lo: usize) -> usize {
        if r > lo && self.temporal(r - 1) {
            while r > lo && self.temporal(r - 1) {
                r -= 1;
            }
            if r > lo && self.is(r - 1, C::TimePrep) {
                r -= 1;
            }
        }
        r
    }

    /// Steps over a time phrase that starts at token `p` ("on Tuesday",
    /// "last week"): the first token after it.
    #[inline(never)]
    pub fn after_timex(&self, mut p: usize, end: usize) -> usize {
        let start = p;
        if p + 1 < end && self.is(p, C::TimePrep) && self.temporal(p + 1) {
            p += 1;
        }
        if p < end && self.temporal(p) {
            while p < end && self.temporal(p) {
                p += 1;
            }
            return p;
        }
        start
    }

    /// Whether token `k` is part of a timex, a capitalized day or month
    /// name, or a period after "last", "this" or "next" ("last week").
    #[inline(never)]
    pub fn temporal(&self, k: usize) -> bool {
        self.timex(k).is_some()
            || self.is(k, C::Calendar) && self.cap(k)
            || self.is(k, C::Period) && k > 0 && self.is(k - 1, C::TimePrep)
    }

    /// Whether token `i` is a glued hyphen ("30-day", "life-threatening").
    #[inline(never)]
    pub fn glued_hyphen(&self, i: usize) -> bool {
        self.wd(i) == "-"
            && !self.doc.tokens[i].space_before
            && self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` is a quotation mark.
    #[inline(never)]
    pub fn quote(&self, i: usize) -> bool {
        self.is(i, C::Quote)
    }

    /// Whether token `i` reads as a verb form that cannot sit inside a noun
    /// phrase: an auxiliary, modal, reporting verb, or a word ending in
    /// "-ed" or "-ing" that no determiner precedes.
    #[inline(never)]
    fn verbish(&self, i: usize, lo: usize) -> bool {
        let w = self.wd(i);
        if self.is(i, C::Aux)
            || self.is(i, C::Modal)
            || self.is(i, C::Report)
            || self.is(i, C::Directive)
            || self.is(i, C::Predict)
        {
            return true;
        }
        let participle = (w.len() > 4 && w.ends_with("ed")) || (w.len() > 5 && w.ends_with("ing"));
        participle
            && !(i > lo
                && (self.is(i - 1, C::Det) || self.is(i - 1, C::Poss) || self.wd(i - 1) == "'s"))
    }

    /// Whether token `i` is a function word where a name would start: a
    /// capitalized determiner, preposition, conjunction or pronoun.
    #[inline(never)]
    fn function_word(&self, i: usize) -> bool {
        self.is(i, C::Det)
            || self.is(i, C::Prep)
            || self.is(i, C::Bound)
            || self.is(i, C::Subj)
            || self.is(i, C::Aux)
            || self.is(i, C::Modal)
    }

    /// Whether token `i` is a word that can be part of a name: capitalized
    /// and not a sentence-initial function word.
    #[inline(never)]
    pub fn name_word(&self, i: usize) -> bool {
        if !self.cap(i) {
            // Digits-initial names ("3M") are rare; dotted acronyms are words.
            return false;
        }
        let doc = self.doc;
        let first = i == 0
            || doc.sentence_of[i - 1] != doc.sentence_of[i]
            || doc.tokens[i - 1].kind == TokenKind::Punct && self.quote(i - 1);
        !(first && self.function_word(i))
    }

    /// Noun phrase ending at token `k` (inclusive), not starting before `lo`.
    #[inline(never)]
    pub fn np_left(&self, k: usize, lo: usize) -> Option<Range<usize>> {
        if k < lo || k >= self.doc.tokens.len() {
            return None;
        }
        if self.pronoun(k) {
            return Some(k..k + 1);
        }
        let mut first = k + 1;
        let mut j = k;
        let floor = lo.max(k.saturating_sub(14));
        loop {
            let take = self.np_token_left(j, first, k, lo);
            match take {
                Step::Take => first = j,
                Step::TakeStop => {
                    first = j;
                    // "Officials from the People's Republic": a determiner
                    // after "of/from" that an actor noun or a name precedes.
                    if j >= floor + 2
                        && matches!(self.wd(j - 1), "of" | "from")
                        && (self.is(j - 2, C::Actor) || self.name_word(j - 2))
                    {
                        first = j - 1;
                        j -= 2;
                        continue;
                    }
                    break;
                }
                Step::Stop => break,
            }
            if j == floor {
                break;
            }
            j -= 1;
        }
        // A phrase made only of connectors is no phrase.
        while first <= k && matches!(self.wd(first), "of" | "from" | "and" | "&" | "'s" | "-") {
            first += 1;
        }
        // "can highlight Putin's": lowercase words that open a phrase
        // before a name, with no determiner, are a verb, not a modifier.
        if first <= k
            && self.lower_word(first)
            && !self.is(first, C::Det)
            && !self.is(first, C::Poss)
        {
            if let Some(name) = (first..=k).find(|&m| self.name_word(m)) {
                if (first..name).all(|m| self.lower_word(m)) {
                    first = name;
                }
            }
        }
        (first <= k).then_some(first..k + 1)
    }

    #[inline(never)]
    fn np_token_left(&self, j: usize, first: usize, k: usize, lo: usize) -> Step {
        let w = self.wd(j);
        match self.kind(j) {
            TokenKind::Number => return Step::Take,
            TokenKind::Symbol => {
                // "OPEC+": a plus glued to a name.
                let glued_plus =
                    w == "+" && !self.doc.tokens[j].space_before && j > lo && self.cap(j - 1);
                return if glued_plus || matches!(w, "$" | "€" | "£" | "%" | "&") {
                    Step::Take
                } else {
                    Step::Stop
                };
            }
            TokenKind::Punct => {
                if self.glued_hyphen(j) && first <= k {
                    return Step::Take;
                }
                // "Apple Inc. announced": the period of an abbreviation.
                if w == "."
                    && !self.doc.tokens[j].space_before
                    && j > lo
                    && self.cap(j - 1)
                    && j + 1 < self.sent(j).end
                {
                    return Step::Take;
                }
                // "General Motors ( GM )": a parenthesized acronym.
                if w == ")" && j >= lo + 2 && self.wd(j - 2) == "(" && self.cap(j - 1) {
                    return Step::Take;
                }
                if w == "("
                    && first <= k
                    && self.wd(first) != "("
                    && first < k
                    && self.wd(first + 1) == ")"
                {
                    return Step::Take;
                }
                if w == "(" && first + 2 <= k && self.wd(first + 1) == ")" {
                    return Step::Take;
                }
                return Step::Stop;
            }
            TokenKind::Word => {}
        }
        if w == "'s" {
            return if first <= k && j > lo {
                Step::Take
            } else {
                Step::Stop
            };
        }
        if self.name_word(j) {
            // "But", "However" start no name; "Both" and "All" are determiners.
            if self.is(j, C::Det) || self.is(j, C::Poss) {
                return Step::TakeStop;
            }
            return Step::Take;
        }
        if self.is(j, C::Det) || self.is(j, C::Poss) {
            // "The union and the company": the second of two phrases that
            // open the sentence goes on to the first.
            if first <= k
                && j > lo + 1
                && self.wd(j - 1) == "and"
                && (self.opening_phrase(j - 2, lo) || self.opening_name(j - 2, lo))
            {
                return Step::Take;
            }
            // "Both will offer": a quantifier that stands alone.
            let alone = self.is(j, C::Quantifier);
            return if first <= k || alone {
                Step::TakeStop
            } else {
                Step::Stop
            };
        }
        if first > k {
            // The last word of the phrase.
            return if self.cap(j) || !self.verbish(j, lo) && self.lower_word(j) && !self.closed(j) {
                Step::Take
            } else {
                Step::Stop
            };
        }
        match w {
            "of" | "and" | "&" => {
                // "The union and the company agreed", "The union and
                // management reached": two common-noun phrases that open
                // the sentence ("met the union and the company agreed"
                // keeps its object out).
                let pair = w == "and"
                    && j > lo
                    && first <= k
                    && !self.closed(first)
                    && self.opening_phrase(j - 1, lo);
                let right_ok = first <= k && (self.cap(first) || self.is(first, C::Det) || pair);
                let left_ok = j > lo && (self.name_word(j - 1) || self.wd(j - 1) == ")" || pair);
                let of_ok = w == "of" && j > lo && self.lower_word(j - 1) && !self.closed(j - 1);
                if right_ok && (left_ok || of_ok) {
                    Step::Take
                } else {
                    Step::Stop
                }
            }
            "from" => {
                if j > lo
                    && first <= k
                    && (self.cap(first) || self.is(first, C::Det))
                    && self.is(j - 1, C::Actor)
                {
                    Step::Take
                } else {
                    Step::Stop
                }
            }
            _ => {
                // "Michigan-based": a participle glued to a compound.
                let compound = j > lo && self.glued_hyphen(j - 1);
                if self.lower_word(j) && !self.closed(j) && (compound || !self.verbish(j, lo)) {
                    Step::Take
                } else {
                    Step::Stop
                }
            }
        }
    }

    /// Whether tokens `lo..=i` are a determiner and lowercase nouns that open
    /// the sentence: "The union" of "The union and the company agreed".
    fn opening_phrase(&self, i: usize, lo: usize) -> bool {
        let start = self.sent(i).start;
        if start < lo || i <= start || !self.is(start, C::Det) || self.is(start, C::Quantifier) {
            return false;
        }
        (start + 1..=i).all(|m| self.lower_word(m) && !self.closed(m) && !self.verbish(m, lo))
    }

    /// Whether tokens `lo..=i` are a name that opens the sentence, with its
    /// determiner if it has one: "Ukraine" or "The EU" of "Ukraine and the
    /// US signed".
    fn opening_name(&self, i: usize, lo: usize) -> bool {
        let start = self.sent(i).start;
        if start < lo || i < start {
            return false;
        }
        let first = if self.is(start, C::Det) && !self.is(start, C::Quantifier) && i > start {
            start + 1
        } else {
            start
        };
        (first..=i).all(|m| self.name_word(m))
    }

    /// Whether token `i` is a closed-class word that ends a noun phrase.
    #[inline(never)]
    fn closed(&self, i: usize) -> bool {
        self.is(i, C::Prep)
            || self.is(i, C::Bound)
            || self.is(i, C::Neg)
            || self.pronoun(i)
            || self.is(i, C::Aux)
            || self.is(i, C::Modal)
            || self.is(i, C::Adverb)
    }

    /// A noun phrase starting at token `p`, for an addressee or an object:
    /// a pronoun, or a determiner, modifiers and nouns up to a preposition,
    /// a verb form or punctuation. Names may take "of" ("Bank of England").
    #[inline(never)]
    pub fn np_right(&self, p: usize, end: usize) -> Option<Range<usize>> {
        if p >= end {
            return None;
        }
        if self.pronoun(p) {
            return Some(p..p + 1);
        }
        let mut q = p;
        let limit = end.min(p + 12);
        while q < limit {
            let w = self.wd(q);
            let ok = match self.kind(q) {
                TokenKind::Number => true,
                TokenKind::Symbol => matches!(w, "$" | "€" | "£" | "%" | "&"),
                TokenKind::Punct => {
                    self.glued_hyphen(q)
                        // "low- and middle-income": a suspended hyphen.
                        || w == "-"
                            && q > p
                            && !self.doc.tokens[q].space_before
                            && q + 1 < limit
                            && matches!(self.wd(q + 1), "and" | "or")
                        || (w == "(" && q + 2 < limit && self.wd(q + 2) == ")" && self.cap(q + 1))
                        || (w == ")" && q >= p + 2 && self.wd(q - 2) == "(")
                }
                TokenKind::Word => {
                    if q == p {
                        !self.closed(q) || self.is(q, C::Det) || self.is(q, C::Poss)
                    } else if w == "of" {
                        q + 1 < limit && (self.cap(q + 1) || self.is(q + 1, C::Det))
                    } else if w == "'s" || self.glued_hyphen(q - 1) {
                        true
                    } else if matches!(w, "and" | "or") && self.wd(q - 1) == "-" {
                        // "low- and middle-income countries".
                        !self.doc.tokens[q - 1].space_before
                    } else if self.is(q, C::Det) || self.is(q, C::Poss) {
                        self.wd(q - 1) == "of" || self.wd(q - 1) == "'s"
                    } else {
                        self.cap(q) || !self.closed(q) && !self.verbish(q, p)
                    }
                }
            };
            if !ok {
                break;
            }
            q += 1;
        }
        while q > p && matches!(self.wd(q - 1), "of" | "and" | "'s" | "(" | "-") {
            q -= 1;
        }
        (q > p).then_some(p..q)
    }

    /// The end (exclusive) of the clause that starts at token `p`: the next
    /// sentence-internal boundary (";", ":", a dash, a quotation mark, a
    /// comma that does not continue a list, a subordinator, a condition).
    #[inline(never)]
    pub fn clause_end(&self, p: usize, end: usize) -> usize {
        let limit = end.min(p + WINDOW);
        let mut q = p;
        while q < limit {
            let w = self.wd(q);
            // Scare quotes inside a phrase: "a `` deferred termination ''
            // package". A quotation that closes within six tokens and is
            // followed by a word is read through.
            if q > p
                && self.quote(q)
                && self
                    .doc
                    .tokens
                    .get(q + 1)
                    .is_some_and(|t| !t.space_before || q + 1 < limit)
            {
                if let Some(close) = (q + 2..limit.min(q + 8)).find(|&m| self.quote(m)) {
                    if close + 1 < limit && self.lower_word(close + 1) {
                        q = close + 1;
                        continue;
                    }
                }
            }
            if q > p {
                // "low- and middle-income": a hyphen glued to its word
                // before "and"/"or" is no dash.
                let suspended = w == "-"
                    && !self.doc.tokens[q].space_before
                    && q + 1 < limit
                    && matches!(self.wd(q + 1), "and" | "or");
                // "50 billion euros ($54 billion) in aid": an aside in
                // parentheses that closes within eight tokens.
                if w == "(" {
                    if let Some(close) = (q + 1..limit.min(q + 9)).find(|&m| self.wd(m) == ")") {
                        q = close + 1;
                        continue;
                    }
                }
                if suspended {
                    q += 1;
                    continue;
                }
                if self.is(q, C::Stop) || self.quote(q) || (w == "-" && !self.glued_hyphen(q)) {
                    break;
                }
                if w == "," && !self.list_comma(q, limit) {
                    break;
                }
                if self.is(q, C::Break) || self.condition_at(q).is_some() {
                    break;
                }
            } else if matches!(w, "." | "?" | "!" | ";") {
                break;
            }
            q += 1;
        }
        while q > p && (self.quote(q - 1) || matches!(self.wd(q - 1), "," | "and" | "or")) {
            q -= 1;
        }
        q
    }

    /// Whether the comma at `q` continues a list ("to move, supply, and
    /// position"): an "and" or "or" follows before the next comma, within
    /// four tokens, and no clause word starts right after it.
    #[inline(never)]
    fn list_comma(&self, q: usize, limit: usize) -> bool {
        let next = q + 1;
        if next >= limit
            || self.is(next, C::Bound)
            || self.is(next, C::Subj)
            || self.is(next, C::Report)
            || self.is(next, C::Prep)
        {
            return false;
        }
        for r in next..limit.min(next + 5) {
            match self.wd(r) {
                "and" | "or" => return true,
                "," | "." | ";" => return false,
                _ => {}
            }
        }
        false
    }

    /// Index of the timex that covers token `i` (a binary search: the
    /// frames ask only about tokens near a trigger).
    #[inline(never)]
    pub fn timex(&self, i: usize) -> Option<usize> {
        let at = self.doc.tokens[i].span.start;
        let k = self.timexes.partition_point(|t| t.end <= at);
        (k < self.timexes.len() && self.timexes[k].start <= at).then_some(k)
    }

    /// Whether token `i` is part of a hedge cue.
    #[inline(never)]
    pub fn hedge(&self, i: usize) -> bool {
        let at = self.doc.tokens[i].span.start;
        let k = self.cues.partition_point(|c| c.end <= at);
        k < self.cues.len() && self.cues[k].start <= at
    }

    /// The subject of the clause that holds token `k`: the first noun phrase
    /// after the clause's start, skipping an introductory phrase that ends in
    /// a comma ("In a call with Trump, Putin agreed ...").
    #[inline(never)]
    pub fn clause_subject(&self, k: usize) -> Option<Range<usize>> {
        let s = self.sent(k);
        let floor = s.start.max(k.saturating_sub(2 * WINDOW));
        let mut start = floor;
        for j in (floor..k).rev() {
            if matches!(self.wd(j), ";" | ":" | "--" | "\u{2014}") {
                start = j + 1;
                break;
            }
        }
        self.subject_from(start, k)
    }

    /// The first noun phrase from token `start`, before token `k`.
    #[inline(never)]
    pub fn subject_from(&self, mut start: usize, k: usize) -> Option<Range<usize>> {
        for _ in 0..3 {
            while start < k && (self.quote(start) || self.kind(start) == TokenKind::Punct) {
                start += 1;
            }
            if start >= k {
                return None;
            }
            // "More recently,", "Last month,", "In a call with Trump,".
            let adverb = |j: usize| j < k && self.lower_word(j) && self.wd(j).ends_with("ly");
            let intro = self.is(start, C::Prep)
                || self.is(start, C::Bound)
                || adverb(start)
                || adverb(start + 1)
                || self.temporal(start)
                || self.temporal(start + 1) && start + 1 < k
                || self.is(start, C::Intro);
            if !intro {
                break;
            }
            let comma = (start..k).find(|&j| self.wd(j) == ",");
            match comma {
                Some(c) => start = c + 1,
                None => return None,
            }
        }
        if start >= k {
            return None;
        }
        if self.is(start, C::Subj) {
            return Some(start..start + 1);
        }
        let mut q = start;
        if self.is(q, C::Det) || self.is(q, C::Poss) {
            q += 1;
            let mut words = 0;
            while q < k && words < 7 && (self.is_word(q) || self.kind(q) == TokenKind::Number) {
                if self.closed(q) || self.verbish(q, start) {
                    break;
                }
                if q + 1 < k && (self.is(q + 1, C::Det) || self.is(q + 1, C::Poss)) && !self.cap(q)
                {
                    // A word followed by a determiner is a verb with its object.
                    break;
                }
                q += 1;
                words += 1;
            }
        } else {
            loop {
                let run = q;
                while q < k
                    && (self.name_word(q)
                        || self.glued_hyphen(q)
                        || (matches!(self.wd(q), "of" | "&") && q + 1 < k && self.cap(q + 1)))
                {
                    q += 1;
                }
                // "International car company DaimlerChrysler": modifiers
                // between a name and the name that heads the phrase.
                let mut m = q;
                while m < k
                    && m < q + 3
                    && self.lower_word(m)
                    && !self.closed(m)
                    && !self.verbish(m, start)
                {
                    m += 1;
                }
                // Only after a one-word name: "Elon Musk met Narendra Modi"
                // is a subject and its verb.
                if m > q && m < k && q == run + 1 && self.name_word(m) {
                    q = m;
                } else {
                    break;
                }
            }
        }
        // "Germany's new chancellor, Friedrich Merz, pledged": the possessor
        // is not the subject, what it possesses is.
        if q > start && q + 1 < k && self.wd(q) == "'s" {
            let mut m = q + 1;
            while m < k
                && m < q + 6
                && (self.lower_word(m) && !self.closed(m) && !self.verbish(m, start)
                    || self.name_word(m))
            {
                m += 1;
            }
            if m > q + 1 {
                q = m;
            }
        }
        (q > start).then_some(start..q)
    }
}

enum Step {
    Take,
    TakeStop,
    Stop,
}

/// What the verb group before a verb trigger holds.
struct Group {
    start: usize,
    negated: bool,
    modal: Option<usize>,
    /// A form of "be" right before the (participle) trigger, adverbs aside.
    be: bool,
    hedged: bool,
    governor: Governor,
    firmness: Option<(Range<usize>, &'static str)>,
}

/// Reads the verb group that ends right before token `i`.
#[inline(never)]
fn verb_group(ctx: &Ctx, i: usize, s: usize) -> Group {
    let mut g = Group {
        start: i,
        negated: false,
        modal: None,
        be: false,
        hedged: false,
        governor: Governor::None,
        firmness: None,
    };
    let mut j = i;
    let floor = s.max(i.saturating_sub(12));
    let mut only_adverbs = true;
    while j > floor {
        let k = j - 1;
        let w = ctx.wd(k);
        // "Putin last week agreed", "Putin on Monday agreed": skip the time.
        let before = ctx.before_timex(j, floor);
        if before < j {
            j = before;
            continue;
        }
        // "has `` committed": an opening quotation mark.
        if ctx.quote(k) {
            j = k;
            continue;
        }
        if let Some(len) = ctx.ends(k, floor, C::Firmness) {
            if ctx.lower_word(k) && (len > 1 || w.ends_with("ly")) {
                let start = k + 1 - len;
                g.firmness = ctx
                    .w
                    .canonical(ctx.doc, start, len, C::Firmness)
                    .map(|c| (start..k + 1, c));
                j = start;
                continue;
            }
        }
        if let Some(len) = ctx.ends(k, floor, C::Neg) {
            if w != "yet"
                || ctx.wd(i) == "to"
                || (k + 1 < ctx.doc.tokens.len() && ctx.wd(k + 1) == "to")
            {
                g.negated = true;
                j = k + 1 - len;
                continue;
            }
        }
        if ctx.is(k, C::Modal) {
            g.modal = Some(k);
            j = k;
            only_adverbs = false;
            continue;
        }
        if ctx.is(k, C::Aux) {
            if only_adverbs && ctx.be(k) {
                g.be = true;
            }
            only_adverbs = false;
            j = k;
            continue;
        }
        if ctx.hedge(k) && ctx.lower_word(k) && w.ends_with("ly") {
            g.hedged = true;
            j = k;
            continue;
        }
        if ctx.lower_word(k) && (w.ends_with("ly") && w.len() > 3 || ctx.is(k, C::Adverb)) {
            j = k;
            continue;
        }
        if w == "to" && k > floor {
            let gov = k - 1;
            if ctx.is(gov, C::Hedge) {
                g.hedged = true;
                if g.governor == Governor::None {
                    g.governor = Governor::Hedge;
                }
                j = gov;
                only_adverbs = false;
                continue;
            }
            if ctx.is(gov, C::FutureAux) {
                g.governor = Governor::Future;
                j = gov;
                only_adverbs = false;
                continue;
            }
            if ctx.is(gov, C::Aspect) {
                j = gov;
                only_adverbs = false;
                continue;
            }
            if ctx.is(gov, C::Fail) {
                g.negated = true;
                j = gov;
                only_adverbs = false;
                continue;
            }
            g.governor = Governor::Other(gov);
            j = k;
            break;
        }
        break;
    }
    g.start = j;
    g
}

/// The agent of a verb trigger whose verb group starts at `start`.
#[inline(never)]
fn verb_agent(ctx: &Ctx, i: usize, start: usize, s: usize) -> Option<Range<usize>> {
    if start <= s {
        return None;
    }
    let mut k = start - 1;
    let w = ctx.wd(k);
    let ing = ctx.wd(i).ends_with("ing");
    // A parenthetical between subject and verb: "X -- which ... -- agreed".
    if matches!(w, "--" | ")" | "\u{2014}") {
        let open = if w == ")" { "(" } else { w };
        let floor = s.max(k.saturating_sub(WINDOW));
        let mut m = k;
        while m > floor {
            m -= 1;
            if ctx.wd(m) == open {
                break;
            }
        }
        if m == k || ctx.wd(m) != open || m == s {
            return None;
        }
        k = m - 1;
        if ctx.wd(k) == "," && k > s {
            k -= 1;
        }
        return ctx.np_left(k, s);
    }
    if matches!(w, "who" | "which" | "that") {
        let mut a = k.checked_sub(1)?;
        if a < s {
            return None;
        }
        if ctx.wd(a) == "," && a > s {
            a -= 1;
        }
        return ctx.np_left(a, s);
    }
    if matches!(w, "and" | "or" | "but" | ",")
        || (ing && matches!(w, "by" | "after" | "before" | "while" | "when"))
    {
        if ing && matches!(w, "and" | ",") {
            // "with the maker paying $80,000 and agreeing to ...": the noun
            // phrase before the first participle of the series.
            let floor = s.max(k.saturating_sub(15));
            for p in (floor + 1..k).rev() {
                let pw = ctx.wd(p);
                if ctx.lower_word(p)
                    && pw.len() > 5
                    && pw.ends_with("ing")
                    && !ctx.closed(p - 1)
                    && !ctx.verbish(p - 1, s)
                {
                    if let Some(np) = ctx.np_left(p - 1, s) {
                        if !ctx.is(np.start, C::Subj) || np.len() == 1 {
                            return Some(np);
                        }
                    }
                }
            }
        }
        return ctx.clause_subject(k);
    }
    if ctx.is(k, C::Prep) && !ctx.is(k, C::Obj) {
        return None;
    }
    // "Several states refused", "the Baltic states threatened": a noun that
    // is also a reporting verb, right before the verb, after a determiner
    // or a modifier (two finite verbs do not follow each other).
    if ctx.is(k, C::Report) && ctx.lower_word(k) && k > s {
        let p = k - 1;
        if ctx.is(p, C::Det) || ctx.is(p, C::Quantifier) {
            return Some(p..k + 1);
        }
        if ctx.name_word(p) || ctx.lower_word(p) && !ctx.closed(p) && !ctx.verbish(p, s) {
            return ctx.np_left(p, s).map(|np| np.start..k + 1);
        }
    }
    let np = ctx.np_left(k, s)?;
    Some(np)
}

/// The subject of the verb at token `v`: the noun phrase before its verb
/// group.
#[inline(never)]
pub(crate) fn subject_of_verb(ctx: &Ctx, v: usize) -> Option<Range<usize>> {
    let s = ctx.sent(v).start;
    let g = verb_group(ctx, v, s);
    verb_agent(ctx, v, g.start, s)
}

/// Builds the candidate for trigger `t` at token `i`, if its frame holds.
#[inline(never)]
pub(crate) fn build(ctx: &Ctx, i: usize, t: &Trigger) -> Option<Cand> {
    let doc = ctx.doc;
    let s = ctx.sent(i);
    let last = i + t.words.len() - 1;
    if last >= s.end || !lexicon::matches_at(doc, i, &t.words) {
        return None;
    }
    // "life-threatening", "pre-agreed": a glued hyphen makes another word.
    if (i > 0 && ctx.glued_hyphen(i - 1)) || (last + 1 < s.end && ctx.glued_hyphen(last + 1)) {
        return None;
    }
    if !(ctx.lower_word(i) || i == s.start || i > 0 && ctx.quote(i - 1)) {
        // A capitalized trigger inside a sentence is a name or a title word.
        return None;
    }
    if t.noun {
        noun_frame(ctx, i, last, t, s)
    } else if t.frames & frame::REPORTED != 0 {
        reported_future(ctx, i, s)
    } else {
        verb_frame(ctx, i, last, t, s)
    }
}

/// Whether the form at `i` reads as a noun: after a determiner, a
/// possessive, a preposition, a support verb or an adjective that one of
/// those precedes.
#[inline(never)]
pub(crate) fn reads_as_noun(ctx: &Ctx, i: usize, s: usize) -> bool {
    if i <= s {
        return false;
    }
    let p = i - 1;
    let nounish_before = |k: usize| {
        ctx.is(k, C::Det)
            || ctx.is(k, C::Poss)
            || ctx.wd(k) == "'s"
            || ctx.is(k, C::Prep) && ctx.wd(k) != "to"
            || ctx.is(k, C::Support)
    };
    let plural_possessive =
        matches!(ctx.wd(p), "'" | "\u{2019}") && !ctx.doc.tokens[p].space_before;
    if plural_possessive
        || nounish_before(p)
        || ctx.ends(p, s, C::Firmness).is_some() && ctx.lower_word(p) && !ctx.wd(p).ends_with("ly")
    {
        return true;
    }
    // "The minister pledges to cut taxes", "The bank promises that": a
    // form in -s after a word for someone who can commit, then "to" or
    // "that", is that someone's verb (but "the bank's pledges", "a pledge").
    let actor_before = ctx.is(p, C::PersonRole)
        || ctx.is(p, C::OrgRole)
        || ctx.is(p, C::Actor) && !ctx.wd(p).ends_with('s');
    if actor_before
        && ctx.wd(i).ends_with('s')
        && i + 1 < ctx.sent(i).end
        && matches!(ctx.wd(i + 1), "to" | "that")
    {
        return false;
    }
    // "a $145 billion stimulus plan": modifiers back to a determiner.
    let mut k = p;
    while k > s
        && k + 5 > p
        && (ctx.lower_word(k)
            && !ctx.closed(k)
            && !ctx.verbish(k, s)
            && !ctx.is(k, C::Det)
            && !ctx.is(k, C::Poss)
            || ctx.kind(k) == TokenKind::Number
            || ctx.is(k, C::Money)
            || ctx.glued_hyphen(k))
    {
        k -= 1;
    }
    // "rejected three takeover offers": a number opens the phrase.
    k < p
        && (ctx.is(k, C::Det)
            || ctx.is(k, C::Poss)
            || ctx.wd(k) == "'s"
            || (ctx.kind(k + 1) == TokenKind::Number || ctx.is(k + 1, C::Quantifier))
                && !ctx.name_word(k))
}

#[inline(never)]
fn verb_frame(ctx: &Ctx, i: usize, last: usize, t: &Trigger, s: Range<usize>) -> Option<Cand> {
    let both_forms = lexicon::triggers(ctx.wd(i)).any(|e| e.noun);
    if both_forms && reads_as_noun(ctx, i, s.start) {
        return None;
    }
    // "The share offering raised $1.2 billion": an -ing form after a
    // determiner and followed by a finite verb is a noun, the subject.
    let w = ctx.wd(i);
    if w.ends_with("ing") && last + 1 < s.end && reads_as_noun(ctx, i, s.start) {
        let n = last + 1;
        let finite = ctx.is(n, C::Aux)
            || ctx.is(n, C::Modal)
            || ctx.lower_word(n) && ctx.wd(n).len() > 4 && ctx.wd(n).ends_with("ed");
        if finite {
            return None;
        }
    }
    let g = verb_group(ctx, i, s.start);
    let mut c = Cand {
        kind: t.kind,
        trigger: i..last + 1,
        noun: false,
        sentence: ctx.doc.sentence_of[i] as usize,
        agent: None,
        addressee: None,
        action: last + 1..last + 1,
        time: None,
        condition: None,
        firmness: g.firmness.clone(),
        negated: g.negated,
        hedged: g.hedged,
        modal: g.modal,
        governor: g.governor,
        frame: 0,
        group_start: g.start,
        np_start: i,
    };
    let passive = g.be && ctx.wd(i).ends_with("ed") && ctx.wd(i) != "committed";
    let subject = verb_agent(ctx, i, g.start, s.start);
    // A form that is also a noun ("plans", "offers", "pledge") reads as a
    // verb only after a clear subject: a pronoun, a name or a determiner
    // ("viability plans to", "does not affect plans to" are nouns).
    if both_forms && !subject.as_ref().is_some_and(|a| clear_subject(ctx, a)) {
        return None;
    }
    // The complement ("signed on to" ends in its own "to").
    let mut p = if ctx.wd(last) == "to" { last } else { last + 1 };
    let end = s.end;
    // "agreed in principle to": firmness right after the verb.
    if let Some(len) = ctx.starts(p, C::Firmness) {
        if len > 1 || ctx.wd(p).ends_with("ly") {
            c.firmness = ctx
                .w
                .canonical(ctx.doc, p, len, C::Firmness)
                .map(|f| (p..p + len, f));
            p += len;
        }
    }
    while p < end
        && ctx.lower_word(p)
        && (ctx.wd(p).ends_with("ly") && ctx.wd(p).len() > 3
            || matches!(ctx.wd(p), "also" | "not" | "never"))
    {
        p += 1;
    }
    // "vowed on Tuesday to retaliate", "agreed last week to".
    p = ctx.after_timex(p, end);
    // "refused `` to let ...": an opening quotation mark.
    if p + 1 < end && matches!(ctx.wd(p), "``" | "\u{201c}" | "\"") {
        p += 1;
    }
    // "agreed at their summit in The Hague to raise": a prepositional
    // phrase (no comma, no verb) between the verb and its "to" + verb.
    if p < end
        && t.frames & frame::TO_VERB != 0
        && ctx.is(p, C::Prep)
        && !matches!(ctx.wd(p), "to" | "with" | "on" | "upon" | "for" | "of")
    {
        let lim = end.min(p + 12);
        let mut q = p + 1;
        while q < lim
            && ctx.wd(q) != "to"
            && (ctx.is_word(q) || ctx.kind(q) == TokenKind::Number)
            && !ctx.verbish(q, p)
            && !ctx.is(q, C::Bound)
        {
            q += 1;
        }
        if q > p + 1 && q + 1 < end && ctx.wd(q) == "to" && ctx.verb_after_to(q + 1, false) {
            p = q;
        }
    }
    // "agreed with Ukraine to ...": a partner before the complement.
    if p < end && ctx.wd(p) == "with" {
        if let Some(np) = ctx.np_right(p + 1, end) {
            if np.end < end && ctx.wd(np.end) == "to" {
                c.addressee = Some(np.clone());
                p = np.end;
            }
        }
    }
    // "committed itself to", "committed $50 million to".
    if ctx.wd(i).starts_with("commit") && p < end && ctx.wd(p) != "to" {
        if ctx.is(p, C::Reflexive) {
            p += 1;
        } else if let Some(np) = ctx.np_right(p, end) {
            if np.end < end && ctx.wd(np.end) == "to" {
                // Resources committed to a purpose: the whole is the action.
                let e = ctx.clause_end(p, end);
                c.action = p..e;
                c.frame = frame::OBJECT;
                return finish(ctx, c, subject, passive, t, s);
            }
            return None;
        }
    }
    let skip_quote = |q: usize| if q < end && ctx.quote(q) { q + 1 } else { q };
    let f = t.frames;
    // to + verb / to + noun phrase
    if p < end && ctx.wd(p) == "to" {
        let q = skip_quote(p + 1);
        if q < end {
            let verb = ctx.verb_after_to(q, f & frame::TO_NP != 0);
            if verb && f & frame::TO_VERB != 0 {
                c.action = q..ctx.clause_end(q, end);
                c.frame = frame::TO_VERB;
            } else if f & frame::TO_NP != 0 {
                c.action = q..ctx.clause_end(q, end);
                c.frame = frame::TO_NP;
            } else if f & (frame::OBJECT | frame::THAT) != 0 && !verb {
                // "promised to Ukraine that ...": an addressee first.
                if let Some(np) = ctx.np_right(q, end) {
                    c.addressee = Some(np.clone());
                    p = np.end;
                }
            }
        }
    }
    if c.frame == 0 && p < end && matches!(ctx.wd(p), "on" | "upon") && f & frame::ON_NP != 0 {
        let q = p + 1;
        if ctx.np_right(q, end).is_some() {
            c.action = q..ctx.clause_end(q, end);
            c.frame = frame::ON_NP;
        }
    }
    // "threatened Hungary with sanctions": the threatened, then the threat.
    if c.frame == 0 && t.kind == PledgeKind::Threat && !passive && p < end {
        if let Some(np) = ctx.np_right(p, end) {
            let w = np.end;
            // What is threatened is a measure ("sanctions", "arrest"), not
            // a weapon ("threatened staff with a knife").
            let measure = |r: Range<usize>| r.clone().any(|k| ctx.is(k, C::Force));
            if w + 1 < end && ctx.wd(w) == "with" && ctx.np_right(w + 1, end).is_some_and(measure) {
                c.addressee = Some(np);
                c.action = w + 1..ctx.clause_end(w + 1, end);
                c.frame = frame::OBJECT;
                p = w;
            }
        }
    }
    if c.frame == 0 && f & frame::INDIRECT != 0 && p < end && ctx.wd(p) != "that" && !passive {
        // "assured Trump that", "offered Kyiv a deal".
        if let Some(np) = indirect_object(ctx, p, end, f & frame::THAT != 0) {
            c.addressee = Some(np.clone());
            p = np.end;
        }
    }
    if c.frame == 0 && f & frame::THAT != 0 {
        let q = if p < end && ctx.wd(p) == "that" {
            p + 1
        } else {
            p
        };
        // A clause: its subject and a finite verb (a modal, or the rest).
        if q < end && (q > p || is_clause_start(ctx, q, end)) && q + 1 < end {
            c.action = p..ctx.clause_end(q, end);
            c.frame = frame::THAT;
        }
    }
    // "were promised by management that ...": the agent before the clause
    // (`finish` reads it back from the "by" phrase).
    if c.frame == 0 && f & frame::INDIRECT != 0 && passive && p < end && ctx.wd(p) == "by" {
        if let Some(np) = ctx.np_right(p + 1, end) {
            if np.end < end && ctx.wd(np.end) == "that" {
                p = np.end;
            }
        }
    }
    if c.frame == 0 && f & frame::INDIRECT != 0 && passive && p < end && !ctx.is(p, C::Prep) {
        // "was assured that ...", "were offered buyouts" (but "a view is
        // offered by X" has no object: the subject is what is offered).
        let q = if ctx.wd(p) == "that" { p + 1 } else { p };
        if q < end && q + 1 < end {
            c.action = p..ctx.clause_end(q, end);
            c.frame = if q > p { frame::THAT } else { frame::OBJECT };
        }
    }
    if c.frame == 0
        && f & frame::GERUND != 0
        && p < end
        && ctx.lower_word(p)
        && ctx.wd(p).ends_with("ing")
    {
        c.action = p..ctx.clause_end(p, end);
        c.frame = frame::GERUND;
    }
    if c.frame == 0 && f & frame::OBJECT != 0 && p < end && !passive {
        let starts_np = ctx.kind(p) == TokenKind::Number
            || ctx.is(p, C::Money)
            || ctx.is(p, C::Det)
            || ctx.is(p, C::Poss)
            || ctx.is_word(p) && !ctx.closed(p);
        if starts_np && !ctx.quote(p) {
            let e = ctx.clause_end(p, end);
            let np_end = ctx.np_right(p, e).map_or(e, |r| r.end);
            // The object class is read up to the first preposition, across
            // scare quotes ("a `` deferred termination '' package to").
            let head_end = (p + 1..e).find(|&k| ctx.is(k, C::Prep)).unwrap_or(e);
            let np_end = np_end.max(head_end);
            if let Some(class) = t.object {
                if !(p..np_end).any(|k| {
                    ctx.is(k, class)
                        || class == C::Benefit
                            && ctx.kind(k) == TokenKind::Number
                            && (k + 1..np_end).any(|m| ctx.is(m, C::Money))
                }) {
                    return None;
                }
            }
            c.action = p..e;
            c.frame = frame::OBJECT;
            // "offer buyouts to workers": the recipient.
            if matches!(t.kind, PledgeKind::Offer | PledgeKind::Pledge) && c.addressee.is_none() {
                if let Some(k) = (np_end..e).find(|&k| ctx.wd(k) == "to") {
                    if let Some(np) = recipient(ctx, k + 1, end) {
                        c.addressee = Some(np);
                        c.action = p..k;
                    }
                }
            }
        }
    }
    if c.frame == 0 && passive && p <= end {
        // "The proposal was rejected (by X)": the subject is what is refused
        // or accepted.
        if t.object.is_some() {
            if let Some(subj) = subject.clone() {
                if let Some(class) = t.object {
                    if !subj.clone().any(|k| ctx.is(k, class)) {
                        return None;
                    }
                }
                c.action = subj;
                c.frame = frame::OBJECT;
                c.agent = by_phrase(ctx, p, end);
                return finish_passive(ctx, c, s);
            }
        }
    }
    if c.frame == 0 {
        return None;
    }
    finish(ctx, c, subject, passive, t, s)
}

/// Whether the noun phrase `a` is clearly a subject: a pronoun, or a phrase
/// that starts with a determiner, a possessive or a name.
#[inline(never)]
fn clear_subject(ctx: &Ctx, a: &Range<usize>) -> bool {
    let f = a.start;
    ctx.pronoun(f)
        || ctx.is(f, C::Det)
        || ctx.is(f, C::Poss)
        || ctx.name_word(f)
        || ctx.kind(f) == TokenKind::Number
        || ctx.is(a.end - 1, C::Actor)
}

/// Whether a clause starts at `q`: a pronoun or name subject and, within a
/// few tokens, a modal or auxiliary ("he would", "Russia will").
#[inline(never)]
fn is_clause_start(ctx: &Ctx, q: usize, end: usize) -> bool {
    (ctx.is(q, C::Subj) || ctx.cap(q))
        && (q + 1..end.min(q + 5)).any(|k| ctx.is(k, C::Modal) || ctx.is(k, C::Aux))
}

/// An indirect object at `p`: a name, a pronoun or a short noun phrase,
/// followed by a second noun phrase, or by "that" when the trigger takes a
/// that-clause (`that`).
#[inline(never)]
fn indirect_object(ctx: &Ctx, p: usize, end: usize, that: bool) -> Option<Range<usize>> {
    let np = if ctx.pronoun(p) {
        p..p + 1
    } else if ctx.cap(p) || ctx.is(p, C::Det) || ctx.is(p, C::Poss) {
        ctx.np_right(p, end)?
    } else if ctx.lower_word(p) && !ctx.closed(p) {
        // "promised voters a referendum": a bare plural, kept short.
        let np = ctx.np_right(p, end)?;
        if np.len() > 3 {
            return None;
        }
        // "offer customers free refills": a plural, then the thing offered.
        let one = p + 1;
        if np.len() > 1
            && ctx.wd(p).ends_with('s')
            && (matches!(ctx.wd(one), "more" | "free") || ctx.kind(one) == TokenKind::Number)
        {
            return Some(p..one);
        }
        np
    } else {
        return None;
    };
    if np.len() > 8 || np.end >= end {
        return None;
    }
    // "offered Ukraine membership talks": a name, then a lowercase phrase.
    if ctx.cap(p) {
        let name_end = (p..np.end).find(|&k| !ctx.name_word(k)).unwrap_or(np.end);
        if name_end < np.end && ctx.lower_word(name_end) && !ctx.closed(name_end) {
            return Some(p..name_end);
        }
    }
    let n = np.end;
    let next_np = ctx.is(n, C::Det)
        || ctx.is(n, C::Poss)
        || ctx.kind(n) == TokenKind::Number
        || ctx.is(n, C::Money)
        || matches!(ctx.wd(n), "more" | "free");
    // "assured Trump that"; but "offered guarantees that" is the object.
    (that && ctx.wd(n) == "that" || next_np).then_some(np)
}

/// A recipient after "to": a name, a pronoun, or a noun phrase that is not
/// the start of a verb phrase.
#[inline(never)]
fn recipient(ctx: &Ctx, q: usize, end: usize) -> Option<Range<usize>> {
    if q >= end {
        return None;
    }
    // A bare lowercase recipient is a plural ("to workers", "to dealers"):
    // "offers funding to search for" goes on with a verb.
    let plural =
        ctx.lower_word(q) && ctx.wd(q).ends_with('s') && !ctx.closed(q) && !ctx.verbish(q, q);
    // "to backbench Labour MPs", "to low- and middle-income countries":
    // modifiers before a name, or a compound before a plural head ("to
    // resolve tens of lawsuits" is a verb and its object).
    // "to developing countries": an -ing adjective before a plural.
    let modified = ctx.lower_word(q)
        && !ctx.closed(q)
        && ctx.np_right(q, end).is_some_and(|np| {
            let h = np.end - 1;
            let plural = ctx.wd(h).ends_with('s');
            np.len() > 1
                && (!ctx.verbish(q, q)
                    && (ctx.cap(h) || plural && np.clone().any(|m| ctx.glued_hyphen(m)))
                    || np.len() == 2
                        && ctx.wd(q).ends_with("ing")
                        && (ctx.is(h, C::Actor) || ctx.is(h, C::People)))
        });
    let ok = ctx.cap(q)
        || plural
        || modified
        || ctx.is(q, C::Det)
        || ctx.is(q, C::Poss)
        || ctx.is(q, C::Obj)
        || ctx.kind(q) == TokenKind::Number
        || ctx.is(q, C::Quantifier)
        || ctx.is(q, C::Actor);
    if !ok {
        return None;
    }
    let e = ctx.clause_end(q, end);
    let np = ctx.np_right(q, e)?;
    // "to anyone who has purchased ...": keep a relative clause.
    if np.end < e && matches!(ctx.wd(np.end), "who" | "whom") {
        return Some(q..e);
    }
    Some(np)
}

/// "by X" between `p` and the clause end.
#[inline(never)]
fn by_phrase(ctx: &Ctx, p: usize, end: usize) -> Option<Range<usize>> {
    let e = ctx.clause_end(p, end);
    let k = (p..e.min(p + 4)).find(|&k| ctx.wd(k) == "by")?;
    ctx.np_right(k + 1, e)
}

#[inline(never)]
fn finish_passive(ctx: &Ctx, mut c: Cand, s: Range<usize>) -> Option<Cand> {
    // "was rejected after talks broke down when ... by next year": the
    // time ends where an adjunct clause starts.
    let e = ctx.clause_end(c.trigger.end, s.end);
    let e = (c.trigger.end..e)
        .find(|&k| ctx.is(k, C::NotTime) || ctx.is(k, C::Bound))
        .unwrap_or(e);
    c.time = time_in(ctx, c.trigger.end..e);
    Some(c)
}

/// Fills the agent (and, for passives, the addressee), time and condition.
#[inline(never)]
fn finish(
    ctx: &Ctx,
    mut c: Cand,
    subject: Option<Range<usize>>,
    passive: bool,
    t: &Trigger,
    s: Range<usize>,
) -> Option<Cand> {
    if passive && t.frames & frame::INDIRECT != 0 {
        // "Ukraine was promised aid by the US": the subject receives.
        c.addressee = subject;
        c.agent = by_phrase(ctx, c.trigger.end, s.end);
        // ... and what is promised ends before "by the US".
        if let Some(a) = &c.agent {
            if a.start > c.action.start + 1
                && a.start <= c.action.end
                && ctx.wd(a.start - 1) == "by"
            {
                c.action.end = a.start - 1;
            }
        }
    } else {
        c.agent = subject;
    }
    // "It was agreed that the talks would resume", "It was agreed not to
    // raise prices": an impersonal passive has no agent.
    if passive
        && matches!(c.frame, frame::THAT | frame::TO_VERB)
        && c.agent
            .as_ref()
            .is_some_and(|a| a.len() == 1 && ctx.wd(a.start) == "it")
    {
        c.agent = None;
    }
    // "Threatening to quit the coalition, the Free Democrats demanded ...":
    // a participle that opens the sentence has the main clause's subject.
    let opening = (s.start..c.group_start).all(|k| ctx.quote(k));
    if c.agent.is_none() && opening && ctx.wd(c.trigger.start).ends_with("ing") {
        let a = c.action.end;
        if let Some(comma) = (a..s.end.min(a + 2)).find(|&k| ctx.wd(k) == ",") {
            c.agent = ctx.subject_from(comma + 1, s.end);
        }
    }
    trim_action(ctx, &mut c);
    if c.action.is_empty() {
        return None;
    }
    if c.addressee.is_none() {
        c.addressee = party_in_action(ctx, &c);
    }
    if c.firmness.is_none() {
        c.firmness = firmness_of_object(ctx, &c);
    }
    c.time = time_in(ctx, c.action.clone()).or_else(|| time_after(ctx, c.action.end, s.end));
    c.condition = condition(ctx, &c, s);
    Some(c)
}

/// "agreed to a `` provisional arrangement ''", "accepted a temporary
/// truce": a firmness word that opens the noun phrase agreed to.
#[inline(never)]
fn firmness_of_object(ctx: &Ctx, c: &Cand) -> Option<(Range<usize>, &'static str)> {
    if !matches!(c.frame, frame::TO_NP | frame::OBJECT | frame::ON_NP) {
        return None;
    }
    let mut k = c.action.start;
    while k < c.action.end && k < c.action.start + 3 && (ctx.is(k, C::Det) || ctx.quote(k)) {
        k += 1;
    }
    let len = ctx.starts(k, C::Firmness)?;
    if !ctx.lower_word(k) || k + len >= c.action.end {
        return None;
    }
    ctx.w
        .canonical(ctx.doc, k, len, C::Firmness)
        .map(|f| (k..k + len, f))
}

/// The other party named inside the action: "with X" of an agreement
/// ("agreed to a ceasefire with India", "agreed to pay ... under a settlement
/// with the state attorney general"), or "to X" after the object of a verb
/// that hands something over ("agreed to pay $200 million to the
/// government", "pledged to return cash to shareholders").
#[inline(never)]
fn party_in_action(ctx: &Ctx, c: &Cand) -> Option<Range<usize>> {
    let a = c.action.clone();
    if c.kind == PledgeKind::Agreement {
        for k in a.start + 1..a.end {
            if ctx.wd(k) != "with" || k + 1 >= a.end {
                continue;
            }
            let Some(np) = ctx.np_right(k + 1, a.end) else {
                continue;
            };
            // A party: a name, a phrase headed by an actor noun, or any
            // phrase after a deal ("under a settlement with the state
            // attorney general").
            let deal = ctx.is(k - 1, C::Deal)
                && (ctx.is(np.start, C::Det) || ctx.wd(np.end - 1).ends_with('s'));
            if deal || np.clone().any(|m| ctx.name_word(m)) || ctx.is(np.end - 1, C::Actor) {
                return Some(np);
            }
        }
    }
    if c.frame == frame::TO_VERB && ctx.is(a.start, C::Transfer) {
        // The first "to" with a recipient: "to 50% of cash flow" (a number)
        // is none, and "to settle a lawsuit" (a verb) starts another clause.
        for k in a.start + 2..a.end {
            // "up to", "due to", "according to" are no recipient's "to".
            let fixed = matches!(
                ctx.wd(k - 1),
                "up" | "due" | "according" | "owing" | "prior"
            );
            if ctx.wd(k) != "to" || ctx.kind(k + 1) == TokenKind::Number || fixed {
                continue;
            }
            if let Some(np) = recipient(ctx, k + 1, a.end) {
                return Some(np);
            }
            if ctx.verb_after_to(k + 1, false) {
                break;
            }
        }
    }
    None
}

/// Drops trailing punctuation and quotes from the action, and ends a noun
/// phrase action before a time adjunct that dates the report rather than
/// the commitment: "a ceasefire | on Saturday after four days of fighting".
#[inline(never)]
fn trim_action(ctx: &Ctx, c: &mut Cand) {
    if matches!(c.frame, frame::TO_NP | frame::OBJECT | frame::ON_NP) {
        let a = c.action.clone();
        if let Some(k) = (a.start + 1..a.end).find(|&k| {
            ctx.is(k, C::NotTime)
                || ctx.is(k, C::TimePrep)
                    && k + 1 < a.end
                    && ctx.temporal(k + 1)
                    && !deadline_before(ctx, k + 1)
                || ctx.temporal(k)
                    && !ctx.is(k - 1, C::Prep)
                    && !deadline_before(ctx, k)
                    && ctx
                        .timex(k)
                        .is_some_and(|t| ctx.timexes[t].kind != TimexType::Duration)
        }) {
            c.action.end = k;
        }
    }
    while c.action.end > c.action.start
        && (ctx.quote(c.action.end - 1)
            || ctx.kind(c.action.end - 1) == TokenKind::Punct && ctx.wd(c.action.end - 1) != ")")
    {
        c.action.end -= 1;
    }
}

/// The time of an action: the first duration inside it, else the first date
/// or time ("for 30 days", "by June 10", "a 30-day ceasefire").
#[inline(never)]
pub(crate) fn time_in(ctx: &Ctx, r: Range<usize>) -> Option<usize> {
    let mut date = None;
    let mut last = usize::MAX;
    for k in r {
        let Some(t) = ctx.timex(k) else { continue };
        if t == last {
            continue;
        }
        last = t;
        // "after four days of fighting", "since 2014": not the action's
        // time; nor "yesterday", the report's.
        if k > 0 && ctx.is(k - 1, C::NotTime) || ctx.is(k, C::NotTime) {
            continue;
        }
        // "the 2032 Games", "the 2025 climate talks": a year that names an
        // event, between a determiner and a noun.
        let tx = &ctx.timexes[t];
        if tx.value.len() == 4
            && k > 0
            && ctx.is(k - 1, C::Det)
            && k + 1 < ctx.doc.tokens.len()
            && ctx.doc.tokens[k + 1].span.start >= tx.end
            && ctx.is_word(k + 1)
            && !ctx.is(k + 1, C::Prep)
        {
            continue;
        }
        match ctx.timexes[t].kind {
            TimexType::Duration => return Some(t),
            TimexType::Date | TimexType::Time if date.is_none() => date = Some(t),
            _ => {}
        }
    }
    date
}

/// Whether a deadline word ("by", "until", "starting") introduces the time
/// expression at token `k`, right before it or before its determiner or
/// preposition ("by the end of March", "starting at midnight").
#[inline(never)]
fn deadline_before(ctx: &Ctx, k: usize) -> bool {
    k > 0
        && (ctx.is(k - 1, C::Deadline)
            || k > 1
                && (ctx.is(k - 1, C::Det) || ctx.is(k - 1, C::TimePrep))
                && ctx.is(k - 2, C::Deadline))
}

/// A deadline after the action, later in its clause: "would cut 1,800 jobs,
/// | by the end of March", "agreed to a price cap, | starting Dec. 5".
#[inline(never)]
fn time_after(ctx: &Ctx, from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    let lim = end.min(from + 10);
    while k < lim {
        let w = ctx.wd(k);
        // A new clause or a condition ends the search: ", a deal that
        // will be finalized by June 10", "in return for a freeze through 2026".
        if ctx.is(k, C::Stop)
            || ctx.is(k, C::Break)
            || ctx.is(k, C::Report)
            || ctx.is(k, C::Modal)
            || ctx.is(k, C::Aux)
            || matches!(w, "that" | "which" | "who")
            || ctx.condition_at(k).is_some()
        {
            return None;
        }
        if ctx.is(k, C::Deadline) {
            let mut q = k + 1;
            if q < lim && (ctx.is(q, C::Det) || ctx.is(q, C::TimePrep)) && ctx.timex(q).is_none() {
                q += 1;
            }
            if q < end {
                if let Some(t) = ctx.timex(q) {
                    return Some(t);
                }
            }
        }
        if w == "," && k > from {
            // One comma-separated aside at most ("or roughly 1,800 jobs,").
            if (from..k).filter(|&m| ctx.wd(m) == ",").count() > 1 {
                return None;
            }
        }
        k += 1;
    }
    None
}

/// The condition of a commitment: a condition phrase after the action, or
/// an "if"/"unless" clause that opens the sentence before the agent.
#[inline(never)]
fn condition(ctx: &Ctx, c: &Cand, s: Range<usize>) -> Option<Range<usize>> {
    let mut p = c.action.end;
    if p < s.end && ctx.wd(p) == "," {
        p += 1;
    }
    if let Some(len) = ctx.condition_at(p) {
        let e = ctx.clause_end(p + len, s.end);
        if e > p + len {
            return Some(p..e);
        }
    }
    // "If Kyiv agrees, Russia will ...": an opening condition clause.
    let first = c.agent.as_ref().map_or(c.group_start, |a| a.start);
    let floor = s.start.max(first.saturating_sub(WINDOW));
    let mut q = floor;
    while q < first && (ctx.quote(q) || ctx.kind(q) == TokenKind::Punct) {
        q += 1;
    }
    if q < first && ctx.condition_at(q).is_some() {
        let comma = (q..first).rev().find(|&k| ctx.wd(k) == ",")?;
        if comma > q + 1 {
            return Some(q..comma);
        }
    }
    None
}

#[inline(never)]
fn noun_frame(ctx: &Ctx, i: usize, last: usize, t: &Trigger, s: Range<usize>) -> Option<Cand> {
    let both_forms = lexicon::triggers(ctx.wd(i)).any(|e| !e.noun);
    if both_forms && !reads_as_noun(ctx, i, s.start) {
        return None;
    }
    // "The court's decision promises to change": a thing before a form
    // that is also a verb, and "to" after it, is its subject, not a
    // modifier of a noun ("the contract offer" is a noun).
    let to_next = last + 1 < s.end && ctx.wd(last + 1) == "to";
    if both_forms && i > s.start && ctx.is(i - 1, C::Inanimate) && to_next {
        return None;
    }
    let end = s.end;
    // Premodifiers back to the determiner or possessive.
    let mut np_start = i;
    let mut firmness = None;
    let floor = s.start.max(i.saturating_sub(6));
    while np_start > floor {
        let k = np_start - 1;
        if let Some(len) = ctx.ends(k, floor, C::Firmness) {
            if ctx.lower_word(k) {
                let st = k + 1 - len;
                firmness = ctx
                    .w
                    .canonical(ctx.doc, st, len, C::Firmness)
                    .map(|f| (st..k + 1, f));
                np_start = st;
                continue;
            }
        }
        if ctx.kind(k) == TokenKind::Number
            || ctx.is(k, C::Money)
            || ctx.glued_hyphen(k)
            || ctx.lower_word(k)
                && !ctx.closed(k)
                && !ctx.is(k, C::Det)
                && !ctx.is(k, C::Poss)
                && !ctx.is(k, C::Support)
                && !ctx.is(k, C::Receive)
                && !ctx.verbish(k, floor)
        {
            np_start = k;
            continue;
        }
        break;
    }
    let mut c = Cand {
        kind: t.kind,
        trigger: i..last + 1,
        noun: true,
        sentence: ctx.doc.sentence_of[i] as usize,
        agent: None,
        addressee: None,
        action: last + 1..last + 1,
        time: None,
        condition: None,
        firmness,
        negated: false,
        hedged: false,
        modal: None,
        governor: Governor::None,
        frame: 0,
        group_start: np_start,
        np_start,
    };
    // The possessor: "Putin's commitment", "its pledge".
    let mut det = None;
    if np_start > s.start {
        let k = np_start - 1;
        let plural_possessive = matches!(ctx.wd(k), "'" | "\u{2019}")
            && !ctx.doc.tokens[k].space_before
            && k > s.start
            && ctx.wd(k - 1).ends_with('s');
        if (ctx.wd(k) == "'s" || plural_possessive) && k > s.start {
            c.agent = ctx.np_left(k - 1, s.start);
            c.group_start = c.agent.as_ref().map_or(k, |a| a.start);
        } else if ctx.is(k, C::Poss) {
            c.agent = Some(k..k + 1);
            c.group_start = k;
        } else if ctx.is(k, C::Det) {
            det = Some(k);
            c.group_start = k;
            c.np_start = k;
        }
    }
    // After the noun: "from Putin", "by Moscow", "of the Fed", "with Ukraine".
    let mut p = last + 1;
    for _ in 0..2 {
        if p >= end {
            break;
        }
        match ctx.wd(p) {
            "from" | "by" | "of" if c.agent.is_none() => {
                let Some(np) = ctx.np_right(p + 1, end) else {
                    break;
                };
                if !(ctx.cap(p + 1) || ctx.is(p + 1, C::Det) && np.len() > 1) {
                    break;
                }
                c.agent = Some(np.clone());
                p = np.end;
            }
            "with" | "to"
                if c.addressee.is_none()
                    && p + 1 < end
                    && (ctx.cap(p + 1) || ctx.wd(p) == "with") =>
            {
                let Some(np) = ctx.np_right(p + 1, end) else {
                    break;
                };
                c.addressee = Some(np.clone());
                p = np.end;
            }
            _ => break,
        }
    }
    // A support verb before the noun phrase: "signed an agreement",
    // "secured a pledge from Putin" (the subject then receives it).
    let before = det.unwrap_or(c.group_start);
    let mut support = false;
    if before > s.start {
        let mut k = before - 1;
        while k > s.start && ctx.lower_word(k) && ctx.wd(k).ends_with("ly") {
            k -= 1;
        }
        let support_len = ctx.ends(k, s.start, C::Support);
        let receive = ctx.is(k, C::Receive);
        if det.is_some() || c.agent.is_none() {
            if let Some(len) = support_len.filter(|_| !receive) {
                let v = k + 1 - len;
                let aux_only = ctx.is(v, C::Aux) && !matches!(ctx.wd(v), "has" | "have" | "had");
                if !aux_only
                    && (t.kind == PledgeKind::Intent
                        || !matches!(ctx.wd(v), "has" | "have" | "had"))
                {
                    support = true;
                    let g = verb_group(ctx, v, s.start);
                    c.negated = g.negated;
                    c.hedged = g.hedged;
                    c.modal = g.modal;
                    c.governor = g.governor;
                    if c.agent.is_none() {
                        c.agent = verb_agent(ctx, v, g.start, s.start);
                    }
                    c.group_start = g.start;
                }
            } else if receive {
                let g = verb_group(ctx, k, s.start);
                if let Some(subj) = verb_agent(ctx, k, g.start, s.start) {
                    if c.addressee.is_none() {
                        c.addressee = Some(subj);
                    }
                    support = true;
                    c.group_start = g.start;
                    c.hedged = g.hedged;
                    c.modal = g.modal;
                    c.governor = g.governor;
                }
            }
        }
    }
    // The complement ("announced plans Friday to shut down").
    let f = t.frames;
    p = ctx.after_timex(p, end);
    // "a commitment from Putin not to attack": a promise not to act.
    let not = p + 1 < end && matches!(ctx.wd(p), "not" | "never") && ctx.wd(p + 1) == "to";
    if not {
        p += 1;
    }
    if p < end && ctx.wd(p) == "to" && p + 1 < end {
        let q = p + 1;
        let verb = ctx.verb_after_to(q, f & frame::TO_NP != 0);
        if verb && f & frame::TO_VERB != 0 {
            c.action = if not { p - 1 } else { q }..ctx.clause_end(q, end);
            c.frame = frame::TO_VERB;
        } else if !verb && !not && f & frame::TO_NP != 0 {
            c.action = q..ctx.clause_end(q, end);
            c.frame = frame::TO_NP;
        }
    } else if p < end && ctx.wd(p) == "that" && f & frame::THAT != 0 && p + 2 < end {
        c.action = p..ctx.clause_end(p + 1, end);
        c.frame = frame::THAT;
    } else if p < end && ctx.wd(p) == "for" && f & frame::FOR_NP != 0 && support {
        c.action = p + 1..ctx.clause_end(p + 1, end);
        c.frame = frame::FOR_NP;
    } else if p + 1 < end && ctx.wd(p) == "of" && f & frame::TO_NP != 0 && c.agent.is_some() {
        // "Ukraine's acceptance of the U.S. proposal": what is accepted, of
        // the class the entry asks for.
        let e = ctx.clause_end(p + 1, end);
        let class_ok = t
            .object
            .is_none_or(|class| (p + 1..e.min(p + 8)).any(|k| ctx.is(k, class)));
        // The noun phrase and its of/for/on phrases: the main verb follows.
        let mut q = ctx.np_right(p + 1, e).map_or(p + 1, |np| np.end);
        for _ in 0..3 {
            if q + 1 < e && matches!(ctx.wd(q), "of" | "for" | "on") {
                if let Some(np) = ctx.np_right(q + 1, e) {
                    q = np.end;
                    continue;
                }
            }
            break;
        }
        if class_ok && q > p + 1 {
            c.action = p + 1..q;
            c.frame = frame::TO_NP;
        }
    } else if p + 1 < end && ctx.wd(p) == "on" && f & frame::ON_NP != 0 && support {
        // "reached a tentative agreement on a four-year contract".
        c.action = p + 1..ctx.clause_end(p + 1, end);
        c.frame = frame::ON_NP;
    }
    // "Unilever rejected three takeover offers from Kraft Heinz", "accepted
    // the company's latest contract offer": an offer whose maker is named
    // and that someone accepts or rejects was made, to that someone ("its
    // offer" refers back to one already reported; "the offer of Ford is $57
    // million" describes one).
    let named_maker = c
        .agent
        .as_ref()
        .is_some_and(|a| !ctx.pronoun(a.start) && !ctx.is(a.start, C::Poss));
    let np_first = det.unwrap_or(c.agent.as_ref().map_or(np_start, |a| a.start.min(np_start)));
    let responder = (np_first > s.start && named_maker && c.frame == 0 && !support)
        .then(|| np_first - 1)
        .filter(|&v| {
            lexicon::triggers(ctx.wd(v)).any(|e| {
                !e.noun
                    && e.object.is_some()
                    && matches!(e.kind, PledgeKind::Refusal | PledgeKind::Agreement)
            })
        });
    if let (Some(v), PledgeKind::Offer) = (responder, t.kind) {
        // "three takeover offers": what is offered is a takeover.
        let mut first = np_start;
        while first < i && (ctx.kind(first) == TokenKind::Number || ctx.is(first, C::Quantifier)) {
            first += 1;
        }
        c.action = first..i;
        if c.action.is_empty() {
            c.action = np_start..last + 1;
        }
        c.frame = frame::OBJECT;
        if c.addressee.is_none() {
            c.addressee = subject_of_verb(ctx, v);
        }
    }
    if c.frame == 0 && support && t.kind == PledgeKind::Agreement {
        // "signed the agreement in Paris": the agreement itself.
        c.action = det.unwrap_or(np_start)..last + 1;
        c.frame = frame::OBJECT;
    }
    // "An agreement to end the strike was signed on Monday", "A deal was
    // reached on Monday to end the strike": an agreement made, by parties
    // the sentence does not name ("No deal was reached" is none).
    let mut made = false;
    if c.agent.is_none()
        && !support
        && t.kind == PledgeKind::Agreement
        && det.is_none_or(|d| ctx.wd(d) != "no")
    {
        // "An agreement under which rebels will disarm was signed": the
        // clause is what is agreed.
        let under_which = c.frame == 0
            && p + 3 < end
            && ctx.wd(p) == "under"
            && ctx.wd(p + 1) == "which"
            && f & frame::TO_VERB != 0;
        if under_which {
            if let Some(v) = (p + 3..end)
                .take_while(|&k| ctx.wd(k) != ",")
                .find(|&k| passive_made(ctx, k, end).is_some())
            {
                c.action = p + 2..v;
                c.frame = frame::THAT;
                made = true;
                // Whoever the clause binds is a party: "under which Ukraine
                // will share revenue".
                c.agent = ctx
                    .np_right(p + 2, v)
                    .filter(|np| np.end < v && ctx.is(np.end, C::Modal));
            }
        } else if c.frame == 0 {
            if let Some(mut q) = passive_made(ctx, p, end) {
                // "reached late on Monday to end".
                if q < end && matches!(ctx.wd(q), "late" | "early") {
                    q += 1;
                }
                let r = ctx.after_timex(q, end);
                if r + 1 < end
                    && ctx.wd(r) == "to"
                    && f & frame::TO_VERB != 0
                    && ctx.verb_after_to(r + 1, false)
                {
                    c.action = r + 1..ctx.clause_end(r + 1, end);
                    c.frame = frame::TO_VERB;
                    made = true;
                }
            }
        } else if let Some(v) = (c.action.start + 1..c.action.end).find(|&k| ctx.is(k, C::Aux)) {
            made = passive_made(ctx, v, end).is_some();
        }
    }
    if c.frame == 0
        || c.agent.is_none() && !made
        || t.frames & frame::SUPPORT != 0 && !support && !made
    {
        return None;
    }
    if !support && matches!(c.frame, frame::TO_VERB | frame::TO_NP) {
        // "Putin's promise to rebuild the city was popular": the noun phrase
        // is a subject, and the action ends before the main verb.
        let a = c.action.clone();
        if let Some(v) = (a.start + 1..a.end).find(|&k| {
            ctx.is(k, C::Aux)
                || ctx.is(k, C::Modal)
                || ctx.lower_word(k)
                    && (ctx.wd(k).ends_with("ed") && ctx.wd(k).len() > 4
                        || irregular_past(ctx.wd(k)))
                    && !ctx.is(k - 1, C::Det)
                    && !ctx.is(k - 1, C::Poss)
        }) {
            c.action.end = v;
        }
    }
    trim_action(ctx, &mut c);
    if c.action.is_empty() {
        return None;
    }
    if c.addressee.is_none() {
        c.addressee = party_in_action(ctx, &c);
    }
    c.time =
        time_in(ctx, c.action.clone()).or_else(|| time_in(ctx, c.group_start..c.trigger.start));
    c.condition = condition(ctx, &c, s);
    Some(c)
}

/// Whether `w` is a past form in no "-ed" that is not also a base form: the
/// main verb after a noun's complement ("Iran's threat to close the strait
/// sent oil prices higher"). The temporal word list knows the past forms;
/// "cut", "hit" and "shut" are also what is threatened or promised, and
/// "ago" is no verb.
fn irregular_past(w: &str) -> bool {
    use crate::timex::lexicon::{lookup, Tense, Word};
    matches!(lookup(w), Some(Word::Tense(Tense::Past)))
        && !matches!(w, "ago" | "cut" | "hit" | "shut")
}

/// The token after a passive of making at token `p`: "was signed", "were
/// formally sealed", "has been reached", "had been struck" (not "was not
/// reached", "is to be signed").
fn passive_made(ctx: &Ctx, p: usize, end: usize) -> Option<usize> {
    let mut q = p;
    if q >= end || !matches!(ctx.wd(q), "was" | "were" | "has" | "have" | "had") {
        return None;
    }
    q += 1;
    if matches!(ctx.wd(p), "has" | "have" | "had") {
        if q >= end || ctx.wd(q) != "been" {
            return None;
        }
        q += 1;
    }
    while q < end && ctx.lower_word(q) && ctx.wd(q).len() > 4 && ctx.wd(q).ends_with("ly") {
        q += 1;
    }
    let participle = q < end
        && ctx.lower_word(q)
        && ctx.is(q, C::Support)
        && !ctx.is(q, C::Aux)
        && (ctx.wd(q).ends_with("ed") || matches!(ctx.wd(q), "struck" | "made" | "given"));
    participle.then_some(q + 1)
}

/// "X said it will cut jobs": a future the actor announces for itself. The
/// trigger is the modal; the speaker is the subject of the reporting verb,
/// and the pronoun (or "the company") after it must fit the speaker.
#[inline(never)]
fn reported_future(ctx: &Ctx, i: usize, s: Range<usize>) -> Option<Cand> {
    let (speaker, hearer) = match self_report(ctx, i, s.start) {
        Some(speaker) => {
            // "told investors the company would", "told the Treasury that it
            // would": the hearer, before the modal's subject.
            let subject_start = if ctx.is(i - 1, C::Subj) { i - 1 } else { i - 2 };
            let mut b = subject_start - 1;
            if ctx.wd(b) == "that" && b > s.start {
                b -= 1;
            }
            let hearer = ctx
                .np_left(b, s.start)
                .filter(|np| np.start > s.start && ctx.is(np.start - 1, C::Told))
                // "told reporters": the press is no party.
                .filter(|np| !ctx.is(np.end - 1, C::People));
            (speaker, hearer)
        }
        None => (said_after(ctx, i, s.clone())?, None),
    };
    let end = s.end;
    let mut p = i + 1;
    let mut negated = false;
    while p < end
        && (matches!(ctx.wd(p), "not" | "n't" | "never")
            || ctx.lower_word(p) && (ctx.wd(p).ends_with("ly") || ctx.is(p, C::Adverb)))
    {
        negated |= matches!(ctx.wd(p), "not" | "n't" | "never");
        p += 1;
    }
    if p >= end || !ctx.lower_word(p) {
        return None;
    }
    if ctx.wd(p) == "be" {
        let ok = p + 1 < end && (ctx.wd(p + 1).ends_with("ing") || ctx.is(p + 1, C::Ready));
        if !ok {
            return None;
        }
    } else if ctx.is(p, C::Inert) || ctx.is(p, C::Det) || ctx.is(p, C::Prep) || ctx.is(p, C::Aux) {
        return None;
    }
    // "said it will offer buyouts": the offer is the fact.
    if lexicon::triggers(ctx.wd(p)).any(|t| {
        !t.noun && t.frames & frame::REPORTED == 0 && lexicon::matches_at(ctx.doc, p, &t.words)
    }) {
        return None;
    }
    let mut c = Cand {
        kind: if negated {
            PledgeKind::Refusal
        } else {
            PledgeKind::Intent
        },
        trigger: i..i + 1,
        noun: false,
        sentence: ctx.doc.sentence_of[i] as usize,
        agent: Some(speaker.clone()),
        addressee: hearer,
        action: p..ctx.clause_end(p, end),
        time: None,
        condition: None,
        firmness: None,
        negated,
        hedged: false,
        modal: Some(i),
        governor: Governor::None,
        frame: frame::REPORTED,
        group_start: speaker.start,
        np_start: i,
    };
    trim_action(ctx, &mut c);
    if c.action.is_empty() {
        return None;
    }
    c.time = time_in(ctx, c.action.clone()).or_else(|| time_after(ctx, c.action.end, s.end));
    c.condition = condition(ctx, &c, s);
    Some(c)
}

/// For a modal at `i`: its subject, when the sentence ends with the
/// subject's own word for it: "Toyota will invest $2 billion in the plant,
/// it said", "The bank will not close branches, a spokeswoman said", "...,
/// the company said in a statement", "..., said Toyota". Another speaker
/// makes a forecast, not a commitment ("Russia will not attack, Trump
/// said"), and so does a subject that is no actor ("Oil prices will rise,
/// it said").
#[inline(never)]
fn said_after(ctx: &Ctx, i: usize, s: Range<usize>) -> Option<Range<usize>> {
    if i <= s.start {
        return None;
    }
    let subject = ctx.np_left(i - 1, s.start)?;
    // The last word: "OPEC+" ends in a symbol.
    let head = subject.clone().rev().find(|&k| ctx.is_word(k))?;
    let pronoun = subject.len() == 1 && matches!(ctx.wd(head), "he" | "she" | "they");
    // "Toyota", "The bank": a name or a description of an organization.
    let named = ctx.name_word(head) && !ctx.is(head, C::Inanimate)
        || ctx.is(head, C::OrgRole) && ctx.is(subject.start, C::Det);
    if subject.start != s.start || subject.end != i || !(pronoun || named) {
        return None;
    }
    let mut e = s.end;
    while e > i && matches!(ctx.wd(e - 1), "." | "!") {
        e -= 1;
    }
    let comma = (i + 2..e).rev().find(|&k| ctx.wd(k) == ",")?;
    let a = comma + 1;
    // "it said", "the company said in a statement"; "said Toyota".
    let (speaker, verb) = match ctx.np_right(a, e) {
        Some(np) if np.end < e && ctx.is(np.end, C::Report) => (np.clone(), np.end),
        _ if a + 1 < e && ctx.is(a, C::Report) => (ctx.np_right(a + 1, e)?, a),
        _ => return None,
    };
    // Nothing after the verb but a place, a time or "in a statement".
    let rest = (speaker.end.max(verb + 1)..e).all(|k| {
        !ctx.is(k, C::Modal)
            && (!ctx.is(k, C::Report) || matches!(ctx.wd(k), "statement" | "announcement"))
    });
    if !rest
        || !matches!(
            ctx.wd(verb),
            "said" | "says" | "announced" | "stated" | "added" | "told"
        )
    {
        return None;
    }
    let sp = speaker.end - 1;
    let same = |a: &Range<usize>, b: &Range<usize>| {
        a.len() == b.len()
            && a.clone()
                .zip(b.clone())
                .all(|(x, y)| ctx.wd(x) == ctx.wd(y))
    };
    let own = if pronoun {
        speaker.len() == 1 && ctx.wd(sp) == ctx.wd(head)
    } else {
        speaker.len() == 1 && matches!(ctx.wd(sp), "it" | "they")
            || same(&speaker, &subject)
            || !ctx.name_word(sp) && (ctx.is(sp, C::OrgRole) || ctx.is(sp, C::PersonRole))
    };
    own.then_some(subject)
}

/// For a modal at `i` ("will", "would"): the speaker's noun phrase when the
/// modal's subject is the speaker of a reporting verb right before it
/// ("GM said it will", "Airbus have announced that they will", "the
/// government's announcement that it would").
#[inline(never)]
pub(crate) fn self_report(ctx: &Ctx, i: usize, s: usize) -> Option<Range<usize>> {
    if i < s + 2 {
        return None;
    }
    // The subject of the modal: a pronoun, or "the company".
    let mut k = i - 1;
    let pron = ctx.wd(k);
    let mut description = false;
    let pron = if ctx.is(k, C::Subj) && !matches!(pron, "i" | "we" | "you") {
        pron
    } else if k > s && ctx.is(k, C::OrgRole) && ctx.is(k - 1, C::Det) {
        k -= 1;
        description = true;
        "it"
    } else {
        return None;
    };
    if k <= s {
        return None;
    }
    let mut r = k - 1;
    if ctx.wd(r) == "that" && r > s {
        r -= 1;
    }
    // "announced today it would", "announced on Friday that": skip a timex.
    r = ctx.before_timex(r + 1, s) - 1;
    // "told investors the company would": the hearer between.
    if !ctx.is(r, C::Report) {
        if let Some(np) = ctx.np_left(r, s) {
            if np.start > s + 1 && ctx.is(np.start - 1, C::Told) {
                r = np.start - 1;
            }
        }
    }
    if !ctx.is(r, C::Report) || r <= s {
        return None;
    }
    let g = verb_group(ctx, r, s);
    let speaker = if matches!(ctx.wd(r), "announcement" | "statement") {
        let d = r.checked_sub(1)?;
        if ctx.wd(d) == "'s" && d > s {
            ctx.np_left(d - 1, s)?
        } else {
            return None;
        }
    } else {
        if g.start <= s {
            return None;
        }
        // "Nvidia, the chipmaker, said it will": the subject before an
        // apposition.
        if ctx.wd(g.start - 1) == "," {
            verb_agent(ctx, r, g.start, s)?
        } else {
            ctx.np_left(g.start - 1, s)?
        }
    };
    // The head word: the last word ("Apple Inc." ends in a period).
    let head = (speaker.clone())
        .rev()
        .find(|&k| ctx.is_word(k))
        .unwrap_or(speaker.end - 1);
    // "Chairman Daniel Levy said the club would not sell", "He said the
    // company would not allow": a person speaks for the company, and the
    // company is the one that commits (onlookers do not: "analysts said the
    // company will").
    let person_speaker = ctx.is(head, C::PersonRole)
        || matches!(ctx.wd(head), "he" | "she")
        || speaker.clone().any(|m| ctx.is(m, C::Title));
    if description && person_speaker && !ctx.is(head, C::People) {
        return Some(k..i);
    }
    // The pronoun must fit the speaker.
    let person_pron = matches!(pron, "he" | "she");
    let speaker_pron = ctx.is(head, C::Subj);
    let fits = match pron {
        "he" | "she" => {
            speaker_pron && matches!(ctx.wd(head), "he" | "she")
                || !speaker_pron
                    && !ctx.is(head, C::Org)
                    && !ctx.is(head, C::People)
                    && (ctx.cap(head) || ctx.is(head, C::PersonRole))
        }
        "it" => {
            !speaker_pron
                && !ctx.is(head, C::PersonRole)
                && !ctx.is(head, C::People)
                && (ctx.cap(head)
                    || ctx.is(head, C::OrgRole)
                    || ctx.is(head, C::Actor) && !ctx.wd(head).ends_with('s'))
                || ctx.wd(head) == "it"
        }
        _ => !person_pron,
    };
    fits.then_some(speaker)
}
