// The npm package as a user gets it: packed with `npm pack`, installed into
// an empty folder, imported by name in Node with no other step.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = readFileSync(join(root, 'tests/corpus/seed-article.txt'), 'utf8');
let app;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'hedgeline-app-'));
  const tarball = execFileSync('npm', ['pack', join(root, 'pkg'), '--pack-destination', app, '--silent'], {
    encoding: 'utf8',
  }).trim().split('\n').pop();
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(app, tarball)], { cwd: app, stdio: 'pipe' });
  return () => rmSync(app, { recursive: true, force: true });
});

/** Runs an ES module in the app folder and returns what it printed as JSON. */
function runInApp(source) {
  const file = join(app, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: app, encoding: 'utf8' }));
}

test('the packed tarball imports by name and analyzes the seed article', () => {
  writeFileSync(join(app, 'seed.txt'), seed);
  const out = runInApp(`
    import { analyze } from 'hedgeline';
    import { readFileSync } from 'node:fs';
    const text = readFileSync('seed.txt', 'utf8');
    const a = analyze(text, { publishedAt: '2025-03-18' });
    console.log(JSON.stringify({
      cues: a.hedging.cues.map((c) => text.slice(c.start, c.end)),
      timexes: a.timexes.map((t) => [text.slice(t.start, t.end), t.value]),
      pledge: a.pledges.map((p) => [p.agent && p.agent.text, p.action.text]),
      publishedAt: a.publishedAt,
    }));
  `);
  assert.ok(out.cues.includes('suggests'));
  assert.ok(out.timexes.some(([text, value]) => text.endsWith('30 days') && value === 'P30D'));
  assert.ok(out.pledge.some(([, action]) => action.startsWith('pause assaults on energy infrastructure')));
  assert.equal(out.publishedAt, '2025-03-18');
});

test('the package ships what its manifest promises', () => {
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/hedgeline/package.json'), 'utf8'));
  assert.equal(manifest.name, 'hedgeline');
  for (const file of ['hedgeline_bg.wasm', 'hedgeline.js', 'hedgeline.d.ts', 'node.js', 'README.md']) {
    assert.doesNotThrow(() => readFileSync(join(app, 'node_modules/hedgeline', file)), file);
  }
  // The licence the manifest names, with its texts.
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.match(readFileSync(join(app, 'node_modules/hedgeline/LICENSE-MIT'), 'utf8'), /Permission is hereby granted/);
  assert.match(readFileSync(join(app, 'node_modules/hedgeline/LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0/);
  const types = readFileSync(join(app, 'node_modules/hedgeline/hedgeline.d.ts'), 'utf8');
  assert.match(types, /export function analyze\(text: string, options\?: AnalyzeOptions/);
  assert.match(types, /export interface Analysis/);
});

/**
 * The code blocks under a README heading, with each `expr; // literal` line
 * turned into a check that `expr` equals the literal the comment promises.
 */
function readmeExample(readme, heading) {
  const section = readme.slice(readme.indexOf(heading));
  const block = section.match(/```js\n([\s\S]*?)```/)[1];
  return block
    .split('\n')
    .map((line) => {
      const claim = line.match(/^(.*?);\s*\/\/\s*((?:\[|').*)$/);
      return claim ? `checks.push([${JSON.stringify(claim[1].trim())}, ${claim[1]}, ${claim[2]}]);` : line;
    })
    .join('\n');
}

test("the README's 'Use the analysis from code' example runs as written in the installed package", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const source = readmeExample(readme, '## Use the analysis from code');
  const checks = runInApp(`const checks = [];\n${source}\nconsole.log(JSON.stringify(checks));`);
  assert.ok(checks.length >= 3, 'the example states its results');
  for (const [expr, actual, promised] of checks) assert.deepEqual(actual, promised, expr);
});

test('CommonJS code can require the package where Node requires ES modules', { skip: !process.features.require_module }, () => {
  const file = join(app, 'run.cjs');
  writeFileSync(file, `const { analyze } = require('hedgeline');
console.log(JSON.stringify(analyze('It may rain today.', { publishedAt: '2025-03-18' }).timexes.map((t) => t.value)));`);
  assert.deepEqual(JSON.parse(execFileSync(process.execPath, [file], { cwd: app, encoding: 'utf8' })), ['2025-03-18']);
});
