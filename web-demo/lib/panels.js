// Side panels as VNodes, from the text, the result and the UI locale.
import { h } from './vnode.js';
import {
  countsModel, entityClusters, hasEntities, hasQuotes, hasSentenceDifficulty, sentenceWordCounts, speakerOf,
  validSpan, ESTIMATE_WORDS_PER_MINUTE,
} from './model.js';
import { readabilityModel, gaugeSvg } from './readability.js';
import { difficultySvg, histogramSvg } from './charts.js';
import { formatDuration, shorten } from './format.js';
import { localeFor } from './locale.js';
import { DIFFICULTY_MAX } from '../../js/difficulty-scale.js';

const GERMAN = localeFor('de');

// Long texts have thousands of mentions and quotes: the panels list the most
// frequent and say how many more the exports hold.
export const MAX_CLUSTERS_PER_TYPE = 40;
export const MAX_QUOTES = 50;

/** The panels in page order: their ids are the skip links' targets. */
export const PANEL_IDS = Object.freeze(['panel-readability', 'panel-counts', 'panel-entities', 'panel-quotes', 'panel-charts']);

/** Each panel's title, which is also its skip link's text. */
export const panelTitle = (id, locale = GERMAN) => locale.t({
  'panel-readability': 'readability', 'panel-counts': 'counts', 'panel-entities': 'entities',
  'panel-quotes': 'quotes', 'panel-charts': 'charts', 'panel-empty': 'emptyTitle',
}[id]);

export const notAvailable = (what, locale = GERMAN) => h('p', { class: 'na' }, locale.t('notAvailable', what));

// tabindex -1: a skip link moves the focus into the panel, not just the view.
function panel(id, locale, ...body) {
  return h('section', { class: 'panel', id, tabindex: -1, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, panelTitle(id, locale)), body);
}

/** What the page shows instead of the panels while there is no text to analyse. */
export const emptyPanel = (locale = GERMAN) => panel('panel-empty', locale,
  h('p', { class: 'empty' }, locale.t('emptyHint')));

export function readabilityPanel(result, locale = GERMAN) {
  const model = readabilityModel(result, locale);
  if (!model.available) return panel('panel-readability', locale, notAvailable(locale.t('readability'), locale));
  const headline = h('p', { class: 'headline' },
    h('strong', null, model.label || '–'),
    model.level ? ` · ${locale.t('levelOf', model.level.step, DIFFICULTY_MAX)}` : '',
    model.main ? ` · ${model.scaleName} ${locale.decimal(model.main.value)}` : '');
  const table = h('table', { class: 'formulas' },
    h('caption', null, locale.t('allFormulas')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, locale.t('formula')),
      h('th', { scope: 'col' }, locale.t('value')), h('th', { scope: 'col' }, locale.t('measures')))),
    h('tbody', null, model.rows.map((row) => h('tr', { class: row === model.main ? 'main' : null },
      h('th', { scope: 'row' }, row.name), h('td', { class: 'num' }, locale.decimal(row.value)),
      h('td', null, row.explanation || '–')))));
  return panel('panel-readability', locale, gaugeSvg(model, locale), headline, model.rows.length ? table : null);
}

export function countsPanel(text, result, locale = GERMAN) {
  const counts = countsModel(text, result);
  const item = (label, value, note) => h('div', null, h('dt', null, label), h('dd', null, value,
    note ? h('span', { class: 'note' }, ` ${note}`) : null));
  const language = result.language ?? 'und';
  // Floored as in the CLI: a detected language (at most 0.999) never reads 100 %.
  const confidence = typeof result.languageConfidence === 'number'
    ? locale.t('confidence', locale.integer(Math.floor(result.languageConfidence * 100))) : '';
  const mixed = Array.isArray(result.languages)
    ? [...new Set(result.languages.map((l) => l.language))] : null;
  // Too short to tell: 'und', and the core's best guess named as such.
  const guess = language === 'und' && result.languageGuess && result.languageGuess !== 'und'
    ? `: ${locale.t('tooShortToTell', `${locale.languageName(result.languageGuess)} (${result.languageGuess})`)}` : '';
  return panel('panel-counts', locale,
    h('p', { class: 'language-line' }, `${locale.t('language')}: `, h('strong', null, locale.languageName(language)),
      ` (${language})${guess}${confidence ? `, ${confidence}` : ''}`),
    h('dl', { class: 'counts' },
      item(locale.t('words'), locale.integer(counts.words)),
      item(locale.t('sentences'), locale.integer(counts.sentences)),
      item(locale.t('paragraphs'), locale.integer(counts.paragraphs)),
      item(locale.t('syllables'), counts.syllables === null ? '–' : locale.integer(counts.syllables),
        counts.syllables === null ? locale.t('notAvailableShort') : null),
      item(locale.t('readingTime'), formatDuration(counts.readingSeconds),
        counts.readingEstimated ? locale.t('estimated', ESTIMATE_WORDS_PER_MINUTE) : null),
      item(locale.t('characters'), locale.integer(counts.characters)),
      item(locale.t('tokens'), locale.integer(counts.tokens))),
    mixed && mixed.length > 1
      ? h('p', { class: 'languages' }, locale.t('languagesPerParagraph', mixed.map(locale.languageName).join(', ')))
      : null);
}

