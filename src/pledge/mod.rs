//! Pledges: reported commitments ("Putin agreed to pause attacks"), with
//! who committed, to what, for how long and how firmly it is reported.
//!
//! A trigger verb followed by `to` and a verb opens a frame. The agent is
//! the noun phrase before the trigger (the subject, or the phrase a
//! participle hangs on: "the Russian leader agreeing to"); the action runs
//! from the verb after `to` to the end of its clause; a timex inside the
//! action is the pledge's time.

use crate::hedge::HedgeAnalysis;
use crate::result::{Arg, TextSpan};
use crate::span::{Remap, Span};
use crate::text::{Document, TokenKind};
use crate::timex::Timex;
use serde::Serialize;

/// The kind of a reported commitment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PledgeKind {
    /// A promise, vow or commitment.
    Pledge,
    /// Agreeing to do something.
    Agreement,
    /// Offering to do something.
    Offer,
    /// Threatening to do something.
    Threat,
    /// An actor's own announced plan.
    Intent,
    /// Refusing or declining to do something.
    Refusal,
}

/// One reported commitment.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pledge {
    /// Start offset of the whole frame.
    pub start: usize,
    /// End offset of the whole frame (exclusive).
    pub end: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// What kind of commitment it is.
    pub kind: PledgeKind,
    /// The word or words that express the commitment.
    pub trigger: TextSpan,
    /// Who commits.
    pub agent: Option<Arg>,
    /// To whom.
    pub addressee: Option<Arg>,
    /// What is committed to.
    pub action: Arg,
    /// For how long, or by when; `canonical` holds the TIMEX3 value.
    pub time: Option<Arg>,
    /// On what condition.
    pub condition: Option<Arg>,
    /// Whether the commitment is denied or refused.
    pub negated: bool,
    /// Whether the report of it is hedged ("reportedly agreed").
    pub hedged: bool,
}

impl Remap for Pledge {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
        self.trigger.remap(f);
        self.agent.remap(f);
        self.addressee.remap(f);
        self.action.remap(f);
        self.time.remap(f);
        self.condition.remap(f);
    }
}

/// Trigger verb forms and the kind of commitment they report.
const TRIGGERS: &[(&str, PledgeKind)] = &[
    ("agree", PledgeKind::Agreement),
    ("agreed", PledgeKind::Agreement),
    ("agreeing", PledgeKind::Agreement),
    ("agrees", PledgeKind::Agreement),
    ("pledge", PledgeKind::Pledge),
    ("pledged", PledgeKind::Pledge),
    ("pledges", PledgeKind::Pledge),
    ("pledging", PledgeKind::Pledge),
];

/// Words that cannot be part of an agent noun phrase.
const NP_STOP: &[&str] = &[
    "and", "or", "but", "with", "to", "of", "in", "on", "at", "for", "from", "by", "after",
    "before", "that", "which", "who", "while", "as", "has", "had", "have", "was", "were", "is",
    "are", "be", "been", "said", "says",
];

/// Adverbs and auxiliaries that may stand between a subject and its verb.
const SKIP: &[&str] = &[
    "has",
    "had",
    "have",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "never",
    "will",
    "would",
    "may",
    "might",
    "could",
    "can",
    "also",
    "reportedly",
    "finally",
    "already",
    "then",
    "quickly",
    "once",
];

