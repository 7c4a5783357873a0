#!/usr/bin/env node
// npm run eval:langid — accuracy of lesbar's language identifier per
// language, on sentences (20-60 characters) and paragraphs built from
// Debian's translated manual pages and message catalogs
// (train/langid/build-testset.mjs), next to franc in the same run.
//   node train/langid/eval-langid.mjs [--dev] [--no-franc] [--params K PENALTY ...]
// --dev scores the dev half (used for tuning); the default is the test half.
// Also scores snippets of 2-4 consecutive words cut from each sentence of
// the same half (what a search box or a one-line input looks like): strict
// accuracy ('und' counts as wrong), the best guess's accuracy, and the
// share of snippets and of sentences/paragraphs left 'und'.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const args = process.argv.slice(2);
const split = args.includes('--dev') ? 'dev' : 'test';
// --no-franc skips franc's columns (they read as 0), for quick tuning runs.
const withFranc = !args.includes('--no-franc');
const paramsAt = args.indexOf('--params');
// --params K PENALTY [WORD_K WORD_PENALTY [PRODUCT_PRIOR UNDETERMINED_MARGIN]]
const params = paramsAt >= 0 ? args.slice(paramsAt + 1).filter((arg) => !arg.startsWith('--')) : [];

const FRANC_TO_TAG = {
  deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', pol: 'pl',
  rus: 'ru', ukr: 'uk', tur: 'tr', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ces: 'cs',
  hun: 'hu', ron: 'ro', arb: 'ar', pes: 'fa', cmn: 'zh', jpn: 'ja', kor: 'ko',
};
const ONLY = Object.keys(FRANC_TO_TAG);

const tsv = join(root, 'build/langid', `${split}.tsv`);
if (!existsSync(tsv)) {
  const built = spawnSync(process.execPath, [join(root, 'train/langid/build-testset.mjs')], { stdio: 'inherit' });
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
// One prediction per line: { language, guess } ('und' plus its best guess
// when the text is too short to tell).
function predict(texts) {
  const run = spawnSync(tool, ['predict', ...params], {
    input: texts.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const lines = run.stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
  if (lines.length !== texts.length) throw new Error('prediction count mismatch');
  return lines.map(([language, , guess]) => ({ language, guess: guess ?? language }));
}

// A run of 2, 3 or 4 words (cycling) from a sentence, at a position fixed
// by a hash of the sentence, so every run of the eval cuts the same
// snippets. Text without spaces (Chinese, Japanese) gets 2-4 pairs of
// characters instead.
function snippetOf(text, index) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const count = 2 + (index % 3);
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length >= 2) {
    const take = Math.min(count, words.length);
    const from = hash % (words.length - take + 1);
    return words.slice(from, from + take).join(' ');
  }
  const chars = [...text];
  const take = Math.min(2 * count, chars.length);
  const from = hash % (chars.length - take + 1);
  return chars.slice(from, from + take).join('');
}

const predictions = predict(items.map((item) => item.text)).map((p) => p.language);
const sentences = items.filter((item) => item.kind === 'sentence');
const snippets = sentences.map((item, i) => ({ language: item.language, text: snippetOf(item.text, i) }));
const snippetPredictions = predict(snippets.map((item) => item.text));

const stats = new Map();
const confusions = new Map();
for (let i = 0; i < items.length; i++) {
  const { language, kind, text } = items[i];
  const key = `${language}/${kind}`;
  const entry = stats.get(key) ?? { n: 0, lesbar: 0, francOnly: 0, francAll: 0 };
  entry.n++;
  if (predictions[i] === language) entry.lesbar++;
  else confusions.set(`${language}->${predictions[i]}`, (confusions.get(`${language}->${predictions[i]}`) ?? 0) + 1);
  if (withFranc && FRANC_TO_TAG[franc(text, { only: ONLY, minLength: 1 })] === language) entry.francOnly++;
  if (withFranc && FRANC_TO_TAG[franc(text, { minLength: 1 })] === language) entry.francAll++;
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

const undRate = predictions.filter((language) => language === 'und').length / predictions.length;
console.log(`sentences and paragraphs left 'und': ${(100 * undRate).toFixed(2)} %`);

const perLanguage = new Map();
for (let i = 0; i < snippets.length; i++) {
  const { language } = snippets[i];
  const { language: predicted, guess } = snippetPredictions[i];
  const entry = perLanguage.get(language) ?? { n: 0, strict: 0, guess: 0, und: 0 };
  entry.n++;
  if (predicted === language) entry.strict++;
  if (guess === language) entry.guess++;
  if (predicted === 'und') entry.und++;
  perLanguage.set(language, entry);
}
console.log(`\nsnippets of 2-4 words from the ${split} sentences (${snippets.length})`);
console.log("strict: the language itself ('und' is wrong); guess: the language or, when 'und', its best guess;");
console.log("decided: right among the snippets not left 'und'\n");
console.log("| lang | n | strict | guess | 'und' | decided |");
console.log('|---|---|---|---|---|---|');
const macro = { strict: 0, guess: 0, und: 0, decided: 0 };
for (const [language, e] of perLanguage) {
  e.decided = e.n > e.und ? (e.strict / (e.n - e.und)) * e.n : 0;
  console.log(`| ${language} | ${e.n} | ${pct(e.strict, e.n)} | ${pct(e.guess, e.n)} | ${pct(e.und, e.n)} | ${pct(e.decided, e.n)} |`);
  for (const field of ['strict', 'guess', 'und', 'decided']) macro[field] += e[field] / e.n / perLanguage.size;
}
const macroCells = ['strict', 'guess', 'und', 'decided'].map((field) => (100 * macro[field]).toFixed(1));
console.log(`| **macro** | ${snippets.length} | ${macroCells.join(' | ')} |`);
const snippetConfusions = new Map();
for (let i = 0; i < snippets.length; i++) {
  const { guess } = snippetPredictions[i];
  if (guess === snippets[i].language) continue;
  const key = `${snippets[i].language}->${guess}`;
  snippetConfusions.set(key, (snippetConfusions.get(key) ?? 0) + 1);
}
const topSnippet = [...snippetConfusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16);
console.log(`\nmost frequent snippet confusions (best guess): ${topSnippet.map(([k, v]) => `${k} ${v}`).join(', ')}`);
