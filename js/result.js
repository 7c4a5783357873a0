// Turns the flat Int32Arrays that cross the wasm boundary into plain
// objects. Kept apart from the loader so it can be tested on its own.

/** Order matches lesbar::TokenKind in core/include/lesbar/lesbar.h. */
export const TOKEN_KINDS = Object.freeze([
  'word', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji',
]);

/** @param {Int32Array} flat start,end pairs */
export function spansFromFlat(flat) {
  const spans = new Array(flat.length >> 1);
  for (let i = 0, j = 0; j < spans.length; i += 2, j++) {
    spans[j] = { start: flat[i], end: flat[i + 1] };
  }
  return spans;
}

/**
 * @param {Int32Array} flat start,end,kind triples
 * @param {Int32Array} [syllables] one count per token: word and number
 *   tokens get a `syllables` field, built into the object literal so every
 *   token keeps one of two fixed shapes
 */
export function tokensFromFlat(flat, syllables) {
  const tokens = new Array(Math.floor(flat.length / 3));
  for (let i = 0, j = 0; j < tokens.length; i += 3, j++) {
    const kind = flat[i + 2];
    tokens[j] = syllables !== undefined && (kind === 0 || kind === 1) // word, number
      ? { start: flat[i], end: flat[i + 1], kind: TOKEN_KINDS[kind], syllables: syllables[j] }
      : { start: flat[i], end: flat[i + 1], kind: TOKEN_KINDS[kind] };
  }
  return tokens;
}

const orNull = (value) => (Number.isNaN(value) ? null : value);

/**
 * Adds `readability` to every sentence from five float64s per sentence
 * (words, syllables, longWords, score, difficulty) and a level index.
 */
export function addSentenceReadability(sentences, numbers, levels, labels, scale) {
  // Sentences of one level share one frozen level object.
  const levelObjects = labels.map((label) => Object.freeze({ label, scale }));
  for (let i = 0, j = 0; i < sentences.length; i++, j += 5) {
    sentences[i].readability = {
      words: numbers[j],
      syllables: numbers[j + 1],
      longWords: numbers[j + 2],
      score: orNull(numbers[j + 3]),
      level: levelObjects[levels[i]],
      difficulty: orNull(numbers[j + 4]),
    };
  }
}

/**
 * Quotations. @param {Int32Array} flat start,end,speaker,cueStart,cueEnd
 * quintuples; speaker -1 and cue -1,-1 mean none.
 */
export function quotesFromFlat(flat) {
  const quotes = new Array(Math.floor(flat.length / 5));
  for (let i = 0, j = 0; j < quotes.length; i += 5, j++) {
    quotes[j] = {
      start: flat[i],
      end: flat[i + 1],
      speaker: flat[i + 2] >= 0 ? flat[i + 2] : null,
      cue: flat[i + 3] >= 0 ? { start: flat[i + 3], end: flat[i + 4] } : null,
    };
  }
  return quotes;
}

// ---- Entities ----
/** Order matches lesbar::EntityType in core/include/lesbar/lesbar.h. */
export const ENTITY_TYPES = Object.freeze([
  'PER', 'LOC', 'ORG', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY',
]);

/**
 * @param {Int32Array} flat start,end,type,cluster quadruples
 * @param {Float32Array} scores one per entity
 */
export function entitiesFromFlat(flat, scores) {
  const entities = new Array(flat.length >> 2);
  for (let i = 0, j = 0; j < entities.length; i += 4, j++) {
    entities[j] = {
      start: flat[i], end: flat[i + 1], type: ENTITY_TYPES[flat[i + 2]], cluster: flat[i + 3], score: scores[j],
    };
  }
  return entities;
}

/**
 * @param {Int32Array} flat id,type,mention count triples
 * @param {Int32Array} mentions all clusters' mentions, in cluster order
 * @param {string[]} names one per cluster
 */
export function clustersFromFlat(flat, mentions, names) {
  const clusters = new Array(Math.floor(flat.length / 3));
  let next = 0;
  for (let i = 0, j = 0; j < clusters.length; i += 3, j++) {
    const count = flat[i + 2];
    // A plain loop: Array.from over a subarray view per cluster showed in
    // profiles of texts with thousands of clusters.
    const clusterMentions = new Array(count);
    for (let k = 0; k < count; k++) clusterMentions[k] = mentions[next + k];
    clusters[j] = {
      id: flat[i], type: ENTITY_TYPES[flat[i + 1]], name: names[j],
      mentions: clusterMentions,
    };
    next += count;
  }
  return clusters;
}

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
