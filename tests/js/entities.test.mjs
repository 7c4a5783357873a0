import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer, ENTITY_TYPES } from '../../js/index.js';
import { sampleArticle } from './helpers.mjs';

const analyzer = await createAnalyzer();

/** Entities ordered, non-overlapping, inside the text; clusters consistent. */
function assertEntitiesWellFormed(text, r) {
  let previousEnd = 0;
  r.entities.forEach((e, i) => {
    assert.deepEqual(Object.keys(e), ['start', 'end', 'type', 'cluster', 'score']);
    assert.ok(e.start >= previousEnd && e.start < e.end && e.end <= text.length, `entity ${i}`);
    assert.ok(ENTITY_TYPES.includes(e.type), e.type);
    assert.ok(e.score >= 0 && e.score <= 1, `score ${e.score}`);
    assert.ok(Number.isInteger(e.cluster) && e.cluster >= 0 && e.cluster < r.clusters.length);
    assert.ok(r.clusters[e.cluster].mentions.includes(i), `entity ${i} in its cluster`);
    previousEnd = e.end;
  });
  const seen = new Set();
  r.clusters.forEach((c, id) => {
    assert.deepEqual(Object.keys(c), ['id', 'type', 'name', 'mentions']);
    assert.equal(c.id, id);
    assert.equal(typeof c.name, 'string');
    assert.ok(c.mentions.length > 0);
    for (const m of c.mentions) {
      assert.equal(r.entities[m].cluster, id);
      assert.equal(r.entities[m].type, c.type);
      assert.ok(!seen.has(m));
      seen.add(m);
    }
  });
  assert.equal(seen.size, r.entities.length);
}

test('entities of the sample article are plain, valid and named', () => {
  const text = readFileSync(sampleArticle, 'utf8');
  const r = analyzer.analyze(text);
  assertEntitiesWellFormed(text, r);
  const persons = r.entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end));
  const places = r.entities.filter((e) => e.type === 'LOC').map((e) => text.slice(e.start, e.end));
  for (const name of ['Putin', 'Barnea']) assert.ok(persons.some((p) => p.endsWith(name)), `${name} in ${persons}`);
  for (const name of ['Moskau', 'Teheran']) assert.ok(places.includes(name), `${name} in ${places}`);
});

test('business news: titles, companies by their first word, and two names after "shares of"', () => {
  const text = 'Chief executive Jensen Huang told analysts in Santa Clara that sales would grow. ' +
    'Brussels opened an inquiry into Meta Platforms over its advertising. Meta said it would cooperate. ' +
    'Shares of BP and Shell rose in London.';
  const r = analyzer.analyze(text, { language: 'en' });
  assertEntitiesWellFormed(text, r);
  const named = (type) => r.entities.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));
  assert.ok(named('PER').includes('Jensen Huang'), named('PER').join('|'));
  for (const name of ['Meta Platforms', 'Meta', 'BP', 'Shell']) {
    assert.ok(named('ORG').includes(name), `${name} in ${named('ORG').join('|')}`);
  }
  const clusterOf = (surface) => r.entities.find((e) => text.slice(e.start, e.end) === surface).cluster;
  assert.equal(clusterOf('Meta'), clusterOf('Meta Platforms'));
  assert.equal(r.clusters[clusterOf('Meta')].name, 'Meta Platforms');
});

test('entity offsets are UTF-16 and survive normalisation edits', () => {
  // Decomposed umlauts and a soft hyphen shift the normalised offsets.
  const text = '😀 Der Besuch von Angela Merkel in Mu\u0308nchen und Ber\u00ADlin. 😀';
  const r = analyzer.analyze(text, { language: 'de' });
  assertEntitiesWellFormed(text, r);
  const found = r.entities.map((e) => text.slice(e.start, e.end));
  assert.ok(found.includes('Angela Merkel'), found.join('|'));
});

test('bad input yields valid (possibly empty) entities', () => {
  const inputs = ['', '\u0000\u0000', '\uD800 Paris \uDC00', 'A'.repeat(100000), '\u05E9\u05DC\u05D5\u05DD Berlin',
    Array.from({ length: 5000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 5000))).join('')];
  for (const text of inputs) assertEntitiesWellFormed(text, analyzer.analyze(text));
});

test('entities: false skips names and values; quotes keep their cues, without speakers', async () => {
  const text = 'Sergej Schoigu sagte am Mittwoch in Moskau: „Das Niveau ist neu.“';
  const plain = await createAnalyzer();
  const full = plain.analyze(text, { language: 'de' });
  assert.ok(full.entities.length >= 3);
  assert.notEqual(full.quotes[0].speaker, null);
  const lean = plain.analyze(text, { language: 'de', entities: false });
  assert.deepEqual(lean.entities, []);
  assert.deepEqual(lean.clusters, []);
  assert.equal(lean.quotes.length, 1);
  assert.equal(lean.quotes[0].speaker, null);
  assert.equal(text.slice(lean.quotes[0].cue.start, lean.quotes[0].cue.end), 'sagte');
  assert.deepEqual(lean.tokens, full.tokens);
  assert.throws(() => plain.analyze(text, { entities: 'no' }), TypeError);
  plain.dispose();
});