export function entitiesPanel(text, result, locale = GERMAN) {
  const clusters = entityClusters(text, result);
  if (clusters === null) return panel('panel-entities', locale, notAvailable(locale.t('entitiesNa'), locale));
  if (clusters.length === 0) return panel('panel-entities', locale, h('p', { class: 'empty' }, locale.t('noneFound')));
  const sections = locale.entityTypes.concat(
    [...new Set(clusters.map((c) => c.type))].filter((t) => !locale.entityTypes.includes(t)),
  ).map((type) => {
    const ofType = clusters.filter((c) => c.type === type);
    if (ofType.length === 0) return null;
    const mentions = ofType.reduce((sum, c) => sum + c.count, 0);
    return h('div', { class: 'entity-type' },
      h('h3', null, h('span', { class: `swatch t-${type}`, 'aria-hidden': 'true' }),
        `${locale.entityTypePlural(type)} `, h('span', { class: 'note' }, `(${locale.integer(mentions)})`)),
      h('ul', { class: 'clusters' }, ofType.slice(0, MAX_CLUSTERS_PER_TYPE).map((cluster) => h('li', null,
        h('button', {
          type: 'button', class: `cluster t-${cluster.type}`,
          'data-cluster': cluster.id >= 0 ? cluster.id : null,
          'data-mentions': cluster.mentions.join(' '),
          'aria-label': locale.t('clusterButton', cluster.name, locale.integer(cluster.count)),
        }, h('span', { class: 'name' }, cluster.name), h('span', { class: 'count' }, `${locale.integer(cluster.count)}×`)),
        cluster.variants.length > 1 || cluster.variants[0]?.text !== cluster.name
          ? h('span', { class: 'variants' },
            cluster.variants.map((v) => `${v.text}${v.count > 1 ? ` (${v.count})` : ''}`).join(' · '))
          : null))),
      ofType.length > MAX_CLUSTERS_PER_TYPE
        ? h('p', { class: 'note' }, locale.t('moreInCsv', locale.integer(ofType.length - MAX_CLUSTERS_PER_TYPE))) : null);
  });
  return panel('panel-entities', locale, sections);
}

export function quotesPanel(text, result, locale = GERMAN) {
  if (!hasQuotes(result)) return panel('panel-quotes', locale, notAvailable(locale.t('quotes'), locale));
  const quotes = result.quotes.filter((q) => validSpan(q, text.length));
  if (quotes.length === 0) return panel('panel-quotes', locale, h('p', { class: 'empty' }, locale.t('noneFound')));
  return panel('panel-quotes', locale,
    h('ol', { class: 'quotes' }, quotes.slice(0, MAX_QUOTES).map((quote) => {
      const speaker = speakerOf(result, quote);
      const cue = validSpan(quote.cue, text.length) ? text.slice(quote.cue.start, quote.cue.end) : null;
      return h('li', null, h('q', null, shorten(text.slice(quote.start, quote.end).replace(/^[„“"»«‚‘']|[“”"«»‘’']$/g, ''), 140)),
        h('span', { class: 'who' }, speaker ? ` — ${speaker.name}` : ` — ${locale.t('unknownSpeaker')}`,
          cue ? ` (${cue})` : ''));
    })),
    quotes.length > MAX_QUOTES ? h('p', { class: 'note' }, locale.t('moreInJson', locale.integer(quotes.length - MAX_QUOTES))) : null);
}

export function chartsPanel(result, locale = GERMAN) {
  const lengths = sentenceWordCounts(result).filter((n) => n > 0);
  const difficulty = difficultySvg(result, locale);
  return panel('panel-charts', locale,
    h('h3', null, locale.t('sentenceLengths')),
    lengths.length ? histogramSvg(lengths, locale) : h('p', { class: 'empty' }, locale.t('noSentences')),
    h('h3', null, locale.t('difficultyAlongText')),
    difficulty ?? notAvailable(locale.t('sentenceDifficultyNa'), locale));
}

/** The shaded sentence levels (4 and up, see style.css), labelled by the difficulty scale. */
const SHADED_STEPS = [4, 5, 6, 7];

/** Legend for the text view: entity colours and sentence shading. */
export function legend(result, locale = GERMAN) {
  const types = hasEntities(result) ? [...new Set(result.entities.map((e) => e.type))] : [];
  return h('p', { class: 'legend' },
    types.map((type) => h('span', { class: `legend-item` },
      h('mark', { class: `ent t-${type}` }, locale.entityType(type)))),
    hasQuotes(result) && result.quotes.length
      ? h('span', { class: 'legend-item' }, h('span', { class: 'quote' }, locale.t('quoteSample'))) : null,
    hasSentenceDifficulty(result)
      ? h('span', { class: 'legend-item' }, `${locale.t('sentenceLegend')} `,
        SHADED_STEPS.flatMap((step, i) => [i > 0 ? ' ' : null,
          h('span', { class: `sentence d${step}`, 'data-step': step }, locale.level(step))]))
      : null);
}
