import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { count, languageName, progressLine, scoreName, summaryTable, textReport } from '../../bin/report.js';
import { difficultyLabel } from '../../js/difficulty-scale.js';
import { FIXTURE_TEXT, bareResult, fixtureResult } from './fixtures.mjs';
import { repoRoot, sampleArticle } from './helpers.mjs';

const cli = join(repoRoot, 'bin', 'lesbar.js');
const run = (args, input) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

test('analyze FILE prints the report: language, readability, entities, hardest sentences', () => {
  const { status, stdout } = run(['analyze', sampleArticle]);
  assert.equal(status, 0);
  assert.match(stdout, /^Language {6}de \(German/m);
  assert.match(stdout, /^Size {10}2739 characters, 4 paragraphs, \d+ sentences/m);
  assert.match(stdout, /^Readability /m);
  assert.match(stdout, /^Entities {4}/m);
  const hardest = stdout.split('\n').filter((line) => /^ {2}\d\. \[sentence \d+;/.test(line));
  assert.equal(hardest.length, 5);
  assert.match(stdout, /Five (hardest|longest) sentences \(by (sentence difficulty|length in words)/);
  assert.equal(run(['analyze', sampleArticle, '--format', 'text']).stdout, stdout);
});

test('the text report of a result with every analysis', () => {
  const result = fixtureResult();
  // A formula a newer core might add is listed under its key, spelt out.
  result.readability.scores.someNewFormula = 1.5;
  const { difficulty, scores, readingTimeSeconds } = result.readability;
  const report = textReport(FIXTURE_TEXT, result, 'fixture');
  // Rounded down: a detected language never shows as 100 %.
  assert.match(report, new RegExp(`Language {6}de \\(German, confidence ${Math.floor(result.languageConfidence * 100)} %\\)`));
  assert.ok(report.includes(`Readability   ${difficultyLabel(difficulty, 'de')} (difficulty ${difficulty.toFixed(1)} of 7), ` +
    `Flesch-Amstad ${scores.fleschReadingEase.toFixed(1)}`), report);
  assert.ok(report.includes(`LIX ${scores.lix.toFixed(1)}`));
  assert.match(report, /, some new formula 1\.5$/m);
  assert.ok(report.includes(`Size          ${FIXTURE_TEXT.length} characters, ${result.paragraphs.length} paragraphs, ` +
    `${result.sentences.length} sentences, ${result.readability.counts.words} words, ${result.tokens.length} tokens`));
  assert.ok(report.includes(`Reading time  ${Math.round(readingTimeSeconds)} s`));
  assert.ok(report.includes(`Entities      ${result.clusters.length} clusters, ${result.entities.length} mentions`));
  assert.match(report, /^ {2}PER +2× {2}Sergej Schoigu {2}\(Sergej Schoigu 1, Shoigu 1\)$/m);
  assert.match(report, /Quotes {8}1 \(1 with a known speaker\)/);
  assert.match(report, /by sentence difficulty/);
  const hardest = result.sentences[3].readability;
  assert.ok(report.includes(`1. [sentence 4; ${difficultyLabel(hardest.difficulty, 'de')}, difficulty ` +
    `${hardest.difficulty.toFixed(1)}, 11 words] Die außerordentlich komplizierte`), report);
  const bare = textReport(FIXTURE_TEXT, bareResult(), 'fixture');
  assert.match(bare, /Readability {3}not available in this build/);
  assert.match(bare, /Entities {6}not available in this build/);
  assert.match(bare, /Five longest sentences \(by length in words; sentence difficulty is not available\)/);
});

test('the language line names every language, and a text too short to tell with its likeliest language', () => {
  assert.equal(languageName('fr'), 'French');
  assert.equal(languageName('nb'), 'Norwegian Bokmål');
  assert.equal(languageName('und'), 'undetermined');
  assert.equal(languageName('not a tag'), 'not a tag');
  const line = (result) => textReport(FIXTURE_TEXT, { ...fixtureResult(), ...result }, 'fixture').split('\n')[2];
  assert.equal(line({ language: 'nl', languageGuess: 'nl', languageConfidence: 0.871 }), 'Language      nl (Dutch, confidence 87 %)');
  assert.equal(line({ language: 'und', languageGuess: 'en', languageConfidence: 0.53 }),
    'Language      und (undetermined: too short to tell, most likely English (en), confidence 53 %)');
  assert.equal(line({ language: 'und', languageGuess: 'und', languageConfidence: 0 }), 'Language      und (undetermined, confidence 0 %)');
  assert.equal(line({ language: 'fr', languageConfidence: 1 }), 'Language      fr (French, given)');
  const r = run(['analyze', '-'], 'Le ministre a salué la coopération. Il est ensuite parti pour Téhéran.');
  assert.match(r.stdout, /^Language {6}fr \(French, confidence \d+ %\)$/m);
});

test('UTF-16 with a byte order mark is read like UTF-8, the UTF-8 BOM is dropped', () => {
  const text = 'Grüße aus Köln. Zweiter Satz.';
  const expected = JSON.parse(run(['analyze', '-', '--json'], text).stdout);
  const bigEndian = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  for (const bytes of [Buffer.from(`\ufeff${text}`, 'utf16le'), bigEndian, Buffer.from(`\ufeff${text}`, 'utf8')]) {
    const r = run(['analyze', '-', '--json'], bytes);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), expected);
  }
});

test('analyze - --json reads standard input', () => {
  const { status, stdout } = run(['analyze', '-', '--json', '--lang', 'en'], "It's fine. Really.");
  assert.equal(status, 0);
  const result = JSON.parse(stdout);
  assert.equal(result.language, 'en');
  assert.equal(result.sentences.length, 2);
  assert.equal(result.tokens[1].kind, 'word');
  assert.deepEqual(JSON.parse(run(['analyze', '--format=json', '--lang=en'], "It's fine. Really.").stdout), result);
});

test('errors a user understands, with documented exit codes', () => {
  let r = run(['analyze', '/no/such/file']);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /cannot read \/no\/such\/file: no such file/);
  r = run(['analyze', '-'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0xc3, 0x28]));
  assert.equal(r.status, 4);
  assert.match(r.stderr, /standard input is not UTF-8 text: it contains NUL bytes \(a binary file\?\)/);
  r = run(['analyze', '-'], Buffer.from('Gr\xfc\xdfe', 'latin1'));
  assert.equal(r.status, 4);
  assert.match(r.stderr, /not UTF-8 text.*iconv/);
  r = run(['analyze', '-'], Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
  assert.equal(r.status, 4, 'a lone surrogate is no UTF-16 text');
  assert.match(r.stderr, /standard input starts like UTF-16 text but is not/);
  r = run(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^lesbar: unknown command 'frobnicate' \(the command is analyze\)\nusage: lesbar analyze/);
  r = run([]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no command given/);
  r = run(['analyze', '-', '--jobs', '0'], 'x');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--jobs must be a whole number/);
  r = run(['analyze', '-', '--format', 'xml'], 'x');
  assert.equal(r.status, 2);
  r = run(['analyze', '-', '--lang', '!!'], 'x');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /language/);
  const work = mkdtempSync(join(tmpdir(), 'lesbar-cli-'));
  try {
    // A sparse file: its size is over the limit without writing 200 MB.
    const huge = join(work, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 300 * 1024 * 1024);
    r = run(['analyze', huge]);
    assert.equal(r.status, 5);
    assert.match(r.stderr, /huge\.txt is too large \(300\.0 MB; the limit is 67108864 characters/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('--version prints the package version, --help the usage', () => {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  let r = run(['--version']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, `lesbar ${version}\n`);
  r = run(['analyze', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^usage: lesbar analyze \[FILE\|DIR\|-\]\.\.\./);
  assert.match(r.stdout, /--jsonl/);
  for (const help of [['--help'], ['help'], ['-h']]) assert.equal(run(help).stdout, r.stdout, help[0]);
  // A file given without the command: the error shows the command to type.
  r = run([sampleArticle]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, new RegExp(`^lesbar: unknown command '.*article-de-russland-iran\\.txt'; to analyse this file: lesbar analyze .*article-de-russland-iran\\.txt\n`));
});

test('the report counts in singular and plural, names scores readably, and has no empty list', () => {
  assert.equal(count(1, 'paragraph'), '1 paragraph');
  assert.equal(count(2, 'sentence'), '2 sentences');
  assert.equal(count(0, 'word'), '0 words');
  assert.equal(scoreName('fleschReadingEase'), 'Flesch reading ease');
  assert.equal(scoreName('wienerSachtextformel2'), 'Wiener Sachtextformel 2');
  let r = run(['analyze', '-', '--lang', 'en'], 'One sentence here.');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Size {10}18 characters, 1 paragraph, 1 sentence, 3 words, 4 tokens$/m);
  assert.match(r.stdout, /^Readability .*, Flesch reading ease -?\d/m);
  assert.doesNotMatch(r.stdout, /[a-z][A-Z][a-z]+ \d/, 'no camelCase score names');
  assert.match(r.stdout, /The only sentence \(by sentence difficulty/);
  r = run(['analyze', '-'], '');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /0 characters, 0 paragraphs, 0 sentences/);
  assert.doesNotMatch(r.stdout, /sentences \(by/, 'no heading over an empty list');
  assert.ok(r.stdout.endsWith('Quotes        0 (0 with a known speaker)\n'), r.stdout);
});

test('batch: a directory and files, --jsonl with paths, --jobs, failures reported and skipped', () => {
  const work = mkdtempSync(join(tmpdir(), 'lesbar-batch-'));
  try {
    mkdirSync(join(work, 'articles', 'en'), { recursive: true });
    copyFileSync(sampleArticle, join(work, 'articles', 'russland.txt'));
    writeFileSync(join(work, 'articles', 'en', 'cat.md'), 'The cat sat on the mat. It was happy.');
    writeFileSync(join(work, 'articles', 'latin1.txt'), Buffer.from('Gr\xfc\xdfe', 'latin1'));
    writeFileSync(join(work, 'articles', 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
    writeFileSync(join(work, 'articles', '.hidden.txt'), 'Versteckt.');
    const extra = join(work, 'extra.txt');
    writeFileSync(extra, 'Ein kurzer Text. Noch ein Satz.');
    const missing = join(work, 'missing.txt');
    const articles = join(work, 'articles');
    const expectedPaths = [join(articles, 'en', 'cat.md'), join(articles, 'latin1.txt'),
      join(articles, 'russland.txt'), extra, missing];

    for (const jobs of ['1', '3']) {
      const r = run(['analyze', articles, extra, missing, '--jsonl', '--jobs', jobs]);
      assert.equal(r.status, 6, `--jobs ${jobs}: some inputs failed`);
      const lines = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
      assert.deepEqual(lines.map((line) => line.path), expectedPaths, 'input order, whichever job ends first');
      assert.equal(lines[0].language, 'en');
      assert.equal(lines[2].language, 'de');
      assert.equal(lines[2].sentences.length, 18);
      assert.deepEqual(lines[1].error.code, 4);
      assert.match(lines[4].error.message, /no such file/);
      assert.match(r.stderr, /latin1\.txt is not UTF-8 text.*\(skipped\)/);
      assert.match(r.stderr, /missing\.txt: no such file \(skipped\)/);
      // The summary goes to standard error, so standard output stays JSON Lines.
      assert.match(r.stderr, /^file +language +sentences +words +readability +entities +quotes$/m);
      assert.match(r.stderr, /^5 inputs: 3 analysed, 2 failed$/m);
    }

    const r = run(['analyze', join(articles, 'en'), extra]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.match(/^lesbar analysis of /gm).length, 2);
    const table = r.stdout.slice(r.stdout.lastIndexOf('\nfile ') + 1);
    assert.match(table, new RegExp(`^${join(articles, 'en', 'cat.md').replace(/[.\\/]/g, '\\$&')} +en +2 +9 `, 'm'));
    assert.match(table, /^2 inputs: 2 analysed$/m);
    assert.equal(run(['analyze', join(articles, 'en'), '--json']).status, 2, '--json takes one input');
    mkdirSync(join(work, 'empty'));
    const empty = run(['analyze', join(work, 'empty')]);
    assert.equal(empty.status, 3);
    assert.match(empty.stderr, /no \*\.txt or \*\.md files in/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

// util-linux script(1) gives the CLI a terminal, as a user's shell would.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test('a batch draws its progress bar on a terminal, and not into a pipe', { skip: !hasScript && 'needs script(1)' }, () => {
  const work = mkdtempSync(join(tmpdir(), 'lesbar-progress-'));
  try {
    for (const name of ['a.txt', 'b.txt', 'c.txt']) copyFileSync(sampleArticle, join(work, name));
    const quote = (arg) => `'${arg.replaceAll("'", "'\\''")}'`;
    // Standard output to /dev/null: what the terminal shows is standard error.
    const command = [process.execPath, cli, 'analyze', work, '--jsonl'].map(quote).join(' ');
    const tty = spawnSync('script', ['-qec', `${command} > /dev/null`, '/dev/null'], { encoding: 'utf8' });
    assert.equal(tty.status, 0, tty.stdout);
    for (const done of [0, 1, 2]) assert.match(tty.stdout, new RegExp(`\\r\\[[#-]+\\] ${done}/3 files`));
    assert.match(tty.stdout, /3 inputs: 3 analysed/);
    const piped = run(['analyze', work, '--jsonl']);
    assert.equal(piped.status, 0);
    assert.doesNotMatch(piped.stderr, /\r|\d\/3 files/, 'no progress bar into a pipe or a log file');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the progress line and the summary table', () => {
  assert.equal(progressLine(0, 4, 0, 80), `[${'-'.repeat(40)}] 0/4 files`);
  assert.equal(progressLine(2, 4, 1, 80), `[${'#'.repeat(20)}${'-'.repeat(20)}] 2/4 files, 1 failed`);
  assert.ok(progressLine(7, 10, 0, 30).length < 30);
  const table = summaryTable([
    { path: 'a.txt', result: { language: 'de', characters: 10, sentences: 12, words: 140, level: 'mittel', difficulty: 3.94, entities: 5, quotes: 0 } },
    { path: 'long-name.txt', error: { message: 'cannot read long-name.txt: no such file' } },
    { path: 'b.txt', result: { language: 'en', characters: 3, sentences: 1, words: null, level: null, difficulty: null, entities: null, quotes: null } },
  ]);
  assert.equal(table, [
    'file           language  sentences  words  readability   entities  quotes',
    'a.txt          de               12    140  mittel (3.9)         5       0',
    'long-name.txt  failed: cannot read long-name.txt: no such file',
    'b.txt          en                1      —  —                    —       —',
    '',
    '3 inputs: 2 analysed, 1 failed',
    '',
  ].join('\n'));
});
