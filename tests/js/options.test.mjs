// Options are strict: a misspelt key or a wrong type is a TypeError naming
// it, not silently ignored. Loading honours locateFile in Node as in
// browsers, and lesbar/worker runs on Node's worker threads.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../../js/index.js';
import { closestKey } from '../../js/options.js';
import { createWorkerAnalyzer } from '../../js/worker.js';
import { repoRoot, sampleArticle } from './helpers.mjs';

const analyzer = await createAnalyzer();
const typeError = (pattern) => (error) => error instanceof TypeError && pattern.test(error.message);

test('an unknown analyze() option is a TypeError suggesting the close match', () => {
  assert.throws(() => analyzer.analyze('Hallo.', { lang: 'de' }),
    typeError(/unknown option 'lang' in analyze\(\) — did you mean 'language'\?/));
  assert.throws(() => analyzer.analyze('Hallo.', { tokenisation: 'ud' }), typeError(/did you mean 'tokenization'/));
  assert.throws(() => analyzer.analyze('Hallo.', { entity: false }), typeError(/did you mean 'entities'/));
  assert.throws(() => analyzer.analyze('Hallo.', { readability: { compt: 'textstat' } }),
    typeError(/unknown option 'compt' in options.readability — did you mean 'compat'/));
  assert.throws(() => analyzer.analyze('Hallo.', { xyz: 1 }),
    typeError(/unknown option 'xyz' in analyze\(\) \(known: language, tokenization, readability, entities\)/));
});

test('wrong option types are a TypeError naming the option', () => {
  assert.throws(() => analyzer.analyze('Hallo.', { entities: 'no' }), typeError(/options\.entities/));
  assert.throws(() => analyzer.analyze('Hallo.', { readability: 'yes' }), typeError(/options\.readability/));
  assert.throws(() => analyzer.analyze('Hallo.', 42), typeError(/analyze\(\) expects an options object or a language tag/));
  assert.throws(() => analyzer.analyze('Hallo.', ['de']), typeError(/got an array/));
});

test("a string option is the language: analyze(text, 'de')", () => {
  const text = 'The cat sat on the mat.';
  assert.deepEqual(analyzer.analyze(text, 'de'), analyzer.analyze(text, { language: 'de' }));
  assert.equal(analyzer.analyze(text, 'de').language, 'de');
  assert.throws(() => analyzer.analyze(text, 'de; rm'), typeError(/options\.language/));
});

test('createAnalyzer() checks its option keys and types', async () => {
  await assert.rejects(createAnalyzer({ entity: false }), typeError(/unknown option 'entity' in createAnalyzer\(\) — did you mean 'entities'/));
  await assert.rejects(createAnalyzer({ maxInputLenght: 5 }), typeError(/did you mean 'maxInputLength'/));
  await assert.rejects(createAnalyzer({ locateFile: 'dist/' }), typeError(/'locateFile' of createAnalyzer\(\) must be a function/));
  await assert.rejects(createAnalyzer({ wasmBinary: 'lesbar-core.wasm' }), typeError(/'wasmBinary'.*ArrayBuffer or Uint8Array/));
  await assert.rejects(createWorkerAnalyzer({ langauge: 'de' }), typeError(/in createWorkerAnalyzer\(\)/));
});

test('Node loads the wasm and the entity data from where locateFile says', async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'lesbar-locate-'));
  try {
    const { entitiesFileName } = await import(pathToFileURL(join(repoRoot, 'dist', 'lesbar-entities.mjs')).href);
    for (const name of ['lesbar-core.wasm', entitiesFileName]) {
      copyFileSync(join(repoRoot, 'dist', name), join(elsewhere, name));
    }
    const asked = [];
    const located = await createAnalyzer({
      locateFile: (name, prefix) => {
        asked.push([name, prefix.endsWith('/dist/')]);
        return pathToFileURL(join(elsewhere, name)).href;
      },
    });
    assert.deepEqual(asked.sort(), [[entitiesFileName, true], ['lesbar-core.wasm', true]].sort());
    assert.equal(located.analyze('Angela Merkel besuchte Paris.', 'de').entities.length, 2);
    located.dispose();
    // A relative answer resolves against dist/, as it does in browsers.
    await assert.rejects(createAnalyzer({ entities: false, locateFile: (name) => `missing/${name}` }),
      /cannot read the wasm module .*\/dist\/missing\/lesbar-core\.wasm \(ENOENT\)/);
    const bytes = readFileSync(join(repoRoot, 'dist', 'lesbar-core.wasm'));
    const fromBytes = await createAnalyzer({ entities: false, wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) });
    assert.equal(fromBytes.analyze('Eins. Zwei.', 'de').sentences.length, 2);
    fromBytes.dispose();
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

test('createWorkerAnalyzer() runs on a Node worker thread', async () => {
  assert.equal(typeof globalThis.Worker, 'undefined', 'Node has no Web Worker global');
  const worker = await createWorkerAnalyzer();
  const text = readFileSync(sampleArticle, 'utf8');
  assert.deepEqual(await worker.analyze(text, 'de'), analyzer.analyze(text, 'de'));
  await assert.rejects(worker.analyze('x', { lang: 'de' }), typeError(/did you mean 'language'/));
  worker.dispose();
  await assert.rejects(worker.analyze('x'), /disposed/);
});

test('close matches: abbreviations, extensions and small typos only', () => {
  const known = ['language', 'tokenization', 'readability', 'entities'];
  assert.equal(closestKey('lang', known), 'language');
  assert.equal(closestKey('Language', known), 'language');
  assert.equal(closestKey('readablity', known), 'readability');
  assert.equal(closestKey('la', known), null);
  assert.equal(closestKey('colour', known), null);
});
