// Runs analyze() a few times on one benchmark corpus (for profiling).
//   node run-analyze.mjs INDEX_JS de|en full|seg
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [indexJs, language = 'de', mode = 'full'] = process.argv.slice(2);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedData = process.env.LESBAR_SHARED_DATA || path.join(repoRoot, '..', 'shared', 'data');
const file = language === 'de'
  ? 'de_political_speeches_barbaresi_excerpt.txt'
  : 'en_gum_wikimedia_news_interview_bio_voyage.txt';
const text = readFileSync(path.join(sharedData, 'corpus', file), 'utf8');
const options = mode === 'seg' ? { language, entities: false, readability: false } : { language };
const { createAnalyzer } = await import(pathToFileURL(path.resolve(indexJs)).href);
const analyzer = await createAnalyzer();
analyzer.analyze(text, options);
const runs = 6;
const t0 = performance.now();
for (let i = 0; i < runs; i++) analyzer.analyze(text, options);
const ms = (performance.now() - t0) / runs;
console.log(`${language} ${mode}: ${(Buffer.byteLength(text) / 1e3 / ms).toFixed(2)} MB/s (profiling build)`);
analyzer.dispose();
