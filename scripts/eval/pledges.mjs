// Pledge evaluation: fact-level precision, recall and F1, and per-slot
// accuracy, on the annotated data of tests/eval/pledges/ (format and
// guidelines in its README.md). The held-out part is scored only with
// PLEDGES_HELDOUT=1. The blind part (blind.txt, written and annotated without
// sight of the rules) is scored always, and on its own row, as is the fresh
// part (fresh.txt, held-out prose checked before fixes made from blind.txt).
import { readFileSync } from 'node:fs';
import { prf, printTable, readJsonl } from './metrics.mjs';

const dir = new URL('../../tests/eval/pledges/', import.meta.url);
const BAR = new Set(['pledge', 'agreement', 'offer', 'threat', 'refusal']);
const FAMILY = { pledge: 'commit', agreement: 'commit', offer: 'commit', threat: 'threat', intent: 'intent', refusal: 'refusal' };

/** Parses an annotation file into documents (or groups of pairs) with sentences and facts. */
export function parseAnnotations(text, name) {
  const blocks = [];
  let block = null;
  let sentence = null;
  for (const [n, raw] of text.split('\n').entries()) {
    const line = raw.trimEnd();
    if (line.startsWith('# doc: ')) {
      block = { doc: line.slice(7).trim(), sentences: [] };
      blocks.push(block);
      sentence = null;
    } else if (line.startsWith('## ')) {
      block = { group: line.slice(3).trim(), sentences: [] };
      blocks.push(block);
      sentence = null;
    } else if (line.startsWith('#') || line.trim() === '') {
      continue;
    } else if (line.startsWith('> ')) {
      if (!block) throw new Error(`${name}:${n + 1}: sentence before a doc or group`);
      sentence = { text: line.slice(2), facts: [], line: n + 1 };
      block.sentences.push(sentence);
    } else {
      if (!sentence) throw new Error(`${name}:${n + 1}: fact before a sentence`);
      const [head, ...fields] = line.split(' | ');
      const sp = head.indexOf(' ');
      const kind = head.slice(0, sp);
      let trigger = head.slice(sp + 1);
      let occurrence = 1;
      const at = trigger.lastIndexOf('@');
      if (at > 0) {
        occurrence = Number(trigger.slice(at + 1));
        trigger = trigger.slice(0, at);
      }
      if (!(kind in FAMILY)) throw new Error(`${name}:${n + 1}: unknown kind ${kind}`);
      const fact = { kind, trigger, occurrence, neg: false, hedged: false };
      for (const f of fields) {
        const eq = f.indexOf('=');
        if (eq < 0) fact[f] = true;
        else fact[f.slice(0, eq)] = f.slice(eq + 1);
      }
      sentence.facts.push(fact);
    }
  }
  return blocks;
}

/** Index of the n-th occurrence of a word in `text` (whole word), or -1. */
function nthWord(text, word, n) {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return -1;
    const before = i === 0 ? ' ' : text[i - 1];
    const after = text[i + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
      if (--n === 0) return i;
    }
    from = i + 1;
  }
}

const overlaps = (a, b) => a && b && a.start < b.end && b.start < a.end;
const norm = (s) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');

/** The span of `words` in `text` nearest to `near`, or null. */
function locate(text, words, lo, hi, near) {
  if (!words) return null;
  let best = null;
  for (let i = text.indexOf(words, lo); i >= 0 && i < hi; i = text.indexOf(words, i + 1)) {
    if (!best || Math.abs(i - near) < Math.abs(best.start - near)) best = { start: i, end: i + words.length };
  }
  return best;
}

