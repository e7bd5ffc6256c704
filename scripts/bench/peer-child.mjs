// Runs one peer once on one big input in its own process, so that the
// benchmark can stop a peer that takes too long (several of them are
// superlinear on a single large string). Prints `{ ms, found }` as JSON.
//
//   node scripts/bench/peer-child.mjs <peer name> <bytes>
import { peers } from './peers.mjs';
import { articles, oneText } from './corpus.mjs';

const [name, bytes] = process.argv.slice(2);
const text = oneText(articles(), Number(bytes));
const fn = peers[name];
const t = performance.now();
const found = fn(text, undefined);
console.log(JSON.stringify({ ms: performance.now() - t, found }));
