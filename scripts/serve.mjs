// A small static server for the demos: www/ at the root, the npm package
// at /pkg/. No dependencies (node:http), localhost only, no caching, so a
// rebuild shows on the next reload.
//
//   node scripts/serve.mjs            # http://localhost:8080/
//   PORT=9000 node scripts/serve.mjs
//
// The tests import `startServer` and listen on a free port.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** URL prefix → folder. The longest matching prefix wins. */
const MOUNTS = [
  ['/pkg/', join(root, 'pkg')],
  ['/', join(root, 'www')],
];

/** Content types by extension. `application/wasm` lets browsers compile while downloading. */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Maps a request path to a file inside one of the mounts, or null when it
 * points outside them (`..`, encoded or not).
 */
export function resolvePath(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = resolvePath(req.url);
  let info = file && (await stat(file).catch(() => null));
  if (info?.isDirectory()) {
    // Folders need a trailing slash so that relative links inside resolve.
    if (!req.url.split('?')[0].endsWith('/')) {
      res.writeHead(301, { Location: req.url.split('?')[0] + '/' }).end();
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${req.url}\n`);
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/**
 * Starts the server on `host:port` (port 0 picks a free one) and resolves
 * to `{ server, port, url }` once it listens. Rejects with the listen error, such
 * as EADDRINUSE.
 */
export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(`serve: ${req.url}: ${error.message}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolve({ server, port: actual, url: `http://localhost:${actual}/` });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const raw = process.env.PORT ?? '8080';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT must be a port number, got ${JSON.stringify(raw)}`);
    process.exit(1);
  }
  try {
    const { url } = await startServer({ port });
    console.log(`Hedgeline demos: ${url}`);
    console.log(`  playground:  ${url}playground.html`);
    console.log(`  sample news: ${url}news/trump-putin-call.html`);
    console.log('Press Ctrl+C to stop.');
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      console.error(`serve: port ${port} is already in use. Stop whatever uses it, or pick another port: PORT=8081 npm start`);
    } else if (error.code === 'EACCES') {
      console.error(`serve: not allowed to listen on port ${port}. Pick a port above 1024: PORT=8081 npm start`);
    } else {
      console.error(`serve: could not start: ${error.message}`);
    }
    process.exit(1);
  }
}
