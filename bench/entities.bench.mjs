// Entity spotting benchmark: analyze() throughput (segmentation plus the
// name tagger, value rules and linking, all inside the wasm core) on the
// German and English benchmark corpus, in UTF-8 MB/s, with the number of
// entities found. Reports only; never fails.
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
const RUNS = 5;
const CORPORA = {
  de: 'de_political_speeches_barbaresi_excerpt.txt',
  en: 'en_gum_wikimedia_news_interview_bio_voyage.txt',
};

const analyzer = await createAnalyzer();
const rows = [];
for (const [language, file] of Object.entries(CORPORA)) {
  const text = readFileSync(path.join(sharedData, 'corpus', file), 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  let result = analyzer.analyze(text, { language }); // warm-up
  const samples = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    result = analyzer.analyze(text, { language });
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const ms = samples[RUNS >> 1];
  rows.push({
    language, bytes, ms, mbPerSec: bytes / 1e6 / (ms / 1e3),
    entities: result.entities.length, clusters: result.clusters.length,
  });
}

console.log('| corpus | size | analyze() with entities | entities | clusters | target |');
console.log('|---|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.language} | ${(r.bytes / 1e3).toFixed(0)} KB | ${r.mbPerSec.toFixed(2)} MB/s | ` +
    `${r.entities} | ${r.clusters} | ≥ ${TARGET_MB_PER_SEC} MB/s ${r.mbPerSec >= TARGET_MB_PER_SEC ? 'met' : 'MISSED'} |`);
}
if (cli.json) writeFileSync(cli.json, JSON.stringify(rows, null, 2));
analyzer.dispose();
