// Shared setup of the browser tests: Debian's Chromium, headless, driven by
// playwright-core (which never downloads a browser), with a fresh profile,
// against the demo server on a free port.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where screenshots go (git-ignored). */
export const artifacts = join(root, 'tests/artifacts');

/**
 * Starts the demo server and one headless Chromium with a fresh profile.
 * Returns `{ base, context, close }`; `base` is the server's origin URL.
 */
export async function launch() {
  const { server, port } = await startServer({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'hedgeline-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
  } catch (error) {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(artifacts, { recursive: true });
  return {
    base: `http://127.0.0.1:${port}/`,
    context,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page that records page errors, console warnings/errors and every
 * request URL: `{ page, errors, console, requests }`.
 */
export async function openPage(context) {
  const page = await context.newPage();
  const errors = [];
  const messages = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, console: messages, requests };
}
