// The package's TypeScript types against real use and real results:
// `tsc --noEmit` on tests/node/types/example.ts (which uses every field) and
// on results of `analyze` written out as typed literals, so that a field
// the serializer emits but pkg/hedgeline.d.ts lacks (or the other way
// round, or a wrong literal type) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../pkg/node.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const seed = readFileSync(join(root, 'tests/corpus/seed-article.txt'), 'utf8');

/** Type-checks `files` ({ name: source }) with the example; returns { ok, output }. */
function typecheck(files, { example = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hedgeline-types-'));
  try {
    for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        types: [],
        paths: { hedgeline: [join(root, 'pkg/hedgeline.d.ts')] },
      },
      files: [...(example ? [join(root, 'tests/node/types/example.ts')] : []), ...Object.keys(files).map((f) => join(dir, f))],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
      return { ok: true, output: '' };
    } catch (error) {
      return { ok: false, output: `${error.stdout}${error.stderr}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A module declaring real results as typed literals. */
function resultsModule(results) {
  return `import type { Analysis } from 'hedgeline';\nexport const results: Analysis[] = ${JSON.stringify(results, null, 1)};\n`;
}

test('the example and real results type-check against pkg/hedgeline.d.ts', () => {
  const results = [
    analyze(seed, { publishedAt: '2025-03-18' }),
    analyze(seed),
    analyze('“It may rain,” she said. Officials clearly agreed to reopen the road by Friday, 2 May 2025, reportedly.', { publishedAt: '2025-04-28' }),
    analyze(''),
  ];
  // The literals cover the optional fields both ways.
  const timexes = results.flatMap((r) => r.timexes);
  assert.ok(timexes.some((t) => 'mod' in t) && timexes.some((t) => !('mod' in t)), 'results with and without mod');
  assert.ok(timexes.some((t) => 'offset' in t) && timexes.some((t) => !('offset' in t)), 'results with and without offset');
  assert.ok(results.some((r) => r.publishedAt === null) && results.some((r) => r.publishedAt !== null));
  const { ok, output } = typecheck({ 'results.ts': resultsModule(results) });
  assert.ok(ok, output);
});

test('a result field missing from the types fails the check', () => {
  const result = analyze('It may rain.');
  result.hedging.cues[0].confidence = 0.5;
  const { ok, output } = typecheck({ 'results.ts': resultsModule([result]) }, { example: false });
  assert.equal(ok, false);
  assert.match(output, /confidence/);
});
