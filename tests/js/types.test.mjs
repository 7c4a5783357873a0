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
