#!/usr/bin/env node
// Builds the language-identification evaluation sets from Debian packages
// installed on this machine (see train/langid/README.md):
//   - translated manual pages (manpages-de, manpages-fr, ... from the
//     manpages-l10n project, GPL-3.0+; English from `manpages` and every
//     other installed page), for the languages that have them;
//   - gettext message catalogs (/usr/share/locale/<lang>/LC_MESSAGES/*.mo,
//     read with `msgunfmt`) for Arabic, Persian and Korean, which have no
//     translated manual pages in Debian.
// Each page or catalog goes wholly to the dev half or the test half (by a
// hash of its name), so no text is in both. Translated pages keep the
// English of paragraphs nobody translated yet, so for the Latin-script
// languages only pages whose English original is installed are used, and an
// item is dropped when it shares a run of four words with any English page.
// Writes build/langid/{dev,test}.tsv: language \t kind \t text, where kind is
// "sentence" (20-60 characters) or "paragraph" (at least 150), and
// build/langid/train/<language>.txt: every usable paragraph of the dev half,
// plus, for the languages tested on manual pages, the messages of their
// gettext catalogs that share no run of four words with a test item: the
// training text of train/langid/train-profiles.mjs; and
// build/langid/sources.txt, the path of every page and catalog read.
// Only pages and catalogs of the Debian packages pinned in
// train/langid/inputs.json are read, so other installed packages change
// nothing; --all-installed reads every installed one (to adopt a new pin:
// then train-profiles.mjs --pin).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { pinnedPaths } from './inputs.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const MAN = '/usr/share/man';
const LOCALE = '/usr/share/locale';
const PER_KIND = { sentence: 300, paragraph: 150 };

// lesbar tag -> where its text comes from.
const SOURCES = {
  de: { man: 'de' }, en: { man: '' }, fr: { man: 'fr' }, es: { man: 'es' },
  it: { man: 'it' }, nl: { man: 'nl' }, pt: { man: 'pt_BR' }, pl: { man: 'pl' },
  ru: { man: 'ru' }, uk: { man: 'uk' }, tr: { man: 'tr' }, sv: { man: 'sv' },
  da: { man: 'da' }, no: { man: 'nb' }, fi: { man: 'fi' }, cs: { man: 'cs' },
  hu: { man: 'hu' }, ro: { man: 'ro' }, ja: { man: 'ja' }, zh: { man: 'zh_CN' },
  ar: { mo: 'ar' }, fa: { mo: 'fa' }, ko: { mo: 'ko' },
};
// Extra training text (never test text) for languages tested on manual pages.
const TRAINING_CATALOGS = {
  de: ['de'], fr: ['fr'], es: ['es'], it: ['it'], nl: ['nl'], pt: ['pt_BR', 'pt'], pl: ['pl'],
  ru: ['ru'], uk: ['uk'], tr: ['tr'], sv: ['sv'], da: ['da'], no: ['nb', 'no'], fi: ['fi'],
  cs: ['cs'], hu: ['hu'], ro: ['ro'],
};
const SCRIPT = {
  ru: /\p{Script=Cyrillic}/u, uk: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u, ko: /\p{Script=Hangul}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, zh: /\p{Script=Han}/u,
};
const LATIN = /\p{Script=Latin}/u;
// Every manual page and catalog read, for the trainer's record of which
// Debian packages the text came from (build/langid/sources.txt).
const sources = new Set();
const pinned = process.argv.includes('--all-installed') ? null
  : pinnedPaths(JSON.parse(readFileSync(join(root, 'train/langid/inputs.json'), 'utf8')).packages);
function isPinned(path) {
  if (pinned === null || pinned.has(path)) return true;
  try {
    return pinned.has(realpathSync(path));
  } catch {
    return false;
  }
}

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
const splitOf = (name) => (fnv1a(name) % 2 === 0 ? 'test' : 'dev');

function manFiles(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const section of readdirSync(dir)) {
    if (!/^man\d/.test(section)) continue;
    const sectionDir = join(dir, section);
    for (const file of readdirSync(sectionDir)) {
      const path = join(sectionDir, file);
      try {
        if (file.endsWith('.gz') && statSync(path).isFile() && isPinned(path)) out.push(path);
      } catch { /* dangling link */ }
    }
  }
  return out.sort();
}

