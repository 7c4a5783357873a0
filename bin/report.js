// The CLI's text report: language, readability with its label, entity
// clusters with counts, the five hardest sentences. A pure function of the
// text and the result, so it is tested with constructed results.
import {
  DIFFICULTY_MAX, difficultyLabel as levelLabelOf, entityClusters, hardestSentences, labelLanguageFor, readabilitySummary, sentenceWordCounts,
} from '../js/summary.js';

const ENGLISH_NAMES = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames('en', { type: 'language' }) : null;

/** A language tag's English name ("fr" → "French"); the tag itself where none is known. */
export function languageName(tag) {
  if (tag === 'und') return 'undetermined';
  try {
    return ENGLISH_NAMES?.of(tag) ?? tag;
  } catch {
    return tag;  // not a well-formed tag
  }
}

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

/** "1 paragraph", "2 paragraphs": `plural` defaults to the singular plus s. */
export const count = (n, singular, plural = `${singular}s`) => `${n} ${n === 1 ? singular : plural}`;

const SCORE_NAMES = {
  fleschReadingEase: 'Flesch reading ease',
  fleschKincaidGrade: 'Flesch-Kincaid grade',
  gunningFog: 'Gunning fog',
  smog: 'SMOG',
  colemanLiau: 'Coleman-Liau',
  automatedReadabilityIndex: 'ARI',
  daleChall: 'Dale-Chall',
  lix: 'LIX',
  rix: 'RIX',
  wienerSachtextformel1: 'Wiener Sachtextformel 1',
  wienerSachtextformel2: 'Wiener Sachtextformel 2',
  wienerSachtextformel3: 'Wiener Sachtextformel 3',
  wienerSachtextformel4: 'Wiener Sachtextformel 4',
};

// The core reports each language's Flesch variant as fleschReadingEase.
const FLESCH_VARIANTS = { de: 'Flesch-Amstad' };

/**
 * A score's name for people, for a text in `language`; a key the report
 * does not know is split at its capitals.
 */
export function scoreName(key, language) {
  if (key === 'fleschReadingEase' && FLESCH_VARIANTS[language]) return FLESCH_VARIANTS[language];
  return SCORE_NAMES[key] ?? key.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
}

/** "eher schwer (difficulty 4.6 of 7)": the level label from lesbar's one difficulty scale. */
const levelText = (level) => (level ? `${level.label} (difficulty ${level.difficulty.toFixed(1)} of ${DIFFICULTY_MAX})` : '—');

const scoreEntries = (scores) =>
  Object.entries(scores).filter(([, value]) => typeof value === 'number' && Number.isFinite(value));

/**
 * The report is in English; level labels are in the text's language where
 * lesbar has them and the language is certain enough (labelLanguageFor).
 */
