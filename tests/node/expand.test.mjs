// The JavaScript half of the result's compact encoding (src/wasm/expand.js):
// the object builders for the shapes of today give what the general path
// gives, field for field and in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { analyze } from '../../pkg/node.js';

const snippets = new URL('../../pkg/snippets/', import.meta.url);
const dir = readdirSync(snippets).find((d) => d.startsWith('hedgeline-wasm-'));
const { BUILDERS, general } = await import(new URL(`${dir}/expand.js`, snippets));

test('each builder gives what the general path gives', () => {
  assert.ok(Object.keys(BUILDERS).length > 5);
  for (const [signature, build] of Object.entries(BUILDERS)) {
    const names = signature.split(',');
    const values = () => {
      let k = 0;
      return () => `value ${k++}`;
    };
    const fast = build(values());
    const slow = general(names)(values());
    assert.deepEqual(Object.keys(fast), names, signature);
    assert.deepEqual(fast, slow, signature);
  }
});

test('every shape of a real result has a builder', () => {
  // A shape without one still comes out right, only slower: this test says
  // when a field added in Rust wants its builder here.
  const text = 'Putin reportedly agreed on March 18 to pause attacks for 30 days, officials said. ' +
    'For more than two years, prices rose every month. It may rain today.';
  const a = analyze(text, { publishedAt: '2025-03-18' });
  const signature = (o) => Object.keys(o).join(',');
  const hot = [
    ...a.sentences,
    ...a.hedging.cues,
    ...a.timexes,
    ...a.timeline,
    ...a.pledges.flatMap((p) => [p.trigger, p.agent, p.action, p.time].filter(Boolean)),
  ];
  assert.ok(a.timexes.some((t) => 'mod' in t) && a.timexes.some((t) => 'offset' in t));
  for (const o of hot) assert.ok(signature(o) in BUILDERS, signature(o));
});
