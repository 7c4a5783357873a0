// The hand-written declarations against the runtime: every export is
// declared, and a real analysis of the sample article has exactly the
// fields and types that js/index.d.ts declares, at every depth.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as lesbar from '../../js/index.js';
import { repoRoot, sampleArticle } from './helpers.mjs';

const DECLARATIONS = readFileSync(join(repoRoot, 'js', 'index.d.ts'), 'utf8');

/**
 * The interfaces and type aliases of a declaration file, read simply: a
 * field is `name?: type;` on one line inside `export interface X { … }`,
 * comments are dropped first. Enough for lesbar's declarations, which are
 * written in that style (a field the reader cannot parse fails the test).
 */
function parseDeclarations(source) {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const interfaces = new Map();
  for (const m of text.matchAll(/export interface (\w+)(?: extends ([\w, ]+))? \{([\s\S]*?)\n\}/g)) {
    const fields = new Map();
    for (const line of m[3].split('\n').map((l) => l.trim()).filter(Boolean)) {
      const field = line.match(/^(readonly )?(\w+)(\?)?: (.+);$/);
      assert.ok(field, `${m[1]}: cannot read the line '${line}'`);
      fields.set(field[2], { type: field[4], optional: field[3] === '?' });
    }
    interfaces.set(m[1], { fields, extends: m[2] ? m[2].split(',').map((s) => s.trim()) : [] });
  }
  const aliases = new Map();
  for (const m of text.matchAll(/export type (\w+) =([\s\S]*?);/g)) aliases.set(m[1], m[2].trim().replace(/^\|/, '').trim());
  return { interfaces, aliases };
}

/** Splits `a | (b | c) | d[]` at its top-level bars. */
function alternatives(type) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    if ('([{'.includes(type[i])) depth++;
    else if (')]}'.includes(type[i])) depth--;
    else if (type[i] === '|' && depth === 0) {
      parts.push(type.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(type.slice(start).trim());
  return parts.filter(Boolean);
}

function fieldsOf(declared, name) {
  const found = declared.interfaces.get(name);
  const fields = new Map();
  for (const base of found.extends) for (const [key, field] of fieldsOf(declared, base)) fields.set(key, field);
  for (const [key, field] of found.fields) fields.set(key, field);
  return fields;
}

/** The interfaces a value of `root` is made of, `root` included. */
function resultInterfaces(declared, root, found = new Set()) {
  if (found.has(root)) return found;
  found.add(root);
  for (const field of fieldsOf(declared, root).values()) {
    for (const name of field.type.match(/\w+/g)) {
      const target = declared.aliases.has(name) ? declared.aliases.get(name) : name;
      if (declared.interfaces.has(target)) resultInterfaces(declared, target, found);
    }
  }
  return found;
}

/**
 * Checks `value` against a declared type; returns null or why it does not
 * match. `seen` collects 'Interface.field' for every field met, so the test
 * can tell declared fields that no result has.
 */
function mismatch(declared, value, type, path, seen) {
  const reasons = [];
  for (const alternative of alternatives(type)) {
    const why = mismatchOne(declared, value, alternative, path, seen);
    if (why === null) return null;
    reasons.push(why);
  }
  return reasons.length === 1 ? reasons[0] : `${path}: none of ${type} (${reasons.join('; ')})`;
}

function mismatchOne(declared, value, type, path, seen) {
  if (type === 'number') return typeof value === 'number' ? null : `${path}: ${JSON.stringify(value)} is not a number`;
  if (type === 'string' || type === '(string & {})') {
    return typeof value === 'string' ? null : `${path}: ${JSON.stringify(value)} is not a string`;
  }
  if (type === 'boolean') return typeof value === 'boolean' ? null : `${path}: not a boolean`;
  if (type === 'null') return value === null ? null : `${path}: not null`;
  if (/^'[^']*'$/.test(type)) return value === type.slice(1, -1) ? null : `${path}: ${JSON.stringify(value)} is not ${type}`;
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return `${path}: not an array`;
    for (let i = 0; i < value.length; i++) {
      const why = mismatch(declared, value[i], type.slice(0, -2), `${path}[${i}]`, seen);
      if (why !== null) return why;
    }
    return null;
  }
  if (declared.aliases.has(type)) return mismatch(declared, value, declared.aliases.get(type), path, seen);
  if (declared.interfaces.has(type)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${path}: not an object (${type})`;
    const fields = fieldsOf(declared, type);
    for (const key of Object.keys(value)) {
      if (!fields.has(key)) return `${path}.${key}: not declared in ${type}`;
    }
    for (const [key, field] of fields) {
      if (!(key in value)) {
        if (field.optional) continue;
        return `${path}.${key}: declared in ${type} but missing`;
      }
      seen.add(`${type}.${key}`);
      const why = mismatch(declared, value[key], field.type, `${path}.${key}`, seen);
      if (why !== null) return why;
    }
    return null;
  }
  return `${path}: the test cannot read the type '${type}'`;
}

test('index.d.ts declares every export of index.js', () => {
  for (const name of Object.keys(lesbar)) {
    assert.match(DECLARATIONS, new RegExp(`export declare (class|function|const) ${name}\\b`), name);
  }
});

test('index.d.ts: the token kinds and entity types are the binding\'s, in its order', () => {
  const { aliases } = parseDeclarations(DECLARATIONS);
  const literals = (alias) => alternatives(aliases.get(alias)).map((t) => t.slice(1, -1));
  assert.deepEqual(literals('TokenKind'), [...lesbar.TOKEN_KINDS]);
  assert.deepEqual(literals('EntityType'), [...lesbar.ENTITY_TYPES]);
});

test('index.d.ts matches a real analysis field by field, and every declared field occurs', async () => {
  const declared = parseDeclarations(DECLARATIONS);
  const analyzer = await lesbar.createAnalyzer();
  const seen = new Set();
  try {
    // The sample article has every kind of field (entities with clusters,
    // quotes with speakers and cues, sentence readability); the short
    // texts add a quote with neither and a text too short to tell.
    const article = readFileSync(sampleArticle, 'utf8');
    for (const [text, options] of [[article, undefined], [article, { readability: false, entities: false }],
      ['Er schwieg. „Wir bleiben hier.“ Das war alles.', 'de'], ['Hallo.', undefined], ['', undefined]]) {
      const why = mismatch(declared, analyzer.analyze(text, options), 'Analysis', 'result', seen);
      assert.equal(why, null, text.slice(0, 40));
    }
  } finally {
    analyzer.dispose();
  }
  const never = [];
  for (const name of resultInterfaces(declared, 'Analysis')) {
    for (const key of fieldsOf(declared, name).keys()) if (!seen.has(`${name}.${key}`)) never.push(`${name}.${key}`);
  }
  assert.deepEqual(never, [], 'declared but in no result of the sample article');
});

test('the other entry points declare every export', async () => {
  for (const [file, entry] of [['worker.d.ts', '../../js/worker.js'], ['summary.d.ts', '../../js/summary.js']]) {
    const types = readFileSync(join(repoRoot, 'js', file), 'utf8');
    for (const name of Object.keys(await import(entry))) {
      assert.match(types, new RegExp(`export declare (class|function|const) ${name}\\b`), `${file}: ${name}`);
    }
  }
});
