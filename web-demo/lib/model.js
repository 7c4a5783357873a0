// Reads the analysis result as data: what each panel shows, whether the
// analysis behind it is present in this build (a missing field means "not
// available", never an error), CSV and JSON exports. No DOM here. The
// result helpers shared with the CLI live in js/summary.js.
import {
  hasEntities, hasQuotes, hasReadability, difficultyOf, difficultyStep, hasSentenceDifficulty, speakerOf, validSpan,
  sentenceWordCounts, entityClusters, csvCell, entitiesCsv, analysisJson, hardestSentences, readabilitySummary,
} from '../../js/summary.js';

export {
  hasEntities, hasQuotes, hasReadability, difficultyOf, difficultyStep, hasSentenceDifficulty, speakerOf, validSpan,
  sentenceWordCounts, entityClusters, csvCell, entitiesCsv, analysisJson, hardestSentences, readabilitySummary,
};

/** Words read per minute for the reading-time estimate when the core gives none. */
export const ESTIMATE_WORDS_PER_MINUTE = 200;

/** Counts panel: words, sentences, syllables, reading time, with where each comes from. */
export function countsModel(text, result) {
  const readability = hasReadability(result) ? result.readability : null;
  const words = readability?.counts?.words ?? sentenceWordCounts(result).reduce((a, b) => a + b, 0);
  const syllables = readability?.counts?.syllables ?? null;
  let readingSeconds = readability?.readingTimeSeconds;
  const readingEstimated = !(typeof readingSeconds === 'number' && Number.isFinite(readingSeconds));
  if (readingEstimated) readingSeconds = (words / ESTIMATE_WORDS_PER_MINUTE) * 60;
  return {
    characters: text.length,
    words,
    sentences: result.sentences?.length ?? 0,
    paragraphs: result.paragraphs?.length ?? 0,
    tokens: result.tokens?.length ?? 0,
    syllables,
    readingSeconds,
    readingEstimated,
  };
}
