// The wasm build against the same cases as the native GoogleTest suite.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../../js/index.js';
import { repoRoot } from './helpers.mjs';

const { cases } = JSON.parse(readFileSync(join(repoRoot, 'tests/cases/segmentation.json'), 'utf8'));
const analyzer = await createAnalyzer();
const slices = (text, spans) => spans.map((s) => text.slice(s.start, s.end));

for (const c of cases) {
  test(`golden (wasm): ${c.name}`, () => {
    const r = analyzer.analyze(c.text, { language: c.language, tokenization: c.tokenization ?? 'reader' });
    if (c.expectLanguage) assert.equal(r.language, c.expectLanguage);
    if (c.tokens) assert.deepEqual(slices(c.text, r.tokens), c.tokens);
    if (c.kinds) assert.deepEqual(r.tokens.map((t) => t.kind), c.kinds);
    if (c.sentences) assert.deepEqual(slices(c.text, r.sentences), c.sentences);
    if (c.paragraphs) assert.deepEqual(slices(c.text, r.paragraphs), c.paragraphs);
  });
}
