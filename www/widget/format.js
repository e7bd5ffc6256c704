// The words the panel uses: pure functions from analysis values to reader
// text and display groups, kept apart from the DOM so that Node tests can
// check them.

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
 * What the score means, in one sentence: DESIGN.md's definition (the mean
 * of the sentences' hedge strength, so "weighted by how strongly").
 */
export function explainScore(analysis) {
  if (!analysis.hedging.sentenceCount) return 'There is no text to score.';
  return 'The score says how much of this article is presented as possible, alleged or unconfirmed rather than stated as fact, weighted by how strongly it is hedged: 0 means every sentence is stated outright.';
}

/**
 * Cue classes: the label of one cue ("possibility") and of the class as a
 * group ("words of possibility").
 */
const CLASSES = {
  modal: ['possibility', 'words of possibility'],
  evidential: ['inference or hearsay', 'words of inference or hearsay'],
  adverb: ['hedging adverb', 'hedging adverbs'],
  adjective: ['hedging adjective', 'hedging adjectives'],
  speculation: ['speculation', 'talk of speculation'],
  weasel: ['vague source', 'vague sources'],
  question: ['open question', 'open questions'],
  booster: ['certainty', 'words of certainty'],
};

/** What a cue kind means to a reader: "evidential" → "inference or hearsay". */
export function cueKindLabel(kind) {
  return CLASSES[kind]?.[0] ?? String(kind);
}

/**
 * Hedge cues by class, most frequent first (classes without cues left
 * out): `[{ kind, label, count, examples }]`, `examples` the first distinct
 * cue words of the class in text order.
 */
export function hedgeClasses(analysis) {
  const out = [];
  for (const [kind, count] of Object.entries(analysis.hedging.byClass)) {
    if (!count) continue;
    const examples = [...new Set(analysis.hedging.cues.filter((c) => c.kind === kind).map((c) => c.text.toLowerCase()))];
    out.push({ kind, label: CLASSES[kind]?.[1] ?? kind, count, examples });
  }
  return out.sort((a, b) => b.count - a.count);
}

const quote = (s) => `“${s}”`;

