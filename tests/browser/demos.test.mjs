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
/**
 * The text the widget reads on the sample page: the headline and the
 * description of the article's microdata, then its body (the seed's lede
 * and body paragraphs).
 */
const SAMPLE_TEXT = [seedLines[3], seedLines[4], seedLines[0], ...seedLines.slice(5)].filter((l) => l.trim()).join('\n\n');

/** Intl puts thin spaces around range dashes; compare with plain ones. */
const plain = (s) => s.replace(/\s+/g, ' ');

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

/**
 * Waits until the page has stopped scrolling ("Show in the article" scrolls
 * smoothly; a click during the scroll can land beside a moving button).
 */
async function settled(page) {
  await page.waitForFunction(() => new Promise((resolve) => {
    const y = window.scrollY;
    setTimeout(() => requestAnimationFrame(() => resolve(window.scrollY === y)), 100);
  }));
}

/** For each highlight name: the text of each of its ranges. */
function highlightTexts(page) {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])));
}

/**
 * Runs in the page: every piece of text in the panel with its colour, the
 * colour behind it (translucent layers blended down to an opaque one) and
 * the contrast ratio. Returns those below `min`.
 */
function lowContrast(min) {
  const parse = (c) => {
    const m = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg.a > 0) layers.push(bg);
      if (bg.a >= 1) break;
    }
    return layers.reverse().reduce((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
  };
  const root = document.querySelector('hedgeline-panel').shadowRoot;
  const bad = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.data.trim() || !el.checkVisibility() || el.closest('.sr')) continue;
    const bg = background(el);
    const fg = over(parse(getComputedStyle(el).color), bg);
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < min) bad.push(`${ratio.toFixed(2)} ${el.localName}.${el.className}: ${node.data.trim().slice(0, 40)}`);
  }
  return bad;
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

test('the score is explained in one sentence, with its breakdown by kind and by voice', async () => {
  const { analysis } = sample.detail;
  const panel = sample.page.locator('#hedgeline > hedgeline-panel');
  const explain = await panel.locator('.explain').innerText();
  assert.match(explain, /presented as possible, alleged or unconfirmed rather than stated as fact, weighted by how strongly it is hedged: 0 means every sentence is stated outright\.$/);
  const { uncertainCount, sentenceCount, byClass, byVoice } = analysis.hedging;
  assert.match(await panel.locator('.summary').innerText(), new RegExp(`^${uncertainCount} of ${sentenceCount} sentences are hedged, mostly by words of inference or hearsay`));
  // One chip per kind of hedge the article uses, with its count.
  const chips = await panel.locator('ul.chips li').allInnerTexts();
  const used = Object.entries(byClass).filter(([, n]) => n > 0);
  assert.equal(chips.length, used.length);
  assert.ok(chips.includes(`inference or hearsay ${byClass.evidential}`), chips.join(' | '));
  const voices = await panel.locator('ul.voices li').allInnerTexts();
  assert.deepEqual(voices.map(plain), [
    `The outlet’s own words: ${Math.round(byVoice.own.score)}/100, ${byVoice.own.uncertain} of ${byVoice.own.sentences} sentences hedged`,
    'Quoted speech: none in this article',
  ]);
});

test('one card per commitment: the repeated reports grouped, the refusal marked', async () => {
  const { page, detail } = sample;
  const { analysis, text } = detail;
  const panel = page.locator('#hedgeline > hedgeline-panel');
  const cards = panel.locator('.card');
  assert.equal(await cards.count(), 2);
  const grouped = cards.filter({ hasText: 'Reported 3 times' });
  assert.equal(await grouped.count(), 1);
  const words = plain(await grouped.innerText());
  assert.match(words, /Vladimir Putin agreed, with Donald Trump, to pause assaults on energy infrastructure for 30 days — reported as temporary\./);
  assert.match(words, /For 30 days: 18 Mar – 16 Apr 2025/);
  // One link to each place the commitment is reported, each marking it in the article.
  const reports = grouped.locator('button.report');
  assert.equal(await reports.count(), 3);
  const linked = analysis.pledges.filter((p) => p.sameAs != null || analysis.pledges.some((q) => q.sameAs === analysis.pledges.indexOf(p)));
  assert.equal(linked.length, 3);
  for (let i = 0; i < 3; i++) {
    await reports.nth(i).click();
    await settled(page);
    const focus = await page.evaluate(() => [...CSS.highlights.get('hedgeline-focus')].map((r) => r.toString()));
    assert.deepEqual(focus.map(plain), [plain(text.slice(linked[i].start, linked[i].end))]);
  }
  // Each quote starts where its words do: "Trump secured a temporary pledge from Putin…".
  assert.match(plain(await reports.nth(0).innerText()), /^Show in the article: “Trump secured a temporary pledge from Putin to halt energy attacks on Ukraine”$/);
  assert.equal(await grouped.locator('.report-note').count(), 0, 'the firmness word is in the quote');
  // The refusal says so in words, not only in colour.
  const refusal = cards.filter({ hasText: 'did not acquiesce' });
  assert.equal(await refusal.getAttribute('class'), 'card refusal');
  assert.match(await refusal.locator('.badge').innerText(), /Refusal/i);
  assert.match(await refusal.locator('.what').innerText(), /^The US did not acquiesce to these terms this time\.$/);
  await page.evaluate(() => window.scrollTo(0, 0));
});

