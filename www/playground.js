// The playground: the npm package used directly in a page, as a developer
// would (`init()` once, then `analyze` as often as needed), with the
// widget's highlighter and its panel beside the text. Bundled by
// scripts/build-widget.mjs into dist/playground.js (the panel's CSS is a
// text import); the package itself stays an import of /pkg/hedgeline.js.
import init, { analyze, version } from '/pkg/hedgeline.js';
import { paint } from './widget/highlights.js';
import { definePanel, TAG } from './widget/panel.js';

const $ = (id) => document.getElementById(id);
const textarea = $('text');
const published = $('published');
const status = $('status');
const rendered = $('rendered');

definePanel();
const panel = document.createElement(TAG);
panel.setAttribute('placement', 'container');
$('findings').append(panel);

let highlights = null;
let node = null;
let timer = 0;
let view = null;

function range(start, end) {
  const r = document.createRange();
  r.setStart(node, Math.min(start, node.length));
  r.setEnd(node, Math.min(end, node.length));
  return r;
}

// The panel's "show in the article": mark the span in the rendered text.
panel.addEventListener('hedgeline-select', (e) => {
  if (!node || !highlights) return;
  const r = range(e.detail.start, e.detail.end);
  highlights.focus(r);
  const box = rendered.getBoundingClientRect();
  const at = r.getBoundingClientRect();
  rendered.scrollTop += at.top - box.top - rendered.clientHeight / 3;
  rendered.scrollIntoView({ block: 'nearest' });
});
panel.addEventListener('hedgeline-toggle', () => {
  if (!highlights) return;
  const on = !highlights.shown();
  highlights.show(on);
  if (!on) highlights.focus(null);
  view.highlights = on;
  panel.setHighlights(on);
});

// The JSON shown: a pasted book gives tens of MB of JSON, which would hold
// the page for seconds in a <pre>; past this many characters only the start
// is shown, and the whole result stays in `window.lastAnalysis`.
const JSON_SHOWN = 200_000;

function jsonShown(json) {
  if (json.length <= JSON_SHOWN) return json;
  const cut = json.lastIndexOf('\n', JSON_SHOWN);
  const rest = ((json.length - cut) / 1024).toFixed(0);
  return `${json.slice(0, cut)}\n… ${rest} KB more: the whole result is window.lastAnalysis in the console.`;
}

function run() {
  const text = textarea.value;
  const options = published.value ? { publishedAt: published.value } : undefined;
  const t0 = performance.now();
  let analysis;
  try {
    analysis = analyze(text, options);
  } catch (error) {
    status.textContent = error.message;
    return;
  }
  const ms = performance.now() - t0;
  window.lastAnalysis = analysis;

  // The text as one text node, highlighted in place by offsets.
  node = document.createTextNode(text);
  rendered.replaceChildren(node);
  const on = highlights ? highlights.shown() : true;
  highlights?.clear();
  highlights = paint(document, {
    hedge: analysis.hedging.cues.map((s) => range(s.start, s.end)),
    booster: analysis.hedging.boosters.map((s) => range(s.start, s.end)),
    pledge: analysis.pledges.map((s) => range(s.start, s.end)),
    timex: analysis.timexes.map((s) => range(s.start, s.end)),
  });
  highlights?.show(on);

  view = {
    analysis,
    text,
    publishedAt: analysis.publishedAt,
    publishedAtSource: analysis.publishedAt ? 'the date field' : null,
    highlights: highlights ? highlights.shown() : null,
    locale: document.documentElement.lang || undefined,
  };
  panel.render(view);

  const json = JSON.stringify(analysis, null, 2);
  $('json').textContent = jsonShown(json);
  $('json-size').textContent = `(${(json.length / 1024).toFixed(1)} KB)`;
  status.textContent = `Analyzed ${text.length.toLocaleString('en')} characters in ${ms.toFixed(1)} ms · hedgeline ${version()}`;
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
}

try {
  await init();
  textarea.addEventListener('input', schedule);
  published.addEventListener('input', schedule);
  run();
} catch (error) {
  status.textContent = `Could not load the analyzer: ${error.message}`;
}
