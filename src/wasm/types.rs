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

/** Hedge cues of each class. */
export interface HedgeByClass {
  modal: number;
  evidential: number;
  adverb: number;
  adjective: number;
  speculation: number;
  weasel: number;
  question: number;
}

/** The hedging of one voice: the outlet's own sentences, or quoted speech. */
export interface HedgeVoice {
  /** Mean `hedge` of the voice's sentences, times 100 (0 when it has none). */
  score: number;
  /** Sentences in this voice (a sentence is quoted when most of its words are). */
  sentences: number;
  /** How many of them are uncertain. */
  uncertain: number;
  /** Hedge cues in this voice. */
  cues: number;
}

export interface Hedging {
  /**
   * The text's hedging score, 0..100: the mean of the sentences' `hedge`,
   * times 100. Reader-facing: "How much of this article is hedged: 0 means
   * every statement is made outright, 100 that every sentence is strongly
   * hedged as possible, alleged or unconfirmed."
   */
  score: number;
  /** Hedge cues, in text order. */
  cues: Cue[];
  /** Certainty markers ("clearly", "no doubt"), in text order. */
  boosters: Cue[];
  /** Sentences with words. */
  sentenceCount: number;
  /** How many of them are uncertain (CoNLL-2010). */
  uncertainCount: number;
  /** Hedge cues by class. */
  byClass: HedgeByClass;
  /** The outlet's own sentences versus quoted speech. */
  byVoice: { own: HedgeVoice; quoted: HedgeVoice };
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** TIMEX3 modifier. */
export type TimexMod =
  | "APPROX"
  | "MORE_THAN"
  | "LESS_THAN"
  | "EQUAL_OR_MORE"
  | "EQUAL_OR_LESS"
  | "START"
  | "MID"
  | "END";

/** A temporal expression, TIMEX3 style. */
export interface Timex extends Span {
  type: TimexType;
  /**
   * TIMEX3 value: "2025-03-18", "2025-W12", "2025-Q3", "2025-03-18T10:30", "P30D",
   * "PT2H", "PAST_REF"... Unknown parts are X: "XXXX-03-18", "XXXX-WXX-2" (a Tuesday).
   */
  value: string;
  /** TIMEX3 modifier: "MORE_THAN" for "over two hours", "START" for "early 2025"... */
  mod?: TimexMod;
  /** Index into `sentences`. */
  sentence: number;
  /** False when the value needed a publication date that was not given. */
  resolved: boolean;
  /**
   * For expressions counted from the publication date, the distance as a signed
   * ISO 8601 duration: "-P1D" for "yesterday", "+P1W" for "next week", "P0D" for
   * "today", "-PXW" for "weeks prior". Present with or without `publishedAt`.
   */
  offset?: string;
}

/** A timex placed in time. */
export interface TimelineEntry {
  /** Index into `timexes`. */
  timex: number;
  /** Index into `sentences`. */
  sentence: number;
  /**
   * "date": a day, period or time; "span": a length of time the text places
   * ("the past decade", a pledge's "for 30 days"); "length": one it does not
   * place; "recurrence": a SET.
   */
  kind: "date" | "span" | "length" | "recurrence";
  /** First day it can denote, "YYYY-MM-DD", or null when unknown. */
  earliest: string | null;
  /** Last day it can denote, "YYYY-MM-DD", or null when unknown. */
  latest: string | null;
  /** The bounds are approximate ("early 2025", "recently", "about two years"). */
  approximate: boolean;
  /** Relative to the publication date; the timeline lists past, present, future, unknown. */
  relation: "past" | "present" | "future" | "unknown";
  /** Short reader-facing label: "18 Mar 2025", "early 2025", or the expression's words. */
  label: string;
  /** Index into `pledges` when this is a pledge's time. */
  pledge: number | null;
  /** Whether it is that pledge's duration ("for 30 days") or deadline ("by March"). */
  role: "duration" | "deadline" | null;
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
  /**
   * Who commits; `canonical` is the fullest name the article gives ("Vladimir Putin" for "the Russian
   * leader"). Null when the text names no one ("An agreement to end the strike was signed").
   */
  agent: Arg | null;
  /** To whom. */
  addressee: Arg | null;
  /** What is committed to. */
  action: Arg;
  /** What `action` is written as: a verb phrase ("pause strikes"), a noun phrase ("a truce") or a clause ("that aid would come"). */
  actionForm: 'act' | 'thing' | 'clause';
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
