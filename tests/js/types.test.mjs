// The hand-written declarations must cover every runtime export.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as lesbar from '../../js/index.js';
import { repoRoot } from './helpers.mjs';

test('index.d.ts declares every export of index.js', () => {
  const declarations = readFileSync(join(repoRoot, 'js', 'index.d.ts'), 'utf8');
  for (const name of Object.keys(lesbar)) {
    assert.match(declarations, new RegExp(`export declare (class|function|const) ${name}\\b`), name);
  }
  for (const kind of lesbar.TOKEN_KINDS) assert.match(declarations, new RegExp(`'${kind}'`), kind);
});

test('index.d.ts declares every field of a real result, and the other entry points have types', async () => {
  const declarations = readFileSync(join(repoRoot, 'js', 'index.d.ts'), 'utf8');
  const body = declarations.match(/export interface Analysis \{([\s\S]*?)\n\}/)[1];
  const declared = new Set([...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]));
  const analyzer = await lesbar.createAnalyzer();
  const result = analyzer.analyze('Dr. Müller kam am 5. Mai nach Berlin. „Gut“, sagte er.');
  for (const key of Object.keys(result)) assert.ok(declared.has(key), `Analysis.${key} is not declared`);
  for (const [file, entry] of [['worker.d.ts', '../../js/worker.js'], ['summary.d.ts', '../../js/summary.js']]) {
    const types = readFileSync(join(repoRoot, 'js', file), 'utf8');
    for (const name of Object.keys(await import(entry))) {
      assert.match(types, new RegExp(`export declare (class|function|const) ${name}\\b`), `${file}: ${name}`);
    }
  }
});
