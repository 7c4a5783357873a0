#!/usr/bin/env node
// npm run eval:langid — accuracy of lesbar's language identifier per
// language, on sentences (20-60 characters) and paragraphs built from
// Debian's translated manual pages and message catalogs
// (scripts/langid/build-testset.mjs), next to franc in the same run.
//   node scripts/langid/eval-langid.mjs [--dev] [--params K PENALTY]
// --dev scores the dev half (used for tuning); the default is the test half.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const args = process.argv.slice(2);
const split = args.includes('--dev') ? 'dev' : 'test';
const paramsAt = args.indexOf('--params');
const params = paramsAt >= 0 ? args.slice(paramsAt + 1, paramsAt + 3) : [];

const FRANC_TO_TAG = {
  deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', pol: 'pl',
  rus: 'ru', ukr: 'uk', tur: 'tr', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ces: 'cs',
  hun: 'hu', ron: 'ro', arb: 'ar', pes: 'fa', cmn: 'zh', jpn: 'ja', kor: 'ko',
};
const ONLY = Object.keys(FRANC_TO_TAG);

const tsv = join(root, 'build/langid', `${split}.tsv`);
if (!existsSync(tsv)) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/langid/build-testset.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const tool = join(root, 'build/native/lesbar_langid');
if (!existsSync(tool)) {
  console.error('build/native/lesbar_langid is missing: node scripts/build.mjs --native-only');
  process.exit(1);
}

const items = readFileSync(tsv, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [language, kind, text] = line.split('\t');
  return { language, kind, text };
});
const run = spawnSync(tool, ['predict', ...params], {
  input: items.map((item) => item.text).join('\n') + '\n',
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const predictions = run.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0]);
if (predictions.length !== items.length) throw new Error('prediction count mismatch');

const stats = new Map();
const confusions = new Map();
for (let i = 0; i < items.length; i++) {
  const { language, kind, text } = items[i];
  const key = `${language}/${kind}`;
  const entry = stats.get(key) ?? { n: 0, lesbar: 0, francOnly: 0, francAll: 0 };
  entry.n++;
  if (predictions[i] === language) entry.lesbar++;
  else confusions.set(`${language}->${predictions[i]}`, (confusions.get(`${language}->${predictions[i]}`) ?? 0) + 1);
  if (FRANC_TO_TAG[franc(text, { only: ONLY, minLength: 1 })] === language) entry.francOnly++;
  if (FRANC_TO_TAG[franc(text, { minLength: 1 })] === language) entry.francAll++;
  stats.set(key, entry);
}

const pct = (a, n) => (n === 0 ? '–' : ((100 * a) / n).toFixed(1));
const languages = [...new Set(items.map((item) => item.language))];
console.log(`language identification, ${split} set (${items.length} items)`);
console.log('franc: franc 6.2.0 restricted to the same 23 languages (`only`), and unrestricted (187 languages)\n');
console.log('| lang | sentences n | lesbar | franc (23) | franc (all) | paragraphs n | lesbar | franc (23) | franc (all) |');
console.log('|---|---|---|---|---|---|---|---|---|');
const totals = { sentence: { n: 0, lesbar: 0, francOnly: 0, francAll: 0 }, paragraph: { n: 0, lesbar: 0, francOnly: 0, francAll: 0 } };
for (const language of languages) {
  const cells = [language];
  for (const kind of ['sentence', 'paragraph']) {
    const e = stats.get(`${language}/${kind}`) ?? { n: 0, lesbar: 0, francOnly: 0, francAll: 0 };
    for (const field of ['n', 'lesbar', 'francOnly', 'francAll']) totals[kind][field] += e[field];
    cells.push(String(e.n), pct(e.lesbar, e.n), pct(e.francOnly, e.n), pct(e.francAll, e.n));
  }
  console.log(`| ${cells.join(' | ')} |`);
}
const t = totals;
console.log(`| **all** | ${t.sentence.n} | ${pct(t.sentence.lesbar, t.sentence.n)} | ${pct(t.sentence.francOnly, t.sentence.n)} | ${pct(t.sentence.francAll, t.sentence.n)} | ${t.paragraph.n} | ${pct(t.paragraph.lesbar, t.paragraph.n)} | ${pct(t.paragraph.francOnly, t.paragraph.n)} | ${pct(t.paragraph.francAll, t.paragraph.n)} |`);
const top = [...confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(`\nmost frequent lesbar confusions: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
