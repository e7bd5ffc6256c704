// Hedge detection, sentence level (CoNLL-2010 Task 1): is a sentence
// uncertain? Runs Hedgeline, retext-intensify and write-good on the
// annotated sentences of tests/eval/hedges/ and prints precision, recall and
// F1 of the uncertain class per set and per split, the share of sentences
// each tool flags against the gold share, and per-class figures.
//
// Markup of the data files: see tests/eval/hedges/news.txt.
import { readFileSync } from 'node:fs';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import writeGood from 'write-good';
import { counts, prf, printTable, tally } from './metrics.mjs';

const dir = new URL('../../tests/eval/hedges/', import.meta.url);
const SETS = ['news', 'encyclopedia', 'science', 'pairs'];
const CLASSES = ['modal', 'evidential', 'adverb', 'adjective', 'speculation', 'weasel', 'question'];

/** Parses one annotated file into sentences { text, cues: [{ words, cls, quoted }], group, split, held }. */
export function parse(data) {
  const out = [];
  let group = '';
  let split = 'dev';
  for (const raw of data.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      const [key, ...rest] = line.slice(1).split(' ');
      if (key === 'split') split = rest.join(' ').trim();
      else group = rest.join(' ').trim();
      continue;
    }
    const cues = [];
    const text = line.replace(/\[\[([^|\]]+)\|([a-z]+)(?:\|(quoted))?\]\]/g, (_, words, cls, q) => {
      cues.push({ words, cls, quoted: Boolean(q) });
      return words;
    });
    out.push({ text, cues, group, split, held: split !== 'dev', uncertain: cues.some((c) => c.cls !== 'booster') });
  }
  return out;
}

const intensify = retext().use(retextEnglish).use(retextIntensify);

/** The systems compared: each returns { uncertain, classes } for one sentence. */
function systems(analyze) {
  return {
    hedgeline(text) {
      const a = analyze(text);
      return {
        uncertain: a.sentences.some((s) => s.uncertain),
        classes: new Set(a.hedging.cues.map((c) => c.kind)),
      };
    },
    'retext-intensify'(text) {
      const messages = intensify.processSync(text).messages;
      return { uncertain: messages.length > 0 };
    },
    'retext-intensify (hedge+weasel)'(text) {
      const messages = intensify.processSync(text).messages.filter((m) => m.ruleId !== 'filler');
      return { uncertain: messages.length > 0 };
    },
    'write-good'(text) {
      return { uncertain: writeGood(text).length > 0 };
    },
    'write-good (weasel)'(text) {
      const only = { passive: false, illusion: false, so: false, thereIs: false, adverb: false, tooWordy: false, cliches: false, eprime: false, weasel: true };
      return { uncertain: writeGood(text, only).length > 0 };
    },
  };
}

function row(set, split, system, gold, results) {
  const c = counts();
  gold.forEach((g, i) => tally(c, g.uncertain, results[i].uncertain));
  const { precision, recall, f1 } = prf(c);
  const flagged = results.filter((r) => r.uncertain).length / (gold.length || 1);
  const truth = gold.filter((g) => g.uncertain).length / (gold.length || 1);
  return { set, split, system, n: gold.length, P: precision, R: recall, F1: f1, flagged, gold: truth };
}

export async function evaluate({ analyze }) {
  const runs = systems(analyze);
  const rows = [];
  const classRows = [];
  for (const set of SETS) {
    const all = parse(readFileSync(new URL(`${set}.txt`, dir), 'utf8'));
    const names = [...new Set(all.map((g) => g.split))];
    const splits = set === 'pairs' ? [['all', all]] : [...names.map((n) => [n, all.filter((g) => g.split === n)]), ['all', all]];
    for (const [split, gold] of splits) {
      for (const [name, run] of Object.entries(runs)) {
        rows.push(row(set, split, name, gold, gold.map((g) => run(g.text))));
      }
    }
    // Per class, Hedgeline only: recall over sentences whose gold has a cue
    // of the class; precision over sentences where Hedgeline found one.
    const results = all.map((g) => runs.hedgeline(g.text));
    for (const cls of CLASSES) {
      const goldHas = all.map((g) => g.cues.some((c) => c.cls === cls));
      const found = results.map((r) => r.classes.has(cls));
      const nGold = goldHas.filter(Boolean).length;
      const nFound = found.filter(Boolean).length;
      if (!nGold && !nFound) continue;
      const recalled = goldHas.filter((has, i) => has && results[i].uncertain).length;
      const right = found.filter((has, i) => has && all[i].uncertain).length;
      classRows.push({
        set,
        class: cls,
        gold: nGold,
        'R (sentence found)': nGold ? recalled / nGold : 0,
        found: nFound,
        'P (sentence uncertain)': nFound ? right / nFound : 0,
      });
    }
  }
  printTable('Sentence-level uncertainty (CoNLL-2010): precision, recall, F1; share of sentences flagged vs gold', rows);
  printTable('Hedgeline per cue class', classRows);
  return rows;
}
