// One cold start in a fresh Node process: import the JS glue, compile the
// wasm, instantiate it, analyze the seed article. Prints the phases in
// milliseconds as JSON. The parent runs it several times and takes medians.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const seed = readFileSync(new URL('tests/corpus/seed-article.txt', root), 'utf8');

const t0 = performance.now();
const glue = await import(new URL('pkg/hedgeline.js', root));
const t1 = performance.now();
const bytes = readFileSync(new URL('pkg/hedgeline_bg.wasm', root));
const module = new WebAssembly.Module(bytes);
const t2 = performance.now();
glue.initSync({ module });
const t3 = performance.now();
const result = glue.analyze(seed, { publishedAt: '2025-03-18' });
const t4 = performance.now();
if (!result.sentences.length) throw new Error('no sentences');
console.log(JSON.stringify({ import: t1 - t0, compile: t2 - t1, instantiate: t3 - t2, first: t4 - t3, total: t4 - t0 }));
