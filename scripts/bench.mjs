// `npm run bench`: Hedgeline's speed, size and scaling, side by side with the
// tools a user would otherwise pick, in one run, on the same real news text.
// Prints Markdown (the tables of BENCHMARKS.md) and checks the budgets.
//
//   node scripts/bench.mjs [--quick] [--only=throughput,cold,size,scaling,browser] [--peer-timeout=SECONDS]
//
// Run `bash scripts/build.sh` first (npm run bench does). Benchmarks are
// commands: no test asserts a wall-clock time.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyze } from '../pkg/node.js';
import { articles, bytesOf, repeatTo, oneText, cutTo, pathological, plainWords } from './bench/corpus.mjs';
import { peers, peerErrors, peerBundles } from './bench/peers.mjs';
import { median, fitExponent, timeIt, table, mb, fmt, kb, size } from './bench/stats.mjs';
import { fileSizes, sizes, sum, widgetFiles, widgetDownload, bundle } from './bench/size.mjs';
import { chromiumVersion, coldStartBrowser, findWidget, widgetOnPage } from './bench/browser.mjs';
import { CHROMIUM } from './chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : null;
const want = (section) => !only || only.has(section);
const peerTimeout = Number((args.find((a) => a.startsWith('--peer-timeout=')) || '=60').split('=')[1]);

const bars = []; // [bar, measured, pass]

const list = articles();
const corpusBytes = list.reduce((a, x) => a + bytesOf(x.text), 0);
const hedgeline = (text, publishedAt) => {
  const a = analyze(text, publishedAt ? { publishedAt } : undefined);
  return a.hedging.cues.length + a.timexes.length + a.pledges.length;
};

