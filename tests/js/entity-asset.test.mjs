// The entity data (dist/lesbar-entities.<hash>.dat) is loaded beside the
// wasm: by default before createAnalyzer() resolves, never with
// `entities: false`, from bytes or a URL when told; a missing or corrupt file
// is a clear error naming where it came from, never an analysis that quietly
// finds no entities.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { entitiesFileName } from '../../dist/lesbar-entities.mjs';
import { createAnalyzer } from '../../js/index.js';
import { createWorkerAnalyzer, serveAnalyzer } from '../../js/worker.js';
import { repoRoot } from './helpers.mjs';

const TEXT = 'Angela Merkel traf Emmanuel Macron in Berlin.';
const assetPath = join(repoRoot, 'dist', entitiesFileName);
const assetBytes = () => new Uint8Array(readFileSync(assetPath));
const names = (result) => result.entities.filter((e) => ['PER', 'LOC'].includes(e.type)).length;

test('the asset file is content-hashed and in the documented container format', () => {
  assert.match(entitiesFileName, /^lesbar-entities\.[0-9a-f]{8}\.dat$/);
  const bytes = readFileSync(assetPath);
  assert.equal(bytes.subarray(0, 8).toString('latin1'), 'LSBRPACK');
  assert.equal(bytes.readUInt32LE(8), 2);
  assert.equal(bytes.readUInt32LE(16), bytes.length);
});

test('by default the data is loaded and entities are found', async () => {
  const analyzer = await createAnalyzer();
  assert.ok(names(analyzer.analyze(TEXT, { language: 'de' })) >= 3);
});

test('entities: false never loads the data; asking for entities then throws until loadEntityData()', async () => {
  const missing = pathToFileURL('/nonexistent/lesbar-entities.dat');
  // A source that would fail if it were read proves it is not.
  const analyzer = await createAnalyzer({ entities: false, entitiesAsset: missing });
  const plain = analyzer.analyze(TEXT, { language: 'de' });
  assert.deepEqual(plain.entities, []);
  assert.ok(plain.sentences.length === 1);
  assert.throws(() => analyzer.analyze(TEXT, { entities: true }), /entities need their data \(lesbar-entities\.[0-9a-f]{8}\.dat\).*loadEntityData/);
  await analyzer.loadEntityData();
  assert.ok(names(analyzer.analyze(TEXT, { language: 'de', entities: true })) >= 3);
  // The default stays what the analyzer was created with.
  assert.deepEqual(analyzer.analyze(TEXT, { language: 'de' }).entities, []);
  await analyzer.loadEntityData();  // a no-op once loaded
});

test('a missing file is an error naming its path', async () => {
  await assert.rejects(createAnalyzer({ entitiesAsset: pathToFileURL('/nonexistent/lesbar-entities.dat') }),
    /cannot load the entity data from \/nonexistent\/lesbar-entities\.dat \(ENOENT\).*entities: false/);
  // Only one file is missing in each case: the module and the data load at
  // the same time, so with both missing either error could come first.
  const missingIn = (suffix) => (path, prefix) => (path.endsWith(suffix) ? `/nonexistent/dir/${path}` : prefix + path);
  await assert.rejects(createAnalyzer({ locateFile: missingIn('.dat') }),
    new RegExp(`/nonexistent/dir/${entitiesFileName.replace(/\./g, '\\.')} \\(ENOENT\\)`));
  await assert.rejects(createAnalyzer({ entities: false, locateFile: missingIn('.wasm') }),
    /cannot read the wasm module \/nonexistent\/dir\/lesbar-core\.wasm \(ENOENT\)/);
  const analyzer = await createAnalyzer({ entities: false });
  await assert.rejects(analyzer.loadEntityData('/nonexistent/x.dat'), /\/nonexistent\/x\.dat \(ENOENT\)/);
});

test('truncated, corrupt or foreign bytes are refused with the reason', async () => {
  const good = assetBytes();
  const cases = [
    [good.subarray(0, 10), /truncated/],
    [good.subarray(0, good.length - 1), /truncated: the header declares/],
    [new Uint8Array(good.length), /bad magic/],
    [(() => { const b = good.slice(); b[8] = 9; return b; })(), /format version 9/],
    [(() => { const b = good.slice(); b[24 + 40] += 1; return b; })(), /section ner_model .*aligned/],
    [new TextEncoder().encode('lesbar-textstat 1\n'), /bad magic|truncated/],
  ];
  for (const [bytes, reason] of cases) {
    await assert.rejects(createAnalyzer({ entitiesAsset: bytes }), (error) => {
      assert.match(error.message, /^lesbar: the entity data from the given entitiesAsset bytes is unusable: lesbar-entities\.dat: /);
      assert.match(error.message, reason);
      return true;
    });
  }
  // An unusable file read from disk names its path.
  const analyzer = await createAnalyzer({ entities: false });
  await assert.rejects(analyzer.loadEntityData(pathToFileURL(join(repoRoot, 'package.json'))),
    /entity data from .*package\.json is unusable: .*bad magic/);
  assert.throws(() => analyzer.analyze(TEXT, { entities: true }), /entities need their data/);
});

test('the data can be handed over as bytes or as a URL, as wasmBinary can', async () => {
  const fromBytes = await createAnalyzer({ entitiesAsset: assetBytes().buffer });
  assert.ok(names(fromBytes.analyze(TEXT, { language: 'de' })) >= 3);
  const fromUrl = await createAnalyzer({ entitiesAsset: pathToFileURL(assetPath) });
  assert.ok(names(fromUrl.analyze(TEXT, { language: 'de' })) >= 3);
  const seen = [];
  const located = await createAnalyzer({ locateFile: (path, prefix) => { seen.push([path, prefix]); return prefix + path; } });
  assert.ok(names(located.analyze(TEXT, { language: 'de' })) >= 3);
  // Asked for both files, in Node as in browsers.
  assert.deepEqual(seen.map(([path]) => path).sort(), [entitiesFileName, 'lesbar-core.wasm'].sort());
  for (const [, prefix] of seen) assert.ok(prefix.endsWith('/dist/'), prefix);
});

test('lesbar/worker passes entities and entitiesAsset through and can load the data later', async () => {
  const channel = new MessageChannel();
  serveAnalyzer(channel.port2);
  const worker = await createWorkerAnalyzer({ worker: channel.port1, entities: false });
  try {
    assert.deepEqual((await worker.analyze(TEXT, { language: 'de' })).entities, []);
    await assert.rejects(worker.analyze(TEXT, { entities: true }), /entities need their data/);
    await worker.loadEntityData(assetBytes());
    assert.ok(names(await worker.analyze(TEXT, { language: 'de', entities: true })) >= 3);
  } finally {
    worker.dispose();
    channel.port2.close();
  }
  const bad = new MessageChannel();
  serveAnalyzer(bad.port2);
  await assert.rejects(createWorkerAnalyzer({ worker: bad.port1, entitiesAsset: new Uint8Array(100) }), /bad magic/);
  bad.port1.close();
  bad.port2.close();
});
