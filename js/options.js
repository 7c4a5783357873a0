// Option objects are checked against the keys lesbar knows: a misspelt key
// would otherwise be ignored silently ({ lang: 'de' } ran auto-detection).

/**
 * Throws a TypeError naming the first key of `options` not in `known`, with
 * the closest known key as a suggestion.
 * @param {object} options
 * @param {readonly string[]} known
 * @param {string} where what the options belong to, for the message
 */
export function rejectUnknownKeys(options, known, where) {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const suggestion = closestKey(key, known);
    throw new TypeError(`lesbar: unknown option '${key}' in ${where}` +
      (suggestion === null ? ` (known: ${known.join(', ')})` : ` — did you mean '${suggestion}'?`));
  }
}

/**
 * The known key `key` most likely misspells: one it abbreviates or extends
 * ('lang' → 'language'), or one a few edits away ('tokenisation'); null if
 * none is close.
 */
export function closestKey(key, known) {
  const lower = key.toLowerCase();
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const target = candidate.toLowerCase();
    const related = lower.length >= 3 && (target.startsWith(lower) || lower.startsWith(target));
    const distance = related ? 0.5 : editDistance(lower, target);
    const allowed = Math.max(2, Math.ceil(target.length / 3));
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** A short description of a value for error messages. */
export function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * The options argument as an object: undefined and null mean none, a string
 * is the language ("analyze(text, 'de')"), anything else must be a plain
 * object.
 */
export function optionsObject(options, where, { languageShorthand = false } = {}) {
  if (options === undefined || options === null) return {};
  if (languageShorthand && typeof options === 'string') return { language: options };
  if (typeof options !== 'object' || Array.isArray(options)) {
    const expected = languageShorthand ? "an options object or a language tag such as 'de'" : 'an options object';
    throw new TypeError(`lesbar: ${where} expects ${expected}, got ${describe(options)}`);
  }
  return options;
}

export const ANALYZE_OPTIONS = Object.freeze(['language', 'tokenization', 'readability', 'entities']);
export const READABILITY_OPTIONS = Object.freeze(['compat']);
export const CREATE_OPTIONS = Object.freeze([
  'maxInputLength', 'wasmBinary', 'locateFile', 'entities', 'entitiesAsset', 'textstat',
]);

const isBytes = (value) => value instanceof ArrayBuffer || value instanceof Uint8Array;
const isSource = (value) => isBytes(value) || typeof value === 'string' || value instanceof URL;

/**
 * Checks createAnalyzer()'s options (the keys and each value's type) and
 * returns them as an object.
 */
export function checkCreateOptions(given, where = 'createAnalyzer()') {
  const options = optionsObject(given, where);
  rejectUnknownKeys(options, CREATE_OPTIONS, where);
  const wrong = (key, expected) => {
    throw new TypeError(`lesbar: option '${key}' of ${where} must be ${expected}, got ${describe(options[key])}`);
  };
  const { maxInputLength, wasmBinary, locateFile, entities, entitiesAsset, textstat } = options;
  if (maxInputLength !== undefined && typeof maxInputLength !== 'number') wrong('maxInputLength', 'a number');
  if (wasmBinary !== undefined && !isBytes(wasmBinary)) wrong('wasmBinary', 'an ArrayBuffer or Uint8Array');
  if (locateFile !== undefined && typeof locateFile !== 'function') wrong('locateFile', 'a function');
  if (entities !== undefined && typeof entities !== 'boolean') wrong('entities', 'true or false');
  if (entitiesAsset !== undefined && !isSource(entitiesAsset)) {
    wrong('entitiesAsset', 'an ArrayBuffer, a Uint8Array, a URL or a string');
  }
  if (textstat !== undefined && typeof textstat !== 'boolean' && !isSource(textstat)) {
    wrong('textstat', 'true, false, its bytes or a URL');
  }
  return options;
}
