// Charts the page draws itself as SVG: sentence lengths as a histogram,
// difficulty along the text. Pure functions from numbers to VNodes.
import { s } from './vnode.js';
import { difficultyOf } from './model.js';
import { localeFor } from './locale.js';
import { DIFFICULTY_MAX } from '../../js/difficulty-scale.js';

const GERMAN = localeFor('de');

/** Bins of `width` words: [{ from, to, count }]; the last bin is open ("56+") when sentences run longer. */
export function histogramBins(lengths, { width = 5, minBins = 6, maxBins = 12 } = {}) {
  if (lengths.length === 0) return [];
  const longest = Math.max(...lengths);
  // At least minBins, so a short text does not draw one bar across the chart.
  const binCount = Math.min(maxBins, Math.max(minBins, Math.ceil(longest / width)));
  const bins = Array.from({ length: binCount }, (_, i) => ({
    from: i * width + 1,
    to: i === binCount - 1 ? Infinity : (i + 1) * width,
    count: 0,
  }));
  for (const length of lengths) {
    const i = Math.min(binCount - 1, Math.max(0, Math.ceil(length / width) - 1));
    bins[i].count++;
  }
  if (bins[binCount - 1].to === Infinity && longest <= binCount * width) bins[binCount - 1].to = binCount * width;
  return bins;
}

const binLabel = (bin) => (bin.to === Infinity ? `${bin.from}+` : `${bin.from}–${bin.to}`);

export function histogramSvg(lengths, locale = GERMAN) {
  const bins = histogramBins(lengths);
  const width = 320;
  const height = 170;
  const left = 30;
  const bottom = 140;
  const top = 12;
  const plotWidth = width - left - 6;
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const barWidth = bins.length ? plotWidth / bins.length : plotWidth;
  const children = [
    s('line', { x1: left, y1: bottom, x2: width - 4, y2: bottom, class: 'axis' }),
    s('line', { x1: left, y1: top, x2: left, y2: bottom, class: 'axis' }),
    s('text', { x: left - 4, y: top + 4, 'text-anchor': 'end', class: 'tick' }, String(most)),
    s('text', { x: left - 4, y: bottom, 'text-anchor': 'end', class: 'tick' }, '0'),
    s('text', { x: left + plotWidth / 2, y: height - 2, 'text-anchor': 'middle', class: 'axis-label' },
      locale.t('wordsPerSentence')),
  ];
  bins.forEach((bin, i) => {
    const barHeight = ((bottom - top) * bin.count) / most;
    const x = left + i * barWidth;
    children.push(s('rect', {
      x: (x + 1).toFixed(1), y: (bottom - barHeight).toFixed(1),
      width: Math.max(1, barWidth - 2).toFixed(1), height: barHeight.toFixed(1),
      class: 'bar', 'data-count': bin.count,
    }, s('title', null, locale.t('binTitle', binLabel(bin), bin.count))));
    if (bins.length <= 8 || i % 2 === 0) {
      children.push(s('text', { x: (x + barWidth / 2).toFixed(1), y: bottom + 13, 'text-anchor': 'middle', class: 'tick' },
        binLabel(bin)));
    }
  });
  const summary = bins.map((bin) => `${binLabel(bin)}: ${bin.count}`).join(', ');
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart histogram',
    'aria-label': locale.t('lengthsLabel', summary) }, s('title', null, locale.t('sentenceLengths')), children);
}

/**
 * Difficulty 1..7 of every sentence in text order: one bar per sentence
 * (coloured by difficulty) and a running mean over 5 sentences. Null when
 * the result has no sentence difficulty.
 */
export function difficultySvg(result, locale = GERMAN) {
  const points = (result.sentences ?? []).map(difficultyOf);
  if (!points.some((d) => d !== null)) return null;
  const width = 320;
  const height = 150;
  const left = 30;
  const bottom = 126;
  const top = 10;
  const plotWidth = width - left - 6;
  const step = plotWidth / points.length;
  const y = (d) => bottom - ((bottom - top) * d) / 7;
  const children = [
    s('line', { x1: left, y1: bottom, x2: width - 4, y2: bottom, class: 'axis' }),
    s('line', { x1: left, y1: top, x2: left, y2: bottom, class: 'axis' }),
    s('text', { x: left - 4, y: y(7) + 4, 'text-anchor': 'end', class: 'tick' }, '7'),
    s('text', { x: left - 4, y: y(4) + 4, 'text-anchor': 'end', class: 'tick' }, '4'),
    s('text', { x: left - 4, y: y(1) + 4, 'text-anchor': 'end', class: 'tick' }, '1'),
    s('text', { x: left + plotWidth / 2, y: height - 4, 'text-anchor': 'middle', class: 'axis-label' },
      locale.t('sentenceAxis', points.length)),
  ];
  points.forEach((d, i) => {
    if (d === null) return;
    children.push(s('rect', {
      x: (left + i * step).toFixed(2), y: y(d).toFixed(1), width: Math.max(0.5, step - (step > 3 ? 1 : 0)).toFixed(2),
      height: (bottom - y(d)).toFixed(1), class: `dbar d${d}`,
    }, s('title', null, locale.t('sentenceTitle', i + 1, locale.level(d), d, DIFFICULTY_MAX))));
  });
  const window = 5;
  const mean = [];
  points.forEach((_, i) => {
    const slice = points.slice(Math.max(0, i - 2), Math.min(points.length, i - 2 + window)).filter((d) => d !== null);
    if (slice.length) mean.push([left + (i + 0.5) * step, y(slice.reduce((a, b) => a + b, 0) / slice.length)]);
  });
  if (mean.length > 1) {
    children.push(s('polyline', { points: mean.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '), class: 'trend' }));
  }
  // The mean of the continuous difficulties, not of the rounded steps.
  const known = (result.sentences ?? []).map((sentence) => sentence.readability?.difficulty)
    .filter((d, i) => points[i] !== null);
  const average = known.reduce((a, b) => a + b, 0) / known.length;
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart difficulty',
    'aria-label': locale.t('difficultyChartLabel', locale.integer(points.length), locale.decimal(average),
      DIFFICULTY_MAX, locale.level(average)) },
  s('title', null, locale.t('difficultyAlongText')), children);
}
