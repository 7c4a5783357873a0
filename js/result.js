// Turns the flat typed arrays that cross the wasm boundary into plain
// objects. Kept apart from the loader so it can be tested on its own.
//
// The records' layouts and the enums' names come from the binding
// (contract() in wasm/binding.cc, written into dist/ by the build), so
// nothing here spells out a stride, a field offset or an enum's order.
import { CONTRACT } from '../dist/lesbar-contract.mjs';

export { CONTRACT };

/** Token kinds by their value in lesbar::TokenKind. */
export const TOKEN_KINDS = CONTRACT.tokenKinds;

/** Entity types by their value in lesbar::EntityType. */
export const ENTITY_TYPES = CONTRACT.entityTypes;

/** A record's stride and the offset of each of its fields. */
function layout(name) {
  const fields = CONTRACT.records[name];
  return Object.freeze(Object.fromEntries([['stride', fields.length], ...fields.map((field, i) => [field, i])]));
}

const SPAN = layout('span');
const TOKEN = layout('token');
const QUOTE = layout('quote');
const ENTITY = layout('entity');
const CLUSTER = layout('cluster');
const SENTENCE_READABILITY = layout('sentenceReadability');
const WORD = TOKEN_KINDS.indexOf('word');
const NUMBER = TOKEN_KINDS.indexOf('number');

/**
 * @param {Int32Array} flat span records
 * @returns {import('./index.js').Span[]}
 */
export function spansFromFlat(flat) {
  const { stride, start, end } = SPAN;
  const spans = new Array(Math.floor(flat.length / stride));
  for (let i = 0, j = 0; j < spans.length; i += stride, j++) {
    spans[j] = { start: flat[i + start], end: flat[i + end] };
  }
  return spans;
}

/**
 * @param {Int32Array} flat token records
 * @param {Int32Array} [syllables] one count per token: word and number
 *   tokens get a `syllables` field, built into the object literal so every
 *   token keeps one of two fixed shapes
 * @returns {import('./index.js').Token[]}
 */
export function tokensFromFlat(flat, syllables) {
  const { stride, start, end, kind: kindAt } = TOKEN;
  const tokens = new Array(Math.floor(flat.length / stride));
  for (let i = 0, j = 0; j < tokens.length; i += stride, j++) {
    const kind = flat[i + kindAt];
    tokens[j] = syllables !== undefined && (kind === WORD || kind === NUMBER)
      ? { start: flat[i + start], end: flat[i + end], kind: TOKEN_KINDS[kind], syllables: syllables[j] }
      : { start: flat[i + start], end: flat[i + end], kind: TOKEN_KINDS[kind] };
  }
  return tokens;
}

const orNull = (value) => (Number.isNaN(value) ? null : value);

/**
 * Adds `readability` to every sentence from its sentenceReadability record
 * of float64s and a level index into `labels`.
 */
export function addSentenceReadability(sentences, numbers, levels, labels, scale) {
  const { stride, words, syllables, longWords, score, difficulty } = SENTENCE_READABILITY;
  // Sentences of one level share one frozen level object.
  const levelObjects = labels.map((label) => Object.freeze({ label, scale }));
  for (let i = 0, j = 0; i < sentences.length; i++, j += stride) {
    sentences[i].readability = {
      words: numbers[j + words],
      syllables: numbers[j + syllables],
      longWords: numbers[j + longWords],
      score: orNull(numbers[j + score]),
      level: levelObjects[levels[i]],
      difficulty: orNull(numbers[j + difficulty]),
    };
  }
}

/**
 * Quotations; speaker -1 and cue -1,-1 cross for none.
 * @param {Int32Array} flat quote records
 * @returns {import('./index.js').Quote[]}
 */
export function quotesFromFlat(flat) {
  const { stride, start, end, speaker, cueStart, cueEnd } = QUOTE;
  const quotes = new Array(Math.floor(flat.length / stride));
  for (let i = 0, j = 0; j < quotes.length; i += stride, j++) {
    quotes[j] = {
      start: flat[i + start],
      end: flat[i + end],
      speaker: flat[i + speaker] >= 0 ? flat[i + speaker] : null,
      cue: flat[i + cueStart] >= 0 ? { start: flat[i + cueStart], end: flat[i + cueEnd] } : null,
    };
  }
  return quotes;
}

// ---- Entities ----
/**
 * @param {Int32Array} flat entity records
 * @param {Float32Array} scores one per entity
 * @returns {import('./index.js').Entity[]}
 */
export function entitiesFromFlat(flat, scores) {
  const { stride, start, end, type, cluster } = ENTITY;
  const entities = new Array(Math.floor(flat.length / stride));
  for (let i = 0, j = 0; j < entities.length; i += stride, j++) {
    entities[j] = {
      start: flat[i + start], end: flat[i + end], type: ENTITY_TYPES[flat[i + type]], cluster: flat[i + cluster],
      score: scores[j],
    };
  }
  return entities;
}

/**
 * @param {Int32Array} flat cluster records
 * @param {Int32Array} mentions all clusters' mentions, in cluster order
 * @param {string[]} names one per cluster
 * @returns {import('./index.js').EntityCluster[]}
 */
export function clustersFromFlat(flat, mentions, names) {
  const { stride, id, type, mentionCount } = CLUSTER;
  const clusters = new Array(Math.floor(flat.length / stride));
  let next = 0;
  for (let i = 0, j = 0; j < clusters.length; i += stride, j++) {
    const count = flat[i + mentionCount];
    // A plain loop: Array.from over a subarray view per cluster showed in
    // profiles of texts with thousands of clusters.
    const clusterMentions = new Array(count);
    for (let k = 0; k < count; k++) clusterMentions[k] = mentions[next + k];
    clusters[j] = {
      id: flat[i + id], type: ENTITY_TYPES[flat[i + type]], name: names[j],
      mentions: clusterMentions,
    };
    next += count;
  }
  return clusters;
}

/**
 * The public result from what analyzeUtf8 returned (binding.cc: Analyze).
 * Its shape is index.d.ts's Analysis; tests/js/types.test.mjs checks a real
 * one against it field by field.
 * @returns {import('./index.js').Analysis}
 */
export function resultFromCore(raw) {
  const tokens = tokensFromFlat(raw.tokens, raw.tokenSyllables);
  const sentences = spansFromFlat(raw.sentences);
  const result = {
    language: raw.language,
    languageGuess: raw.languageGuess,
    languageConfidence: raw.languageConfidence,
    languages: raw.languages,
    paragraphs: spansFromFlat(raw.paragraphs),
    sentences,
    tokens,
    entities: entitiesFromFlat(raw.entities, raw.entityScores),
    clusters: clustersFromFlat(raw.clusters, raw.clusterMentions, raw.clusterNames),
    quotes: quotesFromFlat(raw.quotes),
  };
  if (raw.readability !== undefined) {
    addSentenceReadability(sentences, raw.sentenceReadability, raw.sentenceLevels,
      raw.levelLabels, raw.levelScale);
    result.readability = raw.readability;
  }
  return result;
}
