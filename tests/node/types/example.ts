// A TypeScript program written against the package's types, using every
// field of the result. `tests/node/types.test.mjs` type-checks it with
// `tsc --noEmit` against pkg/hedgeline.d.ts, together with real results.
//
// Each `describe*` function returns a `Fields<T>`: one entry per field of
// T, no more, no less. When a field is added to the result types, tsc
// fails here until the example uses it; when one is renamed or dropped,
// too.
import init, {
  analyze,
  version,
  type Analysis,
  type AnalyzeOptions,
  type Arg,
  type Cue,
  type CueKind,
  type HedgeByClass,
  type HedgeVoice,
  type Hedging,
  type Pledge,
  type PledgeKind,
  type Sentence,
  type Span,
  type Timex,
  type TimexMod,
  type TimexType,
  type TimelineEntry,
} from 'hedgeline';

/** One display string per field of T; exhaustive in both directions. */
type Fields<T> = { [K in keyof Required<T>]: string };

const show = (value: unknown): string => (value === null || value === undefined ? '—' : String(value));

function describeSpan(span: Span): Fields<Span> {
  return { start: show(span.start), end: show(span.end), text: span.text };
}

function describeArg(arg: Arg | null): Fields<Arg> | null {
  if (!arg) return null;
  return { ...describeSpan(arg), canonical: show(arg.canonical) };
}

const CUE_KINDS: Record<CueKind, string> = {
  modal: 'possibility',
  evidential: 'evidence',
  adverb: 'adverb',
  adjective: 'adjective',
  speculation: 'speculation',
  weasel: 'vague attribution',
  question: 'question',
  booster: 'certainty',
};

function describeCue(cue: Cue): Fields<Cue> {
  return {
    ...describeSpan(cue),
    kind: CUE_KINDS[cue.kind],
    weight: cue.weight.toFixed(2),
    sentence: `#${cue.sentence}`,
    quoted: cue.quoted ? 'in a quotation' : 'in the narration',
  };
}

function describeSentence(s: Sentence): Fields<Sentence> {
  return {
    start: show(s.start),
    end: show(s.end),
    hedge: `${Math.round(s.hedge * 100)}%`,
    uncertain: s.uncertain ? 'uncertain' : 'certain',
  };
}

function describeByClass(c: HedgeByClass): Fields<HedgeByClass> {
  return {
    modal: `${c.modal} of possibility`,
    evidential: `${c.evidential} of inference or hearsay`,
    adverb: `${c.adverb} adverbs`,
    adjective: `${c.adjective} adjectives`,
    speculation: `${c.speculation} of speculation`,
    weasel: `${c.weasel} vague sources`,
    question: `${c.question} questions`,
  };
}

function describeVoice(v: HedgeVoice): Fields<HedgeVoice> {
  return {
    score: `${v.score.toFixed(1)}/100`,
    sentences: `${v.sentences} sentences`,
    uncertain: `${v.uncertain} uncertain`,
    cues: `${v.cues} cues`,
  };
}

function describeHedging(h: Hedging): Fields<Hedging> {
  const own: Fields<HedgeVoice> = describeVoice(h.byVoice.own);
  const quoted: Fields<HedgeVoice> = describeVoice(h.byVoice.quoted);
  return {
    score: `${h.score.toFixed(1)}/100`,
    cues: h.cues.map((c) => describeCue(c).text).join(', '),
    boosters: h.boosters.map((c) => describeCue(c).text).join(', '),
    sentenceCount: `${h.sentenceCount} sentences`,
    uncertainCount: `${h.uncertainCount} of them uncertain`,
    byClass: Object.values(describeByClass(h.byClass)).join(', '),
    byVoice: `own: ${own.score}, quoted: ${quoted.score}`,
  };
}

const TIMEX_TYPES: Record<TimexType, string> = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'recurrence' };

const TIMEX_MODS: Record<TimexMod, string> = {
  APPROX: 'about',
  MORE_THAN: 'more than',
  LESS_THAN: 'less than',
  EQUAL_OR_MORE: 'at least',
  EQUAL_OR_LESS: 'at most',
  START: 'early',
  MID: 'mid',
  END: 'late',
};

