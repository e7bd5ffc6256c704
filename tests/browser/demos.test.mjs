// The demos in headless Chromium: the sample news page with the widget
// embedded by its one script tag, a page with awkward markup, and the
// playground. One browser for the whole file; screenshots go to
// tests/artifacts/ (look at them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, launch, openPage, root } from './browser.mjs';

const SAMPLE = 'news/trump-putin-call.html';
const seedLines = readFileSync(join(root, 'tests/corpus/seed-article.txt'), 'utf8').split('\n');
/** The article body of the sample page: the seed's lede and its body paragraphs. */
const SAMPLE_TEXT = [seedLines[0], ...seedLines.slice(5)].filter((l) => l.trim()).join('\n\n');

let browser;
let sample; // the sample page at desktop width, loaded once

/**
 * Runs in the page before any of its scripts: keeps the DOM as parsed
 * (before the widget could touch it) and the `hedgeline:ready` detail.
 */
function instrument() {
  document.addEventListener('DOMContentLoaded', () => {
    const article = document.querySelector('[itemprop~="articleBody"]') ?? document.querySelector('article');
    window.__before = { body: document.body.innerHTML, text: document.body.textContent, article: article?.outerHTML };
  }, { once: true });
  window.__ready = new Promise((resolve) => {
    document.addEventListener('hedgeline:ready', (e) => {
      const { analysis, text, articleFoundBy, publishedAt, publishedAtSource } = e.detail;
      resolve({ analysis, text, articleFoundBy, publishedAt, publishedAtSource });
    }, { once: true });
  });
}

/** Opens `path` at `width` and waits for the widget; returns the page log and the ready detail. */
async function openWidgetPage(path, width, height = 900) {
  const log = await openPage(browser.context);
  await log.page.setViewportSize({ width, height });
  await log.page.addInitScript(instrument);
  await log.page.goto(browser.base + path);
  const detail = await log.page.evaluate(() => window.__ready);
  // The panel renders in the same task as the event; let it paint.
  await log.page.waitForTimeout(100);
  return { ...log, detail };
}

/** For each highlight name: the text of each of its ranges. */
function highlightTexts(page) {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])));
}

before(async () => {
  browser = await launch();
  sample = await openWidgetPage(SAMPLE, 1280);
});
after(() => browser?.close());

test('the widget finds the article text and its publication date', () => {
  const { detail } = sample;
  assert.equal(detail.text, SAMPLE_TEXT);
  assert.equal(detail.articleFoundBy, 'itemprop=articleBody');
  assert.equal(detail.publishedAt, '2025-03-18');
  assert.equal(detail.publishedAtSource, 'JSON-LD datePublished');
  assert.equal(detail.analysis.publishedAt, '2025-03-18');
});

test('highlights are registered and land on the cue text', async () => {
  const { analysis, text } = sample.detail;
  const painted = await highlightTexts(sample.page);
  assert.ok(painted['hedgeline-hedge'].includes('suggests'));
  assert.deepEqual(painted['hedgeline-hedge'], analysis.hedging.cues.map((c) => c.text));
  assert.deepEqual(painted['hedgeline-timex'], analysis.timexes.map((t) => t.text));
  assert.deepEqual(painted['hedgeline-pledge'], analysis.pledges.map((p) => text.slice(p.start, p.end)));
  assert.equal('hedgeline-booster' in painted, analysis.hedging.boosters.length > 0);
  // The ranges point into the article's own text nodes.
  const inArticle = await sample.page.evaluate(() => {
    const article = document.querySelector('[itemprop~="articleBody"]');
    return [...CSS.highlights.get('hedgeline-hedge')].every((r) => article.contains(r.startContainer) && r.startContainer.nodeType === 3);
  });
  assert.ok(inArticle);
});

