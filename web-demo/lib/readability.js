// Readability formulas as the demo explains them, and the main-score gauge.
// The core names the formulas; keys are matched loosely (case, punctuation)
// so "fleschAmstad", "flesch_amstad" and "Flesch-Amstad" are one formula.
import { s } from './vnode.js';
import { DIFFICULTY_LABELS, difficultyStep, hasReadability } from './model.js';
import { formatDecimal } from './format.js';

/** higherIsEasier: the score falls as texts get harder (Flesch); range: the gauge's ends. */
export const FORMULAS = [
  { keys: ['fleschamstad', 'amstad'], name: 'Flesch-Amstad', language: 'de', range: [0, 100], higherIsEasier: true,
    explanation: 'Fleschs Formel fürs Deutsche (Amstad 1978): 180 − Wörter/Satz − 58,5 × Silben/Wort; höher ist leichter.' },
  { keys: ['fleschreadingease', 'flesch', 'fre', 'readingease'], name: 'Flesch Reading Ease', language: 'en', range: [0, 100], higherIsEasier: true,
    explanation: '206,835 − 1,015 × Wörter/Satz − 84,6 × Silben/Wort (Englisch); höher ist leichter.' },
  { keys: ['wienersachtextformel', 'wstf', 'wstf1', 'wienersachtextformel1'], name: 'Wiener Sachtextformel (1)', language: 'de', range: [4, 15], higherIsEasier: false,
    explanation: 'Schulstufe 4–15 aus Satzlänge und Anteilen drei­silbiger, langer und einsilbiger Wörter (Bamberger & Vanecek).' },
  { keys: ['wstf2', 'wienersachtextformel2'], name: 'Wiener Sachtextformel (2)', language: 'de', range: [4, 15], higherIsEasier: false,
    explanation: 'Wie die erste Wiener Sachtextformel, ohne den Anteil einsilbiger Wörter.' },
  { keys: ['wstf3', 'wienersachtextformel3'], name: 'Wiener Sachtextformel (3)', language: 'de', range: [4, 15], higherIsEasier: false,
    explanation: 'Nur Satzlänge und Anteil dreisilbiger Wörter.' },
  { keys: ['wstf4', 'wienersachtextformel4'], name: 'Wiener Sachtextformel (4)', language: 'de', range: [4, 15], higherIsEasier: false,
    explanation: 'Für Jugendliteratur: Satzlänge und Anteil dreisilbiger Wörter.' },
  { keys: ['fleschkincaid', 'fleschkincaidgrade', 'fleschkincaidgradelevel', 'fkgl', 'fk'], name: 'Flesch-Kincaid Grade', language: 'en', range: [0, 18], higherIsEasier: false,
    explanation: 'US-Schulstufe aus Wörtern pro Satz und Silben pro Wort.' },
  { keys: ['gunningfog', 'fog', 'gunningfogindex'], name: 'Gunning Fog', language: 'en', range: [6, 20], higherIsEasier: false,
    explanation: 'Schuljahre aus Satzlänge und Anteil der Wörter mit drei und mehr Silben.' },
  { keys: ['smog'], name: 'SMOG', language: 'en', range: [6, 20], higherIsEasier: false,
    explanation: 'Schuljahre aus der Zahl der Wörter mit drei und mehr Silben je 30 Sätze.' },
  { keys: ['gsmog', 'germansmog'], name: 'G-SMOG', language: 'de', range: [4, 15], higherIsEasier: false,
    explanation: 'SMOG fürs Deutsche (Bamberger & Vanecek): Wörter mit drei und mehr Silben je 30 Sätze.' },
  { keys: ['colemanliau', 'colemanliauindex', 'cli'], name: 'Coleman-Liau', language: 'en', range: [0, 18], higherIsEasier: false,
    explanation: 'Schulstufe aus Buchstaben und Sätzen je 100 Wörter; braucht keine Silben.' },
  { keys: ['ari', 'automatedreadabilityindex'], name: 'ARI', language: 'en', range: [0, 18], higherIsEasier: false,
    explanation: 'Automated Readability Index: Zeichen pro Wort und Wörter pro Satz.' },
  { keys: ['lix', 'lesbarkeitsindex'], name: 'LIX', language: '*', range: [20, 70], higherIsEasier: false,
    explanation: 'Lesbarkeitsindex (Björnsson): Wörter pro Satz + Prozent der Wörter mit mehr als sechs Buchstaben.' },
  { keys: ['rix'], name: 'RIX', language: '*', range: [0, 8], higherIsEasier: false,
    explanation: 'Lange Wörter (mehr als sechs Buchstaben) je Satz.' },
  { keys: ['dalechall', 'newdalechall'], name: 'Dale-Chall', language: 'en', range: [4, 10], higherIsEasier: false,
    explanation: 'Anteil der Wörter außerhalb einer Liste von 3000 bekannten Wörtern, und Satzlänge.' },
];

const normalizeKey = (key) => String(key).toLowerCase().replace(/[^a-z0-9]/g, '');