export function textReport(text, result, source) {
  const labelLanguage = labelLanguageFor(result);
  const out = [];
  const row = (label, value) => out.push(`${label.padEnd(14)}${value}`);
  out.push(`lesbar analysis of ${source}`, '');
  // 1 means the caller gave the language; a detected one is floored, so it never reads 100 %.
  const confidence = result.languageConfidence === 1 ? ', given'
    : typeof result.languageConfidence === 'number'
      ? `, confidence ${Math.floor(result.languageConfidence * 100)} %` : '';
  // A text too short to tell is 'und'; the core's best guess is still worth naming.
  const guess = result.language === 'und' && result.languageGuess && result.languageGuess !== 'und'
    ? `: too short to tell, most likely ${languageName(result.languageGuess)} (${result.languageGuess})` : '';
  row('Language', `${result.language} (${languageName(result.language)}${guess}${confidence})`);
  if (Array.isArray(result.languages)) {
    const tags = [...new Set(result.languages.map((l) => l.language))];
    if (tags.length > 1) row('', `paragraphs in ${tags.join(', ')}`);
  }
  const words = result.readability?.counts?.words ?? sentenceWordCounts(result).reduce((a, b) => a + b, 0);
  row('Size', [count(text.length, 'character'), count(result.paragraphs.length, 'paragraph'),
    count(result.sentences.length, 'sentence'), count(words, 'word'), count(result.tokens.length, 'token')].join(', '));

  const readability = result.readability;
  if (readability && typeof readability === 'object') {
    const scores = Object.fromEntries(scoreEntries(readability.scores ?? {}));
    const { level, mainScore } = readabilitySummary(result, { labelLanguage });
    const main = mainScore?.key;
    row('Readability', `${levelText(level)}${mainScore ? `, ${scoreName(main, result.language)} ${fixed(mainScore.value)}` : ''}`);
    const others = Object.entries(scores).filter(([key]) => key !== main);
    if (others.length) row('', others.map(([key, value]) => `${scoreName(key, result.language)} ${fixed(value)}`).join(', '));
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
    row('Entities', `${count(clusters.length, 'cluster')}, ${count(mentions, 'mention')}`);
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

  const hardest = hardestSentences(text, result, 5, { labelLanguage });
  if (hardest.items.length === 0) return `${out.join('\n')}\n`;
  const heading = hardest.items.length === 5 ? 'Five' : `The ${hardest.items.length}`;
  const what = hardest.items.length === 1 ? 'The only sentence'
    : `${heading} ${hardest.by === 'difficulty' ? 'hardest' : 'longest'} sentences`;
  out.push('', hardest.by === 'difficulty'
    ? `${what} (by sentence difficulty, 1 ${levelLabelOf(1, labelLanguage)} … 7 ${levelLabelOf(7, labelLanguage)}):`
    : `${what} (by length in words; sentence difficulty is not available):`);
  hardest.items.forEach((item, i) => {
    const measure = hardest.by === 'difficulty'
      ? `${item.level ? `${item.level.label}, difficulty ${item.difficulty.toFixed(1)}` : 'difficulty ?'}, ${count(item.words, 'word')}`
      : count(item.words, 'word');
    out.push(`  ${i + 1}. [sentence ${item.index + 1}; ${measure}] ${oneLine(item.text, 160)}`);
  });
  return `${out.join('\n')}\n`;
}

/**
 * The progress of a batch as one line of at most `width` columns:
 * "[#####-----]  12/40 files, 1 failed".
 */
export function progressLine(done, total, failed, width = 80) {
  const status = ` ${String(done).padStart(String(total).length)}/${total} files${failed ? `, ${failed} failed` : ''}`;
  const barWidth = Math.max(10, Math.min(40, width - status.length - 3));
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${status}`.slice(0, Math.max(1, width - 1));
}

/**
 * The table a batch ends with: one row per input (its language, size,
 * readability, entities and quotes, or why it failed), then the totals.
 * @param {Array<{ path: string, result?: { language: string, characters: number,
 *   sentences: number, words: number | null, level: string | null (from readabilitySummary), difficulty: number | null,
 *   entities: number | null, quotes: number | null }, error?: { message: string } }>} outcomes
 */
export function summaryTable(outcomes) {
  const dash = (value) => (value === null || value === undefined ? '—' : String(value));
  const header = ['file', 'language', 'sentences', 'words', 'readability', 'entities', 'quotes'];
  const rows = outcomes.map(({ path, result, error }) => (error
    ? [path, `failed: ${error.message}`]
    : [path, result.language, dash(result.sentences), dash(result.words),
      result.level === null ? '—' : `${result.level}${Number.isFinite(result.difficulty) ? ` (${result.difficulty.toFixed(1)})` : ''}`,
      dash(result.entities), dash(result.quotes)]));
  // A failure's message spans the other columns, so it does not size them.
  const widths = header.map((title, column) => Math.max(title.length,
    ...rows.filter((row) => row.length === header.length || column === 0).map((row) => row[column].length)));
  const numeric = new Set([2, 3, 5, 6]);
  const line = (cells) => cells.map((cell, column) => (numeric.has(column)
    ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  const failed = outcomes.filter((outcome) => outcome.error).length;
  const totals = `${count(outcomes.length, 'input')}: ${outcomes.length - failed} analysed` +
    (failed ? `, ${failed} failed` : '');
  return `${[line(header), ...rows.map(line), '', totals].join('\n')}\n`;
}