test('the timeline shows the past, the publication date and the 30-day span ahead', async () => {
  const panel = sample.page.locator('#hedgeline > hedgeline-panel');
  const track = panel.locator('ol.track');
  // innerText as shown (eras in capitals), without the screen-reader prefixes.
  const rows = (await track.locator(':scope > li').allInnerTexts()).map((r) => plain(r).replaceAll('Show in the article: ', ''));
  const at = (re) => rows.findIndex((r) => re.test(r));
  const past = at(/^Before publication$/i);
  const published = at(/^18 March 2025 Published/);
  const ahead = at(/^Ahead$/i);
  const pause = at(/^18 Mar – 16 Apr 2025 · 30 days Promised Vladimir Putin agreed/);
  const years = at(/^18 Mar 2022 – 17 Mar 2025 · 3 years Following three years of estrangement/);
  assert.ok(past === 0 && past < years && years < published && published < ahead && ahead < pause, rows.join('\n'));
  assert.match(rows[published], /today's significant phone call/);
  assert.equal(await track.locator('li.row.span.ahead').count(), 1, 'the pause is one span, ahead');
  assert.equal(await track.locator('li.row.pub').count(), 1);
});

test('the panel\u2019s text has a contrast of at least 4.5:1, light and dark', async () => {
  const { page } = sample;
  assert.deepEqual(await page.evaluate(lowContrast, 4.5), []);
  await page.evaluate(() => document.querySelector('hedgeline-panel').setAttribute('theme', 'dark'));
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('hedgeline-panel').shadowRoot.querySelector('.panel')).backgroundColor), 'rgb(23, 25, 30)');
  assert.deepEqual(await page.evaluate(lowContrast, 4.5), []);
  await page.evaluate(() => document.querySelector('hedgeline-panel').setAttribute('theme', 'light'));
});

test('choosing a finding marks it in the article; the toggle hides the highlights', async () => {
  const { page, detail } = sample;
  const panel = page.locator('hedgeline-panel');
  await panel.getByRole('button', { name: 'Show in the article' }).first().click();
  await settled(page);
  const focus = await page.evaluate(() => [...CSS.highlights.get('hedgeline-focus')].map((r) => r.toString()));
  const pledge = detail.analysis.pledges[0];
  assert.deepEqual(focus, [detail.text.slice(pledge.start, pledge.end)]);

  const toggle = panel.getByRole('button', { name: 'Highlights' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), []);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.ok((await highlightTexts(page))['hedgeline-hedge'].includes('suggests'));
  await page.evaluate(() => window.scrollTo(0, 0));
});

/**
 * The panel header: whether the name shows, and how far (px) it runs under
 * the header's buttons (0 when it does not).
 */
function headLayout(page) {
  return page.evaluate(() => {
    const root = document.querySelector('hedgeline-panel').shadowRoot;
    const name = root.querySelector('.brand-name').getBoundingClientRect();
    const shown = name.width > 1;
    const left = Math.min(...[...root.querySelectorAll('.head button')].map((b) => b.getBoundingClientRect().left));
    return { shown, under: shown ? Math.max(0, Math.ceil(name.right - left)) : 0 };
  });
}

