// The demo server: what it serves, with which types, and what it refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startServer, resolvePath } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let base;

before(async () => {
  ({ server } = await startServer({ port: 0 }));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((resolve) => server.close(resolve)));

test('serves the demos, the widget and the package with their types', async () => {
  const cases = [
    ['/', 'text/html; charset=utf-8'],
    ['/playground.html', 'text/html; charset=utf-8'],
    ['/news/trump-putin-call.html', 'text/html; charset=utf-8'],
    ['/news/news.css', 'text/css; charset=utf-8'],
    ['/dist/hedgeline.js', 'text/javascript; charset=utf-8'],
    ['/dist/hedgeline_bg.wasm', 'application/wasm'],
    ['/pkg/hedgeline.js', 'text/javascript; charset=utf-8'],
    ['/pkg/hedgeline_bg.wasm', 'application/wasm'],
    ['/pkg/package.json', 'application/json; charset=utf-8'],
  ];
  for (const [path, type] of cases) {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), type, path);
    const body = Buffer.from(await res.arrayBuffer());
    assert.equal(Number(res.headers.get('content-length')), body.length, path);
    if (path.endsWith('.wasm')) assert.deepEqual([...body.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d], 'wasm magic');
  }
});

test('folders redirect to their slash, missing files are 404, other methods 405', async () => {
  const folder = await fetch(`${base}/news`, { redirect: 'manual' });
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.get('location'), '/news/');
  assert.equal((await fetch(`${base}/nope.html`)).status, 404);
  assert.equal((await fetch(`${base}/`, { method: 'POST' })).status, 405);
});

test('nothing outside www/ and pkg/ is reachable', async () => {
  for (const path of ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/pkg/..%2fCargo.toml', '/pkg/%2e%2e/%2e%2e/etc/passwd', '/%00']) {
    const res = await fetch(base + path);
    assert.ok(res.status === 404 || res.status === 400, `${path}: ${res.status}`);
  }
  assert.equal(resolvePath('/pkg/../../Cargo.toml'), null);
  assert.equal(resolvePath('/%E0%A4%A'), null);
  assert.equal(resolvePath('/pkg/hedgeline.js'), `${root}pkg/hedgeline.js`);
});

test('a port in use is reported clearly', async () => {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address();
  try {
    const child = spawn(process.execPath, [`${root}scripts/serve.mjs`], { env: { ...process.env, PORT: String(port) } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`port ${port} is already in use.*PORT=8081 npm start`));
  } finally {
    blocker.close();
  }
});
