// The optimized module in pkg/ loaded in Node: results, UTF-16 offsets and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, version } from '../../pkg/node.js';

test('offsets are UTF-16 indices into the input', () => {
  const text = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u201CIt may rain,\u201D he said. \u5317\u4EAC reportedly agreed to pause attacks for 30 days.';
  const a = analyze(text, { publishedAt: '2025-03-18' });
  for (const c of a.hedging.cues) assert.equal(text.slice(c.start, c.end), c.text);
  for (const t of a.timexes) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(a.hedging.cues.map((c) => c.text), ['may', 'reportedly']);
  assert.equal(a.hedging.cues[0].quoted, true);
  assert.equal(a.sentences[0].start, 0);
  assert.equal(a.sentences.at(-1).end, text.length);
});

test('lone surrogates keep offsets aligned with the caller\u2019s string', () => {
  const text = 'A \uD800 lone surrogate; it may rain.';
  const a = analyze(text);
  const cue = a.hedging.cues[0];
  assert.equal(text.slice(cue.start, cue.end), 'may');
});

test('text that does not fit one byte per UTF-16 unit is copied whole', () => {
  // The glue copies the string with TextEncoder.encodeInto, one byte per
  // unit first, then the rest: the cut must not lose or shift a character.
  for (const text of [
    'aaa\uD800\u4E2D it may rain',
    'aa\uD83D\uDE00 may',
    '\u4E2D'.repeat(10) + ' it may',
    'x\uDC00\uD800y may',
    '\u00E9'.repeat(7) + ' may',
    '\uD83D\uDE00'.repeat(3) + 'may be',
  ]) {
    const a = analyze(text);
    assert.equal(a.sentences.at(-1).end, text.length, JSON.stringify(text));
    assert.deepEqual(a.hedging.cues.map((c) => text.slice(c.start, c.end)), ['may'], JSON.stringify(text));
  }
});

test('no options means unresolved relative dates', () => {
  const a = analyze('The call today ran for 30 days.');
  const today = a.timexes.find((t) => t.text === 'today');
  assert.equal(today.value, 'PRESENT_REF');
  assert.equal(today.resolved, false);
  assert.equal(a.publishedAt, null);
});

test('bad arguments throw an Error with a clear message', () => {
  const cases = [
    [[42], /hedgeline: text: expected a string, got number/],
    [['x', 'soon'], /hedgeline: options: expected an object, got string/],
    [['x', { publishAt: '2025-03-18' }], /hedgeline: options: unknown field "publishAt"/],
    [['x', { publishedAt: 20250318 }], /hedgeline: options.publishedAt: expected an ISO 8601 date string/],
    [['x', { publishedAt: '2025-02-30' }], /hedgeline: options.publishedAt: 2025-02-30 is not a day of the calendar/],
    [['x', { publishedAt: 'March 18' }], /hedgeline: options.publishedAt: expected an ISO 8601 date/],
  ];
  for (const [args, message] of cases) {
    assert.throws(() => analyze(...args), (e) => e instanceof Error && message.test(e.message), String(args));
  }
  // A rejected call leaves the module usable.
  assert.equal(analyze('It may rain.').hedging.cues.length, 1);
});

test('any string gives an analysis', () => {
  for (const text of ['', ' ', '\0', '\uFFFF', '<script>alert(1)</script>', 'may '.repeat(10000), '\n'.repeat(10000)]) {
    const a = analyze(text);
    assert.ok(Array.isArray(a.sentences));
    assert.equal(a.sentences.length === 0, text.length === 0);
  }
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});
