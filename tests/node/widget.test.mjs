// The widget's DOM-free parts in Node: reading dates, settings, and the
// words of the panel. The DOM parts are tested in Chromium (tests/browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isoDay, jsonLdDatePublished } from '../../www/widget/article.js';
import { pick, DEFAULTS } from '../../www/widget/config.js';
import {
  agentName,
  explainScore,
  formatDay,
  formatSpan,
  hedgingLevel,
  mostHedged,
  pledgeFirmness,
  pledgeKindLabel,
  splitTimeline,
} from '../../www/widget/format.js';
import { analyze } from '../../pkg/node.js';

const seed = readFileSync(new URL('../corpus/seed-article.txt', import.meta.url), 'utf8');

test('isoDay keeps the calendar day as written and rejects non-days', () => {
  assert.equal(isoDay('2025-03-18'), '2025-03-18');
  assert.equal(isoDay('2025-03-18T23:10:00-05:00'), '2025-03-18');
  assert.equal(isoDay(' 2024-02-29T00:00Z'), '2024-02-29');
  for (const bad of ['2025-02-30', '2025-13-01', '18 March 2025', '2025-03-180', '', null, 20250318]) {
    assert.equal(isoDay(bad), null, String(bad));
  }
});

test('JSON-LD datePublished: plain, in arrays, in @graph, article types first', () => {
  assert.equal(jsonLdDatePublished({ '@type': 'NewsArticle', datePublished: '2025-03-18T18:40:00Z' }), '2025-03-18');
  assert.equal(jsonLdDatePublished([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: '2024-01-02' }]), '2024-01-02');
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', datePublished: '2020-01-01' },
      { '@type': ['ReportageNewsArticle'], datePublished: '2025-03-18' },
    ],
  };
  assert.equal(jsonLdDatePublished(graph), '2025-03-18');
  assert.equal(jsonLdDatePublished({ '@type': 'WebPage', datePublished: '2020-01-01' }), '2020-01-01');
  assert.equal(jsonLdDatePublished({ '@type': 'NewsArticle', datePublished: 'yesterday' }), null);
  const cyclic = { '@type': 'WebPage' };
  cyclic.mainEntity = cyclic;
  assert.equal(jsonLdDatePublished(cyclic), null);
});

test('settings keep known keys and read booleans', () => {
  assert.deepEqual(pick({ selector: 'main', highlights: 'off', collapsed: 'false', bogus: 1 }), {
    selector: 'main',
    highlights: false,
    collapsed: false,
  });
  assert.deepEqual(pick({ highlights: '' }), { highlights: true });
  assert.equal(DEFAULTS.mount, 'auto');
});

test('the panel explains the score of the seed article in one sentence', () => {
  const a = analyze(seed, { publishedAt: '2025-03-18' });
  const uncertain = a.sentences.filter((s) => s.uncertain).length;
  const sentence = explainScore(a);
  assert.match(sentence, new RegExp(`^${uncertain} of ${a.sentences.length} sentences present something as possible`));
  assert.equal(sentence.match(/[.!?]/g).length, 1, 'one sentence');
  assert.match(explainScore(analyze('The sky is blue. Water is wet.')), /^Every sentence is stated as fact/);
  assert.equal(explainScore(analyze('')), 'There is no text to score.');
});

test('hedging levels cover the whole scale', () => {
  assert.equal(hedgingLevel(0), 'Barely hedged');
  assert.equal(hedgingLevel(34.8), 'Moderately hedged');
  assert.equal(hedgingLevel(100), 'Very heavily hedged');
  assert.equal(hedgingLevel(NaN), 'Barely hedged');
});

test('most hedged sentences come first, with their cues', () => {
  const a = analyze(seed, { publishedAt: '2025-03-18' });
  const top = mostHedged(a, 3);
  assert.equal(top.length, 3);
  for (let i = 1; i < top.length; i++) assert.ok(top[i - 1].sentence.hedge >= top[i].sentence.hedge);
  for (const { index, cues } of top) {
    assert.ok(cues.length > 0);
    assert.ok(cues.every((c) => c.sentence === index));
  }
  assert.deepEqual(mostHedged(analyze('Plain words.')), []);
});

test('pledges read as a reader would', () => {
  const [p] = analyze(seed, { publishedAt: '2025-03-18' }).pledges;
  assert.equal(pledgeKindLabel(p.kind), 'Agreement');
  assert.equal(pledgeKindLabel('ultimatum'), 'Ultimatum');
  assert.equal(agentName(p.agent), p.agent.canonical ? p.agent.canonical : 'The Russian leader');
  assert.equal(agentName(null), 'Someone unnamed');
  assert.equal(pledgeFirmness({ negated: false, hedged: false }), 'Reported as firm');
  assert.equal(pledgeFirmness({ negated: false, hedged: true }), 'Reported with a hedge');
  assert.equal(pledgeFirmness({ negated: true, hedged: true }), 'Refused or denied');
});

test('dates are days, never shifted by time zone', () => {
  assert.equal(formatDay('2025-03-18', 'en-GB'), '18 March 2025');
  assert.equal(formatDay('2025-01-01', 'en-US'), 'January 1, 2025');
  assert.equal(formatDay('XXXX-03', 'en'), 'XXXX-03');
  assert.equal(formatSpan({ earliest: '2025-03-01', latest: '2025-03-31' }, 'en-GB'), '1 March 2025 – 31 March 2025');
  assert.equal(formatSpan({ earliest: null, latest: null }, 'en'), '');
});

test('the timeline splits into dated points and durations', () => {
  const a = analyze(seed, { publishedAt: '2025-03-18' });
  const { dated, undated } = splitTimeline(a);
  assert.equal(dated.length + undated.length, a.timeline.length);
  assert.ok(dated.some(({ timex }) => timex.text === 'today'));
  assert.ok(undated.some(({ timex }) => timex.value === 'P30D'));
  for (let i = 1; i < undated.length; i++) assert.ok(undated[i - 1].timex.start < undated[i].timex.start);
});
