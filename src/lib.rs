//! Hedgeline reads a news article and reports how much of it is hedged,
//! which commitments it reports, and when things happened.
//!
//! One call, [`analyze`], returns an [`Analysis`]:
//!
//! - **sentences**, each with a hedging score and the CoNLL-2010 `uncertain` flag;
//! - **hedging**: the cues that present something as possible, alleged or
//!   unconfirmed ("suggests", "reportedly", "sources said"), the boosters
//!   that present it as certain ("clearly"), and a 0–100 score for the text;
//! - **timexes**: dates, times, durations and sets, TIMEX3-style, normalized
//!   against the publication date when one is given;
//! - **timeline**: the timexes placed in time, earliest to latest;
//! - **pledges**: reported commitments and refusals, with who committed to
//!   what, for whom, for how long and on what condition.
//!
//! ```
//! use hedgeline::{analyze, Options};
//!
//! let options = Options::new().published_at("2025-03-18").unwrap();
//! let text = "Putin agreed to pause attacks for 30 days, officials said. \
//!             The deal suggests talks may resume.";
//! let analysis = analyze(text, &options);
//!
//! assert!(analysis.hedging.cues.iter().any(|c| c.text == "suggests"));
//! assert!(analysis.timexes.iter().any(|t| t.value == "P30D"));
//! assert_eq!(analysis.pledges[0].agent.as_ref().unwrap().text, "Putin");
//! ```
//!
//! Offsets in the result are byte offsets into the text; the WebAssembly
//! build converts them to UTF-16 code units with [`Analysis::to_utf16`].
//! The analysis never fails on text: any string gives a result. Only
//! [`Options`] can be rejected, when a value does not parse.
//!
//! The crate reads no clock and does no I/O: relative dates are resolved
//! against [`Options::published_at`] alone.

#![deny(missing_docs)]

pub mod hedge;
pub mod pledge;
pub mod span;
pub mod text;
pub mod timex;

mod options;
mod result;

pub use options::{Options, OptionsError};
pub use result::{Analysis, Arg, SentenceResult, TextSpan};
pub use span::Span;

/// Analyzes `text` for hedging, timexes and pledges.
///
/// Never panics and never fails: an empty or odd text gives an empty
/// analysis. Offsets are byte offsets into `text`.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let doc = stages::document(text);
    let hedging = stages::hedging(&doc);
    let timexes = stages::timexes(&doc, options.publication_date());
    let pledges = stages::pledges(&doc, &hedging, &timexes);
    let timeline = stages::timeline(&doc, &timexes, &pledges, options.publication_date());
    let sentences = doc
        .sentences
        .iter()
        .zip(&hedging.sentences)
        .map(|(s, h)| SentenceResult {
            start: s.span.start,
            end: s.span.end,
            hedge: h.hedge,
            uncertain: h.uncertain,
        })
        .collect();
    Analysis {
        sentences,
        hedging: hedging.summary,
        timexes,
        timeline,
        pledges,
        published_at: options.publication_date().map(|d| d.to_string()),
    }
}

/// The pipeline's stages, each kept a function of its own.
///
/// Each stage has one caller, so LLVM would inline them all into
/// [`analyze`]: one function of about 30 KB of WebAssembly. V8 runs a new
/// module in its baseline compiler and optimizes a function again, on
/// background threads, once its loops have run long enough; a function that
/// big takes about 100 ms of compile time, which the first analysis in a
/// page triggers and then competes with for the CPU (on a two-core machine
/// it waited as long as it ran). Kept apart, the stages are optimized one by
/// one as each gets hot, in a few milliseconds each (DESIGN.md, "Why keep
/// the stages out of line?").
mod stages {
    use crate::hedge::{self, HedgeAnalysis};
    use crate::pledge::{self, Pledge};
    use crate::text::Document;
    use crate::timex::{self, date::Date, TimelineEntry, Timex};

    #[inline(never)]
    pub fn document(text: &str) -> Document<'_> {
        Document::new(text)
    }

    #[inline(never)]
    pub fn hedging(doc: &Document) -> HedgeAnalysis {
        hedge::analyze(doc)
    }

    #[inline(never)]
    pub fn timexes(doc: &Document, published: Option<Date>) -> Vec<Timex> {
        timex::analyze(doc, published)
    }

    #[inline(never)]
    pub fn pledges(doc: &Document, hedging: &HedgeAnalysis, timexes: &[Timex]) -> Vec<Pledge> {
        pledge::analyze(doc, hedging, timexes)
    }

    #[inline(never)]
    pub fn timeline(
        doc: &Document,
        timexes: &[Timex],
        pledges: &[Pledge],
        published: Option<Date>,
    ) -> Vec<TimelineEntry> {
        timex::timeline(doc, timexes, pledges, published)
    }
}