function describeTimex(t: Timex): Fields<Timex> {
  return {
    ...describeSpan(t),
    type: TIMEX_TYPES[t.type],
    value: t.value,
    mod: t.mod ? TIMEX_MODS[t.mod] : '—',
    sentence: `#${t.sentence}`,
    resolved: t.resolved ? 'resolved' : 'needs a publication date',
    offset: t.offset ? `${t.offset} from publication` : '—',
  };
}

const RELATIONS: Record<TimelineEntry['relation'], string> = {
  past: 'before publication',
  present: 'at publication',
  future: 'after publication',
  unknown: 'not placed',
};

const ENTRY_KINDS: Record<TimelineEntry['kind'], string> = {
  date: 'point',
  span: 'span',
  length: 'length',
  recurrence: 'recurrence',
};

const ROLES: Record<NonNullable<TimelineEntry['role']>, string> = { duration: 'for', deadline: 'by' };

function describeEntry(e: TimelineEntry, a: Analysis): Fields<TimelineEntry> {
  const timex: Timex | undefined = a.timexes[e.timex];
  return {
    timex: timex ? timex.text : '?',
    sentence: `#${e.sentence}`,
    kind: ENTRY_KINDS[e.kind],
    earliest: show(e.earliest),
    latest: show(e.latest),
    approximate: e.approximate ? 'approximately' : 'exactly',
    relation: RELATIONS[e.relation],
    label: e.label,
    pledge: e.pledge === null ? '—' : a.pledges[e.pledge]?.action.text ?? '?',
    role: e.role === null ? '—' : ROLES[e.role],
  };
}

const PLEDGE_KINDS: Record<PledgeKind, string> = {
  pledge: 'pledged',
  agreement: 'agreed',
  offer: 'offered',
  threat: 'threatened',
  intent: 'intends',
  refusal: 'refused',
};

/** Every form an action can take, checked for exhaustiveness by `Record`. */
const ACTION_FORMS: Record<Pledge['actionForm'], string> = {
  act: 'a verb phrase',
  thing: 'a noun phrase',
  clause: 'a clause',
};

function describePledge(p: Pledge, a: Analysis): Fields<Pledge> {
  const arg = (x: Arg | null): string => {
    const d = describeArg(x);
    return d ? `${d.text}${x?.canonical ? ` (${d.canonical})` : ''}` : '—';
  };
  return {
    start: show(p.start),
    end: show(p.end),
    sentence: `#${p.sentence}`,
    kind: PLEDGE_KINDS[p.kind],
    trigger: describeSpan(p.trigger).text,
    agent: arg(p.agent),
    addressee: arg(p.addressee),
    action: arg(p.action),
    actionForm: ACTION_FORMS[p.actionForm],
    time: arg(p.time),
    condition: arg(p.condition),
    negated: p.negated ? 'negated' : 'affirmed',
    hedged: p.hedged ? 'hedged' : 'firm',
    firmness: arg(p.firmness),
    sameAs: p.sameAs === null ? 'first report' : `again: ${a.pledges[p.sameAs]?.trigger.text ?? '?'}`,
  };
}

/** A plain-text report of an analysis: every field, by name. */
export function report(a: Analysis): string {
  const fields: Fields<Analysis> = {
    sentences: a.sentences.map((s) => describeSentence(s).uncertain).join(' '),
    hedging: JSON.stringify(describeHedging(a.hedging)),
    timexes: a.timexes.map((t) => JSON.stringify(describeTimex(t))).join('\n'),
    timeline: a.timeline.map((e) => JSON.stringify(describeEntry(e, a))).join('\n'),
    pledges: a.pledges.map((p) => JSON.stringify(describePledge(p, a))).join('\n'),
    publishedAt: show(a.publishedAt),
  };
  return Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n');
}

/** How a page or a bundler uses the package. */
export async function main(text: string): Promise<string> {
  await init();
  const options: Fields<AnalyzeOptions> = { publishedAt: '2025-03-18' };
  const analysis: Analysis = analyze(text, { publishedAt: options.publishedAt });
  // Options may be left out, and `publishedAt` may be null.
  analyze(text);
  analyze(text, { publishedAt: null });
  return `hedgeline ${version()}\n${report(analysis)}`;
}
