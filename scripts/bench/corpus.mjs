// The benchmark's text: real news from the repository (the seed article in
// tests/corpus/, the MEANTIME Wikinews articles in benches/data/), repeated
// to size, and pathological inputs for the scaling test.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** A usable ISO publication date, or undefined (a few MEANTIME dates are missing or not ISO). */
const isoDate = (v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? v : undefined);

/** The articles: `{ name, text, publishedAt }`, the seed article first. */
export function articles() {
  const seedMeta = { publishedAt: '2025-03-18' };
  const list = [{ name: 'seed-article', text: read('tests/corpus/seed-article.txt'), ...seedMeta }];
  for (const line of read('benches/data/meantime-en.jsonl').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    list.push({ name: a.doc, text: a.fullText, publishedAt: isoDate(a.publishedAt) });
  }
  return list;
}

export const bytesOf = (s) => Buffer.byteLength(s, 'utf8');

/** The articles repeated until they hold at least `bytes` bytes of UTF-8. */
export function repeatTo(list, bytes) {
  const out = [];
  let total = 0;
  while (total < bytes) {
    for (const a of list) {
      out.push(a);
      total += bytesOf(a.text);
    }
  }
  return { articles: out, bytes: total };
}

/** One string of exactly `bytes` bytes (ASCII-safe cut) made of the articles joined by blank lines. */
export function oneText(list, bytes) {
  const joined = list.map((a) => a.text).join('\n\n');
  let s = joined;
  while (bytesOf(s) < bytes) s += '\n\n' + joined;
  return cutTo(s, bytes);
}

/** The longest prefix of `s` with at most `bytes` UTF-8 bytes, not splitting a surrogate pair. */
export function cutTo(s, bytes) {
  const buf = Buffer.from(s, 'utf8').subarray(0, bytes);
  let t = buf.toString('utf8');
  // A cut inside a multi-byte character leaves U+FFFD at the end: drop it.
  if (t.endsWith('\uFFFD') && !s.startsWith(t)) t = t.slice(0, -1);
  return t;
}

/**
 * Inputs that have broken tokenizers and sentence splitters elsewhere, each
 * a function of a size in bytes.
 */
export const pathological = {
  // One sentence: news words with no punctuation and no line break.
  'one sentence, no punctuation': (n, words) => {
    let s = '';
    while (s.length < n) s += words + ' ';
    return s.slice(0, n);
  },
  // Nothing but line breaks (100,000 of them at 100 KB).
  'newlines only': (n) => '\n'.repeat(n),
  // One word of n letters (10,000 characters at 10 KB).
  'one long word': (n) => 'a'.repeat(n),
  // A pledge, a hedge cue and a date in every sentence: an analyzer that
  // pairs each pledge with every cue or timex goes quadratic here.
  'a pledge, a cue and a date in every sentence': (n) => {
    const unit = 'Putin reportedly agreed to pause attacks for 30 days on March 18. ';
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  },
  // Quotation marks that never close, and abbreviations everywhere.
  'open quotes and abbreviations': (n) => {
    const unit = '\u201CMr. U.S. Gen. Smith said it may, "reportedly" ';
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  },
};

/** Lowercase news words with the punctuation taken out, for the no-punctuation sentence. */
export function plainWords(list) {
  return list
    .slice(0, 20)
    .map((a) => a.text)
    .join(' ')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}
