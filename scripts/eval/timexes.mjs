// Temporal tagging measured the TempEval-3 way, side by side with chrono-node.
//
// Parts: MEANTIME dev, our own annotated examples (tests/eval/timexes/*.ann.txt),
// and the MEANTIME held-out part (skipped when TIMEX_DEV_ONLY=1 is set, so that it
// is scored only at the end). TIMEX_ERRORS=1 lists our misses and false positives
// (never for the held-out part).
//
// Measures (UzZaman et al. 2013): strict span P/R/F1 (exact extent), relaxed span
// P/R/F1 (overlap, one-to-one), type and value accuracy over relaxed matches, value
// F1 (a match counts only with the right value), and false positives per 1,000 words,
// two ways: predictions that overlap no gold timex (the gold omits some real ones,
// "now", "currently", "annual"), and predictions that are no temporal expression at
// all, judged by reading (tests/eval/timexes/judged.tsv) over the whole text of the
// MEANTIME dev documents.
import { readFileSync, readdirSync } from 'node:fs';
import { printTable, readJsonl } from './metrics.mjs';

const dir = new URL('../../tests/eval/timexes/', import.meta.url);

/**
 * Reads an annotated file: blocks opened by `## name publishedAt|-`, text with
 * `[[extent|TYPE VALUE MOD?]]` marks; `#` lines are comments.
 */
export function readAnnotated(path) {
  const docs = [];
  let cur = null;
  const flush = () => {
    if (!cur) return;
    let text = '';
    const timexes = [];
    const body = cur.lines.join('\n').replace(/\n+$/, '');
    const re = /\[\[([^|\]]+)\|(\w+) (\S+)(?: (\w+))?\]\]/g;
    let at = 0;
    for (const m of body.matchAll(re)) {
      text += body.slice(at, m.index);
      const start = text.length;
      text += m[1];
      const t = { start, end: text.length, text: m[1], type: m[2], value: m[3] };
      if (m[4]) t.mod = m[4];
      timexes.push(t);
      at = m.index + m[0].length;
    }
    text += body.slice(at);
    docs.push({ doc: cur.name, publishedAt: cur.publishedAt, text, timexes });
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('## ')) {
      flush();
      const [name, published] = line.slice(3).trim().split(/\s+/);
      cur = { name, publishedAt: published === '-' ? null : published, lines: [] };
    } else if (line.startsWith('#') || !cur) {
      continue;
    } else {
      cur.lines.push(line);
    }
  }
  flush();
  return docs;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Words of a text: whitespace-separated runs with a letter or a digit. */
const countWords = (text) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Reads the judged expressions: a map from `doc\tstart\ttext` to `T` (a temporal
 * expression) or `N` (none).
 */
export function readJudged(path) {
  const judged = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [verdict, doc, start, text] = line.split('\t');
    judged.set(`${doc}\t${start}\t${text}`, verdict);
  }
  return judged;
}

/**
 * Non-temporal expressions per 1,000 words over whole documents: each prediction
 * that overlaps no gold timex of the annotated start is looked up in `judged`.
 * Returns the rate and the predictions not judged yet.
 */
export function nonTemporal(full, gold, judged, predict) {
  let words = 0;
  let bad = 0;
  const unjudged = [];
  for (const d of full) {
    const g = gold.get(d.doc);
    words += countWords(d.text);
    for (const t of predict({ ...d, timexes: g.timexes, annotated: g.text })) {
      if (t.end <= g.text.length && g.timexes.some((x) => overlaps(x, t))) continue;
      const verdict = judged.get(`${d.doc}\t${t.start}\t${t.text}`);
      if (verdict === 'N') bad++;
      else if (verdict !== 'T') unjudged.push(`${d.doc}\t${t.start}\t${t.text}`);
    }
  }
  return { rate: words ? (1000 * bad) / words : 0, bad, words, unjudged };
}

