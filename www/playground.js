// The playground: the npm package used directly in a page, as a developer
// would (`init()` once, then `analyze` as often as needed), with the
// widget's highlighter and wording.
import init, { analyze, version } from '/pkg/hedgeline.js';
import { paint } from './widget/highlights.js';
import { explainScore, hedgingLevel, pledgeKindLabel, agentName, pledgeFirmness } from './widget/format.js';

const $ = (id) => document.getElementById(id);
const textarea = $('text');
const published = $('published');
const status = $('status');

/** An element with text children only: nothing here is parsed as HTML. */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.filter((c) => c != null));
  return node;
}

let highlights = null;
let timer = 0;

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

  const score = Math.round(analysis.hedging.score);
  $('score').textContent = String(score);
  $('level').textContent = hedgingLevel(analysis.hedging.score);
  $('explain').textContent = explainScore(analysis);
  const counts = [
    ['Sentences', analysis.sentences.length],
    ['Hedge cues', analysis.hedging.cues.length],
    ['Boosters', analysis.hedging.boosters.length],
    ['Times', analysis.timexes.length],
    ['Pledges', analysis.pledges.length],
  ];
  $('counts').replaceChildren(...counts.flatMap(([k, v]) => [el('dt', null, k), el('dd', null, String(v))]));

  // The text as one text node, highlighted in place by offsets.
  const node = document.createTextNode(text);
  $('rendered').replaceChildren(node);
  const ranges = (spans) => spans.map((s) => {
    const r = document.createRange();
    r.setStart(node, s.start);
    r.setEnd(node, s.end);
    return r;
  });
  highlights?.clear();
  highlights = paint(document, {
    hedge: ranges(analysis.hedging.cues),
    booster: ranges(analysis.hedging.boosters),
    pledge: ranges(analysis.pledges),
    timex: ranges(analysis.timexes),
  });

  const lists = [];
  if (analysis.pledges.length) {
    lists.push(el('h3', null, 'Pledges'), el('ul', 'plain', ...analysis.pledges.map((p) => el('li', null,
      el('b', null, `${pledgeKindLabel(p.kind)}: `), `${agentName(p.agent)} — ${p.trigger.text} ${p.action.text}`,
      p.time ? ` (time: ${p.time.text}${p.time.canonical ? `, ${p.time.canonical}` : ''})` : '',
      el('span', 'muted', ` · ${pledgeFirmness(p)}`)))));
  }
  if (analysis.timexes.length) {
    lists.push(el('h3', null, 'Times'), el('ul', 'plain', ...analysis.timexes.map((t) => el('li', null,
      el('b', null, t.text), ' ', el('code', null, `${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`),
      t.resolved ? '' : el('span', 'muted', ' · unresolved')))));
  }
  $('lists').replaceChildren(...lists);

  const json = JSON.stringify(analysis, null, 2);
  $('json').textContent = json;
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
