// The one reading of the core's difficulty (1 very easy … 7 very hard,
// continuous) as a level with a label. The demo's headline, gauge, tooltips
// and charts, the CLI and lesbar/summary all take their labels from here,
// so no two places can name the same text differently. The Flesch-type
// score is not read here: it keeps its own name and number.

export const DIFFICULTY_MIN = 1;
export const DIFFICULTY_MAX = 7;

/** Level labels by language, easiest first: index step - 1. */
export const DIFFICULTY_LABELS = Object.freeze({
  de: Object.freeze(['sehr leicht', 'leicht', 'eher leicht', 'mittel', 'eher schwer', 'schwer', 'sehr schwer']),
  en: Object.freeze(['very easy', 'easy', 'fairly easy', 'standard', 'fairly difficult', 'difficult', 'very difficult']),
});

/** The labels used when a text's language has none or was not identified with confidence. */
export const FALLBACK_LABEL_LANGUAGE = 'en';

/**
 * A detected language chooses the labels only from this confidence and this
 * many words on: a few words are easily taken for the wrong language (a
 * German line for Dutch) with high confidence, and the labels would then
 * read in a language nobody asked for. A language the caller gave
 * (confidence 1) always does.
 */
export const MIN_LABEL_LANGUAGE_CONFIDENCE = 0.9;
export const MIN_LABEL_LANGUAGE_WORDS = 20;

const baseLanguage = (tag) => String(tag ?? '').toLowerCase().split(/[-_]/)[0];

/** True when lesbar has level labels for this language tag ('de', 'en-GB', …). */
export const hasLabelsFor = (tag) => Object.hasOwn(DIFFICULTY_LABELS, baseLanguage(tag));

/** The step 1..7 of a continuous difficulty (rounded), or null. */
export function difficultyStep(value) {
  return Number.isFinite(value) && value >= DIFFICULTY_MIN && value <= DIFFICULTY_MAX ? Math.round(value) : null;
}

/**
 * The difficulty range of each step, [from, to): the labels change at the
 * half steps, so the first and the last step are half as wide as the others.
 */
export function stepRanges() {
  const ranges = [];
  for (let step = DIFFICULTY_MIN; step <= DIFFICULTY_MAX; step++) {
    ranges.push({
      step,
      from: Math.max(DIFFICULTY_MIN, step - 0.5),
      to: Math.min(DIFFICULTY_MAX, step + 0.5),
    });
  }
  return ranges;
}

function wordCount(result) {
  const counted = result?.readability?.counts?.words;
  if (Number.isFinite(counted)) return counted;
  return (result?.tokens ?? []).filter((token) => token.kind === 'word').length;
}

/**
 * The language the labels for this result are in: the text's own when
 * lesbar has labels for it and the language was given, or identified with
 * confidence on enough words; else `fallback` (a UI language) if it has
 * labels, else English.
 */
export function labelLanguageFor(result, fallback = FALLBACK_LABEL_LANGUAGE) {
  const language = result?.language;
  const confidence = result?.languageConfidence;
  const given = confidence === 1;
  const identified = typeof confidence === 'number' && confidence >= MIN_LABEL_LANGUAGE_CONFIDENCE &&
    wordCount(result) >= MIN_LABEL_LANGUAGE_WORDS;
  if (language && language !== 'und' && (given || identified) && hasLabelsFor(language)) {
    return baseLanguage(language);
  }
  return hasLabelsFor(fallback) ? baseLanguage(fallback) : FALLBACK_LABEL_LANGUAGE;
}

/** The label of a difficulty in `language` (English where lesbar has none), or null. */
export function difficultyLabel(value, language = FALLBACK_LABEL_LANGUAGE) {
  const step = difficultyStep(value);
  if (step === null) return null;
  const labels = DIFFICULTY_LABELS[baseLanguage(language)] ?? DIFFICULTY_LABELS[FALLBACK_LABEL_LANGUAGE];
  return labels[step - 1];
}

/**
 * A difficulty as a level: { difficulty, step, label, language }, or null
 * without a difficulty.
 */
export function difficultyLevel(value, language = FALLBACK_LABEL_LANGUAGE) {
  const step = difficultyStep(value);
  if (step === null) return null;
  const labelLanguage = hasLabelsFor(language) ? baseLanguage(language) : FALLBACK_LABEL_LANGUAGE;
  return { difficulty: value, step, label: difficultyLabel(value, labelLanguage), language: labelLanguage };
}