/** Scores predictions against gold over documents; returns the TempEval-3 measures. */
export function score(docs, predict, { errors = false, label = '' } = {}) {
  let gold = 0, pred = 0, strict = 0, relaxed = 0, type = 0, value = 0, fp = 0, words = 0;
  const log = [];
  for (const d of docs) {
    const p = predict(d);
    const g = d.timexes;
    gold += g.length;
    pred += p.length;
    words += countWords(d.text);
    const used = new Set();
    for (const t of p) {
      if (g.some((x) => x.start === t.start && x.end === t.end)) strict++;
      // One-to-one relaxed matching: the first unused overlapping gold timex,
      // preferring an exact extent.
      let k = g.findIndex((x, i) => !used.has(i) && x.start === t.start && x.end === t.end);
      if (k < 0) k = g.findIndex((x, i) => !used.has(i) && overlaps(x, t));
      if (k < 0) {
        if (!g.some((x) => overlaps(x, t))) fp++;
        if (errors) log.push(`  FP ${d.doc}: ${JSON.stringify(t.text)} ${t.type} ${t.value}`);
        continue;
      }
      used.add(k);
      relaxed++;
      const x = g[k];
      if (x.type === t.type) type++;
      if (x.value === t.value) value++;
      if (errors && (x.value !== t.value || x.type !== t.type || x.start !== t.start || x.end !== t.end)) {
        log.push(`  ~~ ${d.doc}: gold ${JSON.stringify(x.text)} ${x.type} ${x.value} / got ${JSON.stringify(t.text)} ${t.type} ${t.value}`);
      }
    }
    if (errors) {
      g.forEach((x, i) => {
        if (!used.has(i)) log.push(`  FN ${d.doc}: ${JSON.stringify(x.text)} ${x.type} ${x.value}`);
      });
    }
  }
  if (errors && log.length) console.log(`\n${label} errors:\n${log.join('\n')}`);
  const f1 = (tp) => {
    const P = pred ? tp / pred : 0;
    const R = gold ? tp / gold : 0;
    return P + R ? (2 * P * R) / (P + R) : 0;
  };
  return {
    gold,
    pred,
    strictP: pred ? strict / pred : 0,
    strictR: gold ? strict / gold : 0,
    strictF1: f1(strict),
    relaxedP: pred ? relaxed / pred : 0,
    relaxedR: gold ? relaxed / gold : 0,
    relaxedF1: f1(relaxed),
    typeAcc: relaxed ? type / relaxed : 0,
    valueAcc: relaxed ? value / relaxed : 0,
    valueF1: f1(value),
    fpPer1kWords: words ? (1000 * fp) / words : 0,
  };
}

/**
 * The document creation time given to both taggers, as TempEval gives it: the
 * `publishedAt` of the document when it is an ISO date, else the value of the
 * gold timex that marks the creation time (MEANTIME's date line), else none;
 * a day-first date ("03-02-2009", one MEANTIME document) is read as such.
 */
export function creationTime(d) {
  if (d.annotated !== undefined) d = { ...d, text: d.annotated };
  // MEANTIME writes one creation time day first ("03-02-2009" for February 3).
  const iso = (v) =>
    typeof v !== 'string' ? null
    : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v
    : /^\d{2}-\d{2}-\d{4}$/.test(v) ? `${v.slice(6)}-${v.slice(3, 5)}-${v.slice(0, 2)}`
    : null;
  return iso(d.publishedAt) ?? iso(d.timexes.find((t) => t.function === 'CREATION_TIME')?.value) ?? null;
}

/** Our tagger through the built package. */
export const ours = (analyze) => (d) =>
  analyze(d.text, creationTime(d) ? { publishedAt: creationTime(d) } : {}).timexes.map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
  }));

/**
 * chrono-node (casual English), mapped to TIMEX3 as fairly as we can: a leading
 * preposition chrono includes ("on Friday", "at 10:30") is dropped from the extent,
 * since TIMEX3 extents exclude it; the value has the precision of the components
 * chrono is certain of (hour: TIME `YYYY-MM-DDTHH:MM`; day or weekday: `YYYY-MM-DD`;
 * month: `YYYY-MM`; year: `YYYY`), read in UTC against the publication date at
 * noon UTC. chrono has no durations or sets; its ranges stay one extent.
 */
