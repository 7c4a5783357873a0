// The one difficulty scale: every level label the summary, the CLI and the
// demo show comes from js/difficulty-scale.js, in the language it chose,
// and none from the core's own reading of the Flesch score.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  DIFFICULTY_LABELS, MIN_LABEL_LANGUAGE_CONFIDENCE, MIN_LABEL_LANGUAGE_WORDS, difficultyLabel, difficultyLevel,
  difficultyStep, labelLanguageFor, stepRanges,
} from '../../js/difficulty-scale.js';
import * as summary from '../../js/summary.js';
import { textReport, summaryTable } from '../../bin/report.js';
import { readabilityModel, gaugeSvg } from '../../web-demo/lib/readability.js';
import { readabilityPanel, chartsPanel, legend } from '../../web-demo/lib/panels.js';
import { highlightView } from '../../web-demo/lib/highlight.js';
import { localeFor } from '../../web-demo/lib/locale.js';
import { findAll, textOf } from '../../web-demo/lib/vnode.js';
import { FIXTURE_TEXT, fixtureResult } from './fixtures.mjs';
import { repoRoot } from './helpers.mjs';

// The core's label for the Flesch band: if it shows up anywhere, a second
// scale is back.
const CORE_LABEL = 'KERN-FLESCH-BAND';

function resultWith(difficulty, sentenceDifficulties = [2, 3, 1, 7, 4]) {
  const result = fixtureResult();
  result.readability.difficulty = difficulty;
  result.readability.level = { label: CORE_LABEL, scale: 'fleschReadingEase' };
  result.sentences.forEach((sentence, i) => {
    sentence.readability.difficulty = sentenceDifficulties[i];
    sentence.readability.level = { label: CORE_LABEL, scale: 'fleschReadingEase' };
  });
  return result;
}

const allText = (nodes) => nodes.map(textOf).join('\n');
const attributesOf = (node, name) => findAll(node, (n) => n.attributes[name] != null).map((n) => n.attributes[name]);

test('the scale: seven labels per language, a step per half-open range, the labels change at the half steps', () => {
  for (const labels of Object.values(DIFFICULTY_LABELS)) {
    assert.equal(labels.length, 7);
    assert.equal(new Set(labels).size, 7);
  }
  assert.deepEqual(stepRanges().map((r) => [r.from, r.to]),
    [[1, 1.5], [1.5, 2.5], [2.5, 3.5], [3.5, 4.5], [4.5, 5.5], [5.5, 6.5], [6.5, 7]]);
  assert.equal(difficultyStep(1.49), 1);
  assert.equal(difficultyStep(1.5), 2);
  assert.equal(difficultyStep(0.5), null);
  assert.equal(difficultyLabel(6.6, 'de'), 'sehr schwer');
  assert.equal(difficultyLabel(2, 'en'), 'easy');
  assert.equal(difficultyLabel(2, 'nl'), 'easy', 'no Dutch labels: English');
  assert.deepEqual(difficultyLevel(4.6, 'de-AT'), { difficulty: 4.6, step: 5, label: 'eher schwer', language: 'de' });
  assert.equal(difficultyLevel(null, 'de'), null);
});

test('the label language: the text\'s own only when given, or detected with confidence on enough words', () => {
  const words = (n) => ({ counts: { words: n } });
  const sure = MIN_LABEL_LANGUAGE_CONFIDENCE;
  const many = MIN_LABEL_LANGUAGE_WORDS;
  assert.equal(labelLanguageFor({ language: 'de', languageConfidence: 1, readability: words(2) }), 'de');
  assert.equal(labelLanguageFor({ language: 'de', languageConfidence: sure, readability: words(many) }), 'de');
  assert.equal(labelLanguageFor({ language: 'de', languageConfidence: 0.999, readability: words(many - 1) }), 'en',
    'a few words are no evidence');
  assert.equal(labelLanguageFor({ language: 'de', languageConfidence: sure - 0.01, readability: words(500) }), 'en');
  assert.equal(labelLanguageFor({ language: 'nl', languageConfidence: 1, readability: words(500) }), 'en');
  assert.equal(labelLanguageFor({ language: 'und', languageConfidence: 0, readability: words(0) }), 'en');
  // The fallback is the UI's language where lesbar has labels for it.
  assert.equal(labelLanguageFor({ language: 'nl', languageConfidence: 0.99, readability: words(3) }, 'de'), 'de');
  assert.equal(labelLanguageFor({ language: 'und', languageConfidence: 0 }, 'fr'), 'en');
  // Without readability the word tokens count.
  const tokens = Array.from({ length: many }, (_, i) => ({ start: i, end: i + 1, kind: 'word' }));
  assert.equal(labelLanguageFor({ language: 'en', languageConfidence: sure, tokens }), 'en');
  assert.equal(labelLanguageFor({ language: 'de', languageConfidence: sure, tokens: tokens.slice(1) }), 'en');
});

