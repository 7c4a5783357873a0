// The demo's render functions on a real analysis (tests/js/fixtures.mjs):
// every entity and quote of the result becomes a highlight, the view's text is the input text,
// panels say "nicht verfügbar" for missing analyses, exports escape.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findAll, h, textOf } from '../../web-demo/lib/vnode.js';
import { highlightView, partition } from '../../web-demo/lib/highlight.js';
import {
  chartsPanel, countsPanel, entitiesPanel, legend, quotesPanel, readabilityPanel,
} from '../../web-demo/lib/panels.js';
import { readabilityModel, gaugeFraction, gaugeSvg } from '../../web-demo/lib/readability.js';
import { histogramBins, difficultySvg } from '../../web-demo/lib/charts.js';
import { countsModel } from '../../web-demo/lib/model.js';
import { localeFor } from '../../web-demo/lib/locale.js';
import { DIFFICULTY_LABELS, difficultyLabel, difficultyStep, stepRanges } from '../../js/difficulty-scale.js';
import { decodeTextFile, debounceDelay } from '../../web-demo/lib/app-main.js';
import { FIXTURE_TEXT, bareResult, fixtureResult } from './fixtures.mjs';
import { ENTITY_TYPES } from '../../js/index.js';
import { repoRoot } from './helpers.mjs';

const uniqueValues = (nodes, attribute) => new Set(nodes.map((n) => n.attributes[attribute]));
const withAttribute = (attribute) => (node) => node.attributes[attribute] !== undefined && node.attributes[attribute] !== null;

/**
 * Adds a mention across the end of the quote ("bleiben“, "), which the core
 * does not produce but a renderer must survive: two pieces of one mention.
 * Returns its index.
 */
function addMentionAcrossQuote(result) {
  const start = FIXTURE_TEXT.indexOf('bleiben“');
  const at = result.entities.findIndex((e) => e.start > start);
  result.entities.splice(at, 0, { start, end: start + 'bleiben“, '.length, type: 'MISC', cluster: -1, score: 0.3 });
  for (const cluster of result.clusters) cluster.mentions = cluster.mentions.map((m) => (m >= at ? m + 1 : m));
  return at;
}

test('highlight view: text unchanged, one highlight per entity, quote and sentence', () => {
  const result = fixtureResult();
  const { view, truncated } = highlightView(FIXTURE_TEXT, result);
  assert.equal(truncated, false);
  assert.equal(textOf(view), FIXTURE_TEXT);
  const marks = findAll(view, withAttribute('data-entity'));
  const indices = result.entities.map((_, i) => i);
  assert.deepEqual([...uniqueValues(marks, 'data-entity')].sort((a, b) => a - b), indices);
  // Roving focus: every mention can take the focus, only the first is a Tab stop.
  const focusable = marks.filter((m) => m.attributes.tabindex === 0 || m.attributes.tabindex === -1);
  assert.deepEqual(focusable.map((m) => m.attributes['data-entity']), indices);
  assert.deepEqual(focusable.map((m) => m.attributes.tabindex), indices.map((i) => (i === 0 ? 0 : -1)));
  // Each mention is marked with its cluster ("Sergej Schoigu", "Shoigu").
  for (const cluster of result.clusters) {
    assert.equal(marks.filter((m) => m.attributes['data-cluster'] === cluster.id).length, cluster.mentions.length);
  }
  assert.equal(result.clusters[0].mentions.length, 2);
  assert.match(marks[0].attributes.class, /\bent t-PER\b/);
  // The quote spans two sentences and the space between: three pieces, the
  // speaker on the last.
  const quotes = findAll(view, withAttribute('data-quote'));
  assert.equal(quotes.length, 3);
  assert.deepEqual([...uniqueValues(quotes, 'data-quote')], [0]);
  assert.equal(quotes.at(-1).attributes['data-speaker'], '— Sergej Schoigu');
  assert.equal(quotes[0].attributes['data-speaker'], undefined);
  assert.equal(quotes.map(textOf).join(''), FIXTURE_TEXT.slice(result.quotes[0].start, result.quotes[0].end));
  const sentences = findAll(view, withAttribute('data-sentence'));
  assert.equal(sentences.length, result.sentences.length);
  result.sentences.forEach((sentence, i) => {
    assert.match(sentences[i].attributes.class, new RegExp(`\\bd${difficultyStep(sentence.readability.difficulty)}\\b`));
  });
  assert.equal(findAll(view, (n) => n.attributes.class === 'cue').length, 1);
  // User text stays text: the <img> is a string child, never a node.
  assert.equal(findAll(view, (n) => n.tag === 'img').length, 0);
  assert.ok(textOf(view).includes('<img src=x onerror='));
});