/** Scores one predicted fact against a gold one: an object of slot → boolean. */
function slots(gold, pred, text, sentence) {
  const near = gold.triggerSpan.start;
  const span = (w) => locate(text, w, sentence.start, sentence.end, near);
  const spanSlot = (g, p) => (!g && !p) || (g && p && (overlaps(span(g), p) || norm(g) === norm(p.text)));
  const agent = (() => {
    const g = gold.agent;
    const p = pred.agent;
    if (!g && !p) return true;
    if (!g || !p) return false;
    const gRef = norm(gold.canon ?? g);
    const pRef = norm(p.canonical ?? p.text);
    if (gRef === pRef) return true;
    const both = gold.canon && p.canonical;
    return overlaps(span(g), p) && !(both && norm(gold.canon) !== norm(p.canonical));
  })();
  const time = (() => {
    const g = gold.time;
    const p = pred.time;
    if (!g && !p) return true;
    if (!g || !p) return false;
    if ((/^(P|T|\d|X)/.test(g) || /^[A-Z]+_REF$/.test(g)) && !/\s/.test(g)) return p.canonical === g || (p.canonical ?? '').startsWith(g);
    return overlaps(span(g), p);
  })();
  return {
    kind: gold.kind === pred.kind,
    agent,
    addressee: spanSlot(gold.to, pred.addressee),
    action: overlaps(span(gold.action), pred.action) || norm(gold.action) === norm(pred.action.text),
    time,
    condition: spanSlot(gold.cond, pred.condition),
    negated: gold.neg === pred.negated,
    hedged: gold.hedged === pred.hedged,
    firmness: (gold.firm ?? null) === (pred.firmness?.canonical ?? null),
  };
}

/** Matches gold and predicted facts of one text; returns the pairs and the leftovers. */
function match(text, golds, preds) {
  const used = new Set();
  const pairs = [];
  const missed = [];
  for (const g of golds) {
    const k = preds.findIndex(
      (p, i) => !used.has(i) && FAMILY[p.kind] === FAMILY[g.kind] && overlaps(p.trigger, g.triggerSpan),
    );
    if (k < 0) missed.push(g);
    else {
      used.add(k);
      pairs.push([g, preds[k]]);
    }
  }
  const extra = preds.filter((_, i) => !used.has(i));
  return { pairs, missed, extra };
}

/** Evaluates one part: returns counters and the list of errors. */
function evaluatePart(blocks, articles, analyze) {
  const result = { bar: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 }, slots: {}, slotsN: 0, errors: [] };
  const tally = (counter, kindOk, n) => {
    if (kindOk) counter[n]++;
  };
  const units = [];
  for (const b of blocks) {
    if (b.doc) {
      const art = articles.get(b.doc);
      if (!art) throw new Error(`unknown doc ${b.doc}`);
      units.push({ name: b.doc, text: art.fullText, publishedAt: art.publishedAt, sentences: b.sentences });
    } else {
      for (const s of b.sentences) units.push({ name: `${b.group}:${s.line}`, text: s.text, sentences: [s] });
    }
  }
  for (const u of units) {
    const a = analyze(u.text, u.publishedAt ? { publishedAt: u.publishedAt } : undefined);
    const golds = [];
    for (const s of u.sentences) {
      const at = u.text.indexOf(s.text);
      if (at < 0) throw new Error(`${u.name}: fragment not found: ${s.text}`);
      for (const f of s.facts) {
        const i = nthWord(s.text, f.trigger, f.occurrence);
        if (i < 0) throw new Error(`${u.name}: trigger ${f.trigger} not in: ${s.text}`);
        golds.push({ ...f, triggerSpan: { start: at + i, end: at + i + f.trigger.length }, fragment: s.text });
      }
    }
    const { pairs, missed, extra } = match(u.text, golds, a.pledges);
    for (const [g, p] of pairs) {
      tally(result.all, true, 'tp');
      tally(result.bar, BAR.has(g.kind), 'tp');
      const sent = a.sentences[p.sentence];
      const sc = slots(g, p, u.text, sent);
      result.slotsN++;
      for (const [k, ok] of Object.entries(sc)) {
        result.slots[k] = (result.slots[k] ?? 0) + (ok ? 1 : 0);
        if (!ok) result.errors.push(`${u.name}: slot ${k}: gold ${JSON.stringify(slotText(g, k))} got ${JSON.stringify(predText(p, k))} | ${g.fragment}`);
      }
    }
    for (const g of missed) {
      tally(result.all, true, 'fn');
      tally(result.bar, BAR.has(g.kind), 'fn');
      result.errors.push(`${u.name}: missed ${g.kind} "${g.trigger}" | ${g.fragment}`);
    }
    for (const p of extra) {
      tally(result.all, true, 'fp');
      tally(result.bar, BAR.has(p.kind), 'fp');
      const sent = a.sentences[p.sentence];
      result.errors.push(`${u.name}: extra ${p.kind} "${p.trigger.text}" action "${p.action.text}" | ${u.text.slice(sent.start, sent.end).trim().slice(0, 160)}`);
    }
  }
  return result;
}

