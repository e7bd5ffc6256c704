//! Hedging: the cues that present a statement as possible, alleged,
//! reported or unconfirmed rather than asserted, the boosters that present
//! it as certain, and scores for each sentence and the whole text.
//!
//! # How it works
//! One pass over the shared tokens. At each token a hash lookup finds the
//! lexicon entries that can start there ([`lexicon`], data in `cues/`); the
//! longest entry that matches and that its context rules ([`rules`]) keep
//! becomes a cue, and the scan goes on after it. Rules look a few tokens
//! either side, inside the sentence, so the pass stays linear.
//!
//! A sentence is `uncertain` (CoNLL-2010) when it holds at least one hedge
//! cue. Its `hedge` score combines the weights of its cues as independent
//! evidence, `1 - Π(1 - w)`. The text's `score` is the mean sentence
//! `hedge`, times 100: the share of the text that is hedged, weighted by how
//! strongly. DESIGN.md (## Hedging) says why.

pub mod lexicon;
pub mod rules;

use crate::span::{Remap, Span};
use crate::text::Document;
use lexicon::{Match, LEXICON};
use rules::Context;
use serde::Serialize;

/// The class of a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Epistemic modals: may, might, could.
    Modal,
    /// Evidential and speculative verbs: seem, suggest, is thought to.
    Evidential,
    /// Hedging adverbs: possibly, reportedly, likely.
    Adverb,
    /// Hedging adjectives and predicates: alleged, unclear, not certain.
    Adjective,
    /// Speculation nouns: speculation, rumor, possibility, signs that.
    Speculation,
    /// Weasel attribution: critics say, it is believed, sources said.
    Weasel,
    /// Questions: whether, if meaning whether, a question mark.
    Question,
    /// Certainty markers: clearly, no doubt.
    Booster,
}

/// The hedge classes, in the order of [`ByClass`].
pub const HEDGE_CLASSES: [Class; 7] = [
    Class::Modal,
    Class::Evidential,
    Class::Adverb,
    Class::Adjective,
    Class::Speculation,
    Class::Weasel,
    Class::Question,
];

impl Class {
    /// Its name, as serialized and as its data file is named.
    pub const fn name(self) -> &'static str {
        match self {
            Class::Modal => "modal",
            Class::Evidential => "evidential",
            Class::Adverb => "adverb",
            Class::Adjective => "adjective",
            Class::Speculation => "speculation",
            Class::Weasel => "weasel",
            Class::Question => "question",
            Class::Booster => "booster",
        }
    }
}

/// One hedge cue or booster found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cue {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The cue's words.
    pub text: String,
    /// Its class: `modal`, `evidential`, `adverb`, `adjective`,
    /// `speculation`, `weasel`, `question` or `booster`.
    pub kind: &'static str,
    /// How strongly it hedges (or boosts), 0 to 1.
    pub weight: f64,
    /// Index of its sentence.
    pub sentence: usize,
    /// Whether it stands inside quoted speech.
    pub quoted: bool,
}

impl Remap for Cue {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}

/// Number of hedge cues of each class.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ByClass {
    /// may, might, could.
    pub modal: usize,
    /// seem, suggest, is thought to.
    pub evidential: usize,
    /// possibly, reportedly, likely.
    pub adverb: usize,
    /// alleged, unclear, not certain.
    pub adjective: usize,
    /// speculation, rumor, possibility.
    pub speculation: usize,
    /// critics say, it is believed, sources said.
    pub weasel: usize,
    /// whether, direct questions.
    pub question: usize,
}

impl ByClass {
    fn add(&mut self, class: Class) {
        match class {
            Class::Modal => self.modal += 1,
            Class::Evidential => self.evidential += 1,
            Class::Adverb => self.adverb += 1,
            Class::Adjective => self.adjective += 1,
            Class::Speculation => self.speculation += 1,
            Class::Weasel => self.weasel += 1,
            Class::Question => self.question += 1,
            Class::Booster => {}
        }
    }
}

/// The hedging of one voice: the outlet's own sentences, or quoted speech.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Voice {
    /// Mean `hedge` of the voice's sentences, times 100 (0 when it has none).
    pub score: f64,
    /// Number of sentences in this voice.
    pub sentences: usize,
    /// How many of them are uncertain.
    pub uncertain: usize,
    /// Hedge cues in this voice (a quoted cue inside an own sentence counts
    /// as quoted).
    pub cues: usize,
}

