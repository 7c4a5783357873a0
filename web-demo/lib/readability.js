// The readability panel's model and its gauge. The text's level is its
// difficulty (1..7) read by lesbar's one scale, labelled in the UI language;
// the gauge draws that scale, its bands where the labels change. The
// formulas keep their own names and numbers ("Flesch-Amstad 47,7").
import { s } from './vnode.js';
import { hasReadability, readabilitySummary } from './model.js';
import { DIFFICULTY_MAX, DIFFICULTY_MIN } from '../../js/difficulty-scale.js';
import { localeFor } from './locale.js';

const GERMAN = localeFor('de');

// The core reports each language's Flesch variant as fleschReadingEase and
// German SMOG-D as smog, so two names depend on the text's language.
const fleschName = (language) => ({ de: 'Flesch-Amstad', en: 'Flesch Reading Ease' })[language] ?? 'Flesch';
const smogName = (language) => (language === 'de' ? 'SMOG-D' : 'SMOG');

/** Names and explanations by score key, in both UI languages; `language` is the text's. */
export const FORMULAS = {
  fleschReadingEase: {
    name: fleschName,
    de: (language) => (language === 'de'
      ? 'Fleschs Formel fürs Deutsche (Amstad 1978): 180 − Wörter/Satz − 58,5 × Silben/Wort; höher ist leichter.'
      : language === 'en' ? '206,835 − 1,015 × Wörter/Satz − 84,6 × Silben/Wort; höher ist leichter.'
        : 'Fleschs Formel in der Fassung für diese Sprache; höher ist leichter.'),
    en: (language) => (language === 'de'
      ? "Flesch's formula for German (Amstad 1978): 180 − words/sentence − 58.5 × syllables/word; higher is easier."
      : language === 'en' ? '206.835 − 1.015 × words/sentence − 84.6 × syllables/word; higher is easier.'
        : "Flesch's formula as adapted to this language; higher is easier."),
  },
  wienerSachtextformel1: {
    name: () => 'Wiener Sachtextformel (1)',
    de: () => 'Schulstufe 4–15 aus Satzlänge und Anteilen drei­silbiger, langer und einsilbiger Wörter (Bamberger & Vanecek).',
    en: () => 'School grade 4–15 from sentence length and the shares of three-syllable, long and one-syllable words (Bamberger & Vanecek).',
  },
  wienerSachtextformel2: {
    name: () => 'Wiener Sachtextformel (2)',
    de: () => 'Wie die erste Wiener Sachtextformel, ohne den Anteil einsilbiger Wörter.',
    en: () => 'Like the first Wiener Sachtextformel, without the share of one-syllable words.',
  },
  wienerSachtextformel3: {
    name: () => 'Wiener Sachtextformel (3)',
    de: () => 'Nur Satzlänge und Anteil dreisilbiger Wörter.',
    en: () => 'Only sentence length and the share of three-syllable words.',
  },
  wienerSachtextformel4: {
    name: () => 'Wiener Sachtextformel (4)',
    de: () => 'Für Jugendliteratur: Satzlänge und Anteil dreisilbiger Wörter.',
    en: () => "For young people's literature: sentence length and the share of three-syllable words.",
  },
  fleschKincaidGrade: {
    name: () => 'Flesch-Kincaid Grade',
    de: () => 'US-Schulstufe aus Wörtern pro Satz und Silben pro Wort.',
    en: () => 'US school grade from words per sentence and syllables per word.',
  },
  gunningFog: {
    name: () => 'Gunning Fog',
    de: () => 'Schuljahre aus Satzlänge und Anteil der Wörter mit drei und mehr Silben.',
    en: () => 'Years of schooling from sentence length and the share of words of three or more syllables.',
  },
  smog: {
    name: smogName,
    de: (language) => (language === 'de'
      ? 'SMOG fürs Deutsche (Bamberger & Vanecek): Wörter mit drei und mehr Silben je 30 Sätze.'
      : 'Schuljahre aus der Zahl der Wörter mit drei und mehr Silben je 30 Sätze.'),
    en: (language) => (language === 'de'
      ? 'SMOG for German (Bamberger & Vanecek): words of three or more syllables per 30 sentences.'
      : 'Years of schooling from the words of three or more syllables per 30 sentences.'),
  },
  colemanLiau: {
    name: () => 'Coleman-Liau',
    de: () => 'Schulstufe aus Buchstaben und Sätzen je 100 Wörter; braucht keine Silben.',
    en: () => 'School grade from letters and sentences per 100 words; needs no syllables.',
  },
  automatedReadabilityIndex: {
    name: () => 'ARI',
    de: () => 'Automated Readability Index: Zeichen pro Wort und Wörter pro Satz.',
    en: () => 'Automated Readability Index: characters per word and words per sentence.',
  },
  lix: {
    name: () => 'LIX',
    de: () => 'Lesbarkeitsindex (Björnsson): Wörter pro Satz + Prozent der Wörter mit mehr als sechs Buchstaben.',
    en: () => 'Läsbarhetsindex (Björnsson): words per sentence + percent of words longer than six letters.',
  },
  rix: {
    name: () => 'RIX',
    de: () => 'Lange Wörter (mehr als sechs Buchstaben) je Satz.',
    en: () => 'Long words (more than six letters) per sentence.',
  },
  daleChall: {
    name: () => 'Dale-Chall',
    de: () => 'Anteil der Wörter außerhalb einer Liste von 3000 bekannten Wörtern, und Satzlänge.',
    en: () => 'The share of words off a list of 3000 familiar words, and sentence length.',
  },
};

