#!/usr/bin/env node
// Readability's cost inside analyze() (target: it adds at most 20 %), the
// textstat compat mode, and syllables() per word, in the wasm build.
//   node bench/readability.bench.mjs [--megabytes N]
// analyze() runs alternate with and without readability on the same text,
// so the other load of a shared machine hits both alike; medians are shown.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sharedData = process.env.LESBAR_SHARED_DATA ?? path.join(repoRoot, '..', 'shared', 'data');
const corpusDir = path.join(sharedData, 'corpus');
const { values: cli } = parseArgs({ options: { megabytes: { type: 'string', default: '2' } } });
const targetBytes = Number(cli.megabytes) * 1e6;

const { createAnalyzer } = await import(path.join(repoRoot, 'js', 'index.js'));
const analyzer = await createAnalyzer({ textstat: true });

function corpus(prefix) {
  const name = readdirSync(corpusDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  const text = readFileSync(path.join(corpusDir, name), 'utf8');
  let out = text;
  while (Buffer.byteLength(out) < targetBytes) out += `\n\n${text}`;
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const rows = [];
for (const [language, prefix] of [['de', 'de_political_speeches'], ['en', 'en_gum']]) {
  const text = corpus(prefix);
  const mb = Buffer.byteLength(text) / 1e6;
  const modes = {
    without: { language, readability: false },
    with: { language },
    textstat: { language, readability: { compat: 'textstat' } },
  };
  const samples = { without: [], with: [], textstat: [] };
  for (const options of Object.values(modes)) analyzer.analyze(text.slice(0, 20000), options);
  for (let run = 0; run < 7; run++) {
    for (const [mode, options] of Object.entries(modes)) samples[mode].push(time(() => analyzer.analyze(text, options)));
  }
  const [without, withReadability, textstat] = [samples.without, samples.with, samples.textstat].map(median);
  rows.push({
    language,
    MB: mb.toFixed(1),
    'without (MB/s)': (mb / (without / 1e3)).toFixed(1),
    'with (MB/s)': (mb / (withReadability / 1e3)).toFixed(1),
    'readability adds': `${(100 * (withReadability - without) / without).toFixed(1)} %`,
    'target': '≤ 20 %',
    'textstat mode (MB/s)': (mb / (textstat / 1e3)).toFixed(1),
  });
}
console.log('analyze() in wasm, median of 7 interleaved runs:');
console.table(rows);

const words = readFileSync(path.join(corpusDir, readdirSync(corpusDir).find((f) => f.startsWith('de_'))), 'utf8')
  .split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(0, 50000);
const ms = time(() => { for (const w of words) analyzer.syllables(w, 'de'); });
console.log(`analyzer.syllables(word, 'de') through the JS API: ${(words.length / (ms / 1e3) / 1e6).toFixed(2)} M words/s ` +
  '(per-call overhead dominates; inside analyze() words are counted in the core)');
