// README.md and docs/*.md stay true to the build: the sizes and counts
// they quote are within 10 % of it, the difficulty figures are those of
// eval:difficulty, the README's API example runs and returns what its
// comments say, their links reach a file and heading, docs/api.md's tables
// have every option lesbar accepts and every field of a result, and
// package.json's description names every analysis.
//
// Convention: a size written in KiB or MiB is a measured size of something
// the build produces, and every one must be listed in FIGURES below, which
// says how to measure it. Budgets, input sizes and speeds are written in KB,
// MB or MB/s and are not checked. A FIGURES row is the sentence around the
// figures, with `#` for each figure; when the sentence is edited away the
// test fails too, so a figure cannot silently lose its check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { repoRoot } from './helpers.mjs';
import { unpackSections } from '../../scripts/build-assets.mjs';

const TOLERANCE = 0.10;

// What to measure. Each returns a number of bytes (for KiB/MiB figures) or
// a count.
const file = (path) => () => readFileSync(join(repoRoot, path));
const entityDataFile = () => {
  const name = readdirSync(join(repoRoot, 'dist')).find((f) => /^lesbar-entities\.[0-9a-f]{8}\.dat$/.test(f));
  assert.ok(name, 'dist/lesbar-entities.<hash>.dat is missing: run node scripts/build.mjs --quiet --wasm-only');
  return readFileSync(join(repoRoot, 'dist', name));
};
const WASM = file('dist/lesbar-core.wasm');
const TEXTSTAT = file('dist/lesbar-textstat.dat');
const DEMO_PAGE = file('web-demo/dist/index.html');

// Sections of the entity data, by the container's table (docs/assets.md).
function entitySections(names) {
  return () => {
    // Decoded: the docs quote the lists' own sizes, not how they are packed.
    const sections = new Map(unpackSections(entityDataFile()).map(({ name, bytes }) => [name, bytes]));
    const matches = (pattern, name) => pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
    for (const pattern of names) {
      assert.ok([...sections.keys()].some((name) => matches(pattern, name)), `the entity data has no section ${pattern}`);
    }
    const wanted = [...sections.keys()].filter((name) => names.some((pattern) => matches(pattern, name)));
    return Buffer.concat(wanted.map((name) => sections.get(name)));
  };
}
const NAME_LISTS = entitySections(['places', 'first_names', 'surnames', 'wiki_*', 'name_inner_words']);

// The ICU data linked into the wasm, as the wasm build filtered it.
function icuData() {
  const path = join(repoRoot, 'build/wasm/icu-data/icudt72l.dat');
  assert.ok(existsSync(path), 'no filtered ICU data: run node scripts/build.mjs --quiet --wasm-only');
  return readFileSync(path);
}

// Brotli at quality 11 (what bench/sizes.mjs reports) takes seconds per MB,
// so results are cached under build/ by the SHA-256 of the input: only what
// changed since the last run is compressed again.
const cachePath = join(repoRoot, 'build', 'docs-figures-cache.json');
// A cache that cannot be read (another run writing it) only costs time.
function readCache() {
  try {
    return JSON.parse(readFileSync(cachePath, 'utf8'));
  } catch {
    return {};
  }
}
const cache = readCache();
function cached(method, bytes, compute) {
  const key = `${method}:${createHash('sha256').update(bytes).digest('hex')}`;
  if (!(key in cache)) {
    cache[key] = compute(bytes);
    mkdirSync(join(repoRoot, 'build'), { recursive: true });
    writeFileSync(cachePath, `${JSON.stringify(cache, null, 1)}\n`);
  }
  return cache[key];
}
const raw = (source) => () => source().length;
const gzip = (source) => () => cached('gzip-9', source(), (b) => gzipSync(b, { level: 9 }).length);
const brotli = (source) => () => cached('brotli-11', source(), (b) => brotliCompressSync(b, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
}).length);
const sum = (...measures) => () => measures.reduce((total, measure) => total + measure(), 0);

