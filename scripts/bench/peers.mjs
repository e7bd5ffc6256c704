// The tools a user would otherwise pick, each called the way its README
// shows, once per article, on a string. Each adapter returns a count of what
// it found so that no call can be optimized away.
import { createRequire } from 'node:module';
import * as chrono from 'chrono-node/en';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import { VFile } from 'vfile';
import nlp from 'compromise';
import compromiseDates from 'compromise-dates';

const require = createRequire(import.meta.url);
const writeGood = require('write-good');
nlp.plugin(compromiseDates);

/** Noon UTC of an ISO date, the reference instant for the date parsers. */
const refOf = (publishedAt) => (publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : new Date(Date.UTC(2025, 2, 18, 12)));

const intensify = unified().use(retextEnglish).use(retextIntensify);

/** Peer adapters: `(text, publishedAt) => number`. */
export const peers = {
  'chrono-node (casual, en)': (text, publishedAt) => chrono.casual.parse(text, refOf(publishedAt)).length,
  'retext + retext-english + retext-intensify': (text) => {
    const file = new VFile(text);
    intensify.runSync(intensify.parse(file), file);
    return file.messages.length;
  },
  'write-good': (text) => writeGood(text).length,
  'compromise + compromise-dates': (text, publishedAt) => {
    // compromise-dates 3.9 throws on a few inputs ("34 % year-year decline");
    // such a call still counts its time, and the throw is tallied.
    try {
      return nlp(text).dates({ today: publishedAt, timezone: 'UTC' }).get().length;
    } catch {
      peerErrors.compromise = (peerErrors.compromise || 0) + 1;
      return 0;
    }
  },
};

/** Calls that threw, by peer, across the whole run. */
export const peerErrors = {};

/** esbuild entry points for the peers' browser bundles (what a page would ship). */
export const peerBundles = {
  'chrono-node (en)': `export { casual, parse, parseDate } from 'chrono-node/en';`,
  'retext + retext-english + retext-intensify': `import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
export const processor = unified().use(retextEnglish).use(retextIntensify);`,
  'write-good': `import writeGood from 'write-good'; export default writeGood;`,
  'compromise + compromise-dates': `import nlp from 'compromise';
import dates from 'compromise-dates';
nlp.plugin(dates);
export default nlp;`,
};
