// Repeated calls must not leak wasm memory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../js/index.js';
import { sampleArticle } from './helpers.mjs';

test('10,000 analyze() calls leave the heap flat', async () => {
  const analyzer = await createAnalyzer();
  const article = readFileSync(sampleArticle, 'utf8');
  const texts = [article.slice(0, 500), 'Kurz.', article.slice(1000, 1800), 'Mr. Smith didn\'t go. :-) 👍🏽'];
  for (let i = 0; i < 200; i++) analyzer.analyze(texts[i % texts.length]);
  const before = analyzer.memoryStats();
  for (let i = 0; i < 10000; i++) analyzer.analyze(texts[i % texts.length]);
  const after = analyzer.memoryStats();
  assert.equal(after.wasmMemoryBytes, before.wasmMemoryBytes, 'linear memory grew');
  assert.ok(after.heapUsedBytes - before.heapUsedBytes < 4096,
    `heap grew by ${after.heapUsedBytes - before.heapUsedBytes} bytes`);
  analyzer.dispose();
});

test('after a large input the analyzer hands its memory back and keeps working', async () => {
  const analyzer = await createAnalyzer();
  const article = readFileSync(sampleArticle, 'utf8');
  const small = analyzer.analyze(article);
  const before = analyzer.memoryStats().wasmMemoryBytes;
  // Large enough to grow linear memory past the release threshold.
  const large = `${article}\n\n`.repeat(Math.ceil(50e6 / article.length));
  analyzer.analyze(large, { entities: false, readability: false, language: 'de' });
  const grown = analyzer.memoryStats().wasmMemoryBytes;
  assert.ok(grown > 256 * 1024 * 1024, `linear memory only grew to ${grown} bytes`);
  await analyzer.releaseMemory();
  const after = analyzer.memoryStats().wasmMemoryBytes;
  assert.ok(after <= before * 2 && after < grown / 4, `still ${after} bytes after release (before ${before}, grown ${grown})`);
  // The fresh instance has the entity data and gives the same result.
  assert.deepEqual(analyzer.analyze(article), small);
  analyzer.dispose();
});
