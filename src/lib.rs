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

use text::Document;

/// Analyzes `text` for hedging, timexes and pledges.
///
/// Never panics and never fails: an empty or odd text gives an empty
/// analysis. Offsets are byte offsets into `text`.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let doc = Document::new(text);
    let hedging = hedge::analyze(&doc);
    let timexes = timex::analyze(&doc, options.publication_date());
    let pledges = pledge::analyze(&doc, &hedging, &timexes);
    let timeline = timex::timeline(&doc, &timexes, &pledges, options.publication_date());
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
