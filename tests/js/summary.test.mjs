// lesbar/summary on a real analysis (tests/js/fixtures.mjs): clusters with
// variants, CSV escaping, the hardest sentences by difficulty or by length.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analysisJson, csvCell, entitiesCsv, entityClusters, hardestSentences, sentenceWordCounts,
} from '../../js/summary.js';
import { FIXTURE_TEXT, bareResult, fixtureResult } from './fixtures.mjs';

const span = (needle) => {
  const start = FIXTURE_TEXT.indexOf(needle);
  return { start, end: start + needle.length };
};

test('entity clusters: grouped, counted, with variants; unclustered mentions by surface', () => {
  const result = fixtureResult();
  const clusters = entityClusters(FIXTURE_TEXT, result);
  assert.deepEqual(clusters.map((c) => [c.name, c.count]),
    [['Sergej Schoigu', 2], ['Moskau', 2], ['Wladimir Putin', 1]]);
  assert.deepEqual(clusters[0].variants, [{ text: 'Sergej Schoigu', count: 1 }, { text: 'Shoigu', count: 1 }]);
  assert.deepEqual(clusters[0].mentions, result.clusters[0].mentions);
  // The core puts every mention in a cluster; a mention without one (-1)
  // is still listed, by its surface form.
  result.entities.push({ ...span('stark'), type: 'MISC', cluster: -1, score: 0.3 });
  const withLoose = entityClusters(FIXTURE_TEXT, result);
  assert.deepEqual(withLoose.at(-1), {
    key: 'u:MISC:stark', id: -1, type: 'MISC', name: 'stark', count: 1,
    variants: [{ text: 'stark', count: 1 }], mentions: [result.entities.length - 1],
  });
  assert.equal(entityClusters(FIXTURE_TEXT, bareResult()), null);
});

test('entities CSV: header, one row per mention, quoting, no spreadsheet formulas', () => {
  const result = fixtureResult();
  const csv = entitiesCsv(FIXTURE_TEXT, result);
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'start,end,type,text,cluster,cluster_name,score');
  assert.equal(lines.length, result.entities.length + 2);
  assert.equal(lines.at(-1), '');
  const first = result.entities[0];
  assert.equal(lines[1], `0,14,PER,Sergej Schoigu,0,Sergej Schoigu,${first.score.toFixed(3)}`);
  // A mention with a comma and a quotation mark, and none of a cluster.
  result.entities.push({ start: span('bleiben“').start, end: span('bleiben“').end + 2, type: 'MISC', cluster: -1, score: 0.3 });
  assert.match(entitiesCsv(FIXTURE_TEXT, result).split('\r\n').at(-2), /,MISC,"bleiben“, ",-1,,0\.300$/);
  assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvCell('-1'), "'-1");
  assert.equal(entitiesCsv(FIXTURE_TEXT, bareResult()), null);
  assert.equal(JSON.parse(analysisJson(FIXTURE_TEXT, result)).text, FIXTURE_TEXT);
});

test('hardest sentences: by difficulty when present, else by length', () => {
  const result = fixtureResult();
  const byDifficulty = hardestSentences(FIXTURE_TEXT, result, 2);
  assert.equal(byDifficulty.by, 'difficulty');
  const ranked = result.sentences.map((s, i) => [s.readability.difficulty, i]).sort((a, b) => b[0] - a[0]);
  assert.deepEqual(byDifficulty.items.map((i) => i.index), ranked.slice(0, 2).map(([, i]) => i));
  // The long sentence full of compounds is the hardest.
  assert.match(FIXTURE_TEXT.slice(result.sentences[byDifficulty.items[0].index].start), /^Die außerordentlich/);
  const bare = bareResult();
  const byLength = hardestSentences(FIXTURE_TEXT, bare, 5);
  assert.equal(byLength.by, 'length');
  assert.equal(byLength.items[0].index, 3);
  assert.equal(byLength.items[0].words, 11);
  assert.deepEqual(sentenceWordCounts(bare), [7, 3, 4, 11, 8]);
  assert.deepEqual(sentenceWordCounts(result), result.sentences.map((s) => s.readability.words));
});
