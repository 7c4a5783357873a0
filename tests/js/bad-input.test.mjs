// Bad input gets a correct result or the documented error, never a crash.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../js/index.js';
import { assertWellFormed } from './helpers.mjs';

const analyzer = await createAnalyzer();

function check(text, language = 'auto') {
  const r = analyzer.analyze(text, { language });
  assertWellFormed(assert, text, r);
  return r;
}

test('empty and whitespace-only text', () => {
  const empty = check('');
  const { language, paragraphs, sentences, tokens } = empty;
  assert.deepEqual({ language, paragraphs, sentences, tokens },
    { language: 'und', paragraphs: [], sentences: [], tokens: [] });
  // Language identification and quotes.
  assert.equal(empty.languageConfidence, 0);
  assert.deepEqual(empty.languages, []);
  assert.deepEqual(empty.quotes, []);
  assert.equal(empty.readability.counts.words, 0);
  assert.equal(empty.readability.scores.fleschReadingEase, null);
  assert.equal(empty.readability.difficulty, null);
  assert.deepEqual(empty.entities, []);
  assert.deepEqual(empty.clusters, []);
  assert.equal(check(' \n\t\r\n \u00a0\u3000').tokens.length, 0);
});

test('lone and reversed surrogates', () => {
  const r = check('a\ud800b \udc00 \udc00\ud800 c\ud83d', 'en');
  assert.ok(r.tokens.length >= 3);
});

test('NUL and control characters', () => {
  const r = check('Hallo\u0000Welt.\u0001\u0007\u001b Ende.', 'de');
  assert.ok(r.tokens.some((t) => t.kind === 'word'));
});

test('10 MB of one character is one token', () => {
  const text = 'a'.repeat(10 * 1024 * 1024);
  const r = check(text, 'de');
  assert.equal(r.tokens.length, 1);
  assert.equal(r.tokens[0].end, text.length);
});

test('10 MB of one punctuation mark', () => {
  const r = check('!'.repeat(10 * 1024 * 1024), 'de');
  assert.ok(r.tokens.length >= 1);
});

test('binary junk', () => {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const units = new Uint16Array(200000);
  for (let i = 0; i < units.length; i++) units[i] = random() & 0xffff;
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.subarray(i, i + 4096));
  check(text);
  check(Buffer.from(units.buffer).toString('latin1'));
});

test('right-to-left and mixed scripts', () => {
  const text = 'שלום עולם. مرحبا بالعالم! Hello мир 世界.';
  const r = check(text);
  assert.ok(r.tokens.map((t) => text.slice(t.start, t.end)).includes('بالعالم'));
});

test('emoji ZWJ sequences, flags, skin tones and combining marks stay whole', () => {
  const text = 'Familie 👨‍👩‍👧‍👦 und 🏳️‍🌈 🇩🇪 👍🏿 Zoë Zoe\u0308 a\u0301\u0301\u0301.';
  const r = check(text, 'de');
  const surfaces = r.tokens.map((t) => text.slice(t.start, t.end));
  for (const whole of ['👨‍👩‍👧‍👦', '🏳️‍🌈', '🇩🇪', '👍🏿', 'Zoë', 'Zoe\u0308', 'a\u0301\u0301\u0301']) {
    assert.ok(surfaces.includes(whole), whole);
  }
});

test('deeply repeated punctuation and brackets', () => {
  check('('.repeat(100000) + ')'.repeat(100000));
  check('.?!'.repeat(100000));
  check('„“'.repeat(100000));
});

test('50 MB inputs: one character, no space, no sentence end', () => {
  const MB50 = 50 * 1024 * 1024;
  const one = check('a'.repeat(MB50), 'de');
  assert.equal(one.tokens.length, 1);
  const prose = 'Der Minister sagte am Mittwoch, dass beide Länder zusammenarbeiten. ';
  const noSpace = prose.replaceAll(' ', '').repeat(Math.ceil(MB50 / 64)).slice(0, MB50);
  assert.ok(check(noSpace, 'de').tokens.length > 1000);
  const noEnd = 'wort '.repeat(MB50 / 5);
  const r = check(noEnd, 'de');
  assert.equal(r.sentences.length, 1);
  assert.equal(r.tokens.length, MB50 / 5);
});

test('a 1 MB word and 1 MB of combining marks', () => {
  const word = 'x'.repeat(1024 * 1024);
  assert.equal(check(`Ein ${word} Wort.`, 'de').tokens.length, 4);
  check('\u0301'.repeat(1024 * 1024), 'de');
});

test('the module uses no eval or new Function (strict CSP)', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { repoRoot } = await import('./helpers.mjs');
  const glue = readFileSync(join(repoRoot, 'dist', 'lesbar-core.mjs'), 'utf8');
  assert.doesNotMatch(glue, /\bnew Function\s*\(/);
  assert.doesNotMatch(glue, /[^.\w]eval\s*\(/);
});
