// The optimized module in pkg/, loaded in headless Chromium the way a page
// loads the npm package (`init()` then `analyze`), and checked against the
// same call in Node. A green build proves nothing until the module loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, root } from './browser.mjs';
import { analyze as analyzeInNode } from '../../pkg/node.js';

const seed = readFileSync(join(root, 'tests/corpus/seed-article.txt'), 'utf8');
let browser;
let page;
let log;

before(async () => {
  browser = await launch();
  log = await openPage(browser.context);
  page = log.page;
  await page.goto(`${browser.base}index.html`);
  await page.evaluate(async () => {
    const pkg = await import('/pkg/hedgeline.js');
    await pkg.default();
    window.pkg = pkg;
  });
});
after(() => browser?.close());

test('the wasm is served as application/wasm and loads without a warning', async () => {
  const wasm = log.requests.filter((url) => url.endsWith('/pkg/hedgeline_bg.wasm'));
  assert.equal(wasm.length, 1);
  const res = await page.request.get(wasm[0]);
  assert.equal(res.headers()['content-type'], 'application/wasm');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  assert.match(await page.evaluate(() => window.pkg.version()), /^\d+\.\d+\.\d+$/);
});

test('analyze in Chromium gives the seed article the same result as in Node', async () => {
  const inBrowser = await page.evaluate((text) => window.pkg.analyze(text, { publishedAt: '2025-03-18' }), seed);
  assert.deepEqual(inBrowser, analyzeInNode(seed, { publishedAt: '2025-03-18' }));
  const slice = (s) => seed.slice(s.start, s.end);
  assert.ok(inBrowser.hedging.cues.some((c) => slice(c) === 'suggests' && c.text === 'suggests'));
  assert.ok(inBrowser.timexes.some((t) => slice(t).endsWith('30 days') && t.value === 'P30D'));
  const pledge = inBrowser.pledges.find((p) => p.action.text.startsWith('pause assaults on energy infrastructure'));
  assert.ok(pledge, 'the pledge to pause assaults');
  assert.equal(slice(pledge.action), pledge.action.text);
  assert.equal(inBrowser.publishedAt, '2025-03-18');
});

test('offsets are UTF-16 indices of the JavaScript string', async () => {
  const text = '\u{1F30D} Officials \u201Creportedly\u201D agreed; \u5317\u4EAC may respond today.';
  const out = await page.evaluate((t) => {
    const a = window.pkg.analyze(t, { publishedAt: '2025-03-18' });
    return [...a.hedging.cues, ...a.timexes].map((s) => [t.slice(s.start, s.end), s.text]);
  }, text);
  assert.ok(out.length >= 3, JSON.stringify(out));
  for (const [sliced, reported] of out) assert.equal(sliced, reported);
  assert.ok(out.some(([s]) => s === 'may'));
});

test('bad options throw an Error the page can catch, and the module stays usable', async () => {
  const out = await page.evaluate(() => {
    let caught = null;
    try {
      window.pkg.analyze('x', { publishAt: '2025-03-18' });
    } catch (e) {
      caught = { isError: e instanceof Error, message: e.message };
    }
    return { caught, after: window.pkg.analyze('It may rain.').hedging.cues.length };
  });
  assert.equal(out.caught.isError, true);
  assert.match(out.caught.message, /^hedgeline: options: unknown field "publishAt"/);
  assert.equal(out.after, 1);
  assert.deepEqual(log.errors, []);
});
