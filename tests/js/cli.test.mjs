import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { textReport } from '../../bin/report.js';
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
  const report = textReport(FIXTURE_TEXT, fixtureResult(), 'fixture');
  assert.match(report, /Language {6}de \(German, confidence 93 %\)/);
  assert.match(report, /Readability {3}mittel \(difficulty 4\.0 of 7\), fleschAmstad 63\.5/);
  assert.match(report, /wstf1 6\.2, lix 31, someNewFormula 1\.5/);
  assert.match(report, /Reading time {2}7 s/);
  assert.match(report, /Entities {6}4 clusters, 6 mentions/);
  assert.match(report, /^ {2}PER +2× {2}Sergej Schoigu {2}\(Sergej Schoigu 1, Shoigu 1\)$/m);
  assert.match(report, /Quotes {8}1 \(1 with a known speaker\)/);
  assert.match(report, /by sentence difficulty/);
  assert.match(report, /1\. \[sentence 4; difficulty 7\.0, 7 words\] Der Satz ist sehr lang und schwer\./);
  const bare = textReport(FIXTURE_TEXT, bareResult(), 'fixture');
  assert.match(bare, /Readability {3}not available in this build/);
  assert.match(bare, /Entities {6}not available in this build/);
  assert.match(bare, /Five longest sentences \(by length in words; sentence difficulty is not available\)/);
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
  r = run(['analyze', repoRoot]);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /is a directory/);
  r = run(['analyze', '-'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0xc3, 0x28]));
  assert.equal(r.status, 4);
  assert.match(r.stderr, /standard input is not UTF-8 text: it contains NUL bytes \(a binary file\?\)/);
  r = run(['analyze', '-'], Buffer.from('Gr\xfc\xdfe', 'latin1'));
  assert.equal(r.status, 4);
  assert.match(r.stderr, /not UTF-8 text.*iconv/);
  r = run(['analyze', '-'], Buffer.from('\ufeffHallo', 'utf16le'));
  assert.equal(r.status, 4);
  assert.match(r.stderr, /UTF-16/);
  r = run(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: lesbar analyze/);
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
