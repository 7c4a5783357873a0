// lesbar/worker's protocol, run in Node over a MessageChannel (the same path
// the file:// demo takes when a browser refuses workers): results equal the
// synchronous analyzer's, errors keep their class, dispose rejects.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../js/index.js';
import { createWorkerAnalyzer, serveAnalyzer } from '../../js/worker.js';
import { sampleArticle } from './helpers.mjs';

async function channelAnalyzer(options = {}) {
  const channel = new MessageChannel();
  serveAnalyzer(channel.port2);
  const analyzer = await createWorkerAnalyzer({ worker: channel.port1, ...options });
  return { analyzer, channel };
}

test('results over the port equal analyze(); errors keep TypeError and RangeError', async () => {
  const { analyzer, channel } = await channelAnalyzer({ maxInputLength: 5000 });
  const text = readFileSync(sampleArticle, 'utf8');
  const direct = (await createAnalyzer()).analyze(text, { language: 'de' });
  assert.deepEqual(await analyzer.analyze(text, { language: 'de' }), direct);
  await assert.rejects(analyzer.analyze(42), TypeError);
  await assert.rejects(analyzer.analyze('x', { language: '!!' }), TypeError);
  await assert.rejects(analyzer.analyze('x'.repeat(5001)), /exceeds the limit of 5000/);
  await assert.rejects(analyzer.analyze('x'.repeat(5001)), RangeError);
  // Requests overlap: each answer goes to its own caller.
  const [a, b] = await Promise.all([analyzer.analyze('Eins. Zwei.'), analyzer.analyze('Drei.')]);
  assert.equal(a.sentences.length, 2);
  assert.equal(b.sentences.length, 1);
  assert.equal(typeof (await analyzer.memoryStats()).heapUsedBytes, 'number');
  analyzer.dispose();
  await assert.rejects(analyzer.analyze('x'), /disposed/);
  channel.port2.close();
});

test('onStarted announces inputs of 1 Mi code units or more', async () => {
  const started = [];
  const { analyzer, channel } = await channelAnalyzer({ onStarted: (info) => started.push(info.length) });
  await analyzer.analyze('Kurz.');
  const long = 'Ein Satz. '.repeat(110_000);
  await analyzer.analyze(long);
  assert.deepEqual(started, [long.length]);
  analyzer.dispose();
  channel.port2.close();
});

test('a bad wasm binary makes createWorkerAnalyzer reject', async () => {
  const channel = new MessageChannel();
  serveAnalyzer(channel.port2);
  await assert.rejects(createWorkerAnalyzer({ worker: channel.port1, wasmBinary: new Uint8Array([1, 2, 3]) }));
  channel.port1.close();
  channel.port2.close();
});
