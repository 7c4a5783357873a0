// Side panels as VNodes, from the text and the result object.
import { h } from './vnode.js';
import {
  ENTITY_TYPES, countsModel, entityClusters, hasEntities, hasQuotes, hasSentenceDifficulty,
  sentenceWordCounts, speakerOf,
  validSpan,
} from './model.js';
import { readabilityModel, gaugeSvg } from './readability.js';
import { difficultySvg, histogramSvg } from './charts.js';
import { formatDecimal, formatDuration, formatInteger, shorten } from './format.js';

// Long texts have thousands of mentions and quotes: the panels list the most
// frequent and say how many more the exports hold.
export const MAX_CLUSTERS_PER_TYPE = 40;
export const MAX_QUOTES = 50;

const LANGUAGE_NAMES = { de: 'Deutsch', en: 'Englisch', und: 'unbestimmt' };
export const languageName = (tag) => LANGUAGE_NAMES[tag] ?? tag;

export const notAvailable = (what) =>
  h('p', { class: 'na' }, `${what}: nicht verfügbar — diese Version von lesbar liefert das noch nicht.`);

/** What the page shows instead of the panels while there is no text to analyse. */
export const emptyPanel = () => panel('panel-empty', 'Noch kein Text',
  h('p', { class: 'empty' }, 'Füge oben einen Artikel ein, lade eine Datei oder das Beispiel: ' +
    'dann stehen hier Lesbarkeit, Zahlen, Namen und Zitate.'));

function panel(id, title, ...body) {
  return h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title), body);
}

export function readabilityPanel(result) {
  const model = readabilityModel(result);
  if (!model.available) return panel('panel-readability', 'Lesbarkeit', notAvailable('Lesbarkeit'));
  const headline = h('p', { class: 'headline' },
    h('strong', null, model.label || '–'),
    model.main ? ` · ${model.scaleName} ${formatDecimal(model.main.value)}` : '',
    model.difficulty ? ` · Stufe ${model.difficulty} von 7` : '');
  const table = h('table', { class: 'formulas' },
    h('caption', null, 'Alle Formeln'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Formel'), h('th', { scope: 'col' }, 'Wert'),
      h('th', { scope: 'col' }, 'Was sie misst'))),
    h('tbody', null, model.rows.map((row) => h('tr', { class: row === model.main ? 'main' : null },
      h('th', { scope: 'row' }, row.name), h('td', { class: 'num' }, formatDecimal(row.value)),
      h('td', null, row.explanation || '–')))));
  return panel('panel-readability', 'Lesbarkeit', gaugeSvg(model), headline, model.rows.length ? table : null);
}

export function countsPanel(text, result) {
  const counts = countsModel(text, result);
  const item = (label, value, note) => h('div', null, h('dt', null, label), h('dd', null, value,
    note ? h('span', { class: 'note' }, ` ${note}`) : null));
  const language = result.language ?? 'und';
  const confidence = typeof result.languageConfidence === 'number'
    ? `${Math.round(result.languageConfidence * 100)} %` : '';
  const mixed = Array.isArray(result.languages)
    ? [...new Set(result.languages.map((l) => l.language))] : null;
  return panel('panel-counts', 'Zahlen',
    h('p', { class: 'language-line' }, 'Sprache: ', h('strong', null, languageName(language)),
      ` (${language})${confidence ? `, Sicherheit ${confidence}` : ''}`),
    h('dl', { class: 'counts' },
      item('Wörter', formatInteger(counts.words)),
      item('Sätze', formatInteger(counts.sentences)),
      item('Absätze', formatInteger(counts.paragraphs)),
      item('Silben', counts.syllables === null ? '–' : formatInteger(counts.syllables),
        counts.syllables === null ? '(nicht verfügbar)' : null),
      item('Lesezeit', formatDuration(counts.readingSeconds),
        counts.readingEstimated ? '(geschätzt, 200 Wörter/min)' : null),
      item('Zeichen', formatInteger(counts.characters)),
      item('Tokens', formatInteger(counts.tokens))),
    mixed && mixed.length > 1
      ? h('p', { class: 'languages' }, `Sprachen je Absatz: ${mixed.map(languageName).join(', ')}`) : null);
}