/// Finds reported commitments in `doc`.
pub fn analyze(doc: &Document, hedging: &HedgeAnalysis, timexes: &[Timex]) -> Vec<Pledge> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    for i in 0..n {
        let Some(&(_, kind)) = TRIGGERS.iter().find(|(w, _)| doc.is(i, w)) else {
            continue;
        };
        // The committed action: "to" + a verb.
        if i + 2 >= n || !doc.is(i + 1, "to") || !doc.tokens[i + 2].is_lowercase(doc.text) {
            continue;
        }
        let sentence = doc.sentence_of[i] as usize;
        let sent_tokens = doc.sentences[sentence].tokens.clone();
        let action_first = i + 2;
        let mut action_last = action_first;
        while action_last + 1 < sent_tokens.end {
            let t = &doc.tokens[action_last + 1];
            let w = doc.lower(action_last + 1);
            if t.kind == TokenKind::Punct && !matches!(w, "-" | "'" | "\u{2019}") || w == "but" {
                break;
            }
            action_last += 1;
        }
        let action_span = Span::new(
            doc.tokens[action_first].span.start,
            doc.tokens[action_last].span.end,
        );
        let agent = find_agent(doc, i, sent_tokens.start);
        let trigger = Span::new(doc.tokens[i].span.start, doc.tokens[i].span.end);
        let time = timexes
            .iter()
            .find(|t| action_span.contains(t.span()))
            .map(|t| Arg {
                canonical: Some(t.value.clone()),
                ..Arg::of(doc.text, t.span())
            });
        let negated = (sent_tokens.start..i)
            .rev()
            .take(3)
            .any(|k| doc.is(k, "not") || doc.is(k, "n't") || doc.is(k, "never"));
        let hedged = hedging.summary.cues.iter().any(|c| {
            c.sentence == sentence && c.end <= trigger.start && trigger.start - c.end <= 12
        });
        let start = agent
            .as_ref()
            .map_or(trigger.start, |a| a.start.min(trigger.start));
        out.push(Pledge {
            start,
            end: action_span.end,
            sentence,
            kind: if negated { PledgeKind::Refusal } else { kind },
            trigger: TextSpan::of(doc.text, trigger),
            agent,
            addressee: None,
            action: Arg::of(doc.text, action_span),
            time,
            condition: None,
            negated,
            hedged,
        });
    }
    out
}

/// The noun phrase that commits: the words right before the trigger
/// (skipping auxiliaries and adverbs), up to a word that cannot be part of it.
fn find_agent(doc: &Document, trigger: usize, sentence_start: usize) -> Option<Arg> {
    let mut k = trigger;
    while k > sentence_start && SKIP.iter().any(|w| doc.is(k - 1, w)) {
        k -= 1;
    }
    let last = k.checked_sub(1).filter(|&l| l >= sentence_start)?;
    let mut first = last + 1;
    while first > sentence_start && last + 1 - first < 6 {
        let j = first - 1;
        let t = &doc.tokens[j];
        let w = doc.lower(j);
        let ok = match t.kind {
            TokenKind::Word => !NP_STOP.contains(&w),
            _ => false,
        };
        if !ok {
            break;
        }
        first = j;
    }
    if first > last {
        return None;
    }
    // A noun phrase ends in a noun: reject one that ends in a clitic.
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    Some(Arg::of(doc.text, span))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pledges(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let hedging = crate::hedge::analyze(&doc);
        let timexes = crate::timex::analyze(&doc, None);
        analyze(&doc, &hedging, &timexes)
            .iter()
            .map(|p| {
                format!(
                    "{:?} agent={} action={} time={} negated={} hedged={}",
                    p.kind,
                    p.agent.as_ref().map_or("-", |a| &a.text),
                    p.action.text,
                    p.time
                        .as_ref()
                        .and_then(|t| t.canonical.as_deref())
                        .unwrap_or("-"),
                    p.negated,
                    p.hedged
                )
            })
            .collect()
    }

    #[test]
    fn participle_agent() {
        assert_eq!(
            pledges("Talks ended with the Russian leader agreeing to pause assaults on energy infrastructure for 30 days."),
            ["Agreement agent=the Russian leader action=pause assaults on energy infrastructure for 30 days time=P30D negated=false hedged=false"]
        );
    }

    #[test]
    fn subject_agent_and_hedge() {
        assert_eq!(
            pledges("Putin reportedly agreed to halt strikes, officials said."),
            ["Agreement agent=Putin action=halt strikes time=- negated=false hedged=true"]
        );
    }

    #[test]
    fn refusal() {
        assert_eq!(
            pledges("Moscow did not agree to a ceasefire."),
            ["Refusal agent=Moscow action=a ceasefire time=- negated=true hedged=false"]
        );
    }

    #[test]
    fn agreement_with_an_opinion_is_not_a_pledge() {
        assert!(pledges("Analysts agreed that the economy is weak.").is_empty());
    }
}