let packed;
const npmPack = (field) => () => {
  packed ??= JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'],
    { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  return field === 'files' ? packed.files.length : packed[field];
};

const daleChallWords = async () => (await import('dale-chall')).daleChall.length;
const shortLanguageLines = (language) => () => readFileSync(join(repoRoot, 'tests/cases/short-language-lines.tsv'), 'utf8')
  .split('\n').filter((line) => line.startsWith(`${language}\t`)).length;

// [file, sentence with # for each figure, one measure per #]
const FIGURES = [
  ['docs/measurements.md', '`dist/lesbar-core.wasm`: ICU, segmentation, language profiles, syllable model, readability, entity rules | # KiB | # KiB | # KiB |',
    [raw(WASM), gzip(WASM), brotli(WASM)]],
  ['docs/measurements.md', '`dist/lesbar-entities.<hash>.dat`: name-tagger model, name lists, noun lexicon, word clusters | # KiB | # KiB | # KiB |',
    [raw(entityDataFile), gzip(entityDataFile), brotli(entityDataFile)]],
  ['docs/measurements.md', '`dist/lesbar-textstat.dat`: Pyphen patterns and CMUdict counts | # KiB | | # KiB |',
    [raw(TEXTSTAT), brotli(TEXTSTAT)]],
  ['docs/measurements.md', '`web-demo/dist/index.html`, the `file://` demo page | # MiB |', [raw(DEMO_PAGE)]],
  ['docs/measurements.md', 'The default download (wasm and entity data, fetched in parallel) is # KiB brotli',
    [sum(brotli(WASM), brotli(entityDataFile))]],
  ['docs/measurements.md', 'The ICU data linked into the wasm is # KiB raw', [raw(icuData)]],
  ['docs/measurements.md', 'The npm tarball (`npm pack --dry-run --json`): # files, # KiB packed, # KiB unpacked',
    [npmPack('files'), npmPack('size'), npmPack('unpackedSize')]],
  ['docs/api.md', 'THIRD_PARTY.md: # files, # KiB packed and # KiB unpacked',
    [npmPack('files'), npmPack('size'), npmPack('unpackedSize')]],
  ['docs/building.md', 'which comes to # KiB raw', [raw(icuData)]],
  ['docs/demo.md', 'file (# MiB; `node bench/sizes.mjs`)', [raw(DEMO_PAGE)]],
  ['docs/entities.md', '| `ner_model` (the tagger: int8 rows, weights below 1.75 pruned, non-zero codes only) | # KiB | # KiB |',
    [raw(entitySections(['ner_model'])), brotli(entitySections(['ner_model']))]],
  ['docs/entities.md', '`wiki_*`, `name_inner_words`) | # KiB |', [raw(NAME_LISTS)]],
  ['docs/entities.md', '| German noun lexicon (`de_nouns`, `de_proper_names`) | # KiB |',
    [raw(entitySections(['de_nouns', 'de_proper_names']))]],
  ['docs/entities.md', '| word clusters (`word_clusters_de`, `word_clusters_en`) | # KiB |',
    [raw(entitySections(['word_clusters_de', 'word_clusters_en']))]],
  ['docs/entities.md', '| the whole file (`node bench/sizes.mjs`) | # KiB | # KiB |',
    [raw(entityDataFile), brotli(entityDataFile)]],
  ['docs/language.md', '# KiB brotli as source text', [brotli(file('core/language/language_profiles.cc'))]],
  ['docs/readability.md', '`dist/lesbar-textstat.dat` (# KiB raw, # KiB brotli;', [raw(TEXTSTAT), brotli(TEXTSTAT)]],
  ['docs/readability.md', 'pattern sets: # KiB brotli for the C++ source',
    [brotli(file('core/features/syllables/syllable_tables.cc'))]],
  ['docs/readability.md', '`core/features/lexicon/dale_chall.h`; # words', [daleChallWords]],
  ['docs/language.md', '`tests/cases/short-language-lines.tsv` holds # German and # English',
    [shortLanguageLines('de'), shortLanguageLines('en')]],
];

const UNITS = { KiB: 1024, MiB: 1024 * 1024 };
const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Markdown re-wraps lines, so any run of spaces in a sentence matches any
// run of whitespace in the file.
const sentencePattern = (sentence) =>
  new RegExp(sentence.split('#').map((part) => escape(part).replace(/ +/g, String.raw`\s+`)).join(NUMBER), 'dg');
const parseNumber = (text) => Number(text.replaceAll(',', ''));
const docFiles = ['README.md', ...readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (path) => readFileSync(join(repoRoot, path), 'utf8');

/** The figures a row finds in its file: [{ quoted, unit, start, end }] per match. */
function findFigures(text, sentence) {
  const matches = [...text.matchAll(sentencePattern(sentence))];
  return matches.map((match) => match.slice(1).map((quoted, i) => {
    const [start, end] = match.indices[i + 1];
    const unit = text.slice(end).match(/^\s*(KiB|MiB)\b/)?.[1] ?? null;
    return { quoted, unit, start, end };
  }));
}

/** The difference of a quoted figure from the measurement, or null within the tolerance. */
function deviation({ quoted, unit }, measured) {
  const value = parseNumber(quoted) * (unit ? UNITS[unit] : 1);
  const off = Math.abs(value - measured) / measured;
  if (off <= TOLERANCE) return null;
  const actual = unit ? (measured / UNITS[unit]).toFixed(unit === 'MiB' ? 1 : 0) : String(measured);
  return `${quoted}${unit ? ` ${unit}` : ''} is ${(off * 100).toFixed(0)} % off; the build gives ${actual}${unit ? ` ${unit}` : ''}`;
}

test('every size and count quoted in the documentation is within 10 % of the build', async () => {
  const problems = [];
  for (const [path, sentence, measures] of FIGURES) {
    const found = findFigures(read(path), sentence);
    if (found.length === 0) {
      problems.push(`${path}: the sentence "${sentence}" is gone; update FIGURES in tests/js/docs.test.mjs`);
      continue;
    }
    assert.equal(found[0].length, measures.length, `${path}: one measure per # in "${sentence}"`);
    const measured = [];
    for (const measure of measures) measured.push(await measure());
    for (const figures of found) {
      figures.forEach((figure, i) => {
        const problem = deviation(figure, measured[i]);
        if (problem) problems.push(`${path}: "${sentence}": ${problem}`);
      });
    }
  }
  assert.deepEqual(problems, []);
});

test('every KiB or MiB figure in the documentation is one the test measures', () => {
  const unchecked = [];
  for (const path of docFiles) {
    const text = read(path);
    const checked = FIGURES.filter(([file]) => file === path)
      .flatMap(([, sentence]) => findFigures(text, sentence).flat());
    for (const match of text.matchAll(new RegExp(`${NUMBER}\\s+(?:KiB|MiB)\\b`, 'dg'))) {
      const [start] = match.indices[1];
      if (!checked.some((figure) => figure.start === start)) {
        const line = text.slice(0, start).split('\n').length;
        unchecked.push(`${path}:${line}: ${match[0]}`);
      }
    }
  }
  assert.deepEqual(unchecked, [], 'add these to FIGURES in tests/js/docs.test.mjs, or write a budget in KB/MB');
});

test('a figure off by more than 10 % is reported', () => {
  // The check itself, on a made-up sentence: 110 KiB against 100 KiB passes,
  // 112 KiB fails, and a count is compared as it is.
  const [[near]] = findFigures('is 110 KiB brotli', 'is # KiB brotli');
  assert.equal(deviation(near, 100 * 1024), null);
  const [[far]] = findFigures('is 112 KiB brotli', 'is # KiB brotli');
  assert.match(deviation(far, 100 * 1024), /12 % off; the build gives 100 KiB/);
  const [[count]] = findFigures('24 files', '# files');
  assert.match(deviation(count, 30), /20 % off; the build gives 30/);
});

// The README's example as a newcomer copies it: each `r.…;` line whose
// comment is a JavaScript literal (after an optional trailing remark in
// parentheses) must evaluate to that literal. Comments that describe rather
// than show (`{ label, scale }`, `1 (very easy) … 7`) do not parse and are
// not compared.
function readmeExample() {
  const block = read('README.md').match(/## API\n\n```js\n([\s\S]*?)```/)?.[1];
  assert.ok(block, 'README.md has a js block under "## API"');
  const lines = block.split('\n');
  const checks = [];
  for (let i = 0; i < lines.length; i++) {
    const statement = lines[i].match(/^(r\..*?);\s*(?:\/\/ ?(.*))?$/);
    if (!statement) continue;
    let comment = statement[2] ?? '';
    while (lines[i + 1]?.startsWith('//')) comment += ` ${lines[++i].replace(/^\/\/ ?/, '')}`;
    const literal = comment.trim().replace(/\s+\([^()]*\)$/, '');
    let expected;
    try {
      expected = new Function(`"use strict"; return (${literal});`)();
    } catch {
      continue;
    }
    if (expected !== undefined) checks.push({ expression: statement[1], literal, expected });
  }
  const module = block.replace("from 'lesbar'", `from '${pathToFileURL(join(repoRoot, 'js/index.js')).href}'`) +
    `\nexport const values = [${checks.map((c) => `() => (${c.expression})`).join(', ')}];\n`;
  return { module, checks };
}

test("the README's API example runs and returns what its comments show", async () => {
  const { module, checks } = readmeExample();
  assert.ok(checks.length >= 8, `only ${checks.length} comparable lines in the README's API example`);
  const { values } = await import(`data:text/javascript,${encodeURIComponent(module)}`);
  checks.forEach(({ expression, literal, expected }, i) => {
    assert.deepEqual(values[i](), expected, `README.md: ${expression} should be ${literal}`);
  });
});

// The README and docs/ link to each other by file and heading; a moved or
// renamed section must not leave a dead link. Anchors follow GitHub's rule:
// the heading in lower case, punctuation dropped, spaces as hyphens.
const anchorOf = (heading) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
const anchorsIn = (path) => new Set(read(path).split('\n')
  .filter((line) => /^#{1,6} /.test(line)).map((line) => anchorOf(line.replace(/^#+ /, ''))));

test('links between the README and docs/ reach an existing file and heading', () => {
  const dead = [];
  for (const path of docFiles) {
    for (const [, target] of read(path).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [relative, anchor] = target.split('#');
      const linked = relative ? join(path, '..', relative) : path;
      if (!existsSync(join(repoRoot, linked))) dead.push(`${path}: ${target} (no such file)`);
      else if (anchor && linked.endsWith('.md') && !anchorsIn(linked).has(anchor)) dead.push(`${path}: ${target} (no such heading)`);
    }
  }
  assert.deepEqual(dead, []);
});

// The README's difficulty table quotes the run of `npm run eval:difficulty`
// (shipped model) and `npm run fit:difficulty` (cross-validated) recorded in
// docs/readability.md, so the two must agree; where the native tool is built
// and the human ratings are present, the shipped figures and their baselines
// must also be within half a point (0.005 for a correlation) of what the
// tool prints now. Each row: its label in the README, in docs/readability.md
// and in the tool's output.
const DIFFICULTY_ROWS = [
  { readme: 'OneStopEnglish sentence pairs', docs: 'OneStopEnglish sentence pairs',
    tool: 'English, OneStopEnglish sentence pairs dev', tolerance: 0.5 },
  { readme: 'TextComplexityDE', docs: 'TextComplexityDE', tool: 'German, TextComplexityDE dev', tolerance: 0.005 },
  { readme: 'OneStopEnglish, two versions', docs: 'OneStopEnglish, same-article',
    tool: 'English, OneStopEnglish dev', tolerance: 0.5 },
];
const EVAL_DIFFICULTY = join(repoRoot, 'build', 'native', 'lesbar_eval_difficulty');
const HUMAN_RATINGS = join(repoRoot, '..', 'shared', 'data', 'readability', 'human');

/** The first number after `label` in `text` (the first number at all without one), or undefined. */
const figureAfter = (text, label = '') => {
  const match = text.match(new RegExp(`${escape(label)}\\D*?(\\d+(?:\\.\\d+)?)`));
  return match ? Number(match[1]) : undefined;
};

/** The cells of the table row of `path` whose first cell starts with `label`. */
function tableRow(path, label) {
  // A table may be indented under a list item.
  const line = read(path).split('\n').map((l) => l.trim()).find((l) => l.startsWith(`| ${label}`));
  assert.ok(line, `${path}: no table row starting "${label}"; update DIFFICULTY_ROWS in tests/js/docs.test.mjs`);
  return line.split('|').slice(1, -1).map((cell) => cell.trim());
}

// README columns: test | shipped | cross-validated | for comparison.
function readmeDifficulty(row) {
  const [, shipped, crossValidated, comparison] = tableRow('README.md', row.readme);
  return { shipped: figureAfter(shipped), crossValidated: figureAfter(crossValidated),
    flesch: figureAfter(comparison, 'Flesch'), wordCount: figureAfter(comparison, 'word count') };
}

// docs/readability.md columns: test | CV / shipped | before | Flesch; other baselines | aim.
function docsDifficulty(row) {
  const [, figures, , baselines] = tableRow('docs/readability.md', row.docs);
  const [crossValidated, shipped] = figures.split('/');
  return { shipped: figureAfter(shipped), crossValidated: figureAfter(crossValidated),
    flesch: figureAfter(baselines), wordCount: figureAfter(baselines, 'word count') };
}

test("the README's difficulty figures are those recorded in docs/readability.md", () => {
  const readme = read('README.md');
  assert.match(readme, /`npm run eval:difficulty`/);
  assert.match(readme, /`npm run fit:difficulty`/);
  for (const row of DIFFICULTY_ROWS) {
    const quoted = readmeDifficulty(row);
    assert.ok(Number.isFinite(quoted.shipped) && Number.isFinite(quoted.crossValidated) && Number.isFinite(quoted.flesch),
      `README.md: row "${row.readme}" quotes shipped, cross-validated and Flesch`);
    assert.deepEqual(quoted, docsDifficulty(row), `README.md and docs/readability.md: row "${row.readme}"`);
  }
});

test('the shipped difficulty figures are what npm run eval:difficulty prints', (t) => {
  if (!existsSync(EVAL_DIFFICULTY) || !existsSync(HUMAN_RATINGS)) {
    t.skip('needs build/native/lesbar_eval_difficulty (node scripts/build.mjs --quiet --native-only) and ../shared/data/readability/human');
    return;
  }
  const output = execFileSync(EVAL_DIFFICULTY, [HUMAN_RATINGS], { encoding: 'utf8' });
  const problems = [];
  for (const row of DIFFICULTY_ROWS) {
    const section = output.split(/\n(?! )/).find((block) => block.startsWith(row.tool));
    assert.ok(section, `eval_difficulty prints no section "${row.tool}"; update DIFFICULTY_ROWS in tests/js/docs.test.mjs`);
    const measured = { shipped: figureAfter(section, 'lesbar difficulty'), flesch: figureAfter(section, 'Flesch'),
      wordCount: figureAfter(section, 'word count') };
    const quoted = readmeDifficulty(row);
    for (const [key, value] of Object.entries(measured)) {
      if (value === undefined && quoted[key] === undefined) continue;
      if (!(Math.abs(quoted[key] - value) <= row.tolerance + 1e-9)) {
        problems.push(`${row.readme}, ${key}: README.md and docs/readability.md quote ${quoted[key]}, eval:difficulty prints ${value}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("package.json's description names every analysis the README lists", () => {
  const { description } = JSON.parse(read('package.json'));
  const whatItDoes = read('README.md').match(/## What it does\n([\s\S]*?)\n## /)?.[1];
  assert.ok(whatItDoes, 'README.md has a "What it does" section');
  for (const analysis of ['sentences', 'tokens', 'language', 'entities', 'quotations', 'readability', 'difficulty']) {
    assert.match(whatItDoes, new RegExp(analysis, 'i'), `README.md "What it does" names ${analysis}`);
    assert.match(description, new RegExp(analysis, 'i'), `package.json description names ${analysis}`);
  }
});

test("docs/api.md's result table names every field of a real result", async () => {
  const table = read('docs/api.md').match(/## The result\n[\s\S]*?\n\| field \| contents \|\n\|---\|---\|\n((?:\|.*\n)+)/)?.[1];
  assert.ok(table, 'docs/api.md has the result table under "## The result"');
  const documented = new Set([...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]));
  const { createAnalyzer } = await import(pathToFileURL(join(repoRoot, 'js/index.js')).href);
  const analyzer = await createAnalyzer();
  const result = analyzer.analyze('Dr. Müller kam am 5. Mai nach Berlin. „Gut“, sagte er.');
  analyzer.dispose();
  assert.deepEqual(Object.keys(result).filter((key) => !documented.has(key)), [], 'fields missing from docs/api.md');
});

test("docs/api.md's option tables list every option lesbar accepts", async () => {
  const { ANALYZE_OPTIONS, CREATE_OPTIONS } = await import(pathToFileURL(join(repoRoot, 'js/options.js')).href);
  const text = read('docs/api.md');
  const optionsIn = (heading) => {
    const section = text.split(/\n## /).find((part) => part.startsWith(heading));
    assert.ok(section, `docs/api.md has a section "${heading}"`);
    return new Set([...section.matchAll(/^\| `(\w+)/gm)].map((m) => m[1]));
  };
  const create = optionsIn('`createAnalyzer(options?)`');
  assert.deepEqual(CREATE_OPTIONS.filter((key) => !create.has(key)), [], 'createAnalyzer() options missing');
  const analyze = optionsIn('`analyze()` options');
  assert.deepEqual(ANALYZE_OPTIONS.filter((key) => !analyze.has(key)), [], 'analyze() options missing');
});