test('the floating header shows the name only where it fits beside the buttons', async () => {
  const { page } = sample;
  // The rail hidden on a wide screen: a floating bar, then a side sheet.
  await page.evaluate(() => document.querySelector('#hedgeline').setAttribute('hidden', ''));
  try {
    await page.evaluate(() => window.Hedgeline.mount({ collapsed: true }));
    const panel = page.locator('hedgeline-panel');
    assert.equal(await panel.getAttribute('placement'), 'float');
    assert.equal((await headLayout(page)).under, 0);
    await panel.getByRole('button', { name: /Open/ }).click();
    assert.deepEqual(await headLayout(page), { shown: true, under: 0 });
  } finally {
    await page.evaluate(() => document.querySelector('#hedgeline').removeAttribute('hidden'));
    await page.evaluate(() => window.Hedgeline.mount());
  }
});

test('screenshots at desktop and phone widths', async () => {
  const { page } = sample;
  await page.screenshot({ path: join(artifacts, 'sample-desktop.png'), fullPage: true });
  // The whole panel, as tall as its content (the rail caps it at the viewport).
  // (Attributes only: a change through the CSSOM leaves Chromium writing back style="".)
  await page.evaluate(() => document.querySelector('#hedgeline').setAttribute('style', '--hedgeline-max-height: none'));
  await page.locator('hedgeline-panel').screenshot({ path: join(artifacts, 'panel-desktop.png') });
  await page.evaluate(() => document.querySelector('#hedgeline').removeAttribute('style'));
  // The top of the page on a tall screen: the README's picture (docs/images/widget.png).
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifacts, 'sample-desktop-tall.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  // The article body beside the panel, as a reader scrolls to it.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('.story-body').getBoundingClientRect().top + window.scrollY - 40));
  await page.screenshot({ path: join(artifacts, 'sample-desktop-body.png') });
  await page.evaluate(() => window.scrollTo(0, 0));

  // At phone width the rail is hidden: the panel floats as a bar, then a sheet.
  for (const width of [390, 320]) {
    const phone = await openWidgetPage(SAMPLE, width, width === 320 ? 640 : 844);
    const panel = phone.page.locator('hedgeline-panel');
    assert.equal(await panel.getAttribute('placement'), 'float');
    assert.equal(await panel.getAttribute('collapsed'), '');
    await phone.page.screenshot({ path: join(artifacts, `sample-phone-${width}.png`) });
    assert.equal((await headLayout(phone.page)).under, 0, 'the name lies under the bar\'s buttons');
    await panel.getByRole('button', { name: /Open/ }).click();
    assert.equal((await headLayout(phone.page)).under, 0, 'the name lies under the sheet\'s buttons');
    assert.equal(await panel.getAttribute('collapsed'), null);
    assert.ok(await panel.locator('.score-num').isVisible());
    const box = await panel.boundingBox();
    assert.ok(box.width <= width && box.x >= 0, JSON.stringify(box));
    // Nothing in the sheet is wider than the screen.
    const overflow = await phone.page.evaluate(() => {
      const scroll = document.querySelector('hedgeline-panel').shadowRoot.querySelector('.scroll');
      return scroll.scrollWidth - scroll.clientWidth;
    });
    assert.equal(overflow, 0);
    await phone.page.screenshot({ path: join(artifacts, `sample-phone-${width}-open.png`) });
    // Further down the sheet: the pledges, then the timeline.
    for (const [name, selector] of [['pledges', '#hl-pledges'], ['timeline', '#hl-timeline']]) {
      await phone.page.evaluate((sel) => document.querySelector('hedgeline-panel').shadowRoot.querySelector(sel).scrollIntoView(), selector);
      await phone.page.screenshot({ path: join(artifacts, `sample-phone-${width}-${name}.png`) });
    }
    assert.deepEqual(phone.errors, []);
    assert.deepEqual(phone.console, []);
    await phone.page.close();
  }
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
  const at = [...gone.body].findIndex((c, i) => c !== before.body[i]);
  assert.ok(gone.body === before.body, `the body is byte-identical after destroy(): ${gone.body.slice(at - 80, at + 80)}`);
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

test('settings the widget cannot use cost the reader nothing: one warning each, the page\u2019s date, a floating panel', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta property="article:published_time" content="2025-03-18T09:00:00Z">
<script src="/dist/hedgeline.js" async data-published-at="18/03/2025" data-container="#no-such-rail"></script></head>
<body><article><p>The ceasefire reportedly begins today.</p></article></body></html>`;
  await browser.context.route(`${browser.base}fixture/settings.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await openWidgetPage('fixture/settings.html', 1000);
  const { detail } = page;
  assert.equal(detail.publishedAt, '2025-03-18');
  assert.equal(detail.publishedAtSource, 'article:published_time');
  assert.equal(detail.analysis.timexes[0].value, '2025-03-18');
  assert.deepEqual(detail.analysis.hedging.cues.map((c) => c.text), ['reportedly']);
  assert.equal(await page.page.evaluate(() => document.body.lastElementChild.localName), 'hedgeline-panel');
  assert.equal(await page.page.locator('hedgeline-panel').getAttribute('placement'), 'float');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.console, [
    'warning: hedgeline: data-published-at "18/03/2025" is not an ISO 8601 date; the page\'s own date is used',
    'warning: hedgeline: no element matches data-container "#no-such-rail"; the panel floats',
  ]);
  await page.page.close();
});

