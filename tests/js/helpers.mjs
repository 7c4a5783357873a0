import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const sharedData = process.env.LESBAR_SHARED_DATA ?? join(repoRoot, '..', 'shared', 'data');
export const sampleArticle = join(repoRoot, 'web-demo', 'samples', 'article-de-russland-iran.txt');

/** Every span lies inside the text, spans are ordered and do not overlap. */
export function assertWellFormed(assert, text, result) {
  for (const key of ['paragraphs', 'sentences', 'tokens', 'quotes', 'languages']) {
    let previousEnd = 0;
    for (const span of result[key]) {
      assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), key);
      assert.ok(span.start >= previousEnd, `${key} ordered at ${span.start}`);
      assert.ok(span.start < span.end, `${key} non-empty at ${span.start}`);
      assert.ok(span.end <= text.length, `${key} inside the text at ${span.end}`);
      previousEnd = span.end;
    }
  }
  for (const token of result.tokens) assert.equal(typeof token.kind, 'string');
  for (const quote of result.quotes) {
    if (quote.cue !== null) assert.ok(quote.cue.start < quote.cue.end && quote.cue.end <= text.length, 'cue');
  }
  for (const run of result.languages) assert.ok(run.confidence >= 0 && run.confidence <= 1, 'confidence');
  assert.ok(result.languageConfidence >= 0 && result.languageConfidence <= 1, 'languageConfidence');
}
