// The invariants of ARCHITECTURE.md that a search of the source can check.
// Each is an absence: something that must not appear where it does not
// belong. The scanners are tested on examples first, so that a scanner
// that matches nothing cannot pass for a clean tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Files under `dir` (relative to the root) whose name ends with one of `exts`. */
function files(dir, exts) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (exts.some((e) => entry.name.endsWith(e))) out.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/** Rust source without its comments and its `#[cfg(test)]` tail (unit tests end each file). */
function rustCode(source) {
  const cut = source.search(/^#\[cfg\(test\)\]/m);
  const code = cut < 0 ? source : source.slice(0, cut);
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

/** JavaScript source without comments. */
function jsCode(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** `[file:line: text]` for every line of `code` matching `pattern`. */
function hits(file, code, pattern) {
  return code.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

const BINDGEN = /\b(wasm_bindgen|js_sys|web_sys|serde_wasm_bindgen)\b/;
const CLOCK_OR_IO = /\b(SystemTime|Instant|std::time|std::fs|std::net|std::io|std::env|std::process|std::thread|File::open|println!|eprintln!|print!|eprint!|dbg!)/;
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|setHTMLUnsafe|parseHTMLUnsafe)\b/;
const NETWORK = /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts)\b|\bimport\s*\(/;

test('the scanners find what they look for', () => {
  assert.equal(hits('x', rustCode('use wasm_bindgen::prelude::*;'), BINDGEN).length, 1);
  assert.equal(hits('x', rustCode('// wasm_bindgen in a comment\nfn f() {}'), BINDGEN).length, 0);
  assert.equal(hits('x', rustCode('let t = std::time::SystemTime::now();'), CLOCK_OR_IO).length, 1);
  assert.equal(hits('x', rustCode('fn f() {}\n#[cfg(test)]\nmod tests { use std::fs; }'), CLOCK_OR_IO).length, 0);
  assert.equal(hits('x', rustCode('let s = std::fs::read_to_string(p);'), CLOCK_OR_IO).length, 1);
  assert.equal(hits('x', jsCode('el.innerHTML = text;'), HTML_SINKS).length, 1);
  assert.equal(hits('x', jsCode('// never innerHTML\nel.textContent = text;'), HTML_SINKS).length, 0);
  assert.equal(hits('x', jsCode('await fetch(url)'), NETWORK).length, 1);
  assert.equal(hits('x', jsCode("const u = 'https://example.com/x'; // fetch"), NETWORK).length, 0);
});

test('nothing outside src/wasm/ imports wasm_bindgen', () => {
  const core = files('src', ['.rs']).filter((f) => !f.startsWith('src/wasm/'));
  assert.ok(core.length > 5, 'the core has sources');
  const found = core.flatMap((f) => hits(f, rustCode(readFileSync(join(root, f), 'utf8')), BINDGEN));
  assert.deepEqual(found, []);
  // Nor does the core crate depend on it.
  const manifest = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const deps = manifest.match(/^\[dependencies\]\n([\s\S]*?)(?=^\[)/m)?.[1] ?? '';
  assert.doesNotMatch(deps, /wasm-bindgen|js-sys|web-sys|serde-wasm-bindgen/);
});

test('the core reads no clock and does no I/O', () => {
  const core = files('src', ['.rs']).filter((f) => !f.startsWith('src/wasm/'));
  const found = core.flatMap((f) => hits(f, rustCode(readFileSync(join(root, f), 'utf8')), CLOCK_OR_IO));
  assert.deepEqual(found, []);
});

test('the widget never puts text into the page as HTML and fetches nothing itself', () => {
  const widget = files('www/widget', ['.js']);
  assert.ok(widget.includes('www/widget/text.js'));
  const demos = files('www', ['.js']).filter((f) => !f.startsWith('www/dist/'));
  const html = demos.flatMap((f) => hits(f, jsCode(readFileSync(join(root, f), 'utf8')), HTML_SINKS));
  assert.deepEqual(html, []);
  // Its one request, the wasm, is made by the package's glue from the URL it is given.
  const network = widget.flatMap((f) => hits(f, jsCode(readFileSync(join(root, f), 'utf8')), NETWORK));
  assert.deepEqual(network, []);
});

test('ARCHITECTURE.md states the invariants checked here', () => {
  const doc = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  for (const phrase of [
    'nothing outside `src/wasm/` imports `wasm_bindgen`',
    'the core reads no clock and does no I/O',
    "the widget never mutates the article's DOM",
  ]) {
    assert.ok(doc.toLowerCase().includes(phrase.toLowerCase()), phrase);
  }
});

test('the glue is built on the crates the design fixes, and the result goes through serde-wasm-bindgen', () => {
  // Fixed by the product design (../shared/design.md and the foundation
  // issue): wasm-bindgen, web-sys, js-sys, serde-wasm-bindgen and
  // console_error_panic_hook. Options may be read with js_sys (their
  // messages name the field); the result must be built by serde-wasm-bindgen.
  const manifest = readFileSync(join(root, 'src/wasm/Cargo.toml'), 'utf8');
  for (const crate of ['wasm-bindgen', 'web-sys', 'js-sys', 'serde-wasm-bindgen', 'console_error_panic_hook']) {
    assert.match(manifest, new RegExp(`^${crate} = `, 'm'), `src/wasm/Cargo.toml must depend on ${crate}`);
  }
  const glue = rustCode(readFileSync(join(root, 'src/wasm/lib.rs'), 'utf8'));
  assert.match(glue, /serde_wasm_bindgen::/, 'src/wasm/lib.rs must serialize the result with serde_wasm_bindgen');
  assert.match(glue, /console_error_panic_hook::set_once/, 'src/wasm/lib.rs must install the panic hook');
});
