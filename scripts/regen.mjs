#!/usr/bin/env node
// Rebuilds the committed artefacts that are generated from other sources, and
// checks that the committed copies are what their generators make now.
//
//   node scripts/regen.mjs [NAME...]            rebuild (all, or the named ones)
//   node scripts/regen.mjs --check [NAME...]    rebuild, compare, restore; exit 1 if stale
//   node scripts/regen.mjs --check --ci         the cheap, deterministic ones (npm test)
//   node scripts/regen.mjs --list
//
// Build outputs (the wasm, the entity asset, the Dale-Chall table) are not
// committed and not listed: the build makes them. A check never leaves a
// changed file behind: it restores every output's committed bytes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const GAZETTEERS = 'core/features/gazetteers/data';

/**
 * Every generated artefact: its outputs, the command that rebuilds them, and
 * whether CI rebuilds it to check freshness (`ci`: cheap, and deterministic
 * on any machine that ran scripts/setup.sh). The others depend on the shared
 * training data, take minutes, or (langid) need the Debian packages pinned in
 * train/langid/inputs.json installed; their READMEs carry their measurements.
 */
export const ARTEFACTS = [
  {
    name: 'value-lexicon',
    outputs: ['core/analyses/entities/value_lexicon.cc'],
    command: ['node', 'scripts/gen-value-lexicon.mjs'],
    ci: true,
    source: "ICU 72's CLDR month, weekday, currency and unit names",
  },
  {
    name: 'textstat-cmudict',
    outputs: ['core/compat/textstat/data/cmudict_exceptions.txt'],
    command: ['node', 'scripts/textstat/gen-cmudict-exceptions.mjs'],
    ci: true,
    source: 'npm cmu-pronouncing-dictionary, compared with the core\'s English hyphenation',
  },
  {
    name: 'name-lists',
    outputs: [`${GAZETTEERS}/places.txt`, `${GAZETTEERS}/first_names.txt`, `${GAZETTEERS}/surnames.txt`,
      'core/features/lexicon/data/de_nouns.txt', 'core/features/lexicon/data/de_proper_names.txt'],
    command: ['node', 'scripts/ner/build_gazetteers.mjs'],
    ci: true,
    source: 'ICU/CLDR place names, @faker-js/faker, Debian hunspell-de-de',
  },
  {
    name: 'wiki-lists',
    outputs: ['wiki_persons', 'wiki_places', 'wiki_organisations', 'wiki_given_names', 'wiki_family_names']
      .map((list) => `${GAZETTEERS}/${list}.txt`),
    command: ['python3', 'scripts/ner/build_wiki_gazetteers.py'],
    ci: true,
    needsSharedData: true,
    source: 'WikiANN de/en training annotations (../shared/data/ner)',
  },
  {
    name: 'ner-model',
    outputs: ['core/analyses/entities/data/ner_model.bin', 'core/analyses/entities/data/name_inner_words.txt'],
    command: ['npm', 'run', '-s', 'train:ner'],
    needsSharedData: true,
    source: 'train/ner (every gold NER corpus of ../shared/data/ner)',
  },
  {
    name: 'ner-calibration',
    outputs: ['core/analyses/entities/data/ner_model.bin'],
    command: ['npm', 'run', '-s', 'calibrate:ner'],
    needsSharedData: true,
    source: "train/ner/calibrate.sh (the shipped weights, the gold dev slices' calibration maps)",
  },
  {
    name: 'word-clusters',
    outputs: ['core/features/word_clusters/data/word_clusters_de.txt', 'core/features/word_clusters/data/word_clusters_en.txt'],
    command: ['npm', 'run', '-s', 'train:clusters'],
    needsSharedData: true,
    source: 'train/clusters (unlabeled text)',
  },
  {
    name: 'syllables',
    outputs: ['core/features/syllables/syllable_tables.cc'],
    command: ['npm', 'run', '-s', 'train:syllables'],
    needsSharedData: true,
    source: 'train/syllables (syllabified dictionaries)',
  },
  {
    name: 'langid',
    outputs: ['core/language/language_profiles.cc'],
    command: ['npm', 'run', '-s', 'train:langid'],
    needsSharedData: true,
    source: 'train/langid (manual pages and message catalogs of the Debian packages pinned in train/langid/inputs.json; the NER corpora of ../shared/data)',
  },
  {
    name: 'difficulty',
    outputs: ['core/analyses/readability/difficulty_weights.inc'],
    command: ['npm', 'run', '-s', 'fit:difficulty'],
    needsSharedData: true,
    source: 'train/difficulty (human difficulty ratings of the dev halves in ../shared/data/readability/human)',
  },
];

function sharedDataPresent() {
  const dir = process.env.LESBAR_SHARED_DATA ?? join(root, '..', 'shared', 'data');
  return existsSync(join(dir, 'ner'));
}

function rebuild(artefact) {
  const [command, ...args] = artefact.command;
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${artefact.name}: ${artefact.command.join(' ')} failed (exit ${result.status})\n${result.stderr}`);
  }
}

function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const names = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--list')) {
    for (const a of ARTEFACTS) console.log(`${a.name.padEnd(14)} ${a.ci ? 'ci ' : '   '} ${a.command.join(' ')}  (${a.source})`);
    return 0;
  }
  const unknown = names.filter((n) => !ARTEFACTS.some((a) => a.name === n));
  if (unknown.length > 0) {
    console.error(`regen: unknown artefact ${unknown.join(', ')}; known: ${ARTEFACTS.map((a) => a.name).join(', ')}`);
    return 2;
  }
  let chosen = names.length > 0 ? ARTEFACTS.filter((a) => names.includes(a.name)) : ARTEFACTS;
  if (flags.has('--ci')) chosen = chosen.filter((a) => a.ci);
  const check = flags.has('--check');
  const stale = [];
  for (const artefact of chosen) {
    if (artefact.needsSharedData && !sharedDataPresent()) {
      console.log(`regen: ${artefact.name} skipped (needs ../shared/data)`);
      continue;
    }
    const committed = new Map(artefact.outputs.map((file) => [file, readFileSync(join(root, file))]));
    try {
      rebuild(artefact);
      for (const [file, bytes] of committed) {
        const now = readFileSync(join(root, file));
        if (!now.equals(bytes)) stale.push({ artefact, file });
      }
    } finally {
      if (check) for (const [file, bytes] of committed) writeFileSync(join(root, file), bytes);
    }
    console.log(`regen: ${artefact.name} ${check ? 'checked' : 'rebuilt'}`);
  }
  for (const { artefact, file } of stale) {
    console.log(check
      ? `regen: ${file} is stale: \`node scripts/regen.mjs ${artefact.name}\` rebuilds it (${artefact.source})`
      : `regen: ${file} changed`);
  }
  return check && stale.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (error) {
    console.error(`regen: ${error.message}`);
    process.exit(1);
  }
}
