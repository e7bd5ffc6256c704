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
  agentName,
  cueKindLabel,
  explainScore,
  formatDay,
  formatSpan,
  hedgingLevel,
  mostHedged,
  pledgeFirmness,
  pledgeKindLabel,
  splitTimeline,
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
  for (const child of children.flat()) {
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

/** The words between a pledge's trigger and its action ("agreeing| to |pause"), or a space. */
function between(text, trigger, action) {
  if (!trigger || trigger.end > action.start || action.start - trigger.end > 40) return ' ';
  return text.slice(trigger.end, action.start).replace(/\s+/g, ' ') || ' ';
}

export class HedgelinePanel extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [stylesheet()];
  }

  /**
   * Renders the findings. `view` is `{ analysis, text, publishedAt,
   * publishedAtSource, highlights (bool | null when unsupported), locale }`.
   */
  render(view) {
    const { analysis, text } = view;
    this.view = view;
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

    const level = hedgingLevel(analysis.hedging.score);
    const scoreBlock = h('section', { class: 'block score', 'aria-labelledby': 'hl-score' },
      h('h2', { id: 'hl-score' }, 'Hedging score'),
      h('p', { class: 'score-row' },
        h('span', { class: 'score-num' }, String(score)),
        h('span', { class: 'score-of' }, '/100'),
        h('span', { class: 'level' }, level)),
      h('div', { class: 'meter', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(score), 'aria-label': 'Hedging score' }, h('span')),
      h('p', { class: 'explain' }, explainScore(analysis)),
      h('ul', { class: 'legend', 'aria-label': 'Highlight key' },
        h('li', null, h('span', { class: 'k k-hedge' }, 'may'), 'hedge'),
        h('li', null, h('span', { class: 'k k-booster' }, 'clearly'), 'certainty'),
        h('li', null, h('span', { class: 'k k-pledge' }, 'agreed to'), 'pledge'),
        h('li', null, h('span', { class: 'k k-timex' }, 'today'), 'time')),
    );
    scoreBlock.querySelector('.meter > span').style.setProperty('--value', `${Math.max(0, Math.min(100, score))}%`);

    const top = mostHedged(analysis, 3);
    const sentenceBlock = h('section', { class: 'block', 'aria-labelledby': 'hl-sentences' },
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

    const pledgeBlock = h('section', { class: 'block', 'aria-labelledby': 'hl-pledges' },
      h('h2', { id: 'hl-pledges' }, 'Pledges', h('span', { class: 'count' }, String(analysis.pledges.length))),
      analysis.pledges.length === 0
        ? h('p', { class: 'empty' }, 'No pledges or commitments reported.')
        : h('div', { class: 'cards' }, analysis.pledges.map((p) => this.pledgeCard(p, text, pick))),
    );

    const { dated, undated } = splitTimeline(analysis);
    const locale = view.locale;
    // One point per distinct date; the publication date is one of them.
    const groups = [];
    for (const { entry, timex } of dated) {
      const when = formatSpan(entry, locale);
      let group = groups.find((g) => g.when === when);
      if (!group) groups.push((group = { when, day: entry.earliest ?? entry.latest, relation: entry.relation, items: [] }));
      group.items.push(h('button', { class: 'timex-btn what-time', type: 'button', onclick: pick(timex.start, timex.end) },
        `“${timex.text}”`, entry.approximate ? ', approximately' : '',
        entry.pledge != null ? h('span', { class: 'tag pledge' }, 'pledge') : null));
    }
    if (analysis.publishedAt) {
      const when = formatDay(analysis.publishedAt, locale);
      let group = groups.find((g) => g.when === when);
      if (!group) {
        group = { when, day: analysis.publishedAt, relation: 'present', items: [] };
        const at = groups.findIndex((g) => g.day > analysis.publishedAt);
        groups.splice(at < 0 ? groups.length : at, 0, group);
      }
      group.published = true;
      group.items.unshift(h('span', { class: 'what-time' }, 'Published'));
    }
    const track = groups.map((g) => h('li', { class: `${g.relation}${g.published ? ' published' : ''}` },
      h('span', { class: 'when' }, g.when),
      g.items.map((item) => h('div', null, item))));
    const timelineBlock = h('section', { class: 'block', 'aria-labelledby': 'hl-timeline' },
      h('h2', { id: 'hl-timeline' }, 'Timeline'),
      track.length ? h('ol', { class: 'track' }, track) : null,
      undated.length
        ? [h('h3', null, dated.length || analysis.publishedAt ? 'Durations and undated times' : 'Times mentioned'),
          h('ul', { class: 'durations' }, undated.map(({ entry, timex }) => h('li', null,
            h('button', { type: 'button', onclick: pick(timex.start, timex.end), title: `TIMEX3 ${timex.value}` },
              entry.label || timex.text,
              entry.pledge != null ? h('span', { class: 'tag pledge' }, 'pledge') : null))))]
        : null,
      !track.length && !undated.length ? h('p', { class: 'empty' }, 'No dates or durations mentioned.') : null,
    );

    const foot = h('footer', { class: 'foot' },
      h('p', null, 'Analyzed in your browser. Nothing on this page is sent anywhere.'),
      h('p', null, analysis.publishedAt
        ? `Dates are placed relative to publication on ${formatDay(analysis.publishedAt, locale)}${view.publishedAtSource ? ` (from ${view.publishedAtSource})` : ''}.`
        : 'No publication date found on this page: relative dates such as “today” are left unresolved.'),
      view.highlights == null ? h('p', null, 'This browser cannot highlight text in place; the findings are listed above.') : null,
    );

    const body = h('div', { class: 'body' }, scoreBlock, sentenceBlock, pledgeBlock, timelineBlock);
    this.scroll = h('div', { class: 'scroll' }, body, foot);
    const panel = h('section', { class: 'panel', 'aria-label': 'Hedgeline: hedging, pledges and timeline of this article' }, head, this.scroll);
    this.shadowRoot.replaceChildren(panel);
    this.setCollapsed(this.hasAttribute('collapsed'));
  }

  pledgeCard(p, text, pick) {
    const trigger = p.trigger?.text ?? '';
    const facts = [];
    const fact = (label, arg, value) => {
      if (!arg) return;
      facts.push(h('dt', null, label), h('dd', null, arg.text, value ? h('span', { class: 'value' }, ` ${value}`) : null));
    };
    fact('To whom', p.addressee);
    fact('How long', p.time, p.time?.canonical);
    fact('On condition', p.condition);
    return h('article', { class: `card${p.negated ? ' negated' : ''}` },
      h('div', { class: 'card-head' },
        h('span', { class: 'badge' }, pledgeKindLabel(p.kind)),
        h('span', { class: 'firm' }, pledgeFirmness(p))),
      h('p', { class: 'who' }, agentName(p.agent)),
      h('p', { class: 'what' }, h('span', { class: 'trigger' }, trigger), between(text, p.trigger, p.action), p.action.text),
      facts.length ? h('dl', { class: 'facts' }, facts) : null,
      h('button', { class: 'link', type: 'button', onclick: pick(p.start, p.end) }, 'Show in the article'),
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
