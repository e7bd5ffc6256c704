// hedgeline.js: the embeddable widget.
//
//   <script src="https://cdn.example/hedgeline/hedgeline.js" async
//           data-container="#hedgeline" data-theme="auto"></script>
//
// Loads at idle time once the page is parsed, finds the article, analyzes
// it in the reader's browser and shows the findings. Exposes
// `window.Hedgeline` ({ version, mount, destroy, analysis }) and dispatches
// `hedgeline:ready` on `document` with the result. Throws nothing into the
// page: a failure logs one quiet warning and the widget removes itself.
import { readConfig, pick } from './config.js';
import { Widget, WidgetError } from './widget.js';

const VERSION = __HEDGELINE_VERSION__;

// Read while the script runs: `document.currentScript` is null afterwards.
const script = document.currentScript ?? document.querySelector('script[src*="hedgeline"][src$=".js"]');

/** The wasm's default URL: beside this script, whatever page loads it. */
function defaultWasmUrl() {
  try {
    return script?.src ? new URL('hedgeline_bg.wasm', script.src).href : null;
  } catch {
    return null;
  }
}

function whenParsed() {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

/** Resolves when the browser is idle (or after `timeout` ms at the latest). */
function whenIdle(timeout = 1000) {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
}

let current = null;

function warn(error) {
  const reason = error instanceof WidgetError ? error.message : `${error?.message ?? error}`;
  console.warn(`hedgeline: not shown: ${reason}`);
}

/**
 * Mounts the widget (replacing one already mounted), with `options` over
 * the page's settings. Resolves to the analysis, or null when it could not
 * be shown (after one console warning). Never rejects.
 */
async function mount(options) {
  destroy();
  const config = { ...readConfig(document, script), ...pick(options ?? {}) };
  config.wasm = config.wasm ? new URL(config.wasm, document.baseURI).href : defaultWasmUrl();
  const widget = new Widget(config);
  current = widget;
  try {
    await whenParsed();
    await whenIdle();
    if (widget.destroyed) return null;
    const detail = await widget.run();
    if (!detail || widget.destroyed) return null;
    document.dispatchEvent(new CustomEvent('hedgeline:ready', { detail }));
    return detail.analysis;
  } catch (error) {
    widget.destroy();
    if (current === widget) current = null;
    warn(error);
    return null;
  }
}

/** Removes the panel, the highlights and their stylesheet. */
function destroy() {
  current?.destroy();
  current = null;
}

// Safe to load twice: the first copy stays in charge.
if (!window.Hedgeline) {
  const api = Object.freeze({
    version: VERSION,
    mount,
    destroy,
    /** The last analysis shown, or null. */
    get analysis() {
      return current?.result?.analysis ?? null;
    },
  });
  Object.defineProperty(window, 'Hedgeline', { value: api, configurable: true });
  try {
    if (readConfig(document, script).mount !== 'manual') mount();
  } catch (error) {
    warn(error);
  }
}
