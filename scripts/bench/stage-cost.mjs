// What each analyzer costs a page: the package built with stages switched
// off, its size and its per-article throughput, in one Node process.
//
//   node scripts/bench/stage-cost.mjs        (about 5 minutes: five builds)
//
// The builds come from HEAD in a scratch git worktree with
// benches/stage-cost.patch applied: the patch makes each stage of
// `hedgeline::analyze` return an empty result when an environment variable
// is set at compile time, so that the optimizer drops its code. Nothing here
// is a product option: a build without a stage gives wrong results, and is
// only measured. The timing is the bench's (the same articles, per-article
// calls, rounds interleaved), on the five builds side by side.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { articles, repeatTo } from './corpus.mjs';
import { median, kb } from './stats.mjs';
import { peers } from './peers.mjs';

const CHRONO = 'chrono-node (casual, en)';

const root = fileURLToPath(new URL('../../', import.meta.url));

const VARIANTS = [
  { name: 'the full analysis', off: [] },
  { name: 'without pledges', off: ['PLEDGE'] },
  { name: 'without pledges and timexes (hedging only)', off: ['PLEDGE', 'TIMEX', 'TIMELINE'] },
  { name: 'without hedging', off: ['HEDGE'] },
  { name: 'no analyzer (text layer and result only)', off: ['HEDGE', 'PLEDGE', 'TIMEX', 'TIMELINE'] },
];

const run = (cmd, args, opts) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], ...opts });

const work = mkdtempSync(join(tmpdir(), 'hedgeline-stage-cost-'));
const tree = join(work, 'tree');
try {
  run('git', ['worktree', 'add', '--quiet', '--detach', tree, 'HEAD'], { cwd: root });
  run('git', ['apply', join(root, 'benches/stage-cost.patch')], { cwd: tree });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  for (const v of VARIANTS) {
    process.stderr.write(`building ${v.name}\n`);
    const env = { ...process.env, CARGO_TARGET_DIR: join(root, 'target/stage-cost') };
    for (const stage of v.off) env[`PROBE_NO_${stage}`] = '1';
    run('bash', ['scripts/build.sh'], { cwd: tree, env });
    v.dir = join(work, `pkg-${VARIANTS.indexOf(v)}`);
    cpSync(join(tree, 'pkg'), v.dir, { recursive: true });
    const gz = (f) => gzipSync(readFileSync(join(v.dir, f)), { level: 9 }).length;
    v.wasm = gz('hedgeline_bg.wasm');
    v.analyze = (await import(pathToFileURL(join(v.dir, 'node.js')).href)).analyze;
  }

  const { articles: list, bytes } = repeatTo(articles(), 1_000_000);
  const pass = (analyze) => {
    const t = performance.now();
    for (const a of list) analyze(a.text, a.publishedAt ? { publishedAt: a.publishedAt } : undefined);
    return performance.now() - t;
  };
  const chrono = { analyze: (text, options) => peers[CHRONO](text, options?.publishedAt), ms: [] };
  for (const v of [...VARIANTS, chrono]) pass(v.analyze);
  for (const v of VARIANTS) v.ms = [];
  for (let round = 0; round < 15; round++) {
    for (const v of VARIANTS) v.ms.push(pass(v.analyze));
    if (round % 3 === 0) chrono.ms.push(pass(chrono.analyze));
  }

  const mbs = (ms) => (bytes / 1e6 / (ms / 1e3)).toFixed(1);
  console.log(`${list.length} per-article calls over ${(bytes / 1e6).toFixed(2)} MB, 15 interleaved rounds after a warm-up; load average ${loadavg().map((x) => x.toFixed(2)).join(', ')}\n`);
  console.log(`| build | wasm, gzip | MB/s (median) | MB/s (best) | times ${CHRONO} (median) |`);
  console.log('|---|---|---|---|---|');
  for (const v of VARIANTS) {
    const ratio = (median(chrono.ms) / median(v.ms)).toFixed(1);
    console.log(`| ${v.name} | ${kb(v.wasm)} | ${mbs(median(v.ms))} | ${mbs(Math.min(...v.ms))} | ${ratio}x |`);
  }
  console.log(`| ${CHRONO} | | ${mbs(median(chrono.ms))} | ${mbs(Math.min(...chrono.ms))} | 1 |`);
} finally {
  try {
    run('git', ['worktree', 'remove', '--force', tree], { cwd: root });
  } catch {
    // The scratch tree is removed with its folder below.
  }
  rmSync(work, { recursive: true, force: true });
}
