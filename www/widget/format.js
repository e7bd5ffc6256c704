// The words the panel uses: pure functions from analysis values to reader
// text, kept apart from the DOM so that Node tests can check them.

/** Hedging levels by score (0..100), with their reader-facing names. */
const LEVELS = [
  [10, 'Barely hedged'],
  [25, 'Lightly hedged'],
  [50, 'Moderately hedged'],
  [75, 'Heavily hedged'],
  [Infinity, 'Very heavily hedged'],
];

/** The level name of a hedging score: "Moderately hedged". */
export function hedgingLevel(score) {
  const s = Number.isFinite(score) ? score : 0;
  return LEVELS.find(([limit]) => s < limit)[1];
}

/**
 * One sentence a reader understands, explaining the score from the
 * sentences that carry it.
 */
export function explainScore(analysis) {
  const total = analysis.sentences.length;
  const uncertain = analysis.sentences.filter((s) => s.uncertain).length;
  if (total === 0) return 'There is no text to score.';
  if (uncertain === 0) return 'Every sentence is stated as fact, without words such as “may”, “reportedly” or “suggests”.';
  const share = uncertain === total ? `All ${total}` : `${uncertain} of ${total}`;
  return `${share} sentences present something as possible, reported or unconfirmed rather than as established fact.`;
}

const KIND_LABELS = {
  pledge: 'Pledge',
  agreement: 'Agreement',
  offer: 'Offer',
  threat: 'Threat',
  intent: 'Intention',
  refusal: 'Refusal',
};

/** The label of a pledge kind; unknown kinds (added later) keep their own name. */
export function pledgeKindLabel(kind) {
  return KIND_LABELS[kind] ?? capitalize(String(kind));
}

/** How firmly a pledge is reported, in a few words. */
export function pledgeFirmness(pledge) {
  if (pledge.negated) return 'Refused or denied';
  if (pledge.hedged) return 'Reported with a hedge';
  return 'Reported as firm';
}

/** Who commits: the fullest name the article gives, with a capital. */
export function agentName(arg) {
  if (!arg) return 'Someone unnamed';
  return capitalize(arg.canonical || arg.text);
}

export function capitalize(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

const CUE_KINDS = {
  modal: 'possibility',
  evidential: 'evidence, not fact',
  adverb: 'hedging adverb',
  adjective: 'hedging adjective',
  speculation: 'speculation',
  weasel: 'vague attribution',
  question: 'question',
  booster: 'certainty',
};

/** What a cue kind means to a reader: "evidential" → "evidence, not fact". */
export function cueKindLabel(kind) {
  return CUE_KINDS[kind] ?? String(kind);
}

/**
 * A "YYYY-MM-DD" day as a reader reads it in `locale`
 * ("18 March 2025" / "March 18, 2025"), never shifted by time zone.
 */
export function formatDay(day, locale) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return day ?? '';
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  try {
    return date.toLocaleDateString(locale || 'en', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  } catch {
    return day;
  }
}

/** A timeline entry's dates as text: one day, a range, or "" when unknown. */
export function formatSpan(entry, locale) {
  if (!entry.earliest && !entry.latest) return '';
  if (entry.earliest && entry.earliest === entry.latest) return formatDay(entry.earliest, locale);
  if (entry.earliest && entry.latest) return `${formatDay(entry.earliest, locale)} – ${formatDay(entry.latest, locale)}`;
  return entry.earliest ? `from ${formatDay(entry.earliest, locale)}` : `until ${formatDay(entry.latest, locale)}`;
}

/**
 * Sentences ranked by how hedged they are: `[{ index, sentence, cues }]`,
 * most hedged first (text order among equals), only those with cues.
 */
export function mostHedged(analysis, limit = 3) {
  const bySentence = new Map();
  for (const cue of analysis.hedging.cues) {
    if (!bySentence.has(cue.sentence)) bySentence.set(cue.sentence, []);
    bySentence.get(cue.sentence).push(cue);
  }
  return [...bySentence.entries()]
    .map(([index, cues]) => ({ index, sentence: analysis.sentences[index], cues }))
    .filter((x) => x.sentence)
    .sort((a, b) => b.sentence.hedge - a.sentence.hedge || b.cues.length - a.cues.length || a.index - b.index)
    .slice(0, limit);
}

/**
 * Timeline entries split for display: `dated` (points in time with known
 * bounds) sorted by earliest day, and `undated` (durations, placed or not,
 * recurrences and unresolved expressions) in text order.
 */
export function splitTimeline(analysis) {
  const dated = [];
  const undated = [];
  for (const entry of analysis.timeline) {
    const timex = analysis.timexes[entry.timex];
    if (!timex) continue;
    (entry.kind === 'date' && (entry.earliest || entry.latest) ? dated : undated).push({ entry, timex });
  }
  dated.sort((a, b) => (a.entry.earliest ?? a.entry.latest).localeCompare(b.entry.earliest ?? b.entry.latest) || a.timex.start - b.timex.start);
  undated.sort((a, b) => a.timex.start - b.timex.start);
  return { dated, undated };
}
