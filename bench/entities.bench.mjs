// Entity spotting benchmark on the German and English benchmark corpus, in
// UTF-8 MB/s: the whole analyze() (segmentation, readability, language,
// quotes and entities, all inside the wasm core) and entity spotting alone
// (the time analyze() takes with entities minus the time without them:
// name tagger, value rules, consistency and linking). Median and best of
// RUNS runs, alternating the two calls so machine load hits both alike.
// Reports only; never fails.
//
//   node bench/entities.bench.mjs [--json FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../js/index.js';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sharedData = process.env.LESBAR_SHARED_DATA || path.join(repoRoot, '..', 'shared', 'data');
const { values: cli } = parseArgs({ options: { json: { type: 'string' } } });

const TARGET_MB_PER_SEC = 2;
const RUNS = 9;
const CORPORA = {
  de: 'de_political_speeches_barbaresi_excerpt.txt',
  en: 'en_gum_wikimedia_news_interview_bio_voyage.txt',
};

function timed(fn) {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mbPerSec = (bytes, ms) => bytes / 1e6 / (ms / 1e3);

const analyzer = await createAnalyzer();
const rows = [];
for (const [language, file] of Object.entries(CORPORA)) {
  const text = readFileSync(path.join(sharedData, 'corpus', file), 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  analyzer.analyze(text, { language }); // warm-up
  analyzer.analyze(text, { language, entities: false });
  const withEntities = [];
  const without = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    let ms;
    [ms, result] = timed(() => analyzer.analyze(text, { language }));
    withEntities.push(ms);
    [ms] = timed(() => analyzer.analyze(text, { language, entities: false }));
    without.push(ms);
  }
  const entityMs = withEntities.map((ms, r) => ms - without[r]);
  rows.push({
    language, bytes,
    analyzeMedian: mbPerSec(bytes, median(withEntities)),
    analyzeBest: mbPerSec(bytes, Math.min(...withEntities)),
    entitiesMedian: mbPerSec(bytes, median(entityMs)),
    entitiesBest: mbPerSec(bytes, Math.min(...withEntities) - Math.min(...without)),
    entities: result.entities.length, clusters: result.clusters.length,
  });
}

const verdict = (value) => `${value >= TARGET_MB_PER_SEC ? 'met' : 'MISSED'}`;
console.log('| corpus | size | analyze() with entities, median / best | entity spotting alone, median / best | entities | clusters | ≥ 2 MB/s (entity spotting, median) |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.language} | ${(r.bytes / 1e3).toFixed(0)} KB | ` +
    `${r.analyzeMedian.toFixed(2)} / ${r.analyzeBest.toFixed(2)} MB/s | ` +
    `${r.entitiesMedian.toFixed(2)} / ${r.entitiesBest.toFixed(2)} MB/s | ` +
    `${r.entities} | ${r.clusters} | ${verdict(r.entitiesMedian)} |`);
}
if (cli.json) writeFileSync(cli.json, JSON.stringify(rows, null, 2));
analyzer.dispose();
