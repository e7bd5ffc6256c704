// `npm run eval [hedges|timexes|pledges]`: measures the analysis on the
// annotated examples in tests/eval/, side by side with the tools a user
// would otherwise pick, and prints precision, recall and F1.
import { analyze } from '../pkg/node.js';

const areas = {
  hedges: () => import('./eval/hedges.mjs'),
  timexes: () => import('./eval/timexes.mjs'),
  pledges: () => import('./eval/pledges.mjs'),
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in areas)) {
    console.error(`eval: unknown area ${JSON.stringify(name)}; known: ${Object.keys(areas).join(', ')}`);
    process.exit(2);
  }
}
for (const name of wanted.length ? wanted : Object.keys(areas)) {
  console.log(`\n# ${name}`);
  const { evaluate } = await areas[name]();
  await evaluate({ analyze });
}
