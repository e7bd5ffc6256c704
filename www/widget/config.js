// Settings of the widget: `data-*` attributes on its <script> tag, over an
// optional `<script type="application/json" id="hedgeline-config">` block,
// over the defaults. Calls to `Hedgeline.mount(options)` override them all.

/** The defaults, and every setting there is. */
export const DEFAULTS = {
  /** CSS selector of the article; detection is used when null. */
  selector: null,
  /** Publication date, ISO 8601; read from the page when null. */
  publishedAt: null,
  /** CSS selector of the element the panel goes into; it floats when null or hidden. */
  container: null,
  /** URL of hedgeline_bg.wasm; next to the script when null. */
  wasm: null,
  /** Paint the in-article highlights from the start. */
  highlights: true,
  /** Panel theme: "light", "dark" or "auto" (follows prefers-color-scheme). */
  theme: 'light',
  /** Start the floating panel collapsed to a bar (true/false). */
  collapsed: true,
  /** "auto" mounts when the page is ready; "manual" waits for Hedgeline.mount(). */
  mount: 'auto',
};

const BOOLEAN = new Set(['highlights', 'collapsed']);

/** Parses "on"/"off"/"true"/"false"/"" for boolean settings. */
function toBool(value) {
  if (typeof value === 'boolean') return value;
  return !/^(off|false|no|0)$/i.test(String(value).trim());
}

/** Settings from a `{ key: value }` source, keeping only known keys. */
export function pick(source) {
  const out = {};
  for (const key of Object.keys(DEFAULTS)) {
    if (source == null || source[key] === undefined || source[key] === null) continue;
    out[key] = BOOLEAN.has(key) ? toBool(source[key]) : source[key];
  }
  return out;
}

/**
 * The JSON block's keys as settings: `publishedAt`, or the attribute's name
 * with or without `data-` (`published-at`, `data-published-at`), so that a
 * publisher who copies the attribute table gets what they wrote.
 */
export function fromBlock(block) {
  const out = {};
  if (block == null || typeof block !== 'object' || Array.isArray(block)) return out;
  for (const [key, value] of Object.entries(block)) {
    out[key.replace(/^data-/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = value;
  }
  return pick(out);
}

/** The settings of the page, for the script element `script` (may be null). */
export function readConfig(doc, script) {
  let block = {};
  const el = doc.getElementById('hedgeline-config');
  if (el && el.type === 'application/json') {
    try {
      block = JSON.parse(el.textContent) ?? {};
    } catch (error) {
      // The publisher's settings are lost: say so once, go on with the tag's.
      console.warn(`hedgeline: the #hedgeline-config block is not valid JSON (${error.message}); using the script tag's settings`);
      block = {};
    }
  }
  return { ...DEFAULTS, ...fromBlock(block), ...pick(script ? { ...script.dataset } : {}) };
}