/**
 * What the readability panel shows: the level (from the difficulty), the
 * main score (the one `level.scale` names) and every formula's row.
 */
export function readabilityModel(result, locale = GERMAN) {
  if (!hasReadability(result)) return { available: false };
  const summary = readabilitySummary(result, { labelLanguage: locale.language });
  const textLanguage = result.language;
  const rows = Object.entries(result.readability.scores ?? {})
    .filter(([, value]) => typeof value === 'number' && Number.isFinite(value))
    .map(([key, value]) => {
      const formula = Object.hasOwn(FORMULAS, key) ? FORMULAS[key] : null;
      return { key, value, name: formula ? formula.name(textLanguage) : key,
        explanation: formula ? formula[locale.language](textLanguage) : '' };
    });
  const main = rows.find((row) => row.key === summary.mainScore?.key) ?? null;
  return {
    available: true,
    main,
    scaleName: main?.name ?? '',
    difficulty: summary.difficulty,
    level: summary.level,
    label: summary.level?.label ?? '',
    rows,
  };
}

/** Position 0 (easy, left) .. 1 (hard, right) of a difficulty on the gauge, or null. */
export function gaugeFraction(difficulty) {
  if (!Number.isFinite(difficulty)) return null;
  const clamped = Math.min(DIFFICULTY_MAX, Math.max(DIFFICULTY_MIN, difficulty));
  return (clamped - DIFFICULTY_MIN) / (DIFFICULTY_MAX - DIFFICULTY_MIN);
}

const GAUGE_COLORS = ['#1a7f37', '#4c9a2a', '#8aa51d', '#c9a300', '#d97a00', '#d1480f', '#b4232a'];

function polar(cx, cy, r, fraction) {
  const angle = Math.PI * (1 - fraction); // 0 → left, 1 → right
  return [cx + r * Math.cos(angle), cy - r * Math.sin(angle)];
}

/**
 * A half-circle gauge of the difficulty: one band per level, from where its
 * label starts to where the next one does, the needle at the difficulty.
 */
export function gaugeSvg(model, locale = GERMAN) {
  const width = 240;
  const height = 170;
  const cx = 120;
  const cy = 120;
  const radius = 100;
  const fraction = gaugeFraction(model.difficulty);
  const bands = locale.levelRanges().map((range) => {
    const [x1, y1] = polar(cx, cy, radius, gaugeFraction(range.from));
    const [x2, y2] = polar(cx, cy, radius, gaugeFraction(range.to));
    return s('path', {
      d: `M ${x1.toFixed(1)} ${y1.toFixed(1)} A ${radius} ${radius} 0 0 1 ${x2.toFixed(1)} ${y2.toFixed(1)}`,
      stroke: GAUGE_COLORS[range.step - 1], 'stroke-width': 22, fill: 'none', class: 'gauge-band',
      'data-step': range.step, 'data-from': range.from, 'data-to': range.to,
    }, s('title', null, range.label));
  });
  const children = [...bands];
  children.push(s('text', { x: 8, y: 140, class: 'gauge-end' }, locale.level(DIFFICULTY_MIN)));
  children.push(s('text', { x: 232, y: 140, class: 'gauge-end', 'text-anchor': 'end' }, locale.level(DIFFICULTY_MAX)));
  if (fraction !== null) {
    const [nx, ny] = polar(cx, cy, radius - 18, fraction);
    children.push(s('line', { x1: cx, y1: cy, x2: nx.toFixed(1), y2: ny.toFixed(1), class: 'gauge-needle' }));
    children.push(s('circle', { cx, cy, r: 6, class: 'gauge-hub' }));
  }
  const valueText = model.difficulty === null ? '–' : locale.decimal(model.difficulty);
  children.push(s('text', { x: cx, y: cy + 42, 'text-anchor': 'middle', class: 'gauge-value' }, valueText));
  const label = model.difficulty === null ? locale.t('readability')
    : `${locale.t('difficultyOf', valueText, DIFFICULTY_MAX)}: ${model.label}` +
      (model.main ? ` · ${model.scaleName} ${locale.decimal(model.main.value)}` : '');
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'gauge' },
    s('title', null, label), children);
}
