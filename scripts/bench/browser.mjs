// Measurements in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; no browser is downloaded): the package's cold start, and
// the widget on a 5,000-word sample page.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS as FLAGS } from '../chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the repository read-only on 127.0.0.1 (a free port), plus the
 * generated pages in `pages` by path. Returns `{ url, close }`.
 */
async function serve(pages) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(pages[path]);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || file.split(sep).includes('node_modules') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** The Chromium version string, or null when it cannot be run. */
export async function chromiumVersion() {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const v = browser.version();
  await browser.close();
  return v;
}

const COLD_PAGE = `<!doctype html><meta charset="utf-8"><title>cold start</title>
<script type="module">
const seed = await (await fetch('/tests/corpus/seed-article.txt')).text();
const t0 = performance.now();
const glue = await import('/pkg/hedgeline.js');
const t1 = performance.now();
const module = await WebAssembly.compileStreaming(fetch('/pkg/hedgeline_bg.wasm'));
const t2 = performance.now();
glue.initSync({ module });
const t3 = performance.now();
const a = glue.analyze(seed, { publishedAt: '2025-03-18' });
const t4 = performance.now();
window.__result = { import: t1 - t0, compile: t2 - t1, instantiate: t3 - t2, first: t4 - t3, total: t4 - t0, cues: a.hedging.cues.length };
</script>`;

/**
 * Cold start of the package in Chromium: each run in a fresh browser
 * context (empty caches), from importing the glue to the first analysis of
 * the seed article. The wasm comes from a local server, so the figures are
 * compile and run time, not network time.
 */
export async function coldStartBrowser(runs) {
  const { chromium } = await import('playwright-core');
  const server = await serve({ '/__bench/cold.html': COLD_PAGE });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const results = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/__bench/cold.html`);
      const result = await page.waitForFunction(() => window.__result, null, { timeout: 30000 }).then((h) => h.jsonValue());
      if (errors.length) throw new Error(errors.join('; '));
      results.push(result);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** Where the built widget is, or null: `{ dir, entry, files }` (paths relative to the repo root). */
export function findWidget() {
  const dirs = process.env.HEDGELINE_WIDGET_DIR ? [process.env.HEDGELINE_WIDGET_DIR] : ['www/dist', 'pkg/dist', 'dist'];
  const names = ['hedgeline.js', 'widget.js', 'hedgeline-widget.js'];
  for (const dir of dirs) {
    for (const name of names) {
      if (existsSync(join(root, dir, name))) return { dir, entry: `${dir}/${name}` };
    }
  }
  return null;
}

/** A sample news page of about `words` words from the articles, with a publication date. */
export function samplePage(list, words, widgetSrc) {
  const paras = [];
  let count = 0;
  let title = null;
  for (const a of list) {
    for (const p of a.text.split(/\n+/)) {
      if (!p.trim()) continue;
      if (!title) {
        title = p;
        continue;
      }
      paras.push(p);
      count += p.split(/\s+/).length;
      if (count >= words) break;
    }
    if (count >= words) break;
  }
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-03-18T09:30:00Z">
<title>${esc(title)}</title>
<script>
window.__longtasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
window.__bench = {};
document.addEventListener('hedgeline:ready', () => { window.__bench.ready = performance.now(); });
function watch() {
  if (window.CSS && CSS.highlights && CSS.highlights.has('hedgeline-hedge')) { window.__bench.highlight = performance.now(); return; }
  requestAnimationFrame(watch);
}
window.__start = () => {
  const s = document.createElement('script');
  s.src = ${JSON.stringify(widgetSrc)};
  s.async = true;
  s.onload = () => { window.__bench.loaded = performance.now(); };
  s.onerror = () => { window.__bench.error = 'the widget script did not load'; };
  window.__bench.inserted = performance.now();
  requestAnimationFrame(watch);
  document.head.appendChild(s);
};
</script></head>
<body><main><article itemscope itemtype="https://schema.org/NewsArticle">
<h1>${esc(title)}</h1>
<div itemprop="articleBody">
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div></article></main></body></html>`;
  return { html, words: count };
}

/**
 * The widget on a sample page: time from inserting its script tag (and
 * from the script's load event) to the first highlight in `CSS.highlights`
 * and to `hedgeline:ready`, and the longest main-thread task after the
 * insertion (the page itself is static, so every such task is the widget's).
 */
export async function widgetOnPage(widget, list, runs) {
  const { chromium } = await import('playwright-core');
  const { html, words } = samplePage(list, 5000, `/${widget.entry}`);
  const server = await serve({ '/__bench/article.html': html });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const results = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/__bench/article.html`, { waitUntil: 'load' });
      // Let the page settle so that its own load work is not counted.
      await page.waitForTimeout(300);
      await page.evaluate(() => window.__start());
      await page
        .waitForFunction(() => (window.__bench.highlight && window.__bench.ready) || window.__bench.error, null, { timeout: 20000 })
        .catch(() => {});
      // Idle work the widget does after its first paint still counts.
      await page.waitForTimeout(500);
      const out = await page.evaluate(() => {
        const b = window.__bench;
        const tasks = window.__longtasks.filter((t) => t.start + t.duration >= b.inserted);
        return {
          error: b.error,
          highlightFromInsert: b.highlight !== undefined ? b.highlight - b.inserted : null,
          highlightFromLoad: b.highlight !== undefined && b.loaded !== undefined ? b.highlight - b.loaded : null,
          readyFromInsert: b.ready !== undefined ? b.ready - b.inserted : null,
          longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
          over50: tasks.length,
        };
      });
      out.errors = errors;
      results.push(out);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { words, results };
}