test('highlight view: a mention across the end of a quote is two pieces, one focusable', () => {
  const result = fixtureResult();
  const index = addMentionAcrossQuote(result);
  const { view } = highlightView(FIXTURE_TEXT, result);
  assert.equal(textOf(view), FIXTURE_TEXT);
  const pieces = findAll(view, withAttribute('data-entity')).filter((m) => m.attributes['data-entity'] === index);
  assert.equal(pieces.length, 2);
  assert.equal(pieces.filter((m) => m.attributes.tabindex !== undefined && m.attributes.tabindex !== null).length, 1);
  assert.equal(pieces.map(textOf).join(''), 'bleiben“, ');
});

test('highlight view without the optional fields, and with bad spans', () => {
  const bare = bareResult();
  const { view } = highlightView(FIXTURE_TEXT, bare);
  assert.equal(textOf(view), FIXTURE_TEXT);
  assert.equal(findAll(view, withAttribute('data-entity')).length, 0);
  assert.equal(findAll(view, (n) => /\bd\d\b/.test(n.attributes.class ?? '')).length, 0);
  const broken = fixtureResult();
  broken.quotes[0].cue = { start: -1, end: -1 };
  broken.quotes.push({ start: 5, end: 99999, speaker: null, cue: null });
  broken.entities.push({ start: 3, end: 3, type: 'PER', cluster: -1, score: 0 });
  assert.equal(textOf(highlightView(FIXTURE_TEXT, broken).view), FIXTURE_TEXT);
  const { view: cut, truncated, shownLength } = highlightView(FIXTURE_TEXT, fixtureResult(), { limit: 20 });
  assert.equal(truncated, true);
  assert.equal(textOf(cut), FIXTURE_TEXT.slice(0, shownLength));
});

test('partition clips spans to their container and keeps the gaps', () => {
  const spans = [{ start: 2, end: 6, index: 0 }, { start: 8, end: 12, index: 1 }];
  const cursor = { next: 0 };
  assert.deepEqual(partition(0, 10, spans, cursor), [
    { start: 0, end: 2, index: null }, { start: 2, end: 6, index: 0 },
    { start: 6, end: 8, index: null }, { start: 8, end: 10, index: 1 }]);
  assert.deepEqual(partition(10, 14, spans, cursor), [
    { start: 10, end: 12, index: 1 }, { start: 12, end: 14, index: null }]);
});

test('panels show every analysis present and say "nicht verfügbar" for the missing ones', () => {
  const full = fixtureResult();
  // A formula a newer core might add still gets its row, under its key.
  full.readability.scores.someNewFormula = 1.5;
  const panels = [readabilityPanel(full), countsPanel(FIXTURE_TEXT, full), entitiesPanel(FIXTURE_TEXT, full),
    quotesPanel(FIXTURE_TEXT, full), chartsPanel(full)];
  for (const panel of panels) assert.doesNotMatch(textOf(panel), /nicht verfügbar/, panel.attributes.id);
  const entityText = textOf(panels[2]);
  assert.match(entityText, /Sergej Schoigu2×/);
  assert.match(entityText, /Sergej Schoigu · Shoigu|Shoigu · Sergej Schoigu/);
  assert.match(textOf(panels[3]), /Sergej Schoigu \(sagte\)/);
  assert.match(textOf(panels[1]), new RegExp(`Sicherheit ${Math.floor(full.languageConfidence * 100)} %`));
  assert.match(textOf(panels[0]), /Flesch-Amstad/);
  assert.match(textOf(panels[0]), /someNewFormula/);
  assert.match(textOf(legend(full)), /Person/);

  const bare = bareResult();
  assert.match(textOf(readabilityPanel(bare)), /Lesbarkeit: nicht verfügbar/);
  assert.match(textOf(entitiesPanel(FIXTURE_TEXT, bare)), /Entitäten: nicht verfügbar/);
  assert.match(textOf(quotesPanel(FIXTURE_TEXT, bare)), /Zitate: nicht verfügbar/);
  assert.match(textOf(chartsPanel(bare)), /Satzschwierigkeit: nicht verfügbar/);
  assert.match(textOf(countsPanel(FIXTURE_TEXT, bare)), /geschätzt/);
});