const BREAKS = /^\.(PP|P|LP|TP|IP|SH|SS|HP|sp|br|TQ|RS|RE|in|ti|SY|YS|UR|UE|MT|ME)\b/;
// Paragraphs of running text from troff source: macro lines break
// paragraphs and are dropped, bold runs (option names, commands) are
// dropped, no-fill blocks (examples) are skipped, escapes are removed.
function manParagraphs(source) {
  const paragraphs = [];
  let current = [];
  let noFill = false;
  let skipTag = false;
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' ').replace(/\s+/g, ' ').trim());
    current = [];
  };
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\\".*$/, '');
    if (/^[.'][ \t]*(nf|EX)\b/.test(line)) { flush(); noFill = true; continue; }
    if (/^[.'][ \t]*(fi|EE)\b/.test(line)) { noFill = false; continue; }
    if (noFill) continue;
    if (line.startsWith('.') || line.startsWith("'")) {
      flush();
      skipTag = /^\.(TP|TQ)\b/.test(line);
      if (!BREAKS.test(line)) skipTag = false;
      continue;
    }
    if (skipTag) { skipTag = false; continue; }
    if (line.trim() === '') { flush(); continue; }
    current.push(cleanTroff(line));
  }
  flush();
  return paragraphs;
}

function cleanTroff(line) {
  return line
    .replace(/\\f(B|\(BI|\[B\]|\[BI\]|\(CB|\[CB\]|\(CW|\[CW\])[\s\S]*?(?=\\f|$)/g, ' ')
    .replace(/\\f(\(..|\[[^\]]*\]|.)/g, '')
    .replace(/\\\*(\(..|\[[^\]]*\]|.)/g, '')
    .replace(/\\\(em|\\\[em\]/g, '—')
    .replace(/\\\(lq|\\\(Fo/g, '“').replace(/\\\(rq|\\\(Fc/g, '”')
    .replace(/\\(\(..|\[[^\]]*\])/g, '')
    .replace(/\\s[+-]?\d/g, '')
    .replace(/\\-/g, '-').replace(/\\e/g, '\\').replace(/\\[&%c:|^\/,]/g, '')
    .replace(/\\ /g, ' ').replace(/\\(.)/g, '$1');
}

function moParagraphs(path) {
  sources.add(path);
  let po;
  try {
    po = execFileSync('msgunfmt', [path], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return [];
  }
  const strings = [];
  let current = null;
  for (const line of po.split('\n')) {
    const start = line.match(/^msgstr(\[\d+\])? "(.*)"$/);
    const more = line.match(/^"(.*)"$/);
    if (start) { if (current !== null) strings.push(current); current = start[2]; } else if (more && current !== null) {
      current += more[1];
    } else if (current !== null) { strings.push(current); current = null; }
  }
  if (current !== null) strings.push(current);
  const cleaned = strings
    .map((s) => s.replace(/\\n|\\t/g, ' ').replace(/\\"/g, '"').replace(/\\\\/g, '\\')
      .replace(/<[^>]*>/g, ' ').replace(/%[-+ #0-9.]*[a-zA-Z]|%\([a-z_]+\)[sd]|\{[^}]*\}|_(?=\S)|&(?=\S)/g, ' ')
      .replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
  // A catalog has no paragraphs: consecutive messages that end like
  // sentences are joined into one, in catalog order.
  const out = [...cleaned];
  let joined = '';
  for (const s of cleaned) {
    if (!/[.!?؟。]$/.test(s)) continue;
    joined = joined ? `${joined} ${s}` : s;
    if (joined.length >= 150) { out.push(joined); joined = ''; }
  }
  return out;
}

function sentencesOf(paragraph) {
  return paragraph.split(/(?<=[.!?;:。！？؟])\s+|(?<=[。！？])/u).map((s) => s.trim());
}

const letters = (s) => (s.match(/\p{L}/gu) ?? []).length;
function usable(tag, text) {
  const total = letters(text);
  if (total < text.replace(/\s/g, '').length * 0.75) return false;  // code, paths, tables
  if (/[\\_=<>{}|@#\/]|https?:/.test(text)) return false;
  const script = SCRIPT[tag] ?? LATIN;
  const inScript = (text.match(new RegExp(script.source, 'gu')) ?? []).length;
  return inScript >= total * 0.8;
}

// A deterministic shuffle, so the sets are the same on every machine with
// the same packages.
function sample(items, count, seed) {
  let state = seed >>> 0 || 1;
  const next = () => { state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0; return state; };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

function documentsOf(tag) {
  const source = SOURCES[tag];
  if (source.mo !== undefined) {
    const dir = join(LOCALE, source.mo, 'LC_MESSAGES');
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((f) => f.endsWith('.mo') && isPinned(join(dir, f))).sort()
      .map((f) => ({ name: f, paragraphs: () => moParagraphs(join(dir, f)) }));
  }
  const latin = !SCRIPT[tag] && tag !== 'en';
  return manFiles(source.man ? join(MAN, source.man) : MAN).flatMap((path) => {
    const original = join(MAN, basename(dirname(path)), basename(path));
    if (latin && !existsSync(original)) return [];
    return [{
      name: basename(path),
      paragraphs: () => {
        sources.add(path);
        return manParagraphs(gunzipSync(readFileSync(path)).toString('utf8'));
      },
    }];
  });
}

const words = (text) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
function fourGrams(text) {
  const w = words(text);
  const out = [];
  for (let i = 0; i + 4 <= w.length; i++) out.push(w.slice(i, i + 4).join(' '));
  return out;
}

const english = new Set();
const englishFourGrams = new Set();
for (const doc of documentsOf('en')) {
  for (const p of doc.paragraphs()) {
    english.add(p);
    for (const g of fourGrams(p)) englishFourGrams.add(g);
    for (const s of sentencesOf(p)) english.add(s);
  }
}

const sets = { dev: [], test: [] };
const counts = [];
for (const tag of Object.keys(SOURCES)) {
  const pools = { dev: { sentence: new Set(), paragraph: new Set() }, test: { sentence: new Set(), paragraph: new Set() } };
  const training = new Set();
  for (const doc of documentsOf(tag)) {
    const pool = pools[splitOf(`${tag}/${doc.name}`)];
    const untranslated = (text) => english.has(text) || fourGrams(text).some((g) => englishFourGrams.has(g));
    for (const paragraph of doc.paragraphs()) {
      if (tag !== 'en' && untranslated(paragraph)) continue;
      if (paragraph.length >= 150 && usable(tag, paragraph)) pool.paragraph.add(paragraph);
      if (pool === pools.dev && paragraph.length >= 20 && usable(tag, paragraph)) training.add(paragraph);
      for (const sentence of sentencesOf(paragraph)) {
        if (sentence.length < 20 || sentence.length > 60) continue;
        if (tag !== 'en' && untranslated(sentence)) continue;
        if (usable(tag, sentence)) pool.sentence.add(sentence);
      }
    }
  }
  const testFourGrams = new Set();
  for (const kind of ['sentence', 'paragraph']) {
    for (const text of pools.test[kind]) for (const g of fourGrams(text)) testFourGrams.add(g);
  }
  for (const locale of TRAINING_CATALOGS[tag] ?? []) {
    const dir = join(LOCALE, locale, 'LC_MESSAGES');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mo') && isPinned(join(dir, f))).sort()) {
      for (const message of moParagraphs(join(dir, file))) {
        if (message.length < 20 || !usable(tag, message) || english.has(message)) continue;
        const grams = fourGrams(message);
        if (grams.some((g) => testFourGrams.has(g) || englishFourGrams.has(g))) continue;
        training.add(message);
      }
    }
  }
  mkdirSync(join(root, 'build/langid/train'), { recursive: true });
  writeFileSync(join(root, 'build/langid/train', `${tag}.txt`), [...training].join('\n') + '\n');
  const row = [tag, `train: ${training.size}`];
  for (const split of ['dev', 'test']) {
    for (const kind of ['sentence', 'paragraph']) {
      const chosen = sample([...pools[split][kind]].sort(), PER_KIND[kind], fnv1a(`${tag}/${split}/${kind}`));
      for (const text of chosen) sets[split].push(`${tag}\t${kind}\t${text.replace(/\s+/g, ' ')}`);
      row.push(`${split}/${kind}: ${chosen.length}`);
    }
  }
  counts.push(row.join('  '));
}

const outDir = join(root, 'build/langid');
mkdirSync(outDir, { recursive: true });
for (const split of ['dev', 'test']) writeFileSync(join(outDir, `${split}.tsv`), sets[split].join('\n') + '\n');
writeFileSync(join(outDir, 'sources.txt'), [...sources].sort().join('\n') + '\n');
console.log(counts.join('\n'));
console.log(`wrote build/langid/dev.tsv (${sets.dev.length}) and build/langid/test.tsv (${sets.test.length})`);
