#!/usr/bin/env node
// Writes fuzzing seeds: real text as UTF-16LE behind a one-byte selector
// (language and tokenization, see tests/fuzz/analyze_fuzzer.cc).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = process.argv[2];
// "syllables" seeds are single words; "analyze" seeds are whole texts.
const target = process.argv[3] ?? 'analyze';
const shared = process.env.LESBAR_SHARED_DATA ?? join(root, '..', 'shared', 'data');
mkdirSync(out, { recursive: true });

const texts = [readFileSync(join(root, 'web-demo/samples/article-de-russland-iran.txt'), 'utf8')];
for (const c of JSON.parse(readFileSync(join(root, 'tests/cases/segmentation.json'), 'utf8')).cases) {
  texts.push(c.text);
}
for (const file of ['segmentation/de_gsd-ud-dev.conllu', 'segmentation/en_ewt-ud-dev.conllu']) {
  if (!existsSync(join(shared, file))) continue;
  const lines = readFileSync(join(shared, file), 'utf8').split('\n')
    .filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9));
  for (let i = 0; i < lines.length; i += 40) texts.push(lines.slice(i, i + 40).join(' '));
}
const corpusDir = join(shared, 'corpus');
if (existsSync(corpusDir)) {
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    for (let i = 0; i < 20; i++) texts.push(text.slice(i * 2000, i * 2000 + 2000));
  }
}
if (target === 'syllables') {
  const words = new Set(texts.join(' ').split(/[\s]+/).filter((w) => w.length > 0));
  texts.length = 0;
  texts.push(...[...words].slice(0, 3000));
}
texts.forEach((text, i) => {
  const body = Buffer.from(text, 'utf16le');
  const selector = [0, 1, 2, 0x81][i % 4];
  writeFileSync(join(out, `seed-${i}`), Buffer.concat([Buffer.from([selector]), body]));
});
console.error(`fuzz seeds: ${texts.length} in ${out}`);