/// Hedging by voice.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ByVoice {
    /// Sentences mostly outside quotation marks: the outlet's own voice.
    pub own: Voice,
    /// Sentences mostly inside quotation marks: the people quoted.
    pub quoted: Voice,
}

/// The hedging of a whole text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hedging {
    /// The text's hedging score, 0 to 100: the mean sentence `hedge`, times
    /// 100.
    pub score: f64,
    /// Hedge cues in text order.
    pub cues: Vec<Cue>,
    /// Certainty markers in text order.
    pub boosters: Vec<Cue>,
    /// Number of sentences with words.
    pub sentence_count: usize,
    /// How many of them are uncertain (CoNLL-2010).
    pub uncertain_count: usize,
    /// Hedge cues by class.
    pub by_class: ByClass,
    /// Scores by voice: the outlet's own sentences and quoted speech.
    pub by_voice: ByVoice,
}

impl Remap for Hedging {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.cues.remap(f);
        self.boosters.remap(f);
    }
}

/// Hedging of one sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SentenceHedge {
    /// How strongly it is hedged, 0 to 1.
    pub hedge: f64,
    /// Whether it holds a hedge cue used as a hedge (CoNLL-2010 `uncertain`).
    pub uncertain: bool,
}

/// The hedging of a document: the serialized summary and the per-sentence
/// scores that [`analyze`](crate::analyze) folds into the sentence list.
#[derive(Clone, Debug, Default)]
pub struct HedgeAnalysis {
    /// Score, cues, boosters and breakdowns.
    pub summary: Hedging,
    /// One entry per sentence of the document.
    pub sentences: Vec<SentenceHedge>,
}

/// Calls `f` with every accepted lexicon match of `doc`, in text order.
fn scan(doc: &Document, mut f: impl FnMut(Match)) {
    let lex = &*LEXICON;
    for sentence in &doc.sentences {
        let range = sentence.tokens.clone();
        let cx = Context {
            doc,
            sentence: range.clone(),
        };
        let mut i = range.start;
        while i < range.end {
            let found = lex.matches_at(doc, i, range.end, |m| {
                lex.entries[m.entry as usize]
                    .rules
                    .iter()
                    .all(|rule| rule.keeps(&cx, m))
            });
            match found {
                Some(m) => {
                    f(m);
                    i = m.last + 1;
                }
                None => i += 1,
            }
        }
    }
}

/// Finds the hedge cues and boosters of `doc` and scores its sentences.
pub fn analyze(doc: &Document) -> HedgeAnalysis {
    let mut summary = Hedging::default();
    let mut sentences = vec![SentenceHedge::default(); doc.sentences.len()];
    let lex = &*LEXICON;
    scan(doc, |m| {
        let entry = &lex.entries[m.entry as usize];
        let span = Span::new(doc.tokens[m.first].span.start, doc.tokens[m.last].span.end);
        let cue = Cue {
            start: span.start,
            end: span.end,
            text: doc.slice(span).to_string(),
            kind: entry.class.name(),
            weight: entry.weight,
            sentence: doc.sentence_of[m.first] as usize,
            quoted: rules::quoted::is_quoted(doc, m.first),
        };
        if entry.class == Class::Booster {
            summary.boosters.push(cue);
            return;
        }
        let s = &mut sentences[cue.sentence];
        s.hedge = 1.0 - (1.0 - s.hedge) * (1.0 - cue.weight);
        s.uncertain = true;
        summary.by_class.add(entry.class);
        if cue.quoted {
            summary.by_voice.quoted.cues += 1;
        } else {
            summary.by_voice.own.cues += 1;
        }
        summary.cues.push(cue);
    });
    let (mut total, mut own, mut quoted) = (0.0, 0.0, 0.0);
    for (sentence, h) in doc.sentences.iter().zip(&mut sentences) {
        if sentence.content.is_empty() || sentence.tokens.is_empty() {
            continue;
        }
        h.hedge = round(h.hedge, 1000.0);
        summary.sentence_count += 1;
        summary.uncertain_count += usize::from(h.uncertain);
        total += h.hedge;
        let (voice, sum) = if rules::quoted::is_quoted_sentence(doc, sentence.tokens.clone()) {
            (&mut summary.by_voice.quoted, &mut quoted)
        } else {
            (&mut summary.by_voice.own, &mut own)
        };
        voice.sentences += 1;
        voice.uncertain += usize::from(h.uncertain);
        *sum += h.hedge;
    }
    let mean = |sum: f64, n: usize| {
        if n == 0 {
            0.0
        } else {
            round(sum / n as f64 * 100.0, 10.0)
        }
    };
    summary.score = mean(total, summary.sentence_count);
    summary.by_voice.own.score = mean(own, summary.by_voice.own.sentences);
    summary.by_voice.quoted.score = mean(quoted, summary.by_voice.quoted.sentences);
    HedgeAnalysis { summary, sentences }
}

