import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../../js/index.js';
import { sampleArticle, sharedData } from './helpers.mjs';

const analyzer = await createAnalyzer();

test('the sample article gets German scores, labels and per-sentence figures', () => {
  const text = readFileSync(sampleArticle, 'utf8');
  const r = analyzer.analyze(text);
  const { counts, scores, level, difficulty, readingTimeSeconds } = r.readability;
  // level.scale is the main score's key in scores.
  assert.equal(level.scale, 'fleschReadingEase');
  assert.equal(typeof scores[level.scale], 'number');
  assert.ok(['sehr schwer', 'schwer', 'mittelschwer'].includes(level.label), level.label);
  // Amstad from the counts, so the formula and the counts agree.
  const amstad = 180 - counts.words / counts.sentences - 58.5 * counts.syllables / counts.words;
  assert.ok(Math.abs(scores.fleschReadingEase - amstad) < 1e-9);
  for (const key of ['wienerSachtextformel1', 'lix', 'rix', 'smog']) {
    assert.equal(typeof scores[key], 'number', key);
  }
  for (const key of ['fleschKincaidGrade', 'gunningFog', 'daleChall', 'colemanLiau']) {
    assert.equal(scores[key], null, key);
  }
  assert.ok(difficulty >= 1 && difficulty <= 7);
  assert.ok(Math.abs(readingTimeSeconds - (60 * counts.words) / 179) < 1e-9);

  let words = 0;
  let syllables = 0;
  for (const sentence of r.sentences) {
    const s = sentence.readability;
    words += s.words;
    syllables += s.syllables;
    assert.equal(s.level.scale, 'fleschReadingEase');
    if (s.words > 0) assert.ok(s.difficulty >= 1 && s.difficulty <= 7);
  }
  assert.equal(words, counts.words);
  assert.equal(syllables, counts.syllables);
  const tokenSyllables = r.tokens.reduce((sum, t) => sum + (t.syllables ?? 0), 0);
  assert.equal(tokenSyllables, counts.syllables);
});

test('a short plain sentence is easier than a long nominal one', () => {
  const text = 'Er kam. Die Implementierung der Verwaltungsmodernisierungsstrategie erforderte ' +
    'umfangreiche Abstimmungsprozesse zwischen den beteiligten Bundesministerien.';
  const [easy, hard] = analyzer.analyze(text, { language: 'de' }).sentences.map((s) => s.readability);
  assert.ok(easy.score > hard.score);
  assert.ok(easy.difficulty < hard.difficulty);
  assert.ok(['sehr leicht', 'leicht'].includes(easy.level.label), easy.level.label);
  assert.equal(hard.level.label, 'sehr schwer');
});

test('English gets the US formulas and English labels', () => {
  const r = analyzer.analyze('The cat sat on the mat. It was happy.', { language: 'en' });
  assert.equal(r.readability.level.label, 'very easy');
  assert.equal(r.readability.counts.words, 9);
  assert.equal(typeof r.readability.scores.fleschKincaidGrade, 'number');
  assert.equal(r.readability.scores.wienerSachtextformel1, null);
});

test('syllables(word, language)', () => {
  assert.equal(analyzer.syllables('Abend', 'de'), 2);
  assert.equal(analyzer.syllables('Theater', 'de'), 3);
  assert.equal(analyzer.syllables('walked', 'en'), 1);
  assert.equal(analyzer.syllables('', 'en'), 0);
  assert.throws(() => analyzer.syllables(42, 'de'), TypeError);
  assert.throws(() => analyzer.syllables('Abend', 'auto'), TypeError);
  assert.throws(() => analyzer.syllables('x'.repeat(2000), 'de'), RangeError);
});

test('readability: false skips it; bad values are a TypeError', () => {
  const r = analyzer.analyze('Er kam. Sie ging.', { language: 'de', readability: false });
  assert.equal(r.readability, undefined);
  assert.equal(r.sentences[0].readability, undefined);
  assert.equal(r.tokens[0].syllables, undefined);
  assert.equal(r.sentences.length, 2);
  for (const bad of ['yes', 1, { compat: 'flesch' }]) {
    assert.throws(() => analyzer.analyze('x', { readability: bad }), TypeError);
  }
});

test("compat 'textstat' reproduces textstat 0.7.11's own expected values through the wasm build", async () => {
  const expected = JSON.parse(readFileSync(
    join(sharedData, 'readability', 'textstat-0.7.11', 'expected_values.json'), 'utf8'));
  const compat = await createAnalyzer();
  assert.throws(() => compat.analyze('x', { readability: { compat: 'textstat' } }), /loadTextstatData/);
  await compat.loadTextstatData();
  const cases = expected.filter((c) =>
    (c.test === 'flesch_reading_ease' && ['de_DE', 'en_US'].includes(c.lang)) ||
    (c.test === 'wiener_sachtextformel' && c.lang === 'de_DE'));
  assert.ok(cases.length >= 7);
  for (const c of cases) {
    const language = c.lang.slice(0, 2);
    const { scores } = compat.analyze(c.text, { language, readability: { compat: 'textstat' } }).readability;
    const actual = c.test === 'flesch_reading_ease' ? scores.fleschReadingEase
      : scores[`wienerSachtextformel${c.variant}`];
    assert.ok(Math.abs(actual - c.expected) <= 0.01, `${c.test} ${c.lang} ${c.text_id}: ${actual} vs ${c.expected}`);
  }
  compat.dispose();
});

test('level.scale is the key of the main score in scores, for Flesch languages and for LIX', () => {
  for (const [language, text, key] of [
    ['en', 'The cat sat on the mat. It was a good day for everyone.', 'fleschReadingEase'],
    ['fr', 'Le chat est assis sur le tapis. Il fait beau.', 'fleschReadingEase'],
    ['sv', 'Det var en gång en katt som satt på mattan och tittade ut genom fönstret.', 'lix'],
  ]) {
    const { readability, sentences } = analyzer.analyze(text, { language });
    assert.equal(readability.level.scale, key, language);
    assert.equal(typeof readability.scores[readability.level.scale], 'number', language);
    for (const sentence of sentences) assert.equal(sentence.readability.level.scale, key, language);
  }
});
