// Read-only helpers over an analysis result, shared by the CLI and the demo
// (public as `lesbar/summary`): grouping, sorting and exporting what the core
// computed. No analysis happens here. Every helper accepts results without
// the optional fields and then says so (null, or a fallback it names).

import { difficultyLevel, difficultyStep, labelLanguageFor } from './difficulty-scale.js';

// The difficulty scale is part of lesbar/summary: its labels are the only ones.
export {
  DIFFICULTY_LABELS, DIFFICULTY_MAX, DIFFICULTY_MIN, FALLBACK_LABEL_LANGUAGE, MIN_LABEL_LANGUAGE_CONFIDENCE, MIN_LABEL_LANGUAGE_WORDS,
  difficultyLabel, difficultyLevel, difficultyStep, hasLabelsFor, labelLanguageFor, stepRanges,
} from './difficulty-scale.js';

export const hasEntities = (result) => Array.isArray(result?.entities);
export const hasQuotes = (result) => Array.isArray(result?.quotes);
export const hasReadability = (result) =>
  result?.readability != null && typeof result.readability === 'object';

/**
 * A sentence's difficulty as a step 1..7 (the core's continuous value
 * rounded), or null.
 */
export function difficultyOf(sentence) {
  return difficultyStep(sentence?.readability?.difficulty);
}

export const hasSentenceDifficulty = (result) =>
  Array.isArray(result?.sentences) && result.sentences.some((s) => difficultyOf(s) !== null);

/** A quote's speaker as a cluster, or null (speaker is -1, null or out of range). */
export function speakerOf(result, quote) {
  const id = quote?.speaker;
  if (!Number.isInteger(id) || id < 0) return null;
  return result.clusters?.[id] ?? null;
}

/** A span that really is one: {-1,-1} and null mean "none". */
export function validSpan(span, textLength) {
  return span != null && Number.isInteger(span.start) && Number.isInteger(span.end) &&
    span.start >= 0 && span.end > span.start && span.end <= textLength;
}

/** Words per sentence: the readability field if present, else word and number tokens. */
export function sentenceWordCounts(result) {
  const sentences = result.sentences ?? [];
  const tokens = result.tokens ?? [];
  const counts = new Array(sentences.length).fill(0);
  let t = 0;
  sentences.forEach((sentence, i) => {
    if (Number.isInteger(sentence.readability?.words)) {
      counts[i] = sentence.readability.words;
      return;
    }
    while (t < tokens.length && tokens[t].end <= sentence.start) t++;
    while (t < tokens.length && tokens[t].start < sentence.end) {
      if (tokens[t].kind === 'word' || tokens[t].kind === 'number') counts[i]++;
      t++;
    }
  });
  return counts;
}

/**
 * Entity clusters for the entity panel, most mentioned first. Mentions with
 * no cluster (-1) are grouped by type and surface form.
 * @returns {null | Array<{ key: string, id: number, type: string, name: string,
 *   count: number, variants: Array<{ text: string, count: number }>, mentions: number[] }>}
 */
export function entityClusters(text, result) {
  if (!hasEntities(result)) return null;
  const groups = new Map();
  result.entities.forEach((entity, index) => {
    const surface = text.slice(entity.start, entity.end).replace(/\s+/g, ' ');
    const cluster = Number.isInteger(entity.cluster) && entity.cluster >= 0
      ? result.clusters?.[entity.cluster] : undefined;
    const key = cluster ? `c${entity.cluster}` : `u:${entity.type}:${surface}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        id: cluster ? entity.cluster : -1,
        type: cluster?.type ?? entity.type,
        name: cluster?.name || surface,
        count: 0,
        first: index,
        variants: new Map(),
        mentions: [],
      };
      groups.set(key, group);
    }
    group.count++;
    group.mentions.push(index);
    group.variants.set(surface, (group.variants.get(surface) ?? 0) + 1);
  });
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ first, variants, ...group }) => ({
      ...group,
      variants: [...variants].map(([variant, count]) => ({ text: variant, count }))
        .sort((a, b) => b.count - a.count),
    }));
}

const CSV_FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted, and a leading = + - @ defused so spreadsheets do not run it. */
export function csvCell(value) {
  let cell = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && CSV_FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",\n\r;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The entity table as CSV (RFC 4180, CRLF), one row per mention; null if unavailable. */
export function entitiesCsv(text, result) {
  if (!hasEntities(result)) return null;
  const rows = [['start', 'end', 'type', 'text', 'cluster', 'cluster_name', 'score']];
  for (const entity of result.entities) {
    const cluster = entity.cluster >= 0 ? result.clusters?.[entity.cluster] : undefined;
    rows.push([entity.start, entity.end, entity.type, text.slice(entity.start, entity.end),
      entity.cluster ?? -1, cluster?.name ?? '', typeof entity.score === 'number' ? entity.score.toFixed(3) : '']);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The whole analysis as JSON, with the text it refers to. */
export function analysisJson(text, result) {
  return `${JSON.stringify({ text, ...result }, null, 2)}\n`;
}

/**
 * The n hardest sentences: by the core's sentence difficulty (then score)
 * when present, else by length in words. Says which in `by`. Each item's
 * level is labelled in `labelLanguage` (see labelLanguageFor).
 */
export function hardestSentences(text, result, n = 5, { labelLanguage = labelLanguageFor(result) } = {}) {
  const words = sentenceWordCounts(result);
  const byDifficulty = hasSentenceDifficulty(result);
  const items = (result.sentences ?? []).map((sentence, index) => ({
    index,
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim(),
    words: words[index],
    difficulty: difficultyStep(sentence.readability?.difficulty) === null
      ? null : sentence.readability.difficulty,
    level: difficultyLevel(sentence.readability?.difficulty, labelLanguage),
    score: sentence.readability?.score ?? null,
  }));
  items.sort(byDifficulty
    ? (a, b) => (b.difficulty ?? 0) - (a.difficulty ?? 0) || b.words - a.words || a.index - b.index
    : (a, b) => b.words - a.words || a.index - b.index);
  return { by: byDifficulty ? 'difficulty' : 'length', items: items.slice(0, n) };
}

/**
 * The document's readability as the reports show it: its difficulty read
 * as a level (labels in `labelLanguage`), and the main score under its
 * own key (`level.scale`, else the first score there is). Null without
 * readability.
 * @returns {null | { difficulty: number | null, level: object | null,
 *   mainScore: { key: string, value: number } | null }}
 */
export function readabilitySummary(result, { labelLanguage = labelLanguageFor(result) } = {}) {
  if (!hasReadability(result)) return null;
  const { readability } = result;
  const scores = Object.entries(readability.scores ?? {})
    .filter(([, value]) => typeof value === 'number' && Number.isFinite(value));
  const scale = readability.level?.scale;
  const main = scores.find(([key]) => key === scale) ?? scores[0];
  const difficulty = Number.isFinite(readability.difficulty) ? readability.difficulty : null;
  return {
    difficulty,
    level: difficultyLevel(difficulty, labelLanguage),
    mainScore: main ? { key: main[0], value: main[1] } : null,
  };
}
