//! The result of an analysis, as it is serialized for JavaScript.
//!
//! Field names serialize in camelCase. Offsets are byte offsets until
//! [`Analysis::to_utf16`] converts them, once, at the WebAssembly boundary.

use crate::hedge::Hedging;
use crate::pledge::Pledge;
use crate::span::{Remap, Span, Utf16Index};
use crate::timex::{TimelineEntry, Timex};
use serde::Serialize;

/// Everything [`analyze`](crate::analyze) found in a text.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The sentences, tiling the text, with their hedging.
    pub sentences: Vec<SentenceResult>,
    /// Hedge cues, boosters and the text's hedging score.
    pub hedging: Hedging,
    /// Temporal expressions in text order.
    pub timexes: Vec<Timex>,
    /// The timexes placed in time, earliest first.
    pub timeline: Vec<TimelineEntry>,
    /// Reported commitments and refusals in text order.
    pub pledges: Vec<Pledge>,
    /// The publication date the analysis resolved dates against
    /// (`YYYY-MM-DD`), or `None` when relative dates are unresolved.
    pub published_at: Option<String>,
}

impl Analysis {
    /// Converts every offset from bytes of `text` to UTF-16 code units.
    ///
    /// `text` must be the string that was analyzed.
    pub fn to_utf16(mut self, text: &str) -> Analysis {
        let index = Utf16Index::new(text);
        if text.is_ascii() {
            return self;
        }
        let f = |o: usize| index.convert(o);
        self.remap(&f);
        self
    }
}

impl Remap for Analysis {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.sentences.remap(f);
        self.hedging.remap(f);
        self.timexes.remap(f);
        self.timeline.remap(f);
        self.pledges.remap(f);
    }
}

/// One sentence of the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceResult {
    /// Start offset; sentences tile the text.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// How strongly the sentence is hedged, 0 to 1.
    pub hedge: f64,
    /// Whether it holds at least one hedge cue used as a hedge (CoNLL-2010).
    pub uncertain: bool,
}

impl Remap for SentenceResult {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}

/// A stretch of the text with its words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextSpan {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text between them.
    pub text: String,
}

impl TextSpan {
    /// The span `span` of `text`.
    pub fn of(text: &str, span: Span) -> TextSpan {
        TextSpan {
            start: span.start,
            end: span.end,
            text: span.slice(text).to_string(),
        }
    }

    /// The byte span (before conversion to UTF-16).
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Remap for TextSpan {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}

/// An argument of a pledge: a span of text and, when the article allows,
/// the canonical name it refers to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Arg {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text between them.
    pub text: String,
    /// The fullest name the article gives for the same referent
    /// ("Vladimir Putin" for "the Russian leader"), or a normalized value
    /// (a TIMEX3 value for a time argument).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
}

impl Arg {
    /// The span `span` of `text`, with no canonical form.
    pub fn of(text: &str, span: Span) -> Arg {
        Arg {
            start: span.start,
            end: span.end,
            text: span.slice(text).to_string(),
            canonical: None,
        }
    }

    /// The byte span (before conversion to UTF-16).
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Remap for Arg {
    fn remap(&mut self, f: &dyn Fn(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}
