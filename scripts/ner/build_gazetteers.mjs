#!/usr/bin/env node
// Regenerates the entity tagger's word lists from maintained sources, so no
// name is typed by hand:
//   - place names: ICU 72 / CLDR country, region and exemplar city names in
//     German and English (scripts/ner/icu_place_names.cc, compiled against
//     the machine's libicu), plus the German city list of npm @faker-js/faker
//   - first names and surnames: @faker-js/faker person lists of several
//     Latin-script locales
//   - German common nouns and proper names: Debian hunspell-de-de
//     (/usr/share/hunspell/de_DE.dic, igerman98). Capitalised stems with
//     inflection flags are common nouns; those with only the genitive flag
//     (S, Sm: "Putin/S", "Basel/Sm") are proper names.
// Every list is lower-cased (String#toLowerCase = ICU/Python full lowercase),
// sorted by code point, one entry per line; multi-word entries keep single
// spaces and at most four words.
//
//   node scripts/ner/build_gazetteers.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const HUNSPELL_DIC = '/usr/share/hunspell/de_DE.dic';
const NAME_LOCALES = ['de', 'de_AT', 'de_CH', 'en', 'en_GB', 'fr', 'it', 'es', 'pl', 'nl', 'tr', 'pt_BR', 'sv'];
const MAX_WORDS = 4;

// Letters, digits inside words, and the joiners names use.
const NAME_SHAPE = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]*$/u;

function normalise(name) {
  const spaced = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!NAME_SHAPE.test(spaced) || spaced.split(' ').length > MAX_WORDS) return null;
  return spaced.toLowerCase();
}

function addAll(set, names) {
  for (const name of names) {
    const entry = normalise(name);
    if (entry && [...entry].length >= 2) set.add(entry);
  }
}

function codePointSort(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;  // UTF-16 order; equal to code point order for BMP names
}

function write(relative, set, header) {
  const entries = [...set].sort(codePointSort);
  writeFileSync(join(root, relative), entries.join('\n') + '\n');
  console.error(`${relative}: ${entries.length} entries (${header})`);
}

function icuPlaceNames() {
  const dir = mkdtempSync(join(tmpdir(), 'lesbar-icu-names-'));
  try {
    const binary = join(dir, 'icu_place_names');
    const flags = execFileSync('pkg-config', ['--cflags', '--libs', 'icu-i18n', 'icu-uc'], { encoding: 'utf8' })
      .trim().split(/\s+/);
    execFileSync('g++', ['-std=c++17', '-O1', '-o', binary, join(root, 'scripts/ner/icu_place_names.cc'), ...flags]);
    const out = execFileSync(binary, ['de', 'en'], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map((line) => line.split('\t'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fakerList(locale, path) {
  const node = faker[`faker${locale.toUpperCase()}`];
  if (!node) throw new Error(`faker locale ${locale} missing`);
  let value = node.rawDefinitions;
  for (const key of path) value = value?.[key];
  if (!value) return [];
  if (Array.isArray(value)) return value;
  return Object.values(value).flat();
}

// German place names with adjective heads decline ("Vereinigte Staaten",
// "in den Vereinigten Staaten", "der Zentralafrikanischen Republik"): every
// multi-word German entry gets the forms with the other adjective endings on
// each non-final word that is an adjective (a stem in -isch, -ig, -igt,
// -lich, -al).
const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
const MIN_ADJECTIVE_LENGTH = 5;
function adjectiveStem(word) {
  if (word.length < MIN_ADJECTIVE_LENGTH) return null;
  for (const ending of ['en', 'er', 'es', 'em', 'e']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    return /(isch|ig|igt|lich|al)$/u.test(stem) ? stem : null;
  }
  return null;
}
function inflectedForms(name) {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const stems = words.slice(0, -1).map(adjectiveStem);
  if (stems.every((stem) => stem === null)) return [];
  return ADJECTIVE_ENDINGS.map((ending) =>
    [...stems.map((stem, i) => (stem === null ? words[i] : stem + ending)), words.at(-1)].join(' '));
}

const places = new Set();
const icuPlaces = icuPlaceNames();
addAll(places, icuPlaces.map(([, , name]) => name));
addAll(places, icuPlaces.filter(([locale]) => locale === 'de')
  .flatMap(([, , name]) => inflectedForms(name.toLowerCase())));
addAll(places, fakerList('de', ['location', 'city_name']));

const firstNames = new Set();
const surnames = new Set();
for (const locale of NAME_LOCALES) {
  addAll(firstNames, fakerList(locale, ['person', 'first_name']));
  addAll(surnames, fakerList(locale, ['person', 'last_name']).filter((n) => !n.includes('#')));
}

const nouns = new Set();
const properNames = new Set();
for (const line of readFileSync(HUNSPELL_DIC, 'utf8').split('\n').slice(1)) {
  const [stem, flags = ''] = line.trim().split('/');
  if (!/^\p{Lu}\p{Ll}/u.test(stem ?? '')) continue;
  const entry = normalise(stem);
  if (!entry) continue;
  if (flags === 'S' || flags === 'Sm') properNames.add(entry);
  else nouns.add(entry);
}
for (const name of [...places, ...firstNames]) nouns.delete(name);

write('core/features/gazetteers/data/places.txt', places, 'ICU/CLDR de+en, faker de cities');
write('core/features/gazetteers/data/first_names.txt', firstNames, `faker ${NAME_LOCALES.join(',')}`);
write('core/features/gazetteers/data/surnames.txt', surnames, `faker ${NAME_LOCALES.join(',')}`);
write('core/features/lexicon/data/de_nouns.txt', nouns, 'hunspell-de-de common nouns');
write('core/features/lexicon/data/de_proper_names.txt', properNames, 'hunspell-de-de proper names');
