// lesbar/summary on constructed results: clusters with variants, CSV escaping,
// the hardest sentences by difficulty or by length.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analysisJson, csvCell, entitiesCsv, entityClusters, hardestSentences, sentenceWordCounts,
} from '../../js/summary.js';
import { FIXTURE_TEXT, bareResult, fixtureResult } from './fixtures.mjs';

test('entity clusters: grouped, counted, with variants; unclustered mentions by surface', () => {
  const clusters = entityClusters(FIXTURE_TEXT, fixtureResult());
  assert.deepEqual(clusters.map((c) => [c.name, c.count]),
    [['Sergej Schoigu', 2], ['Moskau', 2], ['Wladimir Putin', 1], ['stark“, ', 1]]);
  assert.deepEqual(clusters[0].variants, [{ text: 'Sergej Schoigu', count: 1 }, { text: 'Shoigu', count: 1 }]);
  assert.deepEqual(clusters[0].mentions, [0, 4]);
  assert.equal(clusters[3].id, -1);
  assert.equal(entityClusters(FIXTURE_TEXT, bareResult()), null);
});

test('entities CSV: header, one row per mention, quoting, no spreadsheet formulas', () => {
  const csv = entitiesCsv(FIXTURE_TEXT, fixtureResult());
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'start,end,type,text,cluster,cluster_name,score');
  assert.equal(lines.length, 6 + 2);
  assert.match(lines[1], /^0,14,PER,Sergej Schoigu,0,Sergej Schoigu,0\.980$/);
  assert.match(lines[4], /,MISC,"stark“, ",-1,,0\.300$/);
  assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvCell('-1'), "'-1");
  assert.equal(entitiesCsv(FIXTURE_TEXT, bareResult()), null);
  assert.equal(JSON.parse(analysisJson(FIXTURE_TEXT, fixtureResult())).text, FIXTURE_TEXT);
});

test('hardest sentences: by difficulty when present, else by length', () => {
  const byDifficulty = hardestSentences(FIXTURE_TEXT, fixtureResult(), 2);
  assert.equal(byDifficulty.by, 'difficulty');
  assert.deepEqual(byDifficulty.items.map((i) => i.index), [3, 4]);
  const bare = bareResult();
  bare.tokens = [{ start: 0, end: 6, kind: 'word' }, { start: 7, end: 14, kind: 'word' },
    { start: 35, end: 36, kind: 'punct' }, { start: 70, end: 73, kind: 'word' }];
  const byLength = hardestSentences(FIXTURE_TEXT, bare, 5);
  assert.equal(byLength.by, 'length');
  assert.equal(byLength.items[0].index, 0);
  assert.equal(byLength.items[0].words, 2);
  assert.deepEqual(sentenceWordCounts(fixtureResult()), [6, 3, 2, 7, 6]);
});