test('under a strict Content Security Policy: works with \'wasm-unsafe-eval\' and no inline styles; without it, one warning and no widget', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="/dist/hedgeline.js" async data-published-at="2025-03-18"></script></head>
<body><article><p>Officials reportedly agreed to pause strikes for 30 days, starting today.</p></article></body></html>`;
  const run = async (csp) => {
    const url = `${browser.base}fixture/csp.html`;
    await browser.context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html', headers: { 'content-security-policy': csp } }));
    const log = await openPage(browser.context);
    // Done when the panel is there or the widget has said why it is not.
    const done = Promise.race([
      log.page.waitForSelector('hedgeline-panel', { state: 'attached' }),
      log.page.waitForEvent('console', (m) => m.type() === 'warning'),
    ]);
    await log.page.goto(url);
    await done;
    await log.page.waitForTimeout(200);
    const state = await log.page.evaluate(() => ({ panels: document.querySelectorAll('hedgeline-panel').length, highlights: [...CSS.highlights.keys()].sort() }));
    await log.page.close();
    await browser.context.unroute(url);
    return { ...state, errors: log.errors.map(String), console: log.console };
  };
  const strict = "default-src 'self'; img-src data:; style-src 'self'";
  const allowed = await run(`${strict}; script-src 'self' 'wasm-unsafe-eval'`);
  assert.deepEqual(allowed, { panels: 1, highlights: ['hedgeline-hedge', 'hedgeline-pledge', 'hedgeline-timex'], errors: [], console: [] });
  const blocked = await run(`${strict}; script-src 'self'`);
  assert.equal(blocked.panels, 0);
  assert.deepEqual(blocked.highlights, []);
  assert.deepEqual(blocked.errors, []);
  assert.equal(blocked.console.length, 1);
  assert.match(blocked.console[0], /^warning: hedgeline: not shown: .*WebAssembly.*Content Security Policy/);
});

test('a wasm that cannot be loaded: one warning that names it, no widget, no page error', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="/dist/hedgeline.js" async data-wasm="/nowhere/hedgeline_bg.wasm"></script></head>
<body><article><p>Officials reportedly agreed to pause strikes.</p></article></body></html>`;
  const url = `${browser.base}fixture/nowasm.html`;
  await browser.context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const log = await openPage(browser.context);
  const warned = log.page.waitForEvent('console', (m) => m.type() === 'warning');
  await log.page.goto(url);
  await warned;
  await log.page.waitForTimeout(100);
  assert.deepEqual(log.errors, []);
  const warnings = log.console.filter((m) => m.startsWith('warning:'));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], new RegExp(`^warning: hedgeline: not shown: could not load ${browser.base}nowhere/hedgeline_bg.wasm: .*404`));
  assert.equal(await log.page.evaluate(() => document.querySelectorAll('hedgeline-panel').length), 0);
  await log.page.close();
  await browser.context.unroute(url);
});

