// Completes pkg/ (wasm-pack's output) into the npm package `hedgeline`:
// package.json with an exports map, the Node entry that loads the wasm
// synchronously, and the package README.
import { readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { transform } from 'esbuild';

const root = new URL('../', import.meta.url);
const pkg = new URL('pkg/', root);
const cargo = readFileSync(new URL('Cargo.toml', root), 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))[1];

// The JS a page downloads with the wasm, minified: wasm-bindgen's glue and
// the snippets it imports (src/wasm/expand.js). Exports, `import.meta.url`
// and the snippet paths stay as they are; the types are in hedgeline.d.ts.
// 1.8 KB gzipped of the 5 KB (BENCHMARKS.md).
const js = [new URL('hedgeline.js', pkg)];
for (const entry of readdirSync(new URL('snippets/', pkg), { recursive: true })) {
  if (String(entry).endsWith('.js')) js.push(new URL(`snippets/${entry}`, pkg));
}
for (const file of js) {
  const { code } = await transform(readFileSync(file, 'utf8'), {
    format: 'esm',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
  });
  writeFileSync(file, code);
}

// In Node the module is read from disk and compiled before the first
// import returns, so `analyze` works with no init step.
writeFileSync(
  new URL('node.js', pkg),
  `// Node entry: loads the WebAssembly module synchronously at import.
import { readFileSync } from 'node:fs';
import { initSync } from './hedgeline.js';

initSync({ module: readFileSync(new URL('./hedgeline_bg.wasm', import.meta.url)) });

export * from './hedgeline.js';
export { default } from './hedgeline.js';
`,
);

const manifest = {
  name: 'hedgeline',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  keywords: ['hedging', 'nlp', 'news', 'timex', 'temporal', 'webassembly'],
  files: ['hedgeline_bg.wasm', 'hedgeline_bg.wasm.d.ts', 'hedgeline.js', 'hedgeline.d.ts', 'snippets/', 'node.js', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  main: './node.js',
  module: './hedgeline.js',
  types: './hedgeline.d.ts',
  exports: {
    '.': {
      types: './hedgeline.d.ts',
      node: './node.js',
      default: './hedgeline.js',
    },
    './hedgeline_bg.wasm': './hedgeline_bg.wasm',
    './package.json': './package.json',
  },
  sideEffects: ['./node.js'],
  engines: { node: '>=20' },
};
writeFileSync(new URL('package.json', pkg), JSON.stringify(manifest, null, 2) + '\n');
copyFileSync(new URL('scripts/pkg-readme.md', root), new URL('README.md', pkg));
for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(new URL(licence, root), new URL(licence, pkg));
