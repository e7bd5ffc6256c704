//! TypeScript types of the result, emitted into the package's `.d.ts`.
//!
//! They mirror the `Serialize` types of the core; `tests/node` checks a real
//! result against them with `tsc`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * Publication date of the text, ISO 8601: `"2025-03-18"` or
   * `"2025-03-18T09:30:00Z"`. Relative dates ("yesterday", "three years
   * ago") are resolved against its calendar date. Without it they keep an
   * unresolved value (`PAST_REF`, `XXXX-03-18`) and `resolved: false`.
   */
  publishedAt?: string | null;
}

/** A stretch of the analyzed text. Offsets are UTF-16 indices: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A pledge argument; `canonical` is the fullest name the article gives, or a TIMEX3 value for `time`. */
export interface Arg extends Span {
  canonical?: string;
}

/** Class of a hedge cue or booster. */
export type CueKind =
  | "modal"
  | "evidential"
  | "adverb"
  | "adjective"
  | "speculation"
  | "weasel"
  | "question"
  | "booster";

/** A hedge cue or a booster. */
export interface Cue extends Span {
  kind: CueKind;
  /** How strongly it hedges (or boosts), 0..1. */
  weight: number;
  /** Index into `sentences`. */
  sentence: number;
  /** Whether it stands inside quoted speech. */
  quoted: boolean;
}

/** One sentence; sentences tile the text. */
export interface Sentence {
  start: number;
  end: number;
  /** How strongly the sentence is hedged, 0..1. */
  hedge: number;
  /** CoNLL-2010: holds at least one hedge cue used as a hedge. */
  uncertain: boolean;
}

export interface Hedging {
  /** The text's hedging score, 0..100. */
  score: number;
  /** Hedge cues, in text order. */
  cues: Cue[];
  /** Certainty markers ("clearly", "no doubt"), in text order. */
  boosters: Cue[];
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** A temporal expression, TIMEX3 style. */
export interface Timex extends Span {
  type: TimexType;
  /** TIMEX3 value: "2025-03-18", "2025-W12", "P30D", "PT2H", "PAST_REF", "XXXX-03"... */
  value: string;
  /** TIMEX3 modifier: "MORE_THAN", "APPROX", "START"... */
  mod?: string;
  /** Index into `sentences`. */
  sentence: number;
  /** False when the value needed a publication date that was not given. */
  resolved: boolean;
}

/** A timex placed in time. */
export interface TimelineEntry {
  /** Index into `timexes`. */
  timex: number;
  /** Index into `sentences`. */
  sentence: number;
  /** First day it can denote, "YYYY-MM-DD", or null when unknown. */
  earliest: string | null;
  /** Last day it can denote, "YYYY-MM-DD", or null when unknown. */
  latest: string | null;
  approximate: boolean;
  relation: "past" | "present" | "future" | "unknown";
  /** Short reader-facing label. */
  label: string;
  /** Index into `pledges` when this is a pledge's time. */
  pledge: number | null;
}

export type PledgeKind = "pledge" | "agreement" | "offer" | "threat" | "intent" | "refusal";

/** A reported commitment. */
export interface Pledge {
  start: number;
  end: number;
  /** Index into `sentences`. */
  sentence: number;
  kind: PledgeKind;
  trigger: Span;
  /** Who commits; `canonical` is the fullest name the article gives ("Vladimir Putin" for "the Russian leader"). */
  agent: Arg | null;
  /** To whom. */
  addressee: Arg | null;
  /** What is committed to. */
  action: Arg;
  /** For how long or by when; `canonical` holds the TIMEX3 value. */
  time: Arg | null;
  condition: Arg | null;
  /** Refusals and denials ("did not agree"). */
  negated: boolean;
  /** Reported with a hedge ("reportedly agreed"). */
  hedged: boolean;
  /**
   * A word that qualifies how firm the commitment is ("temporary",
   * "tentatively", "in principle", "binding"); `canonical` is its class:
   * "temporary", "tentative", "in principle", "binding", "firm", "interim"...
   */
  firmness: Arg | null;
  /**
   * Index into `pledges` of an earlier report of the same commitment (same
   * canonical agent and kind, an action with a word in common), or null.
   */
  sameAs: number | null;
}

/**
 * Analyzes `text` for hedging, temporal expressions and pledges.
 *
 * Offsets in the result are UTF-16 code-unit indices into `text`:
 * `text.slice(start, end)` gives each span.
 *
 * @throws {Error} when `text` is not a string or `options` holds an unknown
 * field or a value that does not parse; the message starts with
 * `hedgeline:` and names the field. Any string gives a result.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** The result of {@link analyze}. */
export interface Analysis {
  sentences: Sentence[];
  hedging: Hedging;
  timexes: Timex[];
  timeline: TimelineEntry[];
  pledges: Pledge[];
  /** The publication date used ("YYYY-MM-DD"), or null. */
  publishedAt: string | null;
}
"#;
