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

/** @param {Int32Array} flat start,end,kind triples */
export function tokensFromFlat(flat) {
  const tokens = new Array(Math.floor(flat.length / 3));
  for (let i = 0, j = 0; j < tokens.length; i += 3, j++) {
    tokens[j] = { start: flat[i], end: flat[i + 1], kind: TOKEN_KINDS[flat[i + 2]] };
  }
  return tokens;
}

// ---- Entities (issue #4) ----
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
    clusters[j] = {
      id: flat[i], type: ENTITY_TYPES[flat[i + 1]], name: names[j],
      mentions: Array.from(mentions.subarray(next, next + count)),
    };
    next += count;
  }
  return clusters;
}

export function resultFromCore(raw) {
  return {
    language: raw.language,
    paragraphs: spansFromFlat(raw.paragraphs),
    sentences: spansFromFlat(raw.sentences),
    tokens: tokensFromFlat(raw.tokens),
    entities: entitiesFromFlat(raw.entities, raw.entityScores),
    clusters: clustersFromFlat(raw.clusters, raw.clusterMentions, raw.clusterNames),
  };
}
