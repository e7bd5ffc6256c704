// In-place highlights with the CSS Custom Highlight API: ranges registered
// in `CSS.highlights` and painted by `::highlight()` rules, so the article's
// DOM and text stay exactly as the publisher wrote them.
//
// Each kind has its own decoration as well as its own tint, so that none
// relies on colour alone: hedges get a wavy underline, boosters a double
// one, pledges a solid one, timexes a dotted one. Highlights are invisible
// to screen readers; the panel carries the same meaning in text.

/** The kinds, their `CSS.highlights` names and paint order (higher on top). */
export const KINDS = {
  pledge: { name: 'hedgeline-pledge', priority: 1 },
  timex: { name: 'hedgeline-timex', priority: 2 },
  hedge: { name: 'hedgeline-hedge', priority: 3 },
  booster: { name: 'hedgeline-booster', priority: 3 },
  focus: { name: 'hedgeline-focus', priority: 4 },
};

// Tints are translucent so that the page's own text colour stays readable
// on light and dark pages alike.
const RULES = `
::highlight(hedgeline-hedge) {
  background-color: rgb(255 193 7 / 0.30);
  text-decoration: underline wavy rgb(180 83 9);
  text-decoration-thickness: 1.5px;
}
::highlight(hedgeline-booster) {
  background-color: rgb(56 189 248 / 0.22);
  text-decoration: underline double rgb(3 105 161);
}
::highlight(hedgeline-pledge) {
  background-color: rgb(74 222 128 / 0.20);
  text-decoration: underline solid rgb(21 128 61);
  text-decoration-thickness: 2px;
}
::highlight(hedgeline-timex) {
  background-color: rgb(167 139 250 / 0.20);
  text-decoration: underline dotted rgb(109 40 217);
  text-decoration-thickness: 2px;
}
::highlight(hedgeline-focus) {
  background-color: rgb(253 224 71 / 0.85);
  color: #111;
}
`;

/** Whether this browser paints custom highlights. */
export function supported() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

/**
 * Registers `{ kind: Range[] }` as highlights and adopts the `::highlight`
 * rules into the document (a constructable stylesheet: no `<style>` element,
 * nothing for a strict CSP to block). Returns a handle whose `clear()`
 * removes every trace, `show(on)` toggles painting, `focus(range)` marks one
 * range.
 */
export function paint(doc, rangesByKind) {
  if (!supported()) return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const registered = new Map();
  for (const [kind, ranges] of Object.entries(rangesByKind)) {
    const spec = KINDS[kind];
    if (!spec || ranges.length === 0) continue;
    const highlight = new Highlight(...ranges);
    highlight.priority = spec.priority;
    registered.set(spec.name, highlight);
  }
  let shown = false;
  const handle = {
    shown: () => shown,
    show(on) {
      if (on === shown) return;
      shown = on;
      for (const [name, highlight] of registered) {
        if (on) CSS.highlights.set(name, highlight);
        else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      }
    },
    focus(range) {
      const name = KINDS.focus.name;
      if (range) {
        const h = new Highlight(range);
        h.priority = KINDS.focus.priority;
        CSS.highlights.set(name, h);
      } else {
        CSS.highlights.delete(name);
      }
    },
    clear() {
      handle.show(false);
      handle.focus(null);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
  handle.show(true);
  return handle;
}