// ---------------------------------------------------------------- machine
const cpus = os.cpus();
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
console.log('# Hedgeline benchmark\n');
console.log(`- machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`);
console.log(`- Node ${process.version} (V8 ${process.versions.v8})`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(', ');
console.log(`- load average at start (1, 5, 15 min): ${load()} — other work on the machine slows every figure`);
if (want('cold') || want('browser')) {
  const v = await chromiumVersion().catch(() => null);
  console.log(`- Chromium: ${v ? `${v} (${CHROMIUM}, headless)` : `not available at ${CHROMIUM}`}`);
}
const pkgVersion = JSON.parse(readFileSync(new URL('../pkg/package.json', import.meta.url), 'utf8')).version;
console.log(`- Hedgeline ${pkgVersion} at ${commit}; pkg/ as built by scripts/build.sh`);
console.log(`- text: the seed article and ${list.length - 1} MEANTIME Wikinews articles (${fmt(corpusBytes / 1e3)} KB, ${list.length} articles)`);
console.log(`- ${quick ? 'QUICK run: fewer samples, no peers on 10 MB' : 'full run'}`);

// ------------------------------------------------------------- throughput
if (want('throughput')) {
  const big = repeatTo(list, 1e6);
  const passOver = (fn) => () => {
    let n = 0;
    for (const a of big.articles) n += fn(a.text, a.publishedAt);
    return n;
  };
  console.log(`\n## Throughput: one call per article\n`);
  // Rounds interleave the tools, so that other work on the machine weighs on
  // all of them alike; each round times Hedgeline three times and each peer once.
  const rounds = quick ? 1 : 3;
  console.log(
    `${big.articles.length} calls over ${fmt(big.bytes / 1e6, 2)} MB (the articles repeated to size), in this one Node process, ` +
      `after a warm-up pass of each tool. ${rounds} interleaved round(s): Hedgeline timed 3 times a round, each peer once; ` +
      `median and best of the runs.\n`,
  );
  const tools = { hedgeline, ...peers };
  const samples = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  const timePass = (fn) => {
    const t = performance.now();
    passOver(fn)();
    return performance.now() - t;
  };
  for (const fn of Object.values(tools)) passOver(fn)();
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(tools)) {
      for (let k = 0; k < (name === 'hedgeline' ? 3 : 1); k++) samples[name].push(timePass(fn));
    }
  }
  const rate = (ms) => mb(big.bytes) / (ms / 1e3);
  const hMs = median(samples.hedgeline);
  const hRate = rate(hMs);
  const hBest = rate(Math.min(...samples.hedgeline));
  const rows = [['Hedgeline `analyze` (full analysis, pkg/node.js)', fmt(hRate), fmt(hBest), fmt(hMs, 0), '1', '1']];
  const rates = {};
  for (const name of Object.keys(peers)) {
    const ms = median(samples[name]);
    rates[name] = rate(ms);
    const best = rate(Math.min(...samples[name]));
    rows.push([name, fmt(rates[name], 2), fmt(best, 2), fmt(ms, 0), `${fmt(hRate / rates[name])}x`, `${fmt(hBest / best)}x`]);
  }
  table(['tool', 'MB/s (median)', 'MB/s (best)', 'ms per pass (median)', 'Hedgeline is (median)', '(best)'], rows);
  if (peerErrors.compromise) {
    console.log(`\ncompromise-dates threw on ${peerErrors.compromise} of its calls in this run (warm-up included); the time of those calls counts.`);
  }
  const chronoRate = rates['chrono-node (casual, en)'];
  bars.push(['full analysis ≥ 50 MB/s in Node (per-article calls, median)', `${fmt(hRate)} MB/s`, hRate >= 50]);
  bars.push(['≥ 4x chrono-node on the same text (median)', `${fmt(hRate / chronoRate)}x`, hRate / chronoRate >= 4]);

  // One 10 MB input.
  const ten = oneText(list, 10e6);
  const tenBytes = bytesOf(ten);
  const tMs = timeIt(() => hedgeline(ten, '2025-03-18'), { runs: quick ? 3 : 5, warmup: 1, minMs: 0 });
  console.log(`\n### One ${fmt(tenBytes / 1e6)} MB input (the articles joined by blank lines)\n`);
  const tenRows = [['Hedgeline `analyze`', fmt(tMs, 0), fmt(mb(tenBytes) / (tMs / 1e3))]];
  if (!quick) {
    for (const name of Object.keys(peers)) {
      const r = spawnSync(process.execPath, [fileURLToPath(new URL('bench/peer-child.mjs', import.meta.url)), name, String(10e6)], {
        encoding: 'utf8',
        timeout: peerTimeout * 1e3,
        maxBuffer: 1 << 20,
      });
      if (r.status === 0) {
        const { ms } = JSON.parse(r.stdout.trim().split('\n').pop());
        tenRows.push([name, fmt(ms, 0), fmt(mb(tenBytes) / (ms / 1e3), 2)]);
      } else {
        tenRows.push([name, r.error?.code === 'ETIMEDOUT' || r.signal ? `did not finish in ${peerTimeout} s (stopped)` : `failed: ${(r.stderr || '').trim().split('\n').pop()}`, '-']);
      }
    }
  }
  table(['tool', 'ms', 'MB/s'], tenRows);
  if (quick) console.log('\n(peers on 10 MB skipped in a quick run)');
  bars.push(['10 MB analyzed in < 1 s in Node', `${fmt(tMs, 0)} ms`, tMs < 1000]);
}

// ------------------------------------------------------------- cold start
if (want('cold')) {
  console.log(`\n## Cold start: import the glue, compile and instantiate the wasm, analyze the seed article\n`);
  const child = fileURLToPath(new URL('bench/coldstart-child.mjs', import.meta.url));
  const nodeRuns = [];
  for (let r = 0; r < (quick ? 5 : 11); r++) {
    nodeRuns.push(JSON.parse(execFileSync(process.execPath, [child], { encoding: 'utf8' }).trim()));
  }
  const phases = ['import', 'compile', 'instantiate', 'first', 'total'];
  const med = (runs) => phases.map((p) => fmt(median(runs.map((x) => x[p])), 2));
  const rows = [[`Node ${process.version}, fresh process (${nodeRuns.length} runs)`, ...med(nodeRuns)]];
  let browserNote = '';
  if (existsSync(CHROMIUM)) {
    try {
      const b = await coldStartBrowser(quick ? 3 : 7);
      rows.push([`Chromium, fresh context (${b.length} runs, wasm over 127.0.0.1)`, ...med(b)]);
    } catch (e) {
      browserNote = `Chromium cold start failed: ${e.message.split('\n')[0]}`;
    }
  } else {
    browserNote = `Chromium cold start skipped: no browser at ${CHROMIUM}`;
  }
  table(['where (median ms)', 'import glue', 'compile', 'instantiate', 'first analyze', 'total'], rows);
  if (browserNote) console.log(`\n${browserNote}`);
  const nodeTotal = median(nodeRuns.map((x) => x.total));
  bars.push(['cold start < 30 ms in Node', `${fmt(nodeTotal)} ms`, nodeTotal < 30]);
}

