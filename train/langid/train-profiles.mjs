#!/usr/bin/env node
// Trains the character trigram profiles of lesbar's language identifier and
// writes core/language/language_profiles.cc: per language the TOP most
// frequent trigrams of its training text, in rank order (the identifier
// turns ranks into Zipf-shaped weights, like franc's rank profiles).
//
// Training text: build/langid/train/<language>.txt, the dev half of
// Debian's translated manual pages and message catalogs, written by
// train/langid/build-testset.mjs (the test half is never read here).
//   npm run train:langid    (builds lesbar_langid and the sets, then this)
//   node train/langid/train-profiles.mjs [--top N ...] [--pin]
// The text depends on the packages installed, so every run compares it
// with train/langid/inputs.json (packages read, sha256 of the text) and
// warns when it differs; --pin records this run's inputs there instead.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { debianPackages, differences, sha256 } from './inputs.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const topAt = process.argv.indexOf('--top');
const TOP = topAt >= 0 ? Number(process.argv[topAt + 1]) : 1400;
const wordsAt = process.argv.indexOf('--words');
const WORDS = wordsAt >= 0 ? Number(process.argv[wordsAt + 1]) : 1000;
// The languages lesbar is made for (de, en) keep WORDS words. The others keep
// the words of at most OTHER_WORD_MAX_LENGTH letters among their first
// OTHER_WORDS: a longer word is told apart by its own trigrams, and the long
// words were most of the profiles' size. Ranks are scored on the full list's
// scale (kWordListScale), so a shorter list does not weaken its head.
const otherWordsAt = process.argv.indexOf('--other-words');
const OTHER_WORDS = otherWordsAt >= 0 ? Number(process.argv[otherWordsAt + 1]) : WORDS;
const FULL_WORD_LISTS = new Set(['de', 'en']);
const otherLengthAt = process.argv.indexOf('--other-word-max-length');
const OTHER_WORD_MAX_LENGTH = otherLengthAt >= 0 ? Number(process.argv[otherLengthAt + 1]) : 6;
const pairAt = process.argv.indexOf('--pair-features');
const PAIR_FEATURES = pairAt >= 0 ? Number(process.argv[pairAt + 1]) : 1500;
// Close languages that the ranked profiles confuse on short sentences; each
// pair gets a direct log-likelihood-ratio model (see below).
const PAIRS = [['da', 'no'], ['da', 'sv'], ['sv', 'no'], ['pt', 'es']];
// Pair weights are stored in the identifier's fixed point (1/40 nats).
const WEIGHT_SCALE = 40;

// Order is the order of the identifier's language indexes (ties go to the
// earlier one, so the more frequent languages of pasted news come first).
const LANGUAGES = [
  ['Latin', 'de'], ['Latin', 'en'], ['Latin', 'fr'], ['Latin', 'es'], ['Latin', 'it'],
  ['Latin', 'nl'], ['Latin', 'pt'], ['Latin', 'pl'], ['Latin', 'tr'], ['Latin', 'sv'],
  ['Latin', 'da'], ['Latin', 'no'], ['Latin', 'fi'], ['Latin', 'cs'], ['Latin', 'hu'],
  ['Latin', 'ro'], ['Cyrillic', 'ru'], ['Cyrillic', 'uk'], ['Arabic', 'ar'], ['Arabic', 'fa'],
];

// The units the identifier counts -- trigrams and words of the text read as
// core/language/language_units.h reads it (letters lower-cased, every run of
// non-letters one space, each line padded) -- come from the identifier's own
// code: `lesbar_langid features`, each distinct unit once, with its count,
// in order of first occurrence. Units with a letter of another script are
// left out. This script only adds up, ranks and writes tables.
const TOOL = join(root, 'build/native/lesbar_langid');
function unitsOf(text, script) {
  const run = spawnSync(TOOL, ['features', script.toLowerCase()], {
    input: text, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`${TOOL} features failed (node scripts/build.mjs --native-only builds it): ${run.error?.message ?? run.stderr}`);
  }
  const units = [];
  for (const line of run.stdout.split('\n')) {
    if (line === '') continue;
    const [kind, unit, count] = line.split('\t');
    units.push([kind, unit, Number(count)]);
  }
  return units;
}