/** "a", "a and b", "a, b and c". */
function list(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * How many sentences are hedged, and mostly how: "13 of 22 sentences are
 * hedged, mostly by words of inference or hearsay such as “suggests” and
 * “appears”."
 */
export function hedgingSummary(analysis) {
  const { sentenceCount: total, uncertainCount: hedged } = analysis.hedging;
  if (!total) return '';
  if (!hedged) return total === 1 ? 'The sentence is not hedged.' : `None of the ${total} sentences is hedged.`;
  const share = hedged === total ? (total === 1 ? 'The sentence is' : `All ${total} sentences are`) : `${hedged} of ${total} sentences ${hedged === 1 ? 'is' : 'are'}`;
  const [top, next, third] = hedgeClasses(analysis);
  if (!top) return `${share} hedged.`;
  if (third && third.count === top.count) return `${share} hedged, by several kinds of hedge.`;
  const how = next && next.count === top.count ? `${top.label} and ${next.label}` : `${top.label} such as ${list(top.examples.slice(0, 2).map(quote))}`;
  return `${share} hedged${next ? ', mostly' : ''} by ${how}.`;
}

/**
 * The two voices, for the breakdown: `[{ key, label, score, sentences,
 * uncertain, cues }]`, the outlet's own sentences first.
 */
export function hedgeVoices(analysis) {
  const { own, quoted } = analysis.hedging.byVoice;
  return [
    { key: 'own', label: 'The outlet’s own words', ...own },
    { key: 'quoted', label: 'Quoted speech', ...quoted },
  ];
}

/** A voice's figures as text: "32/100, 13 of 22 sentences hedged" or "none in this article". */
export function voiceText(voice) {
  if (!voice.sentences) return 'none in this article';
  return `${Math.round(voice.score)}/100, ${voice.uncertain} of ${voice.sentences} sentence${voice.sentences === 1 ? '' : 's'} hedged`;
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

/**
 * The name to show for an argument: its canonical name ("Vladimir Putin"
 * for "the Russian leader"), with "the" kept where the article writes "the
 * US" for "US"; null for none.
 */
export function argName(arg) {
  if (!arg) return null;
  const { text, canonical } = arg;
  if (canonical && text.toLowerCase() === `the ${canonical.toLowerCase()}`) return text;
  return canonical || text;
}

/** A possessive pronoun as the subject it stands for ("his promise": he). */
const POSSESSIVE = { his: 'he', her: 'she', its: 'it', their: 'they', our: 'we', my: 'I', your: 'you' };

/** Who commits: the fullest name the article gives, with a capital. */
export function agentName(arg) {
  if (!arg) return 'Someone unnamed';
  const name = argName(arg);
  return capitalize(arg.canonical ? name : POSSESSIVE[name.toLowerCase()] ?? name);
}

export function capitalize(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * Reports of one commitment together: each pledge joins the group of the
 * first report it repeats (`sameAs`, followed to its start). Returns groups
 * in text order of their first report: `{ pledge, reports, agent,
 * addressee, time, condition, firmness, hedged, hedges }` where `pledge` is
 * the report that says most (a time, an addressee, a named agent), `reports`
 * are indices into `pledges`, the arguments are that report's or else the
 * first another report gives, `firmness` the distinct firmness classes,
 * `hedged` how many reports carry a hedge and `hedges` their hedge words.
 */
export function pledgeGroups(analysis) {
  const { pledges } = analysis;
  const byRoot = new Map();
  pledges.forEach((p, i) => {
    let root = i;
    for (let n = 0; n < pledges.length && pledges[root].sameAs != null && pledges[pledges[root].sameAs]; n++) root = pledges[root].sameAs;
    if (!byRoot.has(root)) byRoot.set(root, []);
    byRoot.get(root).push(i);
  });
  const detail = (p) => (p.agent?.canonical ? 1 : 0) + (p.addressee ? 1 : 0) + (p.time ? 2 : 0) + (p.condition ? 1 : 0);
  return [...byRoot.values()].map((reports) => {
    const all = reports.map((i) => pledges[i]);
    // The report that says most stands for the commitment.
    const main = all.reduce((best, p) => (detail(p) > detail(best) ? p : best));
    const first = (key) => main[key] ?? all.find((p) => p[key])?.[key] ?? null;
    return {
      pledge: main,
      reports,
      agent: main.agent?.canonical ? main.agent : all.find((p) => p.agent?.canonical)?.agent ?? main.agent,
      addressee: first('addressee'),
      time: first('time'),
      condition: first('condition'),
      firmness: [...new Set(all.map((p) => p.firmness?.canonical || p.firmness?.text).filter(Boolean))],
      hedged: all.filter((p) => p.hedged).length,
      hedges: [...new Set(all.filter((p) => p.hedged).map((p) => pledgeHedge(analysis, p)?.text.toLowerCase()).filter(Boolean))],
    };
  });
}

const VERBS = { agreement: 'agreed', pledge: 'pledged', offer: 'offered', threat: 'threatened', intent: 'intends', refusal: 'refused' };
/** The same verbs in the passive, for a commitment whose maker the article does not name. */
const PASSIVE = { ...VERBS, intent: 'intended' };

/** The verb of a kind for its subject: "intends", but "we intend". */
function verbFor(kind, who, fallback) {
  const verb = VERBS[kind] ?? fallback;
  return verb === 'intends' && /^(I|We|You|They)$/.test(who) ? 'intend' : verb;
}

/**
 * A pledge group as one sentence with the article's fullest names:
 * "Vladimir Putin agreed, with Donald Trump, to pause assaults on energy
 * infrastructure for 30 days — reported as temporary." Refusals keep the
 * article's own verb phrase when it follows the agent ("The US did not
 * acquiesce to these terms this time").
 */
export function pledgeSentence(group, text, notes = true) {
  const p = group.pledge;
  const who = agentName(group.agent).replace(/^Someone unnamed$/, 'Someone');
  const action = p.action.text;
  let sentence;
  const a = p.agent;
  // "vowed not to support the bill": the action's span leaves the "not"
  // before it; the sentence must keep it.
  const negation = /\b(not|never)\s+(?:to\s+)?$/i.exec(text.slice(Math.max(0, p.action.start - 12), p.action.start));
  const not = negation ? `${negation[1].toLowerCase()} ` : '';
  // An action that carries its own "to" ("a commitment not to enrich uranium").
  const ownTo = /^(?:(?:not|never)\s+)?to\s/i.test(action);
  // The analysis says what the action is written as.
  const form = p.actionForm;
  const clause = form === 'clause';
  const that = clause && !/^that\s/i.test(action) ? 'that ' : '';
  if (p.kind === 'refusal' && a && a.end <= p.trigger.start && p.trigger.start - a.end <= 40 && a.start >= p.start - 200) {
    sentence = who + text.slice(a.end, p.action.end).replace(/\s+/g, ' ');
  } else if (!group.agent) {
    // No maker named: "It was agreed to end the strike", "The bill was
    // rejected", "It was agreed that the talks would resume".
    const verb = /ed$/.test(p.trigger.text) && p.kind === 'refusal' ? p.trigger.text.toLowerCase() : PASSIVE[p.kind] ?? p.trigger.text;
    const to = group.addressee ? ` with ${argName(group.addressee)}` : '';
    const given = group.addressee && form === 'thing' && p.kind !== 'agreement' && p.kind !== 'refusal';
    if (given) {
      // "Residents were promised new homes within a year".
      const who = argName(group.addressee);
      const done = /ed$/i.test(p.trigger.text) ? p.trigger.text.toLowerCase() : verb;
      sentence = `${capitalize(who)} ${/s$/i.test(who) ? 'were' : 'was'} ${done} ${action}`;
    } else if (clause) sentence = `It was ${verb}${to} ${that}${action}`;
    else if (form === 'thing') sentence = `${capitalize(action)} was ${verb}${to}`;
    else sentence = `It was ${verb}${to} ${ownTo ? '' : `${not}to `}${action}`;
  } else if (clause) {
    const to = group.addressee ? argName(group.addressee) : null;
    const verb = verbFor(p.kind, who, p.trigger.text);
    sentence = `${who} ${verb}${to ? (p.kind === 'agreement' ? `, with ${to},` : ` ${to}`) : ''} ${that}${action}`;
  } else {
    const nominal = form === 'thing';
    const verb = verbFor(p.kind, who, p.trigger.text);
    const to = group.addressee ? argName(group.addressee) : null;
    let head = verb;
    if (to && p.kind === 'agreement') head += `, with ${to},`;
    else if (to && (p.kind === 'pledge' || p.kind === 'offer')) head += nominal ? ` ${to}` : ` to ${to}`;
    // "signed the agreement": "agreed to the agreement" would say it twice
    // ("agreed to a peace treaty" is fine).
    const itself = nominal && p.kind === 'agreement' && /^agree/i.test(p.trigger.text) && action.toLowerCase().includes(p.trigger.text.toLowerCase());
    if (itself) sentence = `${who} made ${action}${to ? ` with ${to}` : ''}`;
    else sentence = `${who} ${head}${(nominal && p.kind !== 'agreement') || ownTo ? ' ' : ` ${not}to `}${action}`;
  }
  if (group.condition && !sentence.includes(group.condition.text)) sentence += `, ${group.condition.text}`;
  if (!notes) return `${sentence.trim()}.`;
  notes = [];
  if (group.firmness.length) notes.push(`reported as ${list(group.firmness)}`);
  const n = group.reports.length;
  if (group.hedged) {
    const words = group.hedges.length ? ` (${list(group.hedges.map(quote))})` : '';
    notes.push(`${group.hedged === n ? 'reported with a hedge' : `hedged in ${group.hedged} of ${n} reports`}${words}`);
  }
  if (notes.length) sentence += ` — ${notes.join('; ')}`;
  return `${sentence.trim()}.`;
}

/**
 * The hedge cue that qualifies a pledge report: the cue of its sentence
 * nearest its trigger, or null.
 */
export function pledgeHedge(analysis, pledge) {
  let best = null;
  for (const c of analysis.hedging.cues) {
    if (c.sentence !== pledge.sentence) continue;
    const d = Math.abs(c.start - pledge.trigger.start);
    if (!best || d < best.d) best = { cue: c, d };
  }
  return best?.cue ?? null;
}

/** `s` cut to about `max` characters at a word boundary, with an ellipsis. */
export function shorten(s, max = 90) {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:]+$/, '')}…`;
}

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'];

/**
 * A TIMEX3 duration in words: "P30D" → "30 days", "P1Y6M" → "1 year 6
 * months", "PT2H" → "2 hours"; null for values with unknown parts ("PXW").
 */
export function formatDuration(value) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value ?? '');
  if (!m || value === 'P' || value === 'PT') return null;
  const parts = UNITS.map((unit, i) => m[i + 1] && `${+m[i + 1]} ${unit}${+m[i + 1] === 1 ? '' : 's'}`).filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** A "YYYY-MM-DD" day as a UTC Date, or null. */
function utcDay(day) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

/** Formatters by locale and options: building one costs about a millisecond, using one microseconds. */
const formats = new Map();

function dateFormat(locale, options) {
  const key = `${locale || 'en'} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale || 'en', { timeZone: 'UTC', ...options });
    } catch {
      format = new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...options });
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A "YYYY-MM-DD" day as a reader reads it in `locale`
 * ("18 March 2025" / "March 18, 2025"), never shifted by time zone.
 */
