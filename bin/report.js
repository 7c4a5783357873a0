// The CLI's text report: language, readability with its label, entity
// clusters with counts, the five hardest sentences. A pure function of the
// text and the result, so it is tested with constructed results.
import { entityClusters, hardestSentences, sentenceWordCounts } from '../js/summary.js';

const LANGUAGE_NAMES = { de: 'German', en: 'English', und: 'undetermined' };
const NOT_AVAILABLE = 'not available in this build';

function minutes(seconds) {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

function oneLine(text, max) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const fixed = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const scoreEntries = (scores) =>
  Object.entries(scores).filter(([, value]) => typeof value === 'number' && Number.isFinite(value));

export function textReport(text, result, source) {
  const out = [];
  const row = (label, value) => out.push(`${label.padEnd(14)}${value}`);
  out.push(`lesbar analysis of ${source}`, '');
  const confidence = typeof result.languageConfidence === 'number'
    ? `, confidence ${Math.round(result.languageConfidence * 100)} %` : '';
  row('Language', `${result.language} (${LANGUAGE_NAMES[result.language] ?? result.language}${confidence})`);
  if (Array.isArray(result.languages)) {
    const tags = [...new Set(result.languages.map((l) => l.language))];
    if (tags.length > 1) row('', `paragraphs in ${tags.join(', ')}`);
  }
  const words = result.readability?.counts?.words ?? sentenceWordCounts(result).reduce((a, b) => a + b, 0);
  row('Size', `${text.length} characters, ${result.paragraphs.length} paragraphs, ` +
    `${result.sentences.length} sentences, ${words} words, ${result.tokens.length} tokens`);

  const readability = result.readability;
  if (readability && typeof readability === 'object') {
    const scores = Object.fromEntries(scoreEntries(readability.scores ?? {}));
    const scale = readability.level?.scale;
    const main = scale in scores ? scale : Object.keys(scores)[0];
    const label = readability.level?.label ?? '';
    const difficulty = Number.isFinite(readability.difficulty)
      ? ` (difficulty ${readability.difficulty.toFixed(1)} of 7)` : '';
    row('Readability', `${label || '—'}${difficulty}${main !== undefined ? `, ${main} ${fixed(scores[main])}` : ''}`);
    const others = Object.entries(scores).filter(([key]) => key !== main);
    if (others.length) row('', others.map(([key, value]) => `${key} ${fixed(value)}`).join(', '));
    if (typeof readability.readingTimeSeconds === 'number') row('Reading time', minutes(readability.readingTimeSeconds));
    if (typeof readability.counts?.syllables === 'number') row('Syllables', String(readability.counts.syllables));
  } else {
    row('Readability', NOT_AVAILABLE);
    row('Reading time', `${minutes((words / 200) * 60)} (estimated at 200 words per minute)`);
  }

  const clusters = entityClusters(text, result);
  if (clusters === null) {
    row('Entities', NOT_AVAILABLE);
  } else {
    const mentions = clusters.reduce((sum, c) => sum + c.count, 0);
    row('Entities', `${clusters.length} clusters, ${mentions} mentions`);
    for (const cluster of clusters.slice(0, 20)) {
      const variants = cluster.variants.length > 1
        ? `  (${cluster.variants.map((v) => `${v.text} ${v.count}`).join(', ')})` : '';
      out.push(`  ${cluster.type.padEnd(9)}${String(cluster.count).padStart(4)}×  ${cluster.name}${variants}`);
    }
    if (clusters.length > 20) out.push(`  … and ${clusters.length - 20} more (see --json)`);
  }
  if (Array.isArray(result.quotes)) {
    const attributed = result.quotes.filter((q) => Number.isInteger(q.speaker) && q.speaker >= 0).length;
    row('Quotes', `${result.quotes.length} (${attributed} with a known speaker)`);
  } else {
    row('Quotes', NOT_AVAILABLE);
  }

  const hardest = hardestSentences(text, result, 5);
  out.push('', hardest.by === 'difficulty'
    ? 'Five hardest sentences (by sentence difficulty, 1 very easy … 7 very hard):'
    : 'Five longest sentences (by length in words; sentence difficulty is not available):');
  hardest.items.forEach((item, i) => {
    const measure = hardest.by === 'difficulty' ? `difficulty ${item.difficulty === null ? '?' : item.difficulty.toFixed(1)}, ${item.words} words`
      : `${item.words} words`;
    out.push(`  ${i + 1}. [sentence ${item.index + 1}; ${measure}] ${oneLine(item.text, 160)}`);
  });
  return `${out.join('\n')}\n`;
}
