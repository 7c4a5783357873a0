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

/**
 * Quotations (#7). @param {Int32Array} flat start,end,speaker,cueStart,cueEnd
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

export function resultFromCore(raw) {
  return {
    language: raw.language,
    languageConfidence: raw.languageConfidence,
    languages: raw.languages,
    paragraphs: spansFromFlat(raw.paragraphs),
    sentences: spansFromFlat(raw.sentences),
    tokens: tokensFromFlat(raw.tokens),
    quotes: quotesFromFlat(raw.quotes),
  };
}