// ------------------------------------------------------------------- size
if (want('size')) {
  console.log(`\n## Size: what a page downloads (bytes; gzip -9 and brotli -q 11, each file on its own)\n`);
  const wasm = fileSizes('pkg/hedgeline_bg.wasm');
  // The glue imports the JavaScript snippets of the Rust crate (pkg/snippets/):
  // a page downloads them with it.
  const snippets = existsSync(`${root}pkg/snippets`) ? widgetFiles('pkg/snippets') : [];
  const glue = sum(['pkg/hedgeline.js', ...snippets].map(fileSizes));
  const glueMin = sizes(await bundle(`export { default, initSync, analyze, version } from './pkg/hedgeline.js';`));
  const rows = [
    ['Hedgeline wasm (pkg/hedgeline_bg.wasm)', wasm],
    [`Hedgeline JS glue (pkg/hedgeline.js${snippets.length ? ' + pkg/snippets/' : ''}, as shipped)`, glue],
    ['Hedgeline wasm + JS glue', sum([wasm, glue])],
    ['Hedgeline JS glue, esbuild-minified', glueMin],
    ['Hedgeline wasm + minified glue', sum([wasm, glueMin])],
  ];
  const widget = findWidget();
  let widgetTotal = null;
  if (widget) {
    // What a publisher's page downloads: the script and what it loads.
    const files = widgetDownload(widget);
    widgetTotal = sum(files.map(fileSizes));
    rows.push([`whole widget (what a page downloads: ${files.join(' + ')})`, widgetTotal]);
  } else {
    rows.push(['whole widget (JS + wasm + CSS)', null]);
  }
  for (const [name, source] of Object.entries(peerBundles)) {
    try {
      rows.push([`${name}, esbuild bundle, minified`, sizes(await bundle(source))]);
    } catch (e) {
      rows.push([`${name}: bundling failed (${e.message.split('\n')[0]})`, null]);
    }
  }
  table(
    ['what', 'raw', 'gzip', 'brotli'],
    rows.map(([name, s]) => (s ? [name, kb(s.raw), kb(s.gzip), kb(s.brotli)] : [name, 'not built', '-', '-'])),
  );
  const both = wasm.gzip + glue.gzip;
  bars.push(['wasm + JS glue ≤ 90 KB gzipped', kb(both), both <= 90 * 1024]);
  bars.push(['whole widget ≤ 120 KB gzipped', widgetTotal ? kb(widgetTotal.gzip) : 'not built', widgetTotal ? widgetTotal.gzip <= 120 * 1024 : null]);
}