export function chronoTagger(chrono) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return (d) => {
    // Without a publication date, a fixed reference (not the clock) for both.
    const instant = new Date(`${creationTime(d) ?? '2000-01-01'}T12:00:00Z`);
    return chrono.casual.parse(d.text, { instant, timezone: 0 }).map((r) => {
      let start = r.index;
      let text = r.text;
      const lead = /^(on|at|in|by|from|since|until|till|during|before|after|of|for)\s+/i.exec(text);
      if (lead && lead[0].length < text.length) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      const c = r.start;
      const date = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
      let type = 'DATE';
      let value;
      if (c.isCertain('hour')) {
        type = 'TIME';
        value = `${date}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
      } else if (c.isCertain('day') || c.isCertain('weekday')) {
        value = date;
      } else if (c.isCertain('month')) {
        value = date.slice(0, 7);
      } else if (c.isCertain('year')) {
        value = pad(c.get('year'), 4);
      } else {
        value = date;
      }
      return { start, end: start + text.length, text, type, value };
    });
  };
}

export async function evaluate({ analyze }) {
  const chrono = await import('chrono-node');
  const errors = process.env.TIMEX_ERRORS === '1';
  const devOnly = process.env.TIMEX_DEV_ONLY === '1';
  const own = readdirSync(dir)
    .filter((f) => f.endsWith('.ann.txt'))
    .sort()
    .map((f) => [f.replace('.ann.txt', ''), readAnnotated(new URL(f, dir))]);
  const parts = [
    ['MEANTIME dev', await readJsonl(new URL('meantime-dev.jsonl', dir))],
    ...own,
  ];
  if (!devOnly) parts.push(['MEANTIME held-out', await readJsonl(new URL('meantime-heldout.jsonl', dir))]);
  const taggers = [
    ['hedgeline', ours(analyze)],
    ['chrono-node', chronoTagger(chrono)],
  ];
  const rows = [];
  for (const [part, docs] of parts) {
    for (const [name, tag] of taggers) {
      // The held-out part's errors are never listed: it is scored, not studied.
      const list = errors && name === 'hedgeline' && !part.includes('held-out');
      const s = score(docs, tag, { errors: list, label: part });
      rows.push({
        part,
        tagger: name,
        gold: s.gold,
        pred: s.pred,
        strictF1: s.strictF1,
        relaxedP: s.relaxedP,
        relaxedR: s.relaxedR,
        relaxedF1: s.relaxedF1,
        typeAcc: s.typeAcc,
        valueAcc: s.valueAcc,
        valueF1: s.valueF1,
        'FP/1k vs gold': s.fpPer1kWords,
      });
    }
  }
  printTable('Temporal expressions (TempEval-3 measures; bar: strict F1 >= 0.85, relaxed >= 0.92, value F1 >= 0.82)', rows);

  // False positives as non-temporal expressions, over the whole dev documents.
  const gold = new Map(parts[0][1].map((d) => [d.doc, d]));
  const full = await readJsonl(new URL('meantime-dev-full.jsonl', dir));
  const judged = readJudged(new URL('judged.tsv', dir));
  const fp = taggers.map(([name, tag]) => [name, nonTemporal(full, gold, judged, tag)]);
  printTable(
    'False positives per 1,000 words of the whole MEANTIME dev documents that are no temporal expression (judged.tsv; bar: 5x fewer than chrono-node)',
    fp.map(([name, r]) => ({ tagger: name, words: r.words, 'non-temporal': r.bad, 'per 1k words': r.rate, unjudged: r.unjudged.length })),
  );
  for (const [name, r] of fp) {
    if (r.unjudged.length) console.log(`\n${name}: not judged yet (add to judged.tsv):\n  ${r.unjudged.join('\n  ')}`);
  }
}
