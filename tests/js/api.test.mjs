import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createAnalyzer, DEFAULT_MAX_INPUT_LENGTH, TOKEN_KINDS } from '../../js/index.js';
import { assertWellFormed, sampleArticle } from './helpers.mjs';

const analyzer = await createAnalyzer();

test('analyzes the sample article into plain objects', () => {
  const text = readFileSync(sampleArticle, 'utf8');
  const r = analyzer.analyze(text, { language: 'auto' });
  assert.equal(r.language, 'de');
  assert.equal(r.paragraphs.length, 4);
  assert.ok(r.sentences.length >= 17, `${r.sentences.length} sentences`);
  assertWellFormed(assert, text, r);
  assert.deepEqual(Object.keys(r.tokens[0]), ['start', 'end', 'kind', 'syllables']);
  assert.equal(Object.getPrototypeOf(r.sentences[0]), Object.prototype);
  const words = r.tokens.filter((t) => t.kind === 'word').map((t) => text.slice(t.start, t.end));
  for (const expected of ['Schoigu', 'Shoigu', 'Berg-Karabach', 'Amir-Abdollahian', 'Teheran']) {
    assert.ok(words.includes(expected), expected);
  }
  const sentences = r.sentences.map((s) => text.slice(s.start, s.end));
  assert.ok(sentences.includes('Laut Shoigu erweist sich der Sanktionsdruck sowohl auf Moskau als auch auf Teheran als vergeblich.'));
});

test('offsets are UTF-16 indices, astral characters included', () => {
  const text = '𝐀𝐁 Tag 😀 ok.';
  const r = analyzer.analyze(text, { language: 'en' });
  assert.deepEqual(r.tokens.map((t) => text.slice(t.start, t.end)), ['𝐀𝐁', 'Tag', '😀', 'ok', '.']);
});

test('non-strings are a TypeError', () => {
  for (const bad of [undefined, null, 42, {}, ['a'], new String('x'), Buffer.from('x')]) {
    assert.throws(() => analyzer.analyze(bad), TypeError);
  }
});

test('bad options are a TypeError', () => {
  assert.throws(() => analyzer.analyze('x', { language: 5 }), TypeError);
  assert.throws(() => analyzer.analyze('x', { language: 'de; rm -rf' }), TypeError);
  assert.throws(() => analyzer.analyze('x', { tokenization: 'spacy' }), TypeError);
});

test('input over the limit is a RangeError naming the limit', async () => {
  assert.equal(DEFAULT_MAX_INPUT_LENGTH, 64 * 1024 * 1024);
  const small = await createAnalyzer({ maxInputLength: 100 });
  assert.equal(small.analyze('a'.repeat(100)).tokens.length, 1);
  assert.throws(() => small.analyze('a'.repeat(101)), (error) =>
    error instanceof RangeError && /limit of 100\b/.test(error.message));
  small.dispose();
  assert.throws(() => small.analyze('a'), /disposed/);
});

test('token kinds are the documented set', () => {
  assert.deepEqual([...TOKEN_KINDS],
    ['word', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji']);
});

test('the CommonJS fallback of older Node exports the same constants, read from the build', async () => {
  // Run js/index.cjs as a Node without require(esm) would: requiring the ES
  // entry fails, so it builds its exports from dist/lesbar-contract.json.
  const lesbar = await import('../../js/index.js');
  const file = fileURLToPath(new URL('../../js/index.cjs', import.meta.url));
  const realRequire = createRequire(file);
  const fakeRequire = (id) => {
    if (id === './index.js') throw Object.assign(new Error('require() of ES Module'), { code: 'ERR_REQUIRE_ESM' });
    return realRequire(id);
  };
  const module = { exports: {} };
  new Function('module', 'require', readFileSync(file, 'utf8'))(module, fakeRequire);
  assert.deepEqual(module.exports.TOKEN_KINDS, lesbar.TOKEN_KINDS);
  assert.deepEqual(module.exports.ENTITY_TYPES, lesbar.ENTITY_TYPES);
  assert.equal(module.exports.DEFAULT_MAX_INPUT_LENGTH, lesbar.DEFAULT_MAX_INPUT_LENGTH);
  assert.equal(typeof module.exports.createAnalyzer, 'function');
});