test('readability: the level is the difficulty read on the scale, the main score keeps its own name', () => {
  const result = fixtureResult();
  result.readability.scores.someNewFormula = 1.5;
  const { difficulty, scores } = result.readability;
  const model = readabilityModel(result);
  assert.equal(model.main.key, 'fleschReadingEase');
  assert.equal(model.main.name, 'Flesch-Amstad');
  assert.equal(model.label, difficultyLabel(difficulty, 'de'));
  assert.deepEqual(model.rows.map((r) => r.key),
    Object.keys(scores).filter((key) => scores[key] !== null));
  assert.equal(model.rows.find((r) => r.key === 'someNewFormula').explanation, '');
  assert.equal(gaugeFraction(1), 0);
  assert.equal(gaugeFraction(7), 1);
  assert.equal(gaugeFraction(4), 0.5);
  assert.equal(gaugeFraction(null), null);
  // The English variant of the same key has its own name.
  const english = fixtureResult();
  english.language = 'en';
  assert.equal(readabilityModel(english).main.name, 'Flesch Reading Ease');
  assert.equal(readabilityModel(bareResult()).available, false);
  const decimal = (value) => value.toFixed(1).replace('.', ',');
  const headline = textOf(findAll(readabilityPanel(result), (n) => n.attributes.class === 'headline')[0]);
  assert.equal(headline, `${difficultyLabel(difficulty, 'de')} · Stufe ${difficultyStep(difficulty)} von 7 · ` +
    `Flesch-Amstad ${decimal(scores.fleschReadingEase)}`);
  assert.equal(gaugeSvg(model).attributes['aria-label'],
    `Schwierigkeit ${decimal(difficulty)} von 7: ${difficultyLabel(difficulty, 'de')} · ` +
    `Flesch-Amstad ${decimal(scores.fleschReadingEase)}`);
});

test('gauge: one band per level, placed where the labels change, the needle inside the band of the label', () => {
  for (const difficulty of [1, 1.4, 2.2, 3.5, 4.6, 6.51, 7]) {
    const result = fixtureResult();
    result.readability.difficulty = difficulty;
    for (const language of ['de', 'en']) {
      const locale = localeFor(language);
      const model = readabilityModel(result, locale);
      const bands = findAll(gaugeSvg(model, locale), (n) => n.attributes.class === 'gauge-band');
      assert.deepEqual(bands.map((b) => [b.attributes['data-from'], b.attributes['data-to']]),
        stepRanges().map((r) => [r.from, r.to]));
      // Not equal widths: the end bands are half as wide (the labels change at x.5).
      assert.equal(bands[0].attributes['data-to'] - bands[0].attributes['data-from'], 0.5);
      assert.equal(bands[3].attributes['data-to'] - bands[3].attributes['data-from'], 1);
      const under = bands.find((b) => difficulty >= b.attributes['data-from'] &&
        (difficulty < b.attributes['data-to'] || b.attributes['data-to'] === 7));
      assert.equal(textOf(under), model.label, `${difficulty} ${language}`);
      assert.equal(model.label, DIFFICULTY_LABELS[language][Math.round(difficulty) - 1]);
    }
  }
});

test('charts: histogram bins hold every sentence; difficulty has one bar per sentence', () => {
  const bins = histogramBins([1, 5, 6, 12, 40, 80]);
  assert.equal(bins.reduce((sum, bin) => sum + bin.count, 0), 6);
  assert.equal(bins[0].count, 2);
  assert.equal(bins.at(-1).to, Infinity);
  const result = fixtureResult();
  const svg = difficultySvg(result);
  assert.equal(findAll(svg, (n) => n.tag === 'rect').length, result.sentences.length);
  assert.equal(difficultySvg(bareResult()), null);
});

test('counts: the core reading time wins over the estimate', () => {
  const result = fixtureResult();
  assert.equal(countsModel(FIXTURE_TEXT, result).readingSeconds, result.readability.readingTimeSeconds);
  assert.equal(countsModel(FIXTURE_TEXT, result).readingEstimated, false);
  const bare = countsModel(FIXTURE_TEXT, bareResult());
  assert.equal(bare.readingEstimated, true);
  assert.equal(bare.syllables, null);
});

test('vnode refuses inline style and event handlers (CSP, XSS)', async () => {
  const { toDom } = await import('../../web-demo/lib/vnode.js');
  const fakeDocument = { createElement: () => ({ setAttribute() {}, appendChild() {} }), createTextNode: (t) => t };
  assert.throws(() => toDom(h('div', { style: 'color:red' }), fakeDocument), /not allowed/);
  assert.throws(() => toDom(h('img', { onerror: 'x()' }), fakeDocument), /not allowed/);
});