/// Rounds `x` to a multiple of `1 / scale`.
fn round(x: f64, scale: f64) -> f64 {
    (x * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `+` example of every entry yields a cue of that entry, and no
    /// `-` example does.
    #[test]
    fn every_lexicon_example() {
        let lex = &*LEXICON;
        let mut failures = Vec::new();
        for (id, entry) in lex.entries.iter().enumerate() {
            assert!(
                !entry.positive.is_empty() && !entry.negative.is_empty(),
                "{:?} ({}): every entry needs + and - examples",
                entry.name,
                entry.class.name()
            );
            let found = |text: &str| {
                let doc = Document::new(text);
                let mut hit = false;
                scan(&doc, |m| hit |= m.entry as usize == id);
                hit
            };
            for ex in &entry.positive {
                if !found(ex) {
                    failures.push(format!(
                        "{}: {:?}: no cue in {ex:?}",
                        entry.class.name(),
                        entry.name
                    ));
                }
            }
            for ex in &entry.negative {
                if found(ex) {
                    failures.push(format!(
                        "{}: {:?}: cue in {ex:?}",
                        entry.class.name(),
                        entry.name
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} failing examples:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn scores() {
        let doc = Document::new("It may rain. It rained.");
        let h = analyze(&doc);
        assert_eq!(h.sentences[0].hedge, 0.5);
        assert!(h.sentences[0].uncertain);
        assert_eq!(h.sentences[1].hedge, 0.0);
        assert_eq!(h.summary.score, 25.0);
        assert_eq!(
            (h.summary.sentence_count, h.summary.uncertain_count),
            (2, 1)
        );
        assert_eq!(h.summary.by_class.modal, 1);
    }

    #[test]
    fn cues_combine_as_independent_evidence() {
        let doc = Document::new("It may possibly rain.");
        let h = analyze(&doc);
        // 1 - (1 - 0.5)(1 - 0.6)
        assert_eq!(h.sentences[0].hedge, 0.8);
    }

    #[test]
    fn boosters_are_kept_apart() {
        let doc = Document::new("There is no doubt it clearly worked.");
        let h = analyze(&doc);
        assert!(h.summary.cues.is_empty());
        assert_eq!(h.summary.boosters.len(), 2);
        assert!(!h.sentences[0].uncertain);
        assert_eq!(h.summary.score, 0.0);
    }

    #[test]
    fn by_voice() {
        let doc = Document::new(
            "\u{201C}We may close the plant,\u{201D} Smith said. The plant reportedly lost money. It opened in 1990.",
        );
        let h = analyze(&doc).summary;
        assert_eq!(h.by_voice.quoted.sentences, 1);
        assert_eq!(h.by_voice.quoted.cues, 1);
        assert_eq!(h.by_voice.quoted.score, 50.0);
        assert_eq!(h.by_voice.own.sentences, 2);
        assert_eq!(h.by_voice.own.uncertain, 1);
        assert_eq!(h.by_voice.own.score, 35.0);
    }

    #[test]
    fn empty_and_odd_text() {
        for text in ["", " ", "?", "\u{201C}", "may", "May", "if"] {
            let doc = Document::new(text);
            let h = analyze(&doc);
            assert_eq!(h.sentences.len(), doc.sentences.len());
            assert!((0.0..=100.0).contains(&h.summary.score));
        }
    }
}