export function formatDay(day, locale, month = 'long') {
  const date = utcDay(day);
  return date ? dateFormat(locale, { day: 'numeric', month, year: 'numeric' }).format(date) : day ?? '';
}

/**
 * Two days as a range in `locale`, shared parts once ("18 Mar – 16 Apr
 * 2025"); `approximate` ranges to the month ("Jan – Mar 2025").
 */
export function formatRange(earliest, latest, locale, approximate = false) {
  const a = utcDay(earliest);
  const b = utcDay(latest);
  if (!a || !b) return a ? `from ${formatDay(earliest, locale, 'short')}` : b ? `until ${formatDay(latest, locale, 'short')}` : '';
  const f = dateFormat(locale, approximate ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' });
  return b <= a ? f.format(a) : f.formatRange(a, b);
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
 * The timeline as a reader reads it. Entries the analysis placed in time
 * become rows, in order of their first day: `past` (before publication),
 * `published` (on the publication day or around it), `ahead` (after it, or
 * a span that runs past it, such as a pledge's "for 30 days"); without a
 * publication date, all of them are `dated`. Entries with the same days, the
 * same shape (point or span) and the same commitment share a row. The rest
 * (lengths not placed, recurrences, unresolved dates) is `unplaced`, in text
 * order. A row is `{ span, earliest, latest, approximate, items: [{ entry,
 * timex }], pledges: [index] }`.
 */
export function timelineRows(analysis, groups = pledgeGroups(analysis)) {
  const groupOf = new Map();
  groups.forEach((g, k) => g.reports.forEach((i) => groupOf.set(i, k)));
  const pub = analysis.publishedAt;
  const out = { past: [], published: [], ahead: [], dated: [], unplaced: [] };
  const rows = new Map();
  for (const entry of analysis.timeline) {
    const timex = analysis.timexes[entry.timex];
    if (!timex) continue;
    const item = { entry, timex };
    if (!entry.earliest || !entry.latest || entry.kind === 'length' || entry.kind === 'recurrence') {
      out.unplaced.push(item);
      continue;
    }
    const span = entry.kind === 'span';
    const group = entry.pledge != null ? groupOf.get(entry.pledge) ?? null : null;
    const where = !pub || entry.relation === 'unknown' ? 'dated'
      : entry.relation === 'future' || (span && entry.latest > pub && entry.earliest >= pub) ? 'ahead'
        : entry.relation === 'past' ? 'past' : 'published';
    const key = `${where}|${span}|${entry.earliest}|${entry.latest}|${group}`;
    let row = rows.get(key);
    if (!row) {
      row = { span, earliest: entry.earliest, latest: entry.latest, approximate: entry.approximate, items: [], group };
      rows.set(key, row);
      out[where].push(row);
    }
    row.approximate &&= entry.approximate;
    row.items.push(item);
  }
  const order = (a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest) || a.items[0].timex.start - b.items[0].timex.start;
  for (const key of ['past', 'published', 'ahead', 'dated']) out[key].sort(order);
  out.unplaced.sort((a, b) => a.timex.start - b.timex.start);
  return out;
}

/**
 * When a row happens, as text: the analysis's own label when it names the
 * time ("late Jun 2025", "2019"), else the days ("18 Mar – 16 Apr 2025"),
 * "around" when approximate.
 */
export function rowWhen(row, locale) {
  const { entry, timex } = row.items[0];
  if (!row.span && entry.label && entry.label !== timex.text) return entry.label;
  const days = formatRange(row.earliest, row.latest, locale, row.approximate && row.earliest !== row.latest);
  return row.approximate && row.earliest !== row.latest ? `around ${days}` : days;
}

/**
 * The words around `[start, end)` inside `[from, to)` of `text`: a few words
 * either side, with ellipses where cut. Returns `[before, match, after]`.
 */
export function around(text, start, end, from, to, words = 6) {
  const before = text.slice(from, start).trimStart().replace(/\s+/g, ' ');
  const after = text.slice(end, to).trimEnd().replace(/\s+/g, ' ');
  // `before` is its words each with the space after it, `after` its words
  // each with the space before it: keep the last and the first few.
  const head = (before.match(/\S+\s*/g) ?? []).slice(-words).join('');
  const tail = (after.match(/\s*\S+/g) ?? []).slice(0, words).join('');
  return [head.length < before.length ? `…${head}` : head, text.slice(start, end), tail.length < after.length ? `${tail}…` : tail];
}
