//! Hedging: cues that present a statement as possible, alleged or
//! unconfirmed, boosters that present it as certain, and scores.
//!
//! Cues come from a lexicon ([`lexicon.txt`](lexicon.txt)) matched on the
//! shared tokens. A sentence's `hedge` score combines the weights of its
//! cues as independent evidence, `1 - Π(1 - w)`; the text's score is the
//! mean sentence score, times 100.

use crate::span::{Remap, Span};
use crate::text::Document;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;

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
    /// `speculation`, `weasel` or `booster`.
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

/// The hedging of a whole text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hedging {
    /// The text's hedging score, 0 to 100.
    pub score: f64,
    /// Hedge cues in text order.
    pub cues: Vec<Cue>,
    /// Certainty markers in text order.
    pub boosters: Vec<Cue>,
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
    /// Whether it holds a hedge cue (CoNLL-2010 `uncertain`).
    pub uncertain: bool,
}

/// The hedging of a document: the serialized summary and the per-sentence
/// scores that [`analyze`](crate::analyze) folds into the sentence list.
#[derive(Clone, Debug, Default)]
pub struct HedgeAnalysis {
    /// Score, cues and boosters.
    pub summary: Hedging,
    /// One entry per sentence of the document.
    pub sentences: Vec<SentenceHedge>,
}

struct Entry {
    words: Vec<&'static str>,
    kind: &'static str,
    weight: f64,
}

/// Lexicon entries by their first word.
static LEXICON: LazyLock<HashMap<&'static str, Vec<Entry>>> =
    LazyLock::new(|| parse_lexicon(include_str!("lexicon.txt")).expect("hedge lexicon parses"));

const CLASSES: [&str; 7] = [
    "modal",
    "evidential",
    "adverb",
    "adjective",
    "speculation",
    "weasel",
    "booster",
];

fn parse_lexicon(data: &'static str) -> Result<HashMap<&'static str, Vec<Entry>>, String> {
    let mut map: HashMap<&str, Vec<Entry>> = HashMap::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        let [phrase, kind, weight] = fields[..] else {
            return Err(format!(
                "line {}: expected `phrase | class | weight`",
                n + 1
            ));
        };
        let kind = CLASSES
            .iter()
            .find(|c| **c == kind)
            .ok_or_else(|| format!("line {}: unknown class {kind:?}", n + 1))?;
        let weight: f64 = weight
            .parse()
            .ok()
            .filter(|w| (0.0..=1.0).contains(w))
            .ok_or_else(|| format!("line {}: weight must be in 0..1", n + 1))?;
        let words: Vec<&str> = phrase.split_whitespace().collect();
        map.entry(words[0]).or_default().push(Entry {
            words,
            kind,
            weight,
        });
    }
    for entries in map.values_mut() {
        // Longest phrase first, so "no doubt" wins over a one-word entry.
        entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
    }
    Ok(map)
}

/// Finds the hedge cues and boosters of `doc` and scores its sentences.
pub fn analyze(doc: &Document) -> HedgeAnalysis {
    let mut cues = Vec::new();
    let mut boosters = Vec::new();
    let tokens = &doc.tokens;
    let mut i = 0;
    while i < tokens.len() {
        let Some(entries) = LEXICON.get(doc.lower(i)) else {
            i += 1;
            continue;
        };
        let found = entries.iter().find(|e| {
            e.words
                .iter()
                .enumerate()
                .all(|(k, w)| i + k < tokens.len() && doc.is(i + k, w))
        });
        let Some(entry) = found else {
            i += 1;
            continue;
        };
        let last = i + entry.words.len() - 1;
        if entry.kind == "modal" && !is_epistemic_modal(doc, i) {
            i += 1;
            continue;
        }
        let span = Span::new(tokens[i].span.start, tokens[last].span.end);
        let cue = Cue {
            start: span.start,
            end: span.end,
            text: doc.slice(span).to_string(),
            kind: entry.kind,
            weight: entry.weight,
            sentence: doc.sentence_of[i] as usize,
            quoted: doc.quoted[i],
        };
        if entry.kind == "booster" {
            boosters.push(cue);
        } else {
            cues.push(cue);
        }
        i = last + 1;
    }
    let mut sentences = vec![SentenceHedge::default(); doc.sentences.len()];
    for cue in &cues {
        let s = &mut sentences[cue.sentence];
        s.hedge = 1.0 - (1.0 - s.hedge) * (1.0 - cue.weight);
        s.uncertain = true;
    }
    let scored: Vec<f64> = doc
        .sentences
        .iter()
        .zip(&sentences)
        .filter(|(s, _)| !s.content.is_empty())
        .map(|(_, h)| h.hedge)
        .collect();
    let score = if scored.is_empty() {
        0.0
    } else {
        scored.iter().sum::<f64>() / scored.len() as f64 * 100.0
    };
    for s in &mut sentences {
        s.hedge = round3(s.hedge);
    }
    HedgeAnalysis {
        summary: Hedging {
            score: round3(score),
            cues,
            boosters,
        },
        sentences,
    }
}

/// Whether the modal at token `i` reads as epistemic: "May" before a day
/// number is the month, and "may" before a plain negation of permission
/// ("may not enter") is not a hedge.
fn is_epistemic_modal(doc: &Document, i: usize) -> bool {
    let next_is_number = doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == crate::text::TokenKind::Number);
    !(doc.is(i, "may") && doc.tokens[i].is_capitalized(doc.text) && next_is_number)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        analyze(&doc)
            .summary
            .cues
            .iter()
            .map(|c| c.text.clone())
            .collect()
    }

    #[test]
    fn lexicon_parses() {
        assert!(parse_lexicon(include_str!("lexicon.txt")).is_ok());
        assert!(parse_lexicon("x | nope | 0.5").is_err());
        assert!(parse_lexicon("x | modal | 2").is_err());
    }

    #[test]
    fn finds_cues() {
        assert_eq!(
            cues("The absence of a ceasefire suggests ongoing struggles."),
            ["suggests"]
        );
        assert_eq!(
            cues("He reportedly agreed, and it may rain."),
            ["reportedly", "may"]
        );
    }

    #[test]
    fn boosters_are_kept_apart() {
        let doc = Document::new("There is no doubt it clearly worked.");
        let h = analyze(&doc);
        assert!(h.summary.cues.is_empty());
        assert_eq!(h.summary.boosters.len(), 2);
        assert!(!h.sentences[0].uncertain);
    }

    #[test]
    fn may_the_month_is_not_a_cue() {
        assert!(cues("It opened on May 5.").is_empty());
    }

    #[test]
    fn scores() {
        let doc = Document::new("It may rain. It rained.");
        let h = analyze(&doc);
        assert_eq!(h.sentences[0].hedge, 0.5);
        assert!(h.sentences[0].uncertain);
        assert_eq!(h.sentences[1].hedge, 0.0);
        assert_eq!(h.summary.score, 25.0);
    }
}