test('loaded files: binary and non-UTF-8 are refused with a message', () => {
  assert.equal(decodeTextFile(new TextEncoder().encode('Grüße')), 'Grüße');
  // As the CLI reads them: UTF-16 with a byte order mark, UTF-8 without its BOM.
  assert.equal(decodeTextFile(Buffer.from('\ufeffGrüße', 'utf16le')), 'Grüße');
  assert.equal(decodeTextFile(Buffer.from('\ufeffGrüße', 'utf16le').swap16()), 'Grüße');
  assert.equal(decodeTextFile(Buffer.from('\ufeffGrüße', 'utf8')), 'Grüße');
  assert.throws(() => decodeTextFile(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'kaputt.txt'), /kaputt\.txt beginnt wie UTF-16/);
  assert.throws(() => decodeTextFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 'x.zip'), /x\.zip ist keine Textdatei/);
  assert.throws(() => decodeTextFile(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), 'alt.txt'), /kein UTF-8/);
  assert.ok(debounceDelay(100) < debounceDelay(5_000_000));
});

test('UI languages: picked from the browser\'s list, and every word of the page exists in both', async () => {
  const { pickUiLanguage, UI_LANGUAGES } = await import('../../web-demo/lib/locale.js');
  assert.equal(pickUiLanguage(['fr-FR', 'de-AT', 'en']), 'de');
  assert.equal(pickUiLanguage(['en-GB', 'de']), 'en');
  assert.equal(pickUiLanguage(['fr', 'it']), 'en');
  assert.equal(pickUiLanguage(undefined), 'en');
  const html = readFileSync(join(repoRoot, 'web-demo', 'index.html'), 'utf8');
  const keys = [...html.matchAll(/data-i18n(?:-aria-label)?="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(keys.length > 15, `${keys.length} translated elements`);
  for (const language of UI_LANGUAGES) {
    const locale = localeFor(language);
    for (const key of keys) assert.equal(typeof locale.t(key), 'string', `${language}: ${key}`);
  }
  // The same panel in both languages: different words, the same numbers but for the decimal mark.
  const result = fixtureResult();
  // Rounded down: a detected language never shows as 100 %.
  const percent = Math.floor(result.languageConfidence * 100);
  const german = textOf(countsPanel(FIXTURE_TEXT, result, localeFor('de')));
  const english = textOf(countsPanel(FIXTURE_TEXT, result, localeFor('en')));
  assert.match(german, new RegExp(`Sprache: Deutsch \\(de\\), Sicherheit ${percent} %`));
  assert.match(english, new RegExp(`Language: German \\(de\\), confidence ${percent}%`));
  // Any language by name in the UI language; a text too short to tell names its likeliest language.
  const counts = (changes, language) => textOf(countsPanel(FIXTURE_TEXT, { ...result, ...changes }, localeFor(language)));
  assert.match(counts({ language: 'nl', languageGuess: 'nl', languageConfidence: 0.87 }, 'de'), /Sprache: Niederländisch \(nl\), Sicherheit 87 %/);
  assert.match(counts({ language: 'nl', languageGuess: 'nl', languageConfidence: 0.87 }, 'en'), /Language: Dutch \(nl\), confidence 87%/);
  const short = { language: 'und', languageGuess: 'en', languageConfidence: 0.53 };
  assert.match(counts(short, 'en'), /Language: undetermined \(und\): too short to tell, most likely English \(en\), confidence 53%/);
  assert.match(counts(short, 'de'), /Sprache: unbestimmt \(und\): zu kurz zum Bestimmen, am ehesten Englisch \(en\), Sicherheit 53 %/);
  assert.match(counts({ language: 'und', languageGuess: 'und', languageConfidence: 0 }, 'en'), /Language: undetermined \(und\), confidence 0%/);
  const flesch = result.readability.scores.fleschReadingEase.toFixed(1);
  assert.ok(textOf(readabilityPanel(result, localeFor('en'))).includes(`Flesch-Amstad ${flesch}`));
  assert.ok(textOf(readabilityPanel(result, localeFor('de'))).includes(`Flesch-Amstad ${flesch.replace('.', ',')}`));
  assert.throws(() => localeFor('de').t('noSuchMessage'), /no message noSuchMessage/);
});

test('entity types: the demo names and colours every type the binding has', () => {
  const css = readFileSync(join(repoRoot, 'web-demo', 'style.css'), 'utf8');
  for (const language of ['de', 'en']) assert.deepEqual(localeFor(language).entityTypes, [...ENTITY_TYPES], language);
  for (const type of ENTITY_TYPES) assert.ok(css.includes(`.t-${type} {`), `style.css: .t-${type}`);
});