// Adds the units to the trigram and word counts, every occurrence weighing
// `weight`. Weighted occurrences are added one at a time, in the order
// they were always added, so that the floating-point sums (and the order of
// near ties) are those the committed profiles were made with.
function addUnits(units, counts, wordCounts, weight = 1) {
  for (const [kind, unit, n] of units) {
    const map = kind === 't' ? counts : wordCounts;
    let value = map.get(unit) ?? 0;
    if (weight === 1) value += n;
    else for (let k = 0; k < n; k++) value += weight;
    map.set(unit, value);
  }
}

const byCount = (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const escape = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
// Words are kept when they are distinctive: at least DISTINCT times as
// frequent (per word of text) as in any other language of the same script,
// so the list spends its room on what separates close languages
// (Danish/Bokmål, Portuguese/Spanish) rather than on words they share.
const distinctAt = process.argv.indexOf('--distinct');
const DISTINCT = distinctAt >= 0 ? Number(process.argv[distinctAt + 1]) : 2;

// Manual pages and message catalogs know nothing of greetings, weather or
// politicians: "Guten Morgen.", "Es regnet in Hamburg." and "Boris Johnson
// visited Berlin." went to Dutch, French and Danish. For de and en, the
// languages lesbar is made for, everyday text from the named-entity corpora
// of the shared development data (../shared/data, CC BY 4.0 / ODC-BY, see
// its README) is added: news and Wikipedia for German; news, Wikipedia and
// tweets for English. Their tagged names are cut out, since "Berlin" or
// "Johnson" says nothing about the language around it. The everyday text
// weighs EVERYDAY_SHARE of the language's manual-page text, so neither
// register crowds out the other in the ranked lists. None of it is test
// text.
const everydayAt = process.argv.indexOf('--everyday-share');
const EVERYDAY_SHARE = everydayAt >= 0 ? Number(process.argv[everydayAt + 1]) : 0.5;
const SHARED = join(root, '..', 'shared', 'data');
// Tokens of a CoNLL-like file (token and tag columns), one sentence a line;
// a name (tag other than O), web address, @user or #tag ends the line, so
// no trigram reaches across it.
function conllText(path, tokenColumn, tagColumn, prefix = '') {
  const lines = [];
  let fragment = [];
  const end = () => {
    if (fragment.length > 0) lines.push(fragment.join(' '));
    fragment = [];
  };
  for (const line of readFileSync(join(SHARED, path), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('-DOCSTART-')) {
      end();
      continue;
    }
    const fields = line.split(/[\t ]/);
    const token = (fields[tokenColumn] ?? '').replace(prefix, '');
    const tag = fields[tagColumn] ?? 'O';
    if (tag !== 'O' || /^(https?:|www\.|@|#)/.test(token)) end();
    else fragment.push(token);
  }
  end();
  return lines.join('\n');
}
const EVERYDAY = {
  de: () => [
    conllText('ner/germeval2014-de-dev.tsv', 1, 2),
    conllText('ner/wikiann-de/train', 0, 1, /^de:/),
  ],
  en: () => [
    ...['a', 'b', 'e', 'g', 'h'].map((part) => conllText(`ner/btc-en/${part}.conll`, 0, 1)),
    conllText('ner/wnut17-en-train.conll', 0, 1),
    conllText('ner/wikigold-en/wikigold.conll.txt', 0, 1),
  ],
};

// Greetings, letter formulas, days and weather, written for the product's
// languages (train/langid/phrases/<language>.txt): too rare even in news
// to rank, so each phrase counts as if it occurred once per PHRASE_EVERY
// characters of the language's manual-page text.
const phraseAt = process.argv.indexOf('--phrase-every');
const PHRASE_EVERY = phraseAt >= 0 ? Number(process.argv[phraseAt + 1]) : 10000;
function phrases(tag) {
  const path = join(root, 'train/langid/phrases', `${tag}.txt`);
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').split('\n').filter((line) => !line.startsWith('#')).join('\n');
}

// The whole training text, hashed in the order it is counted, and each
// language's parts, so a warning can say which text moved.
const wholeText = createHash('sha256');
const textHashes = {};
const trained = LANGUAGES.map(([script, tag]) => {
  const text = readFileSync(join(root, 'build/langid/train', `${tag}.txt`), 'utf8');
  const counts = new Map();
  const wordCounts = new Map();
  addUnits(unitsOf(text, script), counts, wordCounts);
  const everyday = EVERYDAY_SHARE > 0 && EVERYDAY[tag] ? EVERYDAY[tag]().join('\n') : '';
  const everydayWeight = everyday ? (EVERYDAY_SHARE * text.length) / everyday.length : 0;
  if (everyday) addUnits(unitsOf(everyday, script), counts, wordCounts, everydayWeight);
  const phraseText = PHRASE_EVERY > 0 ? phrases(tag) : '';
  const phraseWeight = text.length / PHRASE_EVERY;
  if (phraseText) addUnits(unitsOf(phraseText, script), counts, wordCounts, phraseWeight);
  textHashes[tag] = { debian: sha256(text), everyday: sha256(everyday), phrases: sha256(phraseText) };
  for (const part of [tag, text, everyday, phraseText]) wholeText.update(`${part.length}\n`).update(part);
  // Sorted by count, then by the trigram, so the output is reproducible.
  const ranked = [...counts.entries()].sort(byCount).slice(0, TOP).map(([gram]) => gram);
  if (ranked.length < TOP) throw new Error(`${tag}: only ${ranked.length} trigrams`);
  let total = 0;
  for (const count of wordCounts.values()) total += count;
  return { script, tag, size: text.length, counts, ranked, wordCounts, total };
});
const rows = [];
const summary = [];
for (const { script, tag, size, ranked, wordCounts, total } of trained) {
  const others = trained.filter((other) => other.script === script && other.tag !== tag);
  const distinctive = ([word, count]) =>
    count >= 3 &&
    others.every((other) => (count / total) >= DISTINCT * (((other.wordCounts.get(word) ?? 0) + 0.5) / other.total));
  const words = [...wordCounts.entries()].filter(distinctive).sort(byCount)
    .slice(0, FULL_WORD_LISTS.has(tag) ? WORDS : OTHER_WORDS).map(([word]) => word)
    .filter((word) => FULL_WORD_LISTS.has(tag) || [...word].length <= OTHER_WORD_MAX_LENGTH);
  summary.push(`${tag} ${(size / 1e6).toFixed(1)} MB`);
  const chunks = [];
  for (let i = 0; i < ranked.length; i += 40) chunks.push(`     "${escape(ranked.slice(i, i + 40).join('|'))}${i + 40 < ranked.length ? '|' : ''}"`);
  const wordChunks = [];
  for (let i = 0; i < words.length; i += 12) wordChunks.push(`     "${escape(words.slice(i, i + 12).join('|'))}${i + 12 < words.length ? '|' : ''}"`);
  if (wordChunks.length === 0) wordChunks.push('     ""');
  rows.push(`    {"${tag}", Script::k${script},\n${chunks.join('\n')},\n${wordChunks.join('\n')}},`);
}

// Pair models: for two close languages, log P(feature | first) -
// log P(feature | second) of trigrams ("t:") and whole words ("w:") from
// their full training counts (add-½ smoothing), keeping the PAIR_FEATURES
// features with the largest |ratio| × √count: the spellings that separate
// them ("af"/"av", "efter"/"etter", "bogstaver"/"bokstaver", "arquivo"/
// "archivo"). The identifier adds them up when the pair are its top two.
const byTag = new Map(trained.map((entry) => [entry.tag, entry]));
const pairRows = [];
for (const [first, second] of PAIRS) {
  const a = byTag.get(first);
  const b = byTag.get(second);
  const features = new Map();
  const collect = (entry, prefix, counts, slot) => {
    for (const [feature, count] of counts) {
      const key = prefix + feature;
      const both = features.get(key) ?? [0, 0];
      both[slot] += count;
      features.set(key, both);
    }
  };
  collect(a, 't:', a.counts, 0);
  collect(b, 't:', b.counts, 1);
  collect(a, 'w:', a.wordCounts, 0);
  collect(b, 'w:', b.wordCounts, 1);
  let totalA = 0, totalB = 0;
  for (const [x, y] of features.values()) {
    totalA += x;
    totalB += y;
  }
  const scored = [];
  for (const [key, [x, y]] of features) {
    if (x + y < 3) continue;
    const ratio = Math.log((x + 0.5) / totalA) - Math.log((y + 0.5) / totalB);
    const weight = Math.max(-255, Math.min(255, Math.round(ratio * WEIGHT_SCALE)));
    if (weight === 0) continue;
    scored.push([key, weight, Math.abs(ratio) * Math.sqrt(x + y)]);
  }
  scored.sort((p, q) => q[2] - p[2] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
  const kept = scored.slice(0, PAIR_FEATURES).map(([key, weight]) => `${key}=${weight}`);
  const chunks = [];
  for (let i = 0; i < kept.length; i += 12) chunks.push(`     "${escape(kept.slice(i, i + 12).join('|'))}${i + 12 < kept.length ? '|' : ''}"`);
  pairRows.push(`    {"${first}", "${second}",\n${chunks.join('\n')}},`);
}

// The inputs of this run against the pinned ones.
const sourcesFile = join(root, 'build/langid/sources.txt');
const sources = existsSync(sourcesFile) ? readFileSync(sourcesFile, 'utf8').split('\n').filter(Boolean) : [];
const { packages, unowned } = debianPackages(sources);
const inputs = {
  about: 'Inputs of core/language/language_profiles.cc (train/langid/README.md): sha256 of the whole ' +
    'training text, of each language\'s Debian text, everyday text and phrases, and the Debian packages ' +
    'whose manual pages and catalogs build-testset.mjs read. Written by train-profiles.mjs --pin.',
  training_text_sha256: wholeText.digest('hex'),
  text: textHashes,
  packages,
};
const PIN = join(root, 'train/langid/inputs.json');
if (process.argv.includes('--pin')) {
  writeFileSync(PIN, JSON.stringify(inputs, null, 2) + '\n');
  console.log(`pinned the inputs in train/langid/inputs.json (${packages.length} packages)`);
} else {
  const pinned = existsSync(PIN) ? JSON.parse(readFileSync(PIN, 'utf8')) : { text: {}, packages: [] };
  const moved = differences(pinned, inputs);
  if (sources.length === 0) moved.push('build/langid/sources.txt is missing: run train/langid/build-testset.mjs first');
  if (moved.length > 0) {
    console.warn(['', 'WARNING: this training text is not the pinned one (train/langid/inputs.json):',
      ...moved.map((line) => `  ${line}`),
      '  The profiles written now differ from those trained on the pinned text. Give the machine',
      '  the packages inputs.json lists, or adopt this text: rerun with --pin and commit',
      '  train/langid/inputs.json with the profiles.', ''].join('\n'));
  }
}
if (unowned.length > 0) console.warn(`note: ${unowned.length} pages or catalogs read belong to no Debian package (e.g. ${unowned[0]})`);

const out = `// GENERATED by train/langid/train-profiles.mjs -- do not edit.
// Rebuild: npm run train:langid (train/langid/train-profiles.mjs --top ${TOP} --words ${WORDS} --other-words ${OTHER_WORDS} --other-word-max-length ${OTHER_WORD_MAX_LENGTH} --distinct ${DISTINCT} --pair-features ${PAIR_FEATURES} --everyday-share ${EVERYDAY_SHARE} --phrase-every ${PHRASE_EVERY})
// Per language the ${TOP} most frequent character trigrams of the dev half of
// Debian's translated manual pages (manpages-l10n, GPL-3.0+; English:
// package manpages and others) or, for Arabic and Persian, of Debian's
// gettext message catalogs; lower-cased, " " for word boundaries, most
// frequent first, "|"-separated; then up to ${WORDS} words of the same
// text at least ${DISTINCT} times as frequent as in any other language of
// their script, most frequent first (languages other than de and en: those
// of at most ${OTHER_WORD_MAX_LENGTH} letters among their first ${OTHER_WORDS}). Then the pair models of close languages:
// "t:trigram=weight" and "w:word=weight", weight = log-likelihood ratio
// first : second in 1/${WEIGHT_SCALE} nats. de and en also count everyday
// text: the named-entity corpora of ../shared/data without their names
// (GermEval 2014 dev, WikiANN de train: CC BY 4.0, ODC-BY; Broad Twitter
// Corpus, WNUT-17 train, WikiGold: CC BY 4.0) and the phrases of
// train/langid/phrases/. See train/langid/README.md.
// Training text sha256 ${inputs.training_text_sha256}
// (its Debian packages: train/langid/inputs.json).

#include "language/language_profiles.h"

namespace lesbar {
namespace langid_internal {

const int kWordListScale = ${WORDS};

const TrigramProfile kTrigramProfiles[kNumTrigramProfiles] = {
${rows.join('\n')}
};

const PairProfile kPairProfiles[kNumPairProfiles] = {
${pairRows.join('\n')}
};

}  // namespace langid_internal
}  // namespace lesbar
`;
writeFileSync(join(root, 'core/language/language_profiles.cc'), out);
console.log(`wrote core/language/language_profiles.cc (${LANGUAGES.length} x ${TOP} trigrams + ${WORDS}/${OTHER_WORDS} words, ${out.length} bytes)\n${summary.join(', ')}`);
