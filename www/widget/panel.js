// <hedgeline-panel>: the findings beside the article.
//
// A custom element with an open shadow root and a constructable stylesheet
// (no <style> element, nothing for a strict CSP to block, no host CSS in or
// out). Everything is built with createElement and text nodes: article text
// is never parsed as HTML. Selecting an item fires `hedgeline-select`
// ({ start, end } in the analyzed text) on the element; the widget scrolls
// the article there.
import css from './panel.css';
import {
  around,
  cueKindLabel,
  explainScore,
  formatDay,
  formatDuration,
  formatRange,
  hedgeClasses,
  hedgeVoices,
  hedgingLevel,
  hedgingSummary,
  mostHedged,
  pledgeGroups,
  pledgeHedge,
  pledgeKindLabel,
  pledgeSentence,
  rowWhen,
  shorten,
  timelineRows,
  voiceText,
} from './format.js';

export const TAG = 'hedgeline-panel';

let sheet = null;
function stylesheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/** `h('p', { class: 'x' }, 'text', child)`: an element; strings become text nodes. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === false || value == null) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** `text` with the `[start, end)` spans (relative to `offset`) wrapped in <mark>. */
function marked(text, offset, spans) {
  const out = [];
  let at = 0;
  for (const { start, end } of spans) {
    const s = start - offset;
    const e = end - offset;
    if (s < at || e > text.length) continue;
    if (s > at) out.push(text.slice(at, s));
    out.push(h('mark', null, text.slice(s, e)));
    at = e;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * Where to start quoting a pledge report: at its agent, addressee or
 * firmness word when one comes shortly before it in the same sentence
 * ("Trump secured a temporary pledge from Putin to…" rather than "pledge
 * from Putin to…").
 */
function quoteStart(analysis, p) {
  const from = Math.max(analysis.sentences[p.sentence]?.start ?? p.start, p.start - 60);
  let start = p.start;
  for (const arg of [p.agent, p.addressee, p.firmness]) if (arg && arg.start >= from && arg.start < start) start = arg.start;
  return start;
}

/** Text for screen readers only. */
const sr = (text) => h('span', { class: 'sr' }, text);

/** A small meter with its value also in text (never colour alone). */
function meter(value, label) {
  const bar = h('span', { class: 'meter', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(value), 'aria-label': label }, h('span'));
  bar.firstChild.style.setProperty('--value', `${Math.max(0, Math.min(100, value))}%`);
  return bar;
}

export class HedgelinePanel extends HTMLElement {
  static observedAttributes = ['theme'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [stylesheet()];
  }

  /**
   * A new theme renders again: Chromium does not restyle buttons in the
   * shadow root when only the host's attribute (and so the inherited
   * colours) changes.
   */
  attributeChangedCallback() {
    if (this.view) this.render(this.view);
  }

  /**
   * Renders the findings. `view` is `{ analysis, text, publishedAt,
   * publishedAtSource, highlights (bool | null when unsupported), locale }`.
   */
  render(view) {
    const { analysis, text } = view;
    this.view = view;
    const locale = view.locale;
    const pick = (start, end) => () =>
      this.dispatchEvent(new CustomEvent('hedgeline-select', { detail: { start, end } }));

    const score = Math.round(analysis.hedging.score);
    const head = h('header', { class: 'head' },
      h('p', { class: 'brand' }, h('span', { class: 'mark', 'aria-hidden': 'true' }), h('span', { class: 'brand-name' }, 'Hedgeline')),
    );
    if (view.highlights != null) {
      this.toggleButton = h('button', { class: 'pill', type: 'button', 'aria-pressed': String(view.highlights), onclick: () => this.dispatchEvent(new CustomEvent('hedgeline-toggle')) },
        h('span', { class: 'dot', 'aria-hidden': 'true' }), 'Highlights');
      head.append(this.toggleButton);
    }
    if (this.getAttribute('placement') === 'float') {
      const collapsed = this.hasAttribute('collapsed');
      this.collapseButton = h('button', { class: 'pill', type: 'button', 'aria-expanded': String(!collapsed), onclick: () => this.setCollapsed(!this.hasAttribute('collapsed')) },
        collapsed ? `Score ${score} · Open` : 'Close');
      head.append(this.collapseButton);
    }

    const groups = pledgeGroups(analysis);
    const body = h('div', { class: 'body' },
      this.scoreBlock(analysis, score),
      this.pledgeBlock(analysis, text, groups, pick, locale),
      this.timelineBlock(analysis, text, groups, pick, locale),
      this.sentenceBlock(analysis, text, pick));

    const foot = h('footer', { class: 'foot' },
      view.highlights != null ? h('ul', { class: 'legend', 'aria-label': 'Highlight key' },
        h('li', null, h('span', { class: 'k k-hedge' }, 'may'), 'hedge'),
        h('li', null, h('span', { class: 'k k-booster' }, 'clearly'), 'certainty'),
        h('li', null, h('span', { class: 'k k-pledge' }, 'agreed to'), 'pledge'),
        h('li', null, h('span', { class: 'k k-timex' }, 'today'), 'time')) : null,
      h('p', null, 'Analyzed in your browser. Nothing on this page is sent anywhere.'),
      h('p', null, analysis.publishedAt
        ? `Dates are placed relative to publication on ${formatDay(analysis.publishedAt, locale)}${view.publishedAtSource ? ` (from ${view.publishedAtSource})` : ''}.`
        : 'No publication date found on this page: relative dates such as “today” are left unresolved.'),
      view.highlights == null ? h('p', null, 'This browser cannot highlight text in place; the findings are listed above.') : null,
    );

    this.scroll = h('div', { class: 'scroll' }, body, foot);
    const panel = h('section', { class: 'panel', 'aria-label': 'Hedgeline: hedging, pledges and timeline of this article' }, head, this.scroll);
    this.shadowRoot.replaceChildren(panel);
    this.setCollapsed(this.hasAttribute('collapsed'));
  }

  /** The score, what it means, and how it breaks down by class and by voice. */
  scoreBlock(analysis, score) {
    const { hedging } = analysis;
    const classes = hedgeClasses(analysis);
    const voices = hedgeVoices(analysis);
    const boosters = [...new Set(hedging.boosters.map((b) => `“${b.text.toLowerCase()}”`))];
    return h('section', { class: 'block score', 'aria-labelledby': 'hl-score' },
      h('h2', { id: 'hl-score' }, 'Hedging score'),
      h('p', { class: 'score-row' },
        h('span', { class: 'score-num' }, String(score)),
        h('span', { class: 'score-of' }, '/100'),
        h('span', { class: 'level' }, hedgingLevel(hedging.score))),
      meter(score, 'Hedging score'),
      h('p', { class: 'explain' }, explainScore(analysis)),
      hedging.sentenceCount ? h('p', { class: 'summary' }, hedgingSummary(analysis)) : null,
      classes.length || hedging.sentenceCount
        ? h('dl', { class: 'breakdown' },
          classes.length ? [h('dt', null, 'Kinds of hedge'),
            h('dd', null, h('ul', { class: 'chips' }, classes.map((c) => h('li', null, cueKindLabel(c.kind), ' ', h('b', null, String(c.count))))))] : null,
          h('dt', null, 'Whose words'),
          h('dd', null, h('ul', { class: 'voices' }, voices.map((v) => h('li', { class: v.sentences ? null : 'none' },
            h('span', { class: 'voice' }, `${v.label}:`), ' ',
            h('span', { class: 'voice-figures' }, voiceText(v)),
            v.sentences ? meter(Math.round(v.score), `${v.label}: hedging score`) : null)))),
          boosters.length ? [h('dt', null, 'Certainty markers'), h('dd', null, boosters.join(', '))] : null)
        : null,
    );
  }

  sentenceBlock(analysis, text, pick) {
    const top = mostHedged(analysis, 3);
    return h('section', { class: 'block', 'aria-labelledby': 'hl-sentences' },
      h('h2', { id: 'hl-sentences' }, 'Most hedged sentences'),
      top.length === 0
        ? h('p', { class: 'empty' }, 'No hedged sentences.')
        : h('ol', { class: 'sentences' }, top.map(({ sentence, cues }) => {
          const raw = text.slice(sentence.start, sentence.end);
          const lead = raw.length - raw.trimStart().length;
          const body = raw.trim();
          return h('li', null,
            h('button', { class: 'quote', type: 'button', title: 'Show in the article', onclick: pick(sentence.start + lead, sentence.start + lead + body.length) },
              marked(body, sentence.start + lead, cues)),
            h('p', { class: 'cue-list' }, cues.flatMap((c, i) => [i ? ' · ' : '', h('b', null, c.text), ` ${cueKindLabel(c.kind)}${c.quoted ? ', quoted' : ''}`])));
        })),
    );
  }

  /** One card per commitment, its repeated reports listed inside. */
  pledgeBlock(analysis, text, groups, pick, locale) {
    const reports = analysis.pledges.length;
    return h('section', { class: 'block', 'aria-labelledby': 'hl-pledges' },
      h('h2', { id: 'hl-pledges' }, 'Pledges', h('span', { class: 'count' }, String(groups.length))),
      groups.length === 0
        ? h('p', { class: 'empty' }, 'No pledges or commitments reported.')
        : [groups.length < reports ? h('p', { class: 'note' }, `${reports} reports of ${groups.length} commitment${groups.length === 1 ? '' : 's'}.`) : null,
          h('div', { class: 'cards' }, groups.map((g) => this.pledgeCard(analysis, text, g, pick, locale)))],
    );
  }

  pledgeCard(analysis, text, group, pick, locale) {
    const p = group.pledge;
    const refusal = p.kind === 'refusal' || p.negated;
    const n = group.reports.length;
    // How long, or by when: the first report that says.
    const times = [];
    for (const role of ['duration', 'deadline']) {
      const entry = analysis.timeline.find((e) => e.role === role && group.reports.includes(e.pledge));
      const timex = entry && analysis.timexes[entry.timex];
      if (!timex) continue;
      const days = entry.earliest && entry.latest ? formatRange(entry.earliest, entry.latest, locale, entry.approximate) : '';
      times.push(role === 'duration'
        ? `For ${formatDuration(timex.value) ?? timex.text}${days ? `: ${days}` : ''}`
        : `By ${entry.label && entry.label !== timex.text ? entry.label : days || timex.text}`);
    }
    return h('article', { class: `card${refusal ? ' refusal' : ''}${group.hedged ? ' hedged' : ''}` },
      h('div', { class: 'card-head' },
        h('span', { class: 'badge' }, refusal ? h('span', { class: 'glyph', 'aria-hidden': 'true' }, '✕') : null, pledgeKindLabel(p.kind)),
        group.hedged ? h('span', { class: 'flag' }, h('span', { class: 'glyph', 'aria-hidden': 'true' }, '?'), 'Hedged') : null),
      h('p', { class: 'what' }, pledgeSentence(group, text)),
      times.length ? h('p', { class: 'card-time' }, times.join(' · ')) : null,
      h('p', { class: 'reported' }, n === 1 ? 'In the article:' : `Reported ${n} times:`),
      h(n === 1 ? 'ul' : 'ol', { class: 'reports' }, group.reports.map((i) => {
        const r = analysis.pledges[i];
        const words = shorten(text.slice(quoteStart(analysis, r), r.end).replace(/\s+/g, ' '));
        const hedge = r.hedged ? pledgeHedge(analysis, r) : null;
        const firm = r.firmness && !words.includes(r.firmness.text) ? r.firmness.canonical || r.firmness.text : null;
        const notes = [firm, r.hedged ? `hedged${hedge ? ` by “${hedge.text}”` : ''}` : null].filter(Boolean);
        return h('li', null,
          h('button', { class: 'report', type: 'button', onclick: pick(r.start, r.end) }, sr('Show in the article: '), `“${words}”`),
          notes.length ? [' ', h('span', { class: 'report-note' }, notes.join(', '))] : null);
      })),
    );
  }

  /** Past, publication, ahead; then what the analysis could not place. */
  timelineBlock(analysis, text, groups, pick, locale) {
    const rows = timelineRows(analysis, groups);
    const pub = analysis.publishedAt;
    const items = [];
    const item = ({ entry, timex }) => {
      const sentence = analysis.sentences[entry.sentence];
      const [before, match, after] = sentence ? around(text, timex.start, timex.end, sentence.start, sentence.end) : ['', timex.text, ''];
      return h('button', { class: 'ctx', type: 'button', onclick: pick(timex.start, timex.end) }, sr('Show in the article: '), before, h('b', null, match), after);
    };
    const row = (r, extra) => {
      const group = r.group != null ? groups[r.group] : null;
      const length = r.span ? formatDuration(r.items[0].timex.value) ?? r.items[0].timex.text : null;
      return h('li', { class: `row ${r.span ? 'span' : 'point'}${extra ? ` ${extra}` : ''}` },
        h('p', { class: 'when' }, rowWhen(r, locale), length ? h('span', { class: 'len' }, ` · ${length}`) : null),
        group
          ? h('p', { class: 'promise' }, h('span', { class: 'tag pledge' }, group.pledge.kind === 'refusal' ? 'Refused' : 'Promised'), ' ', pledgeSentence(group, text, false),
            ' ', r.items.map((it, k) => [k ? ', ' : '', h('button', { class: 'link', type: 'button', onclick: pick(it.timex.start, it.timex.end) }, sr('Show in the article: '), `“${it.timex.text}”`)]))
          : r.items.slice(0, 3).map(item));
    };
    const era = (label) => h('li', { class: 'era' }, label);
    if (pub) {
      if (rows.past.length) items.push(era('Before publication'), rows.past.map((r) => row(r, 'past')));
      // The publication day, with what the article places on it.
      const onDay = rows.published.filter((r) => !r.span && r.earliest === pub && r.latest === pub);
      const present = rows.published.filter((r) => !onDay.includes(r) && !(r.span && r.earliest === pub && r.latest === pub));
      const sameDaySpans = rows.published.filter((r) => r.span && r.earliest === pub && r.latest === pub);
      items.push(h('li', { class: 'row pub' },
        h('p', { class: 'when' }, formatDay(pub, locale), ' ', h('span', { class: 'tag' }, 'Published')),
        [...onDay, ...sameDaySpans].flatMap((r) => r.items.slice(0, 3).map(item))));
      items.push(present.map((r) => row(r, 'present')));
      if (rows.ahead.length) items.push(era('Ahead'), rows.ahead.map((r) => row(r, 'ahead')));
    } else {
      items.push(rows.dated.map((r) => row(r)));
    }
    const flat = items.flat();
    return h('section', { class: 'block', 'aria-labelledby': 'hl-timeline' },
      h('h2', { id: 'hl-timeline' }, 'Timeline'),
      flat.length ? h('ol', { class: 'track' }, flat) : null,
      rows.unplaced.length
        ? [h('h3', null, flat.length ? 'Not placed in time' : 'Times mentioned'),
          h('ul', { class: 'durations' }, rows.unplaced.map(({ entry, timex }) => h('li', null,
            h('button', { type: 'button', onclick: pick(timex.start, timex.end), title: `TIMEX3 ${timex.value}` },
              entry.label || timex.text,
              entry.pledge != null ? h('span', { class: 'tag pledge' }, 'pledge') : null))))]
        : null,
      !flat.length && !rows.unplaced.length ? h('p', { class: 'empty' }, 'No dates or durations mentioned.') : null,
    );
  }

  /** Updates the highlight toggle's state. */
  setHighlights(on) {
    this.toggleButton?.setAttribute('aria-pressed', String(on));
  }

  /** Collapses the floating panel to its header bar (or opens it). */
  setCollapsed(collapsed) {
    this.toggleAttribute('collapsed', collapsed);
    const hide = collapsed && this.getAttribute('placement') === 'float';
    if (this.scroll) this.scroll.hidden = hide;
    if (!this.collapseButton) return;
    this.collapseButton.setAttribute('aria-expanded', String(!hide));
    const score = Math.round(this.view?.analysis.hedging.score ?? 0);
    this.collapseButton.textContent = hide ? `Score ${score} · Open` : 'Close';
  }
}

/** Defines the element once, even when the script is loaded twice. */
export function definePanel() {
  if (!customElements.get(TAG)) customElements.define(TAG, HedgelinePanel);
}
