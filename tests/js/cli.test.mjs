import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, sampleArticle } from './helpers.mjs';

const cli = join(repoRoot, 'bin', 'lesbar.js');
const run = (args, input) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

test('analyze FILE prints the segmentation', () => {
  const { status, stdout } = run(['analyze', sampleArticle]);
  assert.equal(status, 0);
  assert.match(stdout, /^language: de {2}paragraphs: 4 {2}sentences: \d+ {2}tokens: \d+/);
  assert.match(stdout, /Berg-Karabach/);
});

test('analyze - --json reads standard input', () => {
  const { status, stdout } = run(['analyze', '-', '--json', '--lang', 'en'], "It's fine. Really.");
  assert.equal(status, 0);
  const result = JSON.parse(stdout);
  assert.equal(result.language, 'en');
  assert.equal(result.sentences.length, 2);
  assert.equal(result.tokens[1].kind, 'word');
});

test('errors a user understands', () => {
  let r = run(['analyze', '/no/such/file']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read \/no\/such\/file: no such file/);
  r = run(['analyze', '-'], Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not UTF-8 text/);
  r = run(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: lesbar analyze/);
  r = run(['analyze', '-', '--lang', '!!'], 'x');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /language/);
});
