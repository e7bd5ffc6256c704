// Shared pieces of the evaluation: counts, precision/recall/F1 and tables.

/** Precision, recall and F1 from true positives, false positives and false negatives. */
export function prf({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** A counter of tp/fp/fn. */
export function counts() {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds one binary decision (gold, predicted) to a counter. */
export function tally(c, gold, predicted) {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
}

const fmt = (x) => (typeof x === 'number' && !Number.isInteger(x) ? x.toFixed(3) : String(x));

/** Prints rows (objects with the same keys) as an aligned text table. */
export function printTable(title, rows) {
  console.log(`\n${title}`);
  if (rows.length === 0) {
    console.log('  (no rows)');
    return;
  }
  const keys = Object.keys(rows[0]);
  const cells = [keys, ...rows.map((r) => keys.map((k) => fmt(r[k])))];
  const widths = keys.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  for (const [n, row] of cells.entries()) {
    console.log('  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
    if (n === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** Reads a JSON Lines file into an array of objects. */
export async function readJsonl(url) {
  const { readFileSync } = await import('node:fs');
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('//'))
    .map((line, i) => {
      try {
        return JSON.parse(line);
      } catch (e) {
        throw new Error(`${url}: line ${i + 1}: ${e.message}`);
      }
    });
}