test('the playground analyzes as you type, with the widget\u2019s panel beside the text', async () => {
  const log = await openPage(browser.context);
  const { page } = log;
  await page.goto(`${browser.base}playground.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Analyzed'));
  await page.screenshot({ path: join(artifacts, 'playground.png') });
  const panel = page.locator('#findings > hedgeline-panel');
  assert.equal(await panel.getAttribute('placement'), 'container');
  assert.match(plain(await panel.locator('.card').first().innerText()), /Vladimir Putin agreed, with Donald Trump, to pause assaults on energy infrastructure for 30 days — reported as temporary\./);
  await page.fill('#text', 'Officials reportedly agreed to pause strikes for 30 days, starting today.');
  await page.waitForFunction(() => document.getElementById('json').textContent.includes('"reportedly"'));
  const json = JSON.parse(await page.locator('#json').textContent());
  assert.deepEqual(json.hedging.cues.map((c) => c.text), ['reportedly']);
  assert.equal(json.timexes.find((t) => t.text === 'today').value, '2025-03-18');
  assert.deepEqual((await highlightTexts(page))['hedgeline-hedge'], ['reportedly']);
  assert.equal(await panel.locator('.score-num').innerText(), String(Math.round(json.hedging.score)));
  // The hedged pledge is flagged, with its hedge word.
  const card = panel.locator('.card');
  assert.equal(await card.count(), 1);
  assert.match(await card.locator('.flag').innerText(), /Hedged/i);
  assert.match(plain(await card.locator('.what').innerText()), /— reported with a hedge \(“reportedly”\)\.$/);
  // "Show in the article" marks the span in the highlighted text.
  await card.locator('button.report').click();
  const focus = await page.evaluate(() => [...CSS.highlights.get('hedgeline-focus')].map((r) => r.toString()));
  assert.deepEqual(focus, [json.pledges[0] && 'Officials reportedly agreed to pause strikes for 30 days, starting today.'.slice(json.pledges[0].start, json.pledges[0].end)]);
  // Without a publication date, "today" stays unresolved.
  await page.fill('#published', '');
  await page.waitForFunction(() => document.getElementById('json').textContent.includes('"publishedAt": null'));
  const undated = JSON.parse(await page.locator('#json').textContent());
  assert.equal(undated.timexes.find((t) => t.text === 'today').resolved, false);
  assert.match(await panel.locator('.foot').innerText(), /No publication date/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);

  // At phone width the columns stack: text, findings, highlighted text.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.fill('#published', '2025-03-18');
  await page.locator('#text').fill(await page.evaluate(() => document.getElementById('text').defaultValue));
  await page.waitForFunction(() => document.getElementById('json').textContent.includes('"Vladimir Putin"'));
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('hedgeline-panel').getBoundingClientRect().width]);
  assert.ok(widths[0] <= 360 && widths[1] <= 360, JSON.stringify(widths));
  await page.screenshot({ path: join(artifacts, 'playground-phone.png'), fullPage: true });
  await page.close();
});

test('the playground with an empty text, a 1 MB paste and non-Latin text', async () => {
  const log = await openPage(browser.context);
  const { page } = log;
  await page.goto(`${browser.base}playground.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Analyzed'));
  const paste = (text) =>
    page.evaluate((t) => {
      const area = document.getElementById('text');
      area.value = t;
      area.dispatchEvent(new Event('input'));
    }, text);
  const analyzed = (chars) => page.waitForFunction((c) => document.getElementById('status').textContent.startsWith(`Analyzed ${c} characters`), chars);
  const panel = page.locator('#findings > hedgeline-panel');

  await paste('');
  await analyzed('0');
  assert.match(await panel.locator('.explain').innerText(), /There is no text to score/);
  assert.equal(JSON.parse(await page.locator('#json').textContent()).sentences.length, 0);

  // A pasted book: the page shows the start of the JSON, not all 17 MB of it.
  await paste('Officials said the plan could reportedly be delayed until next March. '.repeat(15000));
  await analyzed('1,050,000');
  const shown = await page.locator('#json').textContent();
  assert.ok(shown.length < 250_000, `${shown.length} characters of JSON in the page`);
  assert.match(shown, /KB more: the whole result is window\.lastAnalysis in the console\.$/);
  assert.equal(await page.evaluate(() => window.lastAnalysis.hedging.cues.length), 45000);

  const mixed = 'Путин якобы согласился приостановить удары на 30 дней. 普京据报同意暂停袭击。 بوتين وافق على ما يبدو. Putin reportedly agreed on 18 March 2025 to pause attacks.';
  await paste(mixed);
  await analyzed('149');
  assert.equal(await page.locator('#rendered').textContent(), mixed);
  assert.deepEqual((await highlightTexts(page))['hedgeline-hedge'], ['reportedly']);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  await page.close();
});