function slotText(g, k) {
  return { kind: g.kind, agent: g.canon ? `${g.agent} (${g.canon})` : g.agent, addressee: g.to, action: g.action, time: g.time, condition: g.cond, negated: g.neg, hedged: g.hedged, firmness: g.firm }[k] ?? null;
}

function predText(p, k) {
  const arg = (x) => (x ? (x.canonical ? `${x.text} (${x.canonical})` : x.text) : null);
  return { kind: p.kind, agent: arg(p.agent), addressee: arg(p.addressee), action: p.action.text, time: arg(p.time), condition: arg(p.condition), negated: p.negated, hedged: p.hedged, firmness: p.firmness?.canonical ?? null }[k];
}

/** A naive baseline: a trigger verb followed by "to" or "that", agent the word before. */
function baseline(text) {
  const re = /\b(\w+)\s+(promised|pledged|vowed|agreed|offered|threatened|refused|declined|plans|intends|committed)\s+(to|that)\b/gi;
  const kinds = { promised: 'pledge', pledged: 'pledge', vowed: 'pledge', committed: 'pledge', agreed: 'agreement', offered: 'offer', threatened: 'threat', refused: 'refusal', declined: 'refusal', plans: 'intent', intends: 'intent' };
  const pledges = [];
  for (const m of text.matchAll(re)) {
    const start = m.index + m[0].indexOf(m[2], m[1].length);
    pledges.push({
      kind: kinds[m[2].toLowerCase()],
      trigger: { start, end: start + m[2].length, text: m[2] },
      agent: { start: m.index, end: m.index + m[1].length, text: m[1] },
      action: { start: start + m[2].length + 1, end: start + m[2].length + 40, text: '' },
      negated: /^(refused|declined)$/i.test(m[2]),
      hedged: false,
      sentence: 0,
    });
  }
  return { pledges, sentences: [{ start: 0, end: text.length }] };
}

function report(title, r) {
  const bar = prf(r.bar);
  const all = prf(r.all);
  return {
    part: title,
    'P (bar)': bar.precision,
    'R (bar)': bar.recall,
    'F1 (bar)': bar.f1,
    'tp/fp/fn (bar)': `${bar.tp}/${bar.fp}/${bar.fn}`,
    'P (all)': all.precision,
    'R (all)': all.recall,
    'F1 (all)': all.f1,
  };
}

function slotRow(title, r) {
  const row = { part: title, facts: r.slotsN };
  for (const k of ['kind', 'agent', 'addressee', 'action', 'time', 'condition', 'negated', 'hedged', 'firmness']) {
    row[k] = r.slotsN ? (r.slots[k] ?? 0) / r.slotsN : 0;
  }
  return row;
}

export async function evaluate({ analyze }) {
  const articles = new Map((await readJsonl(new URL('articles.jsonl', dir))).map((a) => [a.doc, a]));
  articles.set('seed-article', {
    doc: 'seed-article',
    publishedAt: '2025-03-18',
    fullText: readFileSync(new URL('../../corpus/seed-article.txt', dir), 'utf8'),
  });
  const parts = [
    ['pairs', 'pairs.txt'],
    ['dev', 'dev.txt'],
    ['blind', 'blind.txt'],
    ['fresh', 'fresh.txt'],
  ];
  if (process.env.PLEDGES_HELDOUT === '1') parts.push(['held-out', 'heldout.txt']);
  const rows = [];
  const slotRows = [];
  for (const [title, file] of parts) {
    const blocks = parseAnnotations(readFileSync(new URL(file, dir), 'utf8'), file);
    const r = evaluatePart(blocks, articles, analyze);
    const b = evaluatePart(blocks, articles, baseline);
    rows.push(report(title, r));
    rows.push(report(`${title}, baseline`, b));
    slotRows.push(slotRow(title, r));
    if (process.env.PLEDGES_VERBOSE === '1') {
      console.log(`\n${title}: errors`);
      for (const e of r.errors) console.log('  ' + e);
    }
  }
  printTable('Facts (bar: pledge, agreement, offer, threat, refusal; baseline: trigger verb + to/that)', rows);
  printTable('Slots, on the matched facts (share right)', slotRows);
  if (process.env.PLEDGES_HELDOUT !== '1') console.log('\n  (held-out part not scored: PLEDGES_HELDOUT=1; errors listed with PLEDGES_VERBOSE=1)');
}