test('the panel shows the score and lists the pledge of the Russian leader', async () => {
  const { analysis } = sample.detail;
  const panel = sample.page.locator('#hedgeline > hedgeline-panel');
  assert.equal(await panel.count(), 1, 'the panel is in the publisher\u2019s container');
  assert.equal(await panel.locator('.score-num').innerText(), String(Math.round(analysis.hedging.score)));
  const pledge = analysis.pledges.find((p) => p.action.text.startsWith('pause assaults on energy infrastructure'));
  assert.ok(pledge, 'the analysis finds the pledge');
  const cards = await panel.locator('.card').allInnerTexts();
  const card = cards.find((c) => c.includes('pause assaults on energy infrastructure for 30 days'));
  assert.ok(card, cards.join('\n---\n'));
  const agent = pledge.agent.canonical ?? pledge.agent.text;
  assert.ok(card.toLowerCase().includes(agent.toLowerCase()), card);
  assert.match(card, /Agreement/i);
  const sentences = await panel.locator('.quote').allInnerTexts();
  assert.equal(sentences.length, 3);
  const marked = await panel.locator('.quote mark').allInnerTexts();
  assert.ok(marked.length >= 3 && marked.every((m) => analysis.hedging.cues.some((c) => c.text === m)), marked.join());
});

test('choosing a finding marks it in the article; the toggle hides the highlights', async () => {
  const { page, detail } = sample;
  const panel = page.locator('hedgeline-panel');
  await panel.getByRole('button', { name: 'Show in the article' }).first().click();
  const focus = await page.evaluate(() => [...CSS.highlights.get('hedgeline-focus')].map((r) => r.toString()));
  const pledge = detail.analysis.pledges[0];
  assert.deepEqual(focus, [detail.text.slice(pledge.start, pledge.end)]);

  const toggle = panel.getByRole('button', { name: 'Highlights' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), []);
  await toggle.click();
  assert.ok((await highlightTexts(page))['hedgeline-hedge'].includes('suggests'));
  await page.evaluate(() => window.scrollTo(0, 0));
});

test('screenshots at desktop and phone widths', async () => {
  await sample.page.screenshot({ path: join(artifacts, 'sample-desktop.png'), fullPage: true });
  // The article body beside the panel, as a reader scrolls to it.
  await sample.page.evaluate(() => window.scrollTo(0, document.querySelector('.story-body').getBoundingClientRect().top + window.scrollY - 40));
  await sample.page.screenshot({ path: join(artifacts, 'sample-desktop-body.png') });
  await sample.page.evaluate(() => window.scrollTo(0, 0));

  // At phone width the rail is hidden: the panel floats as a bar, then a sheet.
  const phone = await openWidgetPage(SAMPLE, 390, 844);
  const panel = phone.page.locator('hedgeline-panel');
  assert.equal(await panel.getAttribute('placement'), 'float');
  assert.equal(await panel.getAttribute('collapsed'), '');
  await phone.page.screenshot({ path: join(artifacts, 'sample-phone.png') });
  await panel.getByRole('button', { name: /Open/ }).click();
  assert.equal(await panel.getAttribute('collapsed'), null);
  assert.ok(await panel.locator('.score-num').isVisible());
  const box = await panel.boundingBox();
  assert.ok(box.width <= 390 && box.x >= 0, JSON.stringify(box));
  await phone.page.screenshot({ path: join(artifacts, 'sample-phone-open.png') });
  assert.deepEqual(phone.errors, []);
  assert.deepEqual(phone.console, []);
  await phone.page.close();
});

test('the host page is untouched, and destroy() removes every trace', async () => {
  const { page } = sample;
  const now = await page.evaluate(() => ({
    text: document.body.textContent,
    article: document.querySelector('[itemprop~="articleBody"]').outerHTML,
  }));
  const before = await page.evaluate(() => window.__before);
  // Compared with ok(): a diff of whole pages is unreadable.
  assert.ok(now.article === before.article, 'the article\u2019s DOM is byte-identical');
  assert.ok(now.text === before.text, 'the page\u2019s text is identical');
  await page.evaluate(() => window.Hedgeline.destroy());
  const gone = await page.evaluate(() => ({
    body: document.body.innerHTML,
    highlights: CSS.highlights.size,
    sheets: document.adoptedStyleSheets.length,
    analysis: window.Hedgeline.analysis,
  }));
  assert.ok(gone.body === before.body, 'the body is byte-identical after destroy()');
  assert.deepEqual([gone.highlights, gone.sheets, gone.analysis], [0, 0, null]);
});

test('no page errors, no warnings, no requests but the page\u2019s own files', () => {
  assert.deepEqual(sample.errors.map(String), []);
  assert.deepEqual(sample.console, []);
  const own = new Set(['news/trump-putin-call.html', 'news/news.css', 'dist/hedgeline.js', 'dist/hedgeline_bg.wasm']);
  const requested = sample.requests.map((url) => (url.startsWith(browser.base) ? url.slice(browser.base.length) : url));
  assert.deepEqual(new Set(requested), own);
});