// ---------------------------------------------------------------- scaling
if (want('scaling')) {
  console.log(`\n## Scaling: one call on one input of each size (median ms)\n`);
  const sizesList = [1e3, 4e3, 16e3, 64e3, 256e3, 1e6, 4e6, 10e6];
  const words = plainWords(list);
  const news = oneText(list, 10e6);
  const kinds = { 'news text': (n) => cutTo(news, n) };
  for (const [name, make] of Object.entries(pathological)) kinds[name] = (n) => make(n, words);
  const columns = Object.keys(kinds);
  // Warm the code paths up first, so that the first size measured is not
  // also the first call after the sections before.
  for (const kind of columns) timeIt(() => hedgeline(kinds[kind](64e3), '2025-03-18'), { runs: 1, warmup: 3, minMs: 20 });
  const times = {};
  // A call that takes over 2 s stops that input from growing further (a
  // quadratic path would take minutes at 10 MB); the exponent is fitted on
  // the sizes measured.
  const stopped = {};
  for (const kind of columns) {
    times[kind] = [];
    for (const n of sizesList) {
      if (quick && n > 1e6 && kind !== 'news text') break;
      const text = kinds[kind](n);
      const t = performance.now();
      hedgeline(text, '2025-03-18');
      const once = performance.now() - t;
      const ms = once > 1000 ? once : timeIt(() => hedgeline(text, '2025-03-18'), { runs: n >= 4e6 ? 3 : 5, warmup: 0, minMs: 50 });
      times[kind].push([bytesOf(text), ms]);
      if (ms > 2000) {
        stopped[kind] = n;
        break;
      }
    }
  }
  const rows = sizesList.map((n, i) => [
    size(n),
    ...columns.map((k) => (times[k][i] ? fmt(times[k][i][1], 3) : stopped[k] ? 'stopped' : '-')),
  ]);
  const exps = columns.map((k) => fitExponent(times[k]));
  // Fixed costs flatten the small sizes; the slope above 64 KB shows the
  // asymptotic behaviour (2 for a quadratic path).
  const tops = columns.map((k) => {
    const top = times[k].filter(([n]) => n >= 64e3);
    return top.length >= 2 ? fitExponent(top) : NaN;
  });
  rows.push(['**fitted exponent**', ...exps.map((e) => `**${e.toFixed(2)}**`)]);
  rows.push(['exponent from 64 KB up', ...tops.map((e) => (Number.isNaN(e) ? '-' : e.toFixed(2)))]);
  table(['size', ...columns], rows);
  console.log('\nExponent: least-squares slope of log(time) on log(size) over every size measured; 1 is linear.');
  for (const [kind, n] of Object.entries(stopped)) {
    console.log(`"${kind}" took over 2 s at ${size(n)}: larger sizes were not run.`);
  }
  const worst = Math.max(...exps);
  const worstKind = columns[exps.indexOf(worst)];
  bars.push([`linear scaling: exponent ≤ 1.1 from 1 KB to 10 MB (worst input: ${worstKind})`, worst.toFixed(2), worst <= 1.1]);
  bars.push(['linear scaling on news text', exps[0].toFixed(2), exps[0] <= 1.1]);
}

// ---------------------------------------------------------------- browser
if (want('browser')) {
  console.log(`\n## The widget in the browser: a 5,000-word sample page\n`);
  const widget = findWidget();
  if (!widget) {
    console.log('Widget not built (no www/dist/hedgeline.js or pkg/dist/hedgeline.js): skipped.');
    bars.push(['widget: first highlight ≤ 150 ms, no task over 50 ms', 'not built', null]);
  } else if (!existsSync(CHROMIUM)) {
    console.log(`No Chromium at ${CHROMIUM}: skipped.`);
  } else {
    const { words, results } = await widgetOnPage(widget, list, quick ? 3 : 5);
    const ok = results.filter((r) => r.highlightFromInsert !== null);
    const errors = [...new Set(results.flatMap((r) => [...r.errors, ...(r.error ? [r.error] : [])]))];
    console.log(`${widget.entry} on a page of ${words} words; ${results.length} runs, each in a fresh context.\n`);
    if (ok.length) {
      const m = (k) => fmt(median(ok.map((r) => r[k]).filter((x) => x !== null)), 1);
      const longestMedian = median(ok.map((r) => r.longest));
      table(
        ['median over runs', 'ms'],
        [
          ['first highlight after the script tag is inserted', m('highlightFromInsert')],
          ['first highlight after the script has loaded and run', m('highlightFromLoad')],
          ['`hedgeline:ready` after the script tag is inserted', m('readyFromInsert')],
          ['longest main-thread task after insertion (longtask entries are tasks > 50 ms)', longestMedian ? m('longest') : 'none over 50 ms'],
          ['tasks over 50 ms', m('over50')],
        ],
      );
      const first = median(ok.map((r) => r.highlightFromLoad ?? r.highlightFromInsert));
      const longest = median(ok.map((r) => r.longest));
      bars.push(['widget: first highlight ≤ 150 ms after load', `${fmt(first)} ms`, first <= 150]);
      bars.push(['widget: no main-thread task over 50 ms', longest ? `${fmt(longest)} ms` : 'none', longest <= 50]);
    } else {
      console.log('The widget registered no `hedgeline-hedge` highlight within 20 s.');
    }
    if (errors.length) console.log(`\nPage errors: ${errors.join('; ')}`);
  }
}

// ------------------------------------------------------------------- bars
console.log(`\n## The bars\n`);
console.log(`Load average at the end: ${load()}.\n`);
table(
  ['bar', 'measured', ''],
  bars.map(([bar, measured, pass]) => [bar, measured, pass === null ? 'n/a' : pass ? 'met' : '**NOT MET**']),
);