export function formulaFor(key) {
  const wanted = normalizeKey(key);
  return FORMULAS.find((formula) => formula.keys.includes(wanted)) ?? null;
}

function scoreEntries(scores) {
  if (Array.isArray(scores)) {
    return scores
      .map((item) => [item?.name ?? item?.id ?? item?.formula, item?.value ?? item?.score])
      .filter(([key, value]) => key != null && typeof value === 'number');
  }
  if (scores && typeof scores === 'object') {
    return Object.entries(scores).filter(([, value]) => typeof value === 'number' && Number.isFinite(value));
  }
  return [];
}

/**
 * What the readability panel shows. The main score is the one the core read
 * its level on (`level.scale`), else the language's usual formula.
 */
export function readabilityModel(result) {
  if (!hasReadability(result)) return { available: false };
  const readability = result.readability;
  const rows = scoreEntries(readability.scores).map(([key, value]) => {
    // The core reports each language's Flesch variant as fleschReadingEase.
    const formula = normalizeKey(key) === 'fleschreadingease' && result.language === 'de'
      ? formulaFor('fleschAmstad') : formulaFor(key);
    return { key, name: formula?.name ?? key, value, explanation: formula?.explanation ?? '', formula };
  });
  const scale = typeof readability.level?.scale === 'string' ? readability.level.scale : null;
  let main = scale ? rows.find((row) => row.key === scale) : undefined;
  main ??= rows.find((row) => row.formula?.language === result.language);
  main ??= rows[0];
  const difficulty = difficultyStep(readability.difficulty);
  return {
    available: true,
    main: main ?? null,
    label: readability.level?.label ?? (difficulty ? DIFFICULTY_LABELS[difficulty] : ''),
    scaleName: main?.name ?? scale ?? '',
    difficulty,
    rows,
  };
}

/** Position 0 (easy, left) .. 1 (hard, right) of a score on its formula's scale. */
export function gaugeFraction(row, difficulty) {
  if (row?.formula) {
    const [min, max] = row.formula.range;
    const t = (row.value - min) / (max - min);
    const clamped = Math.min(1, Math.max(0, t));
    return row.formula.higherIsEasier ? 1 - clamped : clamped;
  }
  if (difficulty) return (difficulty - 1) / 6;
  return null;
}

const GAUGE_COLORS = ['#1a7f37', '#4c9a2a', '#8aa51d', '#c9a300', '#d97a00', '#d1480f', '#b4232a'];

function polar(cx, cy, r, fraction) {
  const angle = Math.PI * (1 - fraction); // 0 → left, 1 → right
  return [cx + r * Math.cos(angle), cy - r * Math.sin(angle)];
}

/** A half-circle gauge: seven bands easy→hard, the needle at the main score. */
export function gaugeSvg(model) {
  const width = 240;
  const height = 170;
  const cx = 120;
  const cy = 120;
  const radius = 100;
  const fraction = gaugeFraction(model.main, model.difficulty);
  const bands = GAUGE_COLORS.map((color, i) => {
    const [x1, y1] = polar(cx, cy, radius, i / 7);
    const [x2, y2] = polar(cx, cy, radius, (i + 1) / 7);
    return s('path', {
      d: `M ${x1.toFixed(1)} ${y1.toFixed(1)} A ${radius} ${radius} 0 0 1 ${x2.toFixed(1)} ${y2.toFixed(1)}`,
      stroke: color, 'stroke-width': 22, fill: 'none', class: 'gauge-band',
    });
  });
  const children = [...bands];
  const [min, max] = model.main?.formula?.range ?? [1, 7];
  const easyEnd = model.main?.formula?.higherIsEasier ? max : min;
  const hardEnd = model.main?.formula?.higherIsEasier ? min : max;
  children.push(s('text', { x: 8, y: 136, class: 'gauge-end' }, model.main?.formula ? String(easyEnd) : 'leicht'));
  children.push(s('text', { x: 232, y: 136, class: 'gauge-end', 'text-anchor': 'end' },
    model.main?.formula ? String(hardEnd) : 'schwer'));
  if (model.main?.formula) {
    children.push(s('text', { x: 8, y: 151, class: 'gauge-end' }, 'leicht'));
    children.push(s('text', { x: 232, y: 151, class: 'gauge-end', 'text-anchor': 'end' }, 'schwer'));
  }
  if (fraction !== null) {
    const [nx, ny] = polar(cx, cy, radius - 18, fraction);
    children.push(s('line', { x1: cx, y1: cy, x2: nx.toFixed(1), y2: ny.toFixed(1), class: 'gauge-needle' }));
    children.push(s('circle', { cx, cy, r: 6, class: 'gauge-hub' }));
  }
  const valueText = model.main ? formatDecimal(model.main.value) : '–';
  children.push(s('text', { x: cx, y: cy + 42, 'text-anchor': 'middle', class: 'gauge-value' }, valueText));
  const label = `${model.scaleName}: ${valueText}${model.label ? `, ${model.label}` : ''}`;
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'gauge' },
    s('title', null, label), children);
}
