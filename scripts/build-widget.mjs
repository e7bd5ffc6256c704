// Bundles the widget (www/widget/ and the package's JS glue) into one
// classic script, www/dist/hedgeline.js, and copies the optimized wasm
// beside it, where the script looks for it. Prints the gzipped sizes.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const dist = new URL('www/dist/', root);
const version = JSON.parse(readFileSync(new URL('pkg/package.json', root), 'utf8')).version;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: ['www/widget/main.js'],
  outfile: 'www/dist/hedgeline.js',
  bundle: true,
  // A classic script: `<script async>` needs no `type=module`, and
  // `document.currentScript` (how it finds its wasm) works only there.
  format: 'iife',
  minify: true,
  sourcemap: 'linked',
  target: ['chrome105', 'edge105', 'firefox115', 'safari16'],
  loader: { '.css': 'text' },
  define: { __HEDGELINE_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  // The glue's default wasm URL uses import.meta.url, empty in a classic
  // script; the widget always passes the URL itself.
  logOverride: { 'empty-import-meta': 'silent' },
  logLevel: 'warning',
});
copyFileSync(new URL('pkg/hedgeline_bg.wasm', root), new URL('hedgeline_bg.wasm', dist));

const gz = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const js = gz('hedgeline.js');
const wasm = gz('hedgeline_bg.wasm');
console.log(`widget: www/dist/hedgeline.js ${kb(js)} + hedgeline_bg.wasm ${kb(wasm)} = ${kb(js + wasm)} gzipped`);
