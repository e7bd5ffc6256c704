// The widget's DOM-free parts in Node: reading dates, settings, and the
// words of the panel. The DOM parts are tested in Chromium (tests/browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isoDay, jsonLdDatePublished } from '../../www/widget/article.js';
import { pick, fromBlock, readConfig, DEFAULTS } from '../../www/widget/config.js';
import {
  agentName,
  around,
  argName,
  explainScore,
  formatDay,
  formatDuration,
  formatRange,
  formatSpan,
  hedgeClasses,
  hedgeVoices,
  hedgingLevel,
  hedgingSummary,
  mostHedged,
  pledgeFirmness,
  pledgeGroups,
  pledgeKindLabel,
  pledgeSentence,
  rowWhen,
  shorten,
  timelineRows,
  voiceText,
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

test('the JSON config block takes the settings by name or by attribute name', () => {
  const want = { container: '#hedgeline', publishedAt: '2025-03-18', highlights: false };
  assert.deepEqual(fromBlock({ container: '#hedgeline', publishedAt: '2025-03-18', highlights: 'off' }), want);
  assert.deepEqual(fromBlock({ 'data-container': '#hedgeline', 'published-at': '2025-03-18', 'data-highlights': 'off' }), want);
  assert.deepEqual(fromBlock({ bogus: 1, 'data-bogus': 2 }), {});
  for (const odd of [null, 'string', 5, ['a']]) assert.deepEqual(fromBlock(odd), {});
});

test('a config block that is not JSON is reported once, and the tag\'s settings still apply', (t) => {
  const warnings = [];
  t.mock.method(console, 'warn', (m) => warnings.push(m));
  const doc = (text) => ({ getElementById: (id) => (id === 'hedgeline-config' ? { type: 'application/json', textContent: text } : null) });
  const script = { dataset: { container: '#rail' } };
  assert.equal(readConfig(doc('{ "theme": "dark" }'), script).theme, 'dark');
  assert.equal(warnings.length, 0);
  const config = readConfig(doc('{ theme: dark }'), script);
  assert.equal(config.container, '#rail');
  assert.equal(config.theme, DEFAULTS.theme);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^hedgeline: the #hedgeline-config block is not valid JSON/);
});

test('the panel explains the score in one sentence, as DESIGN.md defines it', () => {
  const a = analyze(seed, { publishedAt: '2025-03-18' });
  const sentence = explainScore(a);
  for (const part of ['presented as possible, alleged or unconfirmed rather than stated as fact', 'weighted by how strongly it is hedged', '0 means every sentence is stated outright']) {
    assert.ok(sentence.includes(part), part);
  }
  assert.equal(sentence.match(/[.!?]/g).length, 1, 'one sentence');
  assert.ok(sentence.endsWith('.'));
  assert.equal(explainScore(analyze('')), 'There is no text to score.');
});

test('the summary counts hedged sentences and names the commonest kind of hedge', () => {
  const a = analyze(seed, { publishedAt: '2025-03-18' });
  const { uncertainCount, sentenceCount } = a.hedging;
  assert.ok(uncertainCount > 0 && uncertainCount < sentenceCount);
  const classes = hedgeClasses(a);
  assert.equal(classes.reduce((n, c) => n + c.count, 0), a.hedging.cues.length, 'every cue in one class');
  for (let i = 1; i < classes.length; i++) assert.ok(classes[i - 1].count >= classes[i].count);
  const [top, next] = classes;
  assert.ok(top.count > next.count, 'the seed has one commonest class');
  assert.equal(top.kind, 'evidential');
  assert.equal(hedgingSummary(a), `${uncertainCount} of ${sentenceCount} sentences are hedged, mostly by words of inference or hearsay such as “${top.examples[0]}” and “${top.examples[1]}”.`);
  assert.equal(hedgingSummary(analyze('It may rain.')), 'The sentence is hedged by words of possibility such as “may”.');
  assert.equal(hedgingSummary(analyze('The sky is blue. Water is wet.')), 'None of the 2 sentences is hedged.');
  assert.equal(hedgingSummary(analyze('It may rain. It seems cold. The sky is blue.')), '2 of 3 sentences are hedged, mostly by words of possibility and words of inference or hearsay.');
  assert.equal(hedgingSummary(analyze('It may rain. It seems cold. Reportedly, it snowed.')), 'All 3 sentences are hedged, by several kinds of hedge.');
  assert.equal(hedgingSummary(analyze('')), '');
});

test('the voices: the outlet\u2019s own sentences and quoted speech', () => {
  const seedVoices = hedgeVoices(analyze(seed, { publishedAt: '2025-03-18' }));
  assert.deepEqual(seedVoices.map((v) => v.key), ['own', 'quoted']);
  assert.equal(voiceText(seedVoices[1]), 'none in this article');
  const [own, quoted] = hedgeVoices(analyze('“We may walk away,” she said. The talks continue.'));
  assert.equal(voiceText(own), '0/100, 0 of 1 sentence hedged');
  assert.equal(voiceText(quoted), `${Math.round(quoted.score)}/100, 1 of 1 sentence hedged`);
  assert.ok(quoted.score > 0);
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

/** The panel's sentence for each commitment of `text`, published 2025-03-18. */
const say = (text) => {
  const a = analyze(text, { publishedAt: '2025-03-18' });
  return pledgeGroups(a).map((g) => pledgeSentence(g, text, false));
};

test('the panel\u2019s sentence keeps a "not", reads the action\u2019s form (act, thing, clause), possessive pronouns and the agreement itself', () => {
  const cases = [
    ['The senator vowed not to support the bill.', 'The senator pledged not to support the bill.'],
    ['He promised never to raise taxes.', 'He pledged never to raise taxes.'],
    ['Putin agreed not to attack power plants.', 'Putin agreed not to attack power plants.'],
    ['Washington secured a commitment from Tehran not to enrich uranium.', 'Tehran pledged to Washington not to enrich uranium.'],
    ['It was agreed not to raise prices.', 'It was agreed not to raise prices.'],
    ['The senator vowed to support the bill.', 'The senator pledged to support the bill.'],
    ['Beijing is expected to pledge fresh support for Moscow.', 'Beijing pledged fresh support for Moscow.'],
    ['The European Union pledged 50 billion euros in aid.', 'The European Union pledged 50 billion euros in aid.'],
    ['Residents said they had been promised new homes within a year.', 'Residents were promised new homes within a year.'],
    ['Ukraine was promised more weapons by the US.', 'The US pledged Ukraine more weapons.'],
    ['His promise to rebuild the city was popular.', 'He pledged to rebuild the city.'],
    ['The airline signed the agreement with Airbus.', 'The airline made the agreement with Airbus.'],
    ['Azerbaijan and Armenia signed a peace treaty.', 'Azerbaijan and Armenia agreed to a peace treaty.'],
    ['An agreement under which rebels will disarm was signed in Doha.', 'Rebels agreed that rebels will disarm.'],
    ['We intend to expand our routes.', 'We intend to expand our routes.'],
    // A name after the head's preposition is someone else.
    ["Officials from the People's Republic of China have agreed to buy 60 jets.", "Officials from the People's Republic of China agreed to buy 60 jets."],
  ];
  for (const [text, sentence] of cases) assert.deepEqual(say(text), [sentence], text);
});

test('repeated reports of one commitment make one group, told as one sentence', () => {
  const a = analyze(seed, { publishedAt: '2025-03-18' });
  const groups = pledgeGroups(a);
  assert.equal(groups.reduce((n, g) => n + g.reports.length, 0), a.pledges.length, 'every report in one group');
  const [putin, refusal] = groups;
  assert.deepEqual(putin.reports, [0, 1, 2]);
  assert.equal(putin.pledge, a.pledges[0], 'the report with a time and an addressee stands for the group');
  assert.deepEqual(putin.firmness, ['temporary']);
  assert.equal(pledgeSentence(putin, seed), 'Vladimir Putin agreed, with Donald Trump, to pause assaults on energy infrastructure for 30 days — reported as temporary.');
  assert.equal(pledgeSentence(putin, seed, false), 'Vladimir Putin agreed, with Donald Trump, to pause assaults on energy infrastructure for 30 days.');
  // A refusal keeps the article's verb phrase after the agent.
  assert.equal(refusal.pledge.kind, 'refusal');
  assert.equal(pledgeSentence(refusal, seed), 'The US did not acquiesce to these terms this time.');
});

test('pledge sentences by kind, with addressees, conditions, hedges and firmness', () => {
  const text = 'Tehran reportedly offered Kyiv a truce unless talks fail.';
  const arg = (s, canonical) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, ...(canonical ? { canonical } : {}) });
  // The form the analysis gives each action used here (`actionForm`).
  const FORMS = {
    'a truce': 'thing', 'new sanctions': 'thing', 'The bill': 'thing', 'that deal': 'thing', 'the deal': 'thing', 'a truce that will last': 'thing',
    'hold talks': 'act', 'cut emissions': 'act', 'cut supplies': 'act', resign: 'act', 'end the strike': 'act',
    'that the talks would resume': 'clause', 'that taxes would not rise': 'clause', 'that Kyiv would host the talks': 'clause',
    'rebels will disarm': 'clause', 'the rebels will disarm': 'clause',
  };
  const formOf = (action) => FORMS[action] ?? assert.fail(`no form given for ${action}`);
  const pledge = (kind, action, more = {}) => ({
    start: 0, end: text.length, sentence: 0, kind, trigger: arg('offered'), agent: arg('Tehran', 'Iran'), addressee: null,
    action: { start: 0, end: 0, text: action }, actionForm: formOf(action), time: null, condition: null, negated: kind === 'refusal', hedged: false, firmness: null, sameAs: null, ...more,
  });
  const sentence = (p, more = {}) => pledgeSentence({ pledge: p, reports: [0], agent: p.agent, addressee: p.addressee, time: null, condition: p.condition, firmness: [], hedged: 0, hedges: [], ...more }, text);
  assert.equal(sentence(pledge('offer', 'a truce', { addressee: arg('Kyiv') })), 'Iran offered Kyiv a truce.');
  assert.equal(sentence(pledge('offer', 'hold talks', { addressee: arg('Kyiv') })), 'Iran offered to Kyiv to hold talks.');
  assert.equal(sentence(pledge('pledge', 'cut emissions')), 'Iran pledged to cut emissions.');
  assert.equal(sentence(pledge('threat', 'new sanctions')), 'Iran threatened new sanctions.');
  assert.equal(sentence(pledge('threat', 'cut supplies')), 'Iran threatened to cut supplies.');
  assert.equal(sentence(pledge('intent', 'resign')), 'Iran intends to resign.');
  assert.equal(sentence(pledge('agreement', 'a truce', { condition: arg('unless talks fail') })), 'Iran agreed to a truce, unless talks fail.');
  // No maker named: the passive.
  assert.equal(sentence(pledge('agreement', 'a truce', { agent: null })), 'A truce was agreed.');
  assert.equal(sentence(pledge('agreement', 'end the strike', { agent: null })), 'It was agreed to end the strike.');
  assert.equal(sentence(pledge('agreement', 'that the talks would resume', { agent: null })), 'It was agreed that the talks would resume.');
  assert.equal(sentence(pledge('refusal', 'The bill', { agent: null, trigger: { text: 'rejected' } })), 'The bill was rejected.');
  // A that-clause is no noun phrase ("agreed to that deal" is).
  assert.equal(sentence(pledge('pledge', 'that taxes would not rise', { addressee: arg('Kyiv') })), 'Iran pledged Kyiv that taxes would not rise.');
  assert.equal(sentence(pledge('agreement', 'that Kyiv would host the talks', { addressee: arg('Kyiv') })), 'Iran agreed, with Kyiv, that Kyiv would host the talks.');
  assert.equal(sentence(pledge('agreement', 'that deal')), 'Iran agreed to that deal.');
  assert.equal(sentence(pledge('agreement', 'rebels will disarm', { agent: null })), 'It was agreed that rebels will disarm.');
  assert.equal(sentence(pledge('agreement', 'the rebels will disarm')), 'Iran agreed that the rebels will disarm.');
  assert.equal(sentence(pledge('agreement', 'a truce that will last')), 'Iran agreed to a truce that will last.');
  assert.equal(sentence(pledge('agreement', 'a truce'), { reports: [0, 1, 2], hedged: 1, hedges: ['reportedly'], firmness: ['tentative', 'binding'] }),
    'Iran agreed to a truce — reported as tentative and binding; hedged in 1 of 3 reports (“reportedly”).');
  assert.equal(sentence(pledge('agreement', 'a truce'), { hedged: 1, hedges: ['may'] }), 'Iran agreed to a truce — reported with a hedge (“may”).');
  // A refusal whose agent comes after its trigger gets the plain verb.
  assert.equal(sentence(pledge('refusal', 'the deal', { agent: { start: 40, end: 46, text: 'Moscow' } })), 'Moscow refused the deal.');
});

test('pledges read as a reader would', () => {
  const [p] = analyze(seed, { publishedAt: '2025-03-18' }).pledges;
  assert.equal(pledgeKindLabel(p.kind), 'Agreement');
  assert.equal(pledgeKindLabel('ultimatum'), 'Ultimatum');
  assert.equal(agentName(p.agent), p.agent.canonical ? p.agent.canonical : 'The Russian leader');
  assert.equal(agentName(null), 'Someone unnamed');
  assert.equal(argName({ text: 'the US', canonical: 'US' }), 'the US');
  assert.equal(argName({ text: 'the Russian leader', canonical: 'Vladimir Putin' }), 'Vladimir Putin');
  assert.equal(pledgeFirmness({ negated: false, hedged: false }), 'Reported as firm');
  assert.equal(pledgeFirmness({ negated: false, hedged: true }), 'Reported with a hedge');
  assert.equal(pledgeFirmness({ negated: true, hedged: true }), 'Refused or denied');
});

/** Intl puts thin spaces around range dashes; compare with plain ones. */
const plain = (s) => s.replace(/\s/g, ' ');

test('dates are days, never shifted by time zone', () => {
  assert.equal(formatDay('2025-03-18', 'en-GB'), '18 March 2025');
  assert.equal(formatDay('2025-01-01', 'en-US'), 'January 1, 2025');
  assert.equal(formatDay('XXXX-03', 'en'), 'XXXX-03');
  assert.equal(formatSpan({ earliest: '2025-03-01', latest: '2025-03-31' }, 'en-GB'), '1 March 2025 – 31 March 2025');
  assert.equal(formatSpan({ earliest: null, latest: null }, 'en'), '');
  assert.equal(plain(formatRange('2025-03-18', '2025-04-16', 'en-GB')), '18 Mar – 16 Apr 2025');
  assert.equal(plain(formatRange('2024-12-20', '2025-01-10', 'en-GB')), '20 Dec 2024 – 10 Jan 2025');
  assert.equal(plain(formatRange('2025-01-14', '2025-03-04', 'en-GB', true)), 'Jan – Mar 2025');
  assert.equal(formatRange('2025-03-18', '2025-03-18', 'en-GB'), '18 Mar 2025');
  assert.equal(formatRange(null, '2025-03-18', 'en-GB'), 'until 18 Mar 2025');
  assert.equal(formatRange(null, null, 'en-GB'), '');
});

test('durations in words', () => {
  assert.equal(formatDuration('P30D'), '30 days');
  assert.equal(formatDuration('P1D'), '1 day');
  assert.equal(formatDuration('P1Y6M'), '1 year 6 months');
  assert.equal(formatDuration('PT2H'), '2 hours');
  assert.equal(formatDuration('PT30M'), '30 minutes');
  for (const bad of ['PXW', 'P', 'PT', 'PAST_REF', '2025-03-18', undefined]) assert.equal(formatDuration(bad), null, String(bad));
});

test('words around a match, cut with ellipses', () => {
  const text = 'One two three four five six seven eight nine ten eleven.';
  const at = text.indexOf('six');
  assert.deepEqual(around(text, at, at + 3, 0, text.length, 2), ['…four five ', 'six', ' seven eight…']);
  assert.deepEqual(around('It ends today.', 8, 13, 0, 14), ['It ends ', 'today', '.']);
  assert.equal(shorten('short'), 'short');
  assert.equal(shorten('a b c d e f g h i j k l', 10), 'a b c d e…');
});

test('the timeline: past, the publication day, what lies ahead, and what is not placed', () => {
  const a = analyze(seed, { publishedAt: '2025-03-18' });
  const rows = timelineRows(a);
  const placed = ['past', 'published', 'ahead', 'dated'].flatMap((k) => rows[k]);
  assert.equal(placed.reduce((n, r) => n + r.items.length, 0) + rows.unplaced.length, a.timeline.length, 'every entry in one place');
  assert.deepEqual(rows.dated, []);
  for (const key of ['past', 'published', 'ahead']) {
    for (let i = 1; i < rows[key].length; i++) assert.ok(rows[key][i - 1].earliest <= rows[key][i].earliest, key);
  }
  assert.ok(rows.past.every((r) => r.latest < '2025-03-18'));
  assert.ok(rows.past.some((r) => r.span && r.items.some(({ timex }) => timex.text === 'three years')), 'a span in the past');
  const today = rows.published.find((r) => r.items.some(({ timex }) => timex.text === 'today'));
  assert.ok(today && !today.span && today.earliest === '2025-03-18' && today.latest === '2025-03-18');
  // Both reports of the 30 days share one span, ahead, tied to the grouped pledge.
  const [pause] = rows.ahead;
  assert.equal(rows.ahead.length, 1);
  assert.ok(pause.span);
  assert.deepEqual(pause.items.map(({ timex }) => timex.value), ['P30D', 'P30D']);
  assert.deepEqual([pause.earliest, pause.latest, pause.group], ['2025-03-18', '2025-04-16', 0]);
  assert.equal(plain(rowWhen(pause, 'en-GB')), '18 Mar – 16 Apr 2025');
  assert.equal(plain(rowWhen(rows.past.find((r) => r.items[0].timex.text === 'just weeks prior'), 'en-GB')), 'around Jan – Mar 2025');

  // Without a publication date the lengths are not placed; they keep text order.
  const undated = timelineRows(analyze(seed));
  assert.ok(undated.unplaced.some(({ timex }) => timex.value === 'P30D'));
  for (let i = 1; i < undated.unplaced.length; i++) assert.ok(undated.unplaced[i - 1].timex.start < undated.unplaced[i].timex.start);
  // Explicit dates are still dated, in order.
  const explicit = timelineRows(analyze('The deal of 4 May 2021 held. Talks on 1 March 2020 failed.'));
  assert.deepEqual(explicit.dated.map((r) => r.earliest), ['2020-03-01', '2021-05-04']);
  assert.equal(rowWhen(explicit.dated[0], 'en-GB'), '1 Mar 2020');
});