test('awkward markup: split cues, hidden text, scripts, breaks; no article named; the script loaded twice', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="/dist/hedgeline.js" async data-published-at="2025-03-18"></script>
<script src="/dist/hedgeline.js" async data-published-at="2025-03-18"></script></head>
<body><header><p>Menu: the site may change</p></header>
<main><article>
  <h1>A  headline</h1>
  <p>Officials   <b>sug</b><i>gest</i>ed the
     plan <span hidden>may</span> could
     work.<script>var may = 1;</script><style>.may {}</style></p>
  <p style="display:none">It may be hidden.</p>
  <aside>Related: it may rain</aside>
  <div>Line one<br>the talks reportedly<a href="#"> </a>ended today.</div>
</article>
<article><p>Short.</p></article></main></body></html>`;
  await browser.context.route(`${browser.base}fixture/awkward.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await openWidgetPage('fixture/awkward.html', 1000);
  const { detail } = page;
  assert.equal(detail.text, 'A headline\n\nOfficials suggested the plan could work.\n\nLine one\nthe talks reportedly ended today.');
  assert.equal(detail.articleFoundBy, 'the largest <article>');
  assert.equal(detail.publishedAtSource, 'the page settings');
  const painted = await highlightTexts(page.page);
  // A range over a run of HTML whitespace reads back with the run as written.
  const hedges = painted['hedgeline-hedge'].map((t) => t.replace(/\s+/g, ' '));
  assert.ok(hedges.includes('Officials suggested'), 'a cue over a whitespace run and a word split by <b> and <i>');
  assert.deepEqual(hedges, detail.analysis.hedging.cues.map((c) => c.text));
  assert.deepEqual(painted['hedgeline-timex'], ['today']);
  assert.equal(detail.analysis.timexes[0].value, '2025-03-18');
  // No container named: the panel floats, collapsed, at the end of <body>; one panel for two tags.
  assert.equal(await page.page.evaluate(() => document.body.lastElementChild.localName), 'hedgeline-panel');
  assert.equal(await page.page.evaluate(() => document.querySelectorAll('hedgeline-panel').length), 1);
  await page.page.evaluate(() => window.Hedgeline.destroy());
  assert.equal(await page.page.evaluate(() => document.querySelectorAll('hedgeline-panel').length), 0);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.console, []);
  await page.page.close();
});

test('a page with no article gets one quiet warning and no widget', async () => {
  const html = '<!doctype html><html><head><link rel="icon" href="data:,"><script src="/dist/hedgeline.js" async></script></head><body><div>Menu</div></body></html>';
  await browser.context.route(`${browser.base}fixture/empty.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const log = await openPage(browser.context);
  const warned = log.page.waitForEvent('console', (m) => m.type() === 'warning');
  await log.page.goto(`${browser.base}fixture/empty.html`);
  await warned;
  await log.page.waitForTimeout(50);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, ['warning: hedgeline: not shown: no article found on this page; set data-selector']);
  assert.equal(await log.page.evaluate(() => document.querySelectorAll('hedgeline-panel').length), 0);
  await log.page.close();
});

test('the playground analyzes as you type', async () => {
  const log = await openPage(browser.context);
  const { page } = log;
  await page.goto(`${browser.base}playground.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Analyzed'));
  await page.screenshot({ path: join(artifacts, 'playground.png') });
  await page.fill('#text', 'Officials reportedly agreed to pause strikes for 30 days, starting today.');
  await page.waitForFunction(() => document.getElementById('json').textContent.includes('"reportedly"'));
  const json = JSON.parse(await page.locator('#json').textContent());
  assert.deepEqual(json.hedging.cues.map((c) => c.text), ['reportedly']);
  assert.equal(json.timexes.find((t) => t.text === 'today').value, '2025-03-18');
  assert.deepEqual((await highlightTexts(page))['hedgeline-hedge'], ['reportedly']);
  assert.equal(await page.locator('#score').innerText(), String(Math.round(json.hedging.score)));
  // Without a publication date, "today" stays unresolved.
  await page.fill('#published', '');
  await page.waitForFunction(() => document.getElementById('json').textContent.includes('"publishedAt": null'));
  const undated = JSON.parse(await page.locator('#json').textContent());
  assert.equal(undated.timexes.find((t) => t.text === 'today').resolved, false);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  await page.close();
});
