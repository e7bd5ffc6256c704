// The article's text as the analysis sees it, and the way back to the DOM.
//
// `extractText(root)` reads the live text nodes under `root` (skipping
// scripts, styles, hidden elements and page furniture) into one string, the
// way a reader sees it: runs of HTML whitespace become one space, block
// elements are separated by a blank line (which ends a sentence), `<br>` by
// a line break. It records, for every stretch of that string, which text
// node and offset it came from, so that `toRange(start, end)` turns the
// analysis's UTF-16 offsets back into a DOM Range, across inline markup.
// Nothing in the DOM is changed.

/** Elements whose content is not article prose. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas',
  'svg', 'math', 'video', 'audio', 'picture', 'img', 'button', 'select', 'option',
  'textarea', 'input', 'nav', 'form', 'aside', 'dialog', 'hedgeline-panel',
]);

/** Elements that start a new block: a blank line before and after. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose whitespace is kept as written. */
const PRE = new Set(['pre', 'listing', 'plaintext', 'xmp']);

const PARAGRAPH = '\n\n';
const LINE = '\n';
const WHITESPACE = /[ \t\n\r\f]+/g;

/** True when an element and its subtree are left out of the text. */
function skipped(el) {
  if (SKIP.has(el.localName) || el.hasAttribute('data-hedgeline-skip') || el.hidden) return true;
  // checkVisibility() is false under display:none and content-visibility:hidden.
  return typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

/**
 * Reads the text under `root`, or under each of an array of roots in turn
 * (separated as blocks).
 *
 * Returns `{ text, pieces }`: `pieces` are `{ start, end, node, offset }`,
 * in text order, each saying that `text.slice(start, end)` came from
 * `node.data` at `offset` (character for character, except that a
 * whitespace character may stand for a run of them). Characters between
 * pieces (block separators) come from no node.
 */
export function extractText(root) {
  const parts = [];
  const pieces = [];
  let length = 0;
  // What to put before the next visible character: a block break wins over
  // a space. Leading separators are dropped.
  let pendingBreak = '';
  let pendingSpace = null; // { node, offset } of the whitespace it stands for

  function push(str, node, offset) {
    parts.push(str);
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.end === length && last.offset + (last.end - last.start) === offset) {
      last.end += str.length;
    } else {
      pieces.push({ start: length, end: length + str.length, node, offset });
    }
    length += str.length;
  }

  function content(str, node, offset) {
    if (length > 0) {
      if (pendingBreak) {
        parts.push(pendingBreak);
        length += pendingBreak.length;
      } else if (pendingSpace) {
        push(' ', pendingSpace.node, pendingSpace.offset);
      }
    }
    pendingBreak = '';
    pendingSpace = null;
    push(str, node, offset);
  }

  function blockBreak(sep) {
    if (sep.length > pendingBreak.length) pendingBreak = sep;
    pendingSpace = null;
  }

  function text(node, pre) {
    const data = node.data;
    if (pre) {
      if (data) content(data, node, 0);
      return;
    }
    let i = 0;
    WHITESPACE.lastIndex = 0;
    for (let m = WHITESPACE.exec(data); m; m = WHITESPACE.exec(data)) {
      if (m.index > i) content(data.slice(i, m.index), node, i);
      if (!pendingBreak && !pendingSpace) pendingSpace = { node, offset: m.index };
      i = m.index + m[0].length;
    }
    if (i < data.length) content(data.slice(i), node, i);
  }

  function walk(el, pre) {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text(child, pre);
      } else if (child.nodeType === 1) {
        const name = child.localName;
        if (name === 'br') {
          blockBreak(LINE);
          continue;
        }
        if (skipped(child)) continue;
        const block = BLOCK.has(name);
        if (block) blockBreak(PARAGRAPH);
        walk(child, pre || PRE.has(name));
        if (block) blockBreak(PARAGRAPH);
      }
    }
  }

  for (const el of Array.isArray(root) ? root : [root]) {
    blockBreak(PARAGRAPH);
    walk(el, PRE.has(el.localName));
  }
  return { text: parts.join(''), pieces };
}

/** Index of the last piece whose start is <= `offset` (or < it when `strict`), or -1. */
function search(pieces, offset, strict) {
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = pieces[mid].start;
    if (s < offset || (!strict && s === offset)) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The DOM position of text offset `offset`: `[node, nodeOffset]`. A start
 * that falls between pieces moves forward to the next piece, an end moves
 * back to the previous one, so a range never starts or ends on a separator.
 */
export function position(pieces, offset, isEnd) {
  const k = search(pieces, offset, isEnd);
  if (isEnd) {
    if (k < 0) return null;
    const p = pieces[k];
    return [p.node, p.offset + Math.min(offset, p.end) - p.start];
  }
  if (k >= 0 && offset < pieces[k].end) {
    const p = pieces[k];
    return [p.node, p.offset + offset - p.start];
  }
  const next = pieces[k + 1];
  return next ? [next.node, next.offset] : null;
}

/**
 * A DOM Range over text offsets `[start, end)`, or null when the span holds
 * no text from the DOM.
 */
export function toRange(extracted, start, end) {
  const { pieces } = extracted;
  const a = position(pieces, start, false);
  const b = position(pieces, end, true);
  if (!a || !b) return null;
  const range = a[0].ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range.collapsed ? null : range;
}
