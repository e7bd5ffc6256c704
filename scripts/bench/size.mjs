// Download sizes, measured from the files: raw, gzip -9 and brotli -q 11.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `{ raw, gzip, brotli }` byte counts of a buffer, each file compressed on its own. */
export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

/** Sums of per-file sizes (each file is a separate download). */
export function sum(list) {
  return list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

export const fileSizes = (path) => sizes(readFileSync(join(root, path)));

/** The widget's download: every .js, .mjs, .wasm and .css file under its folder (no source maps). */
export function widgetFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(m?js|wasm|css)$/.test(name)) out.push(relative(root, p));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/**
 * What a page with the widget downloads: its script (`entry`, with the
 * panel's CSS bundled in as text) and the files beside it that the script
 * names (the wasm it fetches, a stylesheet it would load), not the other
 * bundles of the folder (the playground demo's). The package's wasm when the
 * script names none of its own.
 */
export function widgetDownload({ dir, entry }) {
  const script = readFileSync(join(root, entry), 'utf8');
  const named = widgetFiles(dir).filter((f) => f !== entry && /\.(wasm|css)$/.test(f) && script.includes(f.slice(dir.length + 1)));
  const files = [entry, ...named];
  if (!named.some((f) => f.endsWith('.wasm'))) files.push('pkg/hedgeline_bg.wasm');
  return files;
}

/** Bundles `source` (an ES module resolved from the repo root) with esbuild, minified, for browsers. */
export async function bundle(source) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return Buffer.from(result.outputFiles[0].contents);
}
