// Bundles the widget (www/widget/ and the package's JS glue) into one
// classic script, www/dist/hedgeline.js, and copies the optimized wasm
// beside it, where the script looks for it. Bundles the playground into
// www/dist/playground.js (a module that imports the package from /pkg/).
// Prints the gzipped sizes of what a page with the widget downloads.
import { build, transform } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const dist = new URL('www/dist/', root);
const version = JSON.parse(readFileSync(new URL('pkg/package.json', root), 'utf8')).version;

/** `.css` imports as minified text (the panel adopts it as a stylesheet). */
const minifiedCss = {
  name: 'minified-css',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'css', minify: true, target: ['chrome105', 'firefox115', 'safari16'] });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

const common = {
  absWorkingDir: new URL('.', root).pathname,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  target: ['chrome105', 'edge105', 'firefox115', 'safari16'],
  plugins: [minifiedCss],
  define: { __HEDGELINE_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  ...common,
  entryPoints: ['www/widget/main.js'],
  outfile: 'www/dist/hedgeline.js',
  // A classic script: `<script async>` needs no `type=module`, and
  // `document.currentScript` (how it finds its wasm) works only there.
  format: 'iife',
  // The glue's default wasm URL uses import.meta.url, empty in a classic
  // script; the widget always passes the URL itself.
  logOverride: { 'empty-import-meta': 'silent' },
});
await build({
  ...common,
  entryPoints: ['www/playground.js'],
  outfile: 'www/dist/playground.js',
  format: 'esm',
  target: ['es2022'],
  external: ['/pkg/hedgeline.js'],
});
copyFileSync(new URL('pkg/hedgeline_bg.wasm', root), new URL('hedgeline_bg.wasm', dist));

const gz = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const js = gz('hedgeline.js');
const wasm = gz('hedgeline_bg.wasm');
console.log(`widget: www/dist/hedgeline.js ${kb(js)} + hedgeline_bg.wasm ${kb(wasm)} = ${kb(js + wasm)} gzipped`);