export function entitiesPanel(text, result) {
  const clusters = entityClusters(text, result);
  if (clusters === null) return panel('panel-entities', 'Namen und Angaben', notAvailable('Entitäten'));
  if (clusters.length === 0) return panel('panel-entities', 'Namen und Angaben', h('p', { class: 'empty' }, 'Keine gefunden.'));
  const sections = Object.keys(ENTITY_TYPES).concat(
    [...new Set(clusters.map((c) => c.type))].filter((t) => !(t in ENTITY_TYPES)),
  ).map((type) => {
    const ofType = clusters.filter((c) => c.type === type);
    if (ofType.length === 0) return null;
    const mentions = ofType.reduce((sum, c) => sum + c.count, 0);
    return h('div', { class: 'entity-type' },
      h('h3', null, h('span', { class: `swatch t-${type}`, 'aria-hidden': 'true' }),
        `${ENTITY_TYPES[type]?.plural ?? type} `, h('span', { class: 'note' }, `(${mentions})`)),
      h('ul', { class: 'clusters' }, ofType.slice(0, MAX_CLUSTERS_PER_TYPE).map((cluster) => h('li', null,
        h('button', {
          type: 'button', class: `cluster t-${cluster.type}`,
          'data-cluster': cluster.id >= 0 ? cluster.id : null,
          'data-mentions': cluster.mentions.join(' '),
          'aria-label': `${cluster.name}, ${cluster.count} Erwähnungen: zur ersten springen`,
        }, h('span', { class: 'name' }, cluster.name), h('span', { class: 'count' }, `${cluster.count}×`)),
        cluster.variants.length > 1 || cluster.variants[0]?.text !== cluster.name
          ? h('span', { class: 'variants' },
            cluster.variants.map((v) => `${v.text}${v.count > 1 ? ` (${v.count})` : ''}`).join(' · '))
          : null))),
      ofType.length > MAX_CLUSTERS_PER_TYPE
        ? h('p', { class: 'note' }, `… und ${ofType.length - MAX_CLUSTERS_PER_TYPE} weitere (alle im CSV-Export)`) : null);
  });
  return panel('panel-entities', 'Namen und Angaben', sections);
}

export function quotesPanel(text, result) {
  if (!hasQuotes(result)) return panel('panel-quotes', 'Zitate', notAvailable('Zitate'));
  const quotes = result.quotes.filter((q) => validSpan(q, text.length));
  if (quotes.length === 0) return panel('panel-quotes', 'Zitate', h('p', { class: 'empty' }, 'Keine gefunden.'));
  return panel('panel-quotes', 'Zitate',
    h('ol', { class: 'quotes' }, quotes.slice(0, MAX_QUOTES).map((quote) => {
      const speaker = speakerOf(result, quote);
      const cue = validSpan(quote.cue, text.length) ? text.slice(quote.cue.start, quote.cue.end) : null;
      return h('li', null, h('q', null, shorten(text.slice(quote.start, quote.end).replace(/^[„“"»«‚‘']|[“”"«»‘’']$/g, ''), 140)),
        h('span', { class: 'who' }, speaker ? ` — ${speaker.name}` : ' — Sprecher unbekannt',
          cue ? ` (${cue})` : ''));
    })),
    quotes.length > MAX_QUOTES ? h('p', { class: 'note' }, `… und ${quotes.length - MAX_QUOTES} weitere (alle im JSON-Export)`) : null);
}

export function chartsPanel(result) {
  const lengths = sentenceWordCounts(result).filter((n) => n > 0);
  const difficulty = difficultySvg(result);
  return panel('panel-charts', 'Diagramme',
    h('h3', null, 'Satzlängen'),
    lengths.length ? histogramSvg(lengths) : h('p', { class: 'empty' }, 'Keine Sätze.'),
    h('h3', null, 'Schwierigkeit entlang des Textes'),
    difficulty ?? notAvailable('Satzschwierigkeit'));
}

/** Legend for the text view: entity colours and sentence shading. */
export function legend(result) {
  const types = hasEntities(result) ? [...new Set(result.entities.map((e) => e.type))] : [];
  return h('p', { class: 'legend' },
    types.map((type) => h('span', { class: `legend-item` },
      h('mark', { class: `ent t-${type}` }, ENTITY_TYPES[type]?.label ?? type))),
    hasQuotes(result) && result.quotes.length ? h('span', { class: 'legend-item' }, h('span', { class: 'quote' }, '„Zitat“')) : null,
    hasSentenceDifficulty(result)
      ? h('span', { class: 'legend-item' }, h('span', { class: 'sentence d6' }, 'schwerer Satz')) : null);
}
