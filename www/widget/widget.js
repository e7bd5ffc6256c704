// One mounted widget: finds the article, analyzes its text, paints the
// highlights, shows the panel; `destroy()` removes every trace.
//
// Manners: the article's DOM and text are only read, never changed; the
// panel is the one element added to the page (in the publisher's container,
// or floating at the end of <body>); nothing is requested but the widget's
// own wasm.
import { findArticle, findPublishedAt, isoDay } from './article.js';
import { extractText, toRange } from './text.js';
import { paint, supported } from './highlights.js';
import { definePanel, TAG } from './panel.js';
import { loadEngine } from './engine.js';

/** A failure the widget reports in its one quiet warning. */
export class WidgetError extends Error {}

/** A setting the widget could not use and went on without: one warning. */
function notice(message) {
  console.warn(`hedgeline: ${message}`);
}

/** Resolves in a later task, so that the browser can paint and handle input in between. */
function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function reducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class Widget {
  constructor(config) {
    this.config = config;
    this.destroyed = false;
    this.panel = null;
    this.highlights = null;
    this.result = null;
  }

  /** Runs the whole path; resolves to the ready event's detail. Throws WidgetError or engine errors. */
  async run() {
    const doc = document;
    const { config } = this;
    const found = findArticle(doc, config.selector);
    if (!found) {
      throw new WidgetError(config.selector ? `no element matches data-selector "${config.selector}"` : 'no article found on this page; set data-selector');
    }
    const article = found.element;
    const extracted = extractText(found.parts);
    if (!extracted.text.trim()) throw new WidgetError('the article has no text');

    // A setting that cannot be used costs the reader nothing: one warning,
    // and the widget goes on as if it were not set.
    let date = null;
    if (config.publishedAt) {
      const value = isoDay(String(config.publishedAt));
      if (value) date = { value, source: 'the page settings' };
      else notice(`data-published-at "${config.publishedAt}" is not an ISO 8601 date; the page's own date is used`);
    }
    date ??= findPublishedAt(doc, article);

    if (!config.wasm) throw new WidgetError('cannot tell where hedgeline_bg.wasm is; set data-wasm');
    const engine = await loadEngine(config.wasm);
    if (this.destroyed) return null;
    const analysis = engine.analyze(extracted.text, date ? { publishedAt: date.value } : undefined);

    const ranges = (spans) => spans.map((s) => toRange(extracted, s.start, s.end)).filter(Boolean);
    const canHighlight = supported();
    if (canHighlight) {
      this.highlights = paint(doc, {
        hedge: ranges(analysis.hedging.cues),
        booster: ranges(analysis.hedging.boosters),
        pledge: ranges(analysis.pledges),
        timex: ranges(analysis.timexes),
      });
      this.highlights.show(config.highlights !== false);
    }

    // Give the page the frame with the highlights before building the
    // panel: two shorter tasks instead of one long one.
    await nextTask();
    if (this.destroyed) return null;

    definePanel();
    const panel = doc.createElement(TAG);
    panel.setAttribute('theme', ['dark', 'auto'].includes(config.theme) ? config.theme : 'light');
    if (config.container && !doc.querySelector(config.container)) {
      notice(`no element matches data-container "${config.container}"; the panel floats`);
    }
    panel.addEventListener('hedgeline-select', (e) => this.select(extracted, e.detail.start, e.detail.end));
    panel.addEventListener('hedgeline-toggle', () => this.toggleHighlights());
    this.panel = panel;
    this.view = {
      analysis,
      text: extracted.text,
      publishedAt: date?.value ?? null,
      publishedAtSource: date?.source ?? null,
      highlights: canHighlight ? this.highlights.shown() : null,
      locale: doc.documentElement.lang || undefined,
    };
    if (config.collapsed) panel.setAttribute('collapsed', '');
    this.place();
    // A rail that the page hides at some widths: follow it.
    this.onResize = () => {
      clearTimeout(this.resizeTimer);
      this.resizeTimer = setTimeout(() => this.place(), 150);
    };
    window.addEventListener('resize', this.onResize);

    this.result = {
      analysis,
      text: extracted.text,
      article,
      articleFoundBy: found.how,
      publishedAt: date?.value ?? null,
      publishedAtSource: date?.source ?? null,
    };
    return this.result;
  }

  /**
   * Puts the panel in the publisher's container, or floating at the end of
   * <body> when there is none or the page hides it (a rail that is
   * display:none on phones). Renders again when the placement changes.
   */
  place() {
    const { panel, config } = this;
    if (!panel) return;
    let container = config.container ? document.querySelector(config.container) : null;
    if (container && typeof container.checkVisibility === 'function' && !container.checkVisibility()) container = null;
    const placement = container ? 'container' : 'float';
    const parent = container ?? document.body;
    if (panel.parentNode === parent && panel.getAttribute('placement') === placement) return;
    panel.setAttribute('placement', placement);
    if (panel.parentNode !== parent) parent.append(panel);
    panel.render(this.view);
  }

  /** Scrolls the article to `[start, end)` of the analyzed text and marks it. */
  select(extracted, start, end) {
    const range = toRange(extracted, start, end);
    if (!range) return;
    this.highlights?.focus(range);
    const rect = range.getBoundingClientRect();
    const top = rect.top + window.scrollY - window.innerHeight / 3;
    window.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  toggleHighlights() {
    if (!this.highlights) return;
    const on = !this.highlights.shown();
    this.highlights.show(on);
    if (!on) this.highlights.focus(null);
    this.view.highlights = on;
    this.panel?.setHighlights(on);
  }

  /** Removes the panel, the highlights and the stylesheet. Idempotent. */
  destroy() {
    this.destroyed = true;
    if (this.onResize) window.removeEventListener('resize', this.onResize);
    clearTimeout(this.resizeTimer);
    this.highlights?.clear();
    this.highlights = null;
    this.panel?.remove();
    this.panel = null;
  }
}