test('summary, CLI and demo model show the labels of the one mapping, for every step, and never the core\'s', () => {
  for (const difficulty of [1, 1.6, 2.5, 3.49, 4.6, 5.7, 7]) {
    const result = resultWith(difficulty);
    // German text, given language: German labels in the summary and the CLI.
    result.languageConfidence = 1;
    const expectedDe = DIFFICULTY_LABELS.de[Math.round(difficulty) - 1];
    assert.equal(summary.readabilitySummary(result).level.label, expectedDe);
    assert.equal(summary.difficultyLabel(difficulty, 'de'), expectedDe, 'lesbar/summary re-exports the scale');
    const report = textReport(FIXTURE_TEXT, result, 'fixture');
    assert.match(report, new RegExp(`^Readability {3}${expectedDe} \\(difficulty ${difficulty.toFixed(1)} of 7\\)`, 'm'));
    const hardest = summary.hardestSentences(FIXTURE_TEXT, result, 5);
    assert.deepEqual(hardest.items.map((item) => item.level.label),
      hardest.items.map((item) => difficultyLabel(item.difficulty, 'de')));
    for (const item of hardest.items) assert.ok(report.includes(`${item.level.label}, difficulty`), item.level.label);

    // The demo: labels in the UI language, whatever the text's.
    for (const language of ['de', 'en']) {
      const locale = localeFor(language);
      const expected = DIFFICULTY_LABELS[language][Math.round(difficulty) - 1];
      const model = readabilityModel(result, locale);
      assert.equal(model.label, expected);
      assert.equal(model.level.step, Math.round(difficulty));
      const panel = readabilityPanel(result, locale);
      assert.equal(textOf(findAll(panel, (n) => n.tag === 'strong')[0]), expected);
      assert.ok(gaugeSvg(model, locale).attributes['aria-label'].includes(expected));
      const { view } = highlightView(FIXTURE_TEXT, result, { locale });
      const titles = attributesOf(view, 'title').filter((t) => /^(Satz|Sentence) \d/.test(t));
      assert.deepEqual(titles.map((t) => t.split(': ')[1].split(' (')[0]),
        result.sentences.map((s) => difficultyLabel(s.readability.difficulty, language)));
      const shown = [textOf(panel), ...attributesOf(panel, 'aria-label'), ...titles,
        allText([chartsPanel(result, locale), legend(result, locale)]),
        ...attributesOf(chartsPanel(result, locale), 'aria-label')].join('\n');
      assert.ok(!shown.includes(CORE_LABEL), `the demo (${language}) shows the core's Flesch band label`);
      // Labels of the other UI language never leak in ("difficult" on the German page).
      const other = DIFFICULTY_LABELS[language === 'de' ? 'en' : 'de'];
      for (const label of other) assert.ok(!new RegExp(`\\b${label}\\b`).test(shown), `${language}: ${label}`);
    }
    assert.ok(!report.includes(CORE_LABEL), 'the CLI shows the core\'s Flesch band label');
  }
});

test('the CLI batch table and a real run label by the scale; a few words never choose the label language', () => {
  const table = summaryTable([{ path: 'a.txt', result: { language: 'de', characters: 10, sentences: 1, words: 3,
    level: summary.readabilitySummary(resultWith(5.7)).level.label, difficulty: 5.7, entities: 0, quotes: 0 } }]);
  assert.match(table, new RegExp(`${DIFFICULTY_LABELS.de[5]} \\(5\\.7\\)`), 'the fixture: German, detected on enough words');
  const cli = join(repoRoot, 'bin', 'lesbar.js');
  // Whatever the identifier takes these few words for (Dutch, German …), the labels are English.
  for (const text of ['De kat zit op de mat.', 'Der Hund bellt laut.']) {
    const { status, stdout } = spawnSync(process.execPath, [cli, 'analyze', '-'], { input: text, encoding: 'utf8' });
    assert.equal(status, 0);
    const line = stdout.split('\n').find((l) => l.startsWith('Readability'));
    const label = line.replace(/^Readability +/, '').split(' (difficulty')[0];
    assert.ok(DIFFICULTY_LABELS.en.includes(label), line);
  }
  // The language given: its labels.
  const { stdout } = spawnSync(process.execPath, [cli, 'analyze', '-', '--lang', 'de'],
    { input: 'Der Hund bellt laut.', encoding: 'utf8' });
  const label = stdout.split('\n').find((l) => l.startsWith('Readability')).replace(/^Readability +/, '').split(' (')[0];
  assert.ok(DIFFICULTY_LABELS.de.includes(label), label);
});
