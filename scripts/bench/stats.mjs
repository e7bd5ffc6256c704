// Small statistics and formatting helpers for the benchmark.

/** The median of a list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Least-squares fit of log(y) = a + b·log(x): `b` is the scaling exponent
 * (1 for linear time, 2 for quadratic).
 */
export function fitExponent(points) {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/**
 * Times `fn` and returns the median duration of one call in milliseconds:
 * `warmup` calls first, then `runs` samples, each of as many calls as fit in
 * about `minMs` (at least one), so that short calls are measured over a
 * timer-friendly span.
 */
export function timeIt(fn, { runs = 5, warmup = 1, minMs = 50 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  let calls = 1;
  const probe = performance.now();
  fn();
  const once = performance.now() - probe;
  if (once < minMs) calls = Math.max(1, Math.ceil(minMs / Math.max(once, 0.001)));
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) fn();
    samples.push((performance.now() - t) / calls);
  }
  return median(samples);
}

/** Prints a Markdown table. `rows` are arrays of cells. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  console.log(out.join('\n'));
}

export const mb = (bytes) => bytes / 1e6;
export const fmt = (x, digits = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(digits));
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const size = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1)} MB` : `${Math.round(bytes / 1e3)} KB`);
