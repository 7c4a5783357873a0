#!/usr/bin/env node
// Packs the files a manifest lists into one asset container (the format is
// docs/assets.md; core/platform/assets.cc reads it):
//
//   node scripts/build-assets.mjs MANIFEST OUTPUT
//
// CMake runs this for build/{wasm,native}/lesbar-entities.dat. The wasm
// build then publishes the file into dist/ under a content-hashed name
// (publishAsset below), so a server may cache it forever.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export const MAGIC = 'LSBRPACK';
export const FORMAT_VERSION = 2;
export const HEADER_BYTES = 24;
export const ENTRY_BYTES = 48;
export const NAME_BYTES = 32;
export const ALIGNMENT = 16;
const NAME_PATTERN = /^[A-Za-z0-9_./-]{1,31}$/;

/**
 * How a section's bytes are stored. Word lists are most of the download, and
 * brotli alone leaves the repetition of sorted lines on the table: coding
 * them first saves about a tenth (docs/assets.md has the layouts). The
 * reader restores the file's exact bytes when the asset is registered.
 */
export const CODINGS = { raw: 0, 'front-coded': 1, 'grouped-by-value': 2 };
const MAX_SHARED_PREFIX = 255;

function linesOf(bytes, name) {
  const text = bytes.toString('latin1');  // byte-exact; the lines are UTF-8
  if (text.length > 0 && !text.endsWith('\n')) throw new Error(`${name}: a coded section must end with a newline`);
  return text === '' ? [] : text.slice(0, -1).split('\n');
}

/** Each line as [bytes shared with the line before, 1 byte][the rest]\n. */
function frontCode(bytes, name) {
  let previous = '';
  const out = [];
  for (const line of linesOf(bytes, name)) {
    let shared = 0;
    const limit = Math.min(line.length, previous.length, MAX_SHARED_PREFIX);
    while (shared < limit && line[shared] === previous[shared]) ++shared;
    out.push(String.fromCharCode(shared), line.slice(shared), '\n');
    previous = line;
  }
  return Buffer.from(out.join(''), 'latin1');
}

/** Runs of "key\tvalue" lines with one value as "value\tkey1\tkey2…\n". */
function groupByValue(bytes, name) {
  const out = [];
  let value = null;
  for (const line of linesOf(bytes, name)) {
    const tab = line.lastIndexOf('\t');
    if (tab <= 0 || line.indexOf('\t') !== tab) throw new Error(`${name}: expected "key<TAB>value" lines, got ${JSON.stringify(line)}`);
    const lineValue = line.slice(tab + 1);
    if (lineValue !== value) {
      if (value !== null) out.push('\n');
      out.push(lineValue);
      value = lineValue;
    }
    out.push('\t', line.slice(0, tab));
  }
  if (value !== null) out.push('\n');
  return Buffer.from(out.join(''), 'latin1');
}

/** The inverse of encodeSection, as core/platform/assets.cc implements it. */
export function decodeSection(bytes, coding) {
  const text = bytes.toString('latin1');
  if (coding === CODINGS.raw) return bytes;
  const out = [];
  if (coding === CODINGS['front-coded']) {
    let previous = '';
    for (let at = 0; at < text.length;) {
      const shared = text.charCodeAt(at);
      const end = text.indexOf('\n', at + 1);
      previous = previous.slice(0, shared) + text.slice(at + 1, end);
      out.push(previous, '\n');
      at = end + 1;
    }
  } else {
    for (const line of text.slice(0, -1).split('\n')) {
      const [value, ...keys] = line.split('\t');
      for (const key of keys) out.push(key, '\t', value, '\n');
    }
  }
  return Buffer.from(out.join(''), 'latin1');
}

export function encodeSection(bytes, coding, name) {
  const encoded = coding === CODINGS['front-coded'] ? frontCode(bytes, name)
    : coding === CODINGS['grouped-by-value'] ? groupByValue(bytes, name) : bytes;
  if (!decodeSection(encoded, coding).equals(bytes)) throw new Error(`${name}: coding does not round-trip`);
  return encoded;
}

/** The manifest's sections in order: [{ name, file }] (file absolute). */
export function readManifest(manifestPath) {
  const sections = [];
  const lines = readFileSync(manifestPath, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const content = line.replace(/#.*/, '').trim();
    if (content === '') return;
    const fields = content.split(/\s+/);
    const where = `${manifestPath}:${index + 1}`;
    if (fields.length !== 2 && fields.length !== 3) throw new Error(`${where}: expected "<section name> <file> [coding]"`);
    const [name, file, codingName = 'raw'] = fields;
    if (!NAME_PATTERN.test(name)) throw new Error(`${where}: bad section name ${JSON.stringify(name)}`);
    if (sections.some((s) => s.name === name)) throw new Error(`${where}: section ${name} listed twice`);
    if (!(codingName in CODINGS)) throw new Error(`${where}: unknown coding ${JSON.stringify(codingName)} (${Object.keys(CODINGS).join(', ')})`);
    sections.push({ name, file: resolve(root, file), coding: CODINGS[codingName] });
  });
  return sections;
}

const alignUp = (n) => Math.ceil(n / ALIGNMENT) * ALIGNMENT;

/** The container holding `sections` ([{ name, bytes, coding }], bytes already coded) as one Buffer. */
export function packSections(sections) {
  let offset = alignUp(HEADER_BYTES + ENTRY_BYTES * sections.length);
  const placed = sections.map(({ name, bytes, coding = CODINGS.raw }) => {
    const entry = { name, bytes, offset, coding };
    offset = alignUp(offset + bytes.length);
    return entry;
  });
  const last = placed.at(-1);
  // No padding after the last section: the file ends where its data does.
  const total = last ? last.offset + last.bytes.length : HEADER_BYTES;
  if (total > 0xffffffff) throw new Error('build-assets: container over 4 GB');
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(FORMAT_VERSION, 8);
  out.writeUInt32LE(placed.length, 12);
  out.writeUInt32LE(total, 16);
  out.writeUInt32LE(0, 20);  // reserved
  placed.forEach(({ name, bytes, offset: at, coding }, i) => {
    const entry = HEADER_BYTES + ENTRY_BYTES * i;
    out.write(name, entry, NAME_BYTES, 'latin1');
    out.writeUInt32LE(coding, entry + NAME_BYTES);
    out.writeUInt32LE(0, entry + NAME_BYTES + 4);  // reserved
    out.writeUInt32LE(at, entry + NAME_BYTES + 8);
    out.writeUInt32LE(bytes.length, entry + NAME_BYTES + 12);
    bytes.copy(out, at);
  });
  return out;
}

/**
 * The sections of a container as [{ name, coding, stored, bytes }]: `stored`
 * as packed, `bytes` decoded (the file the manifest named). For tools and
 * tests; the core has its own reader (core/platform/assets.cc).
 */
export function unpackSections(container) {
  if (container.subarray(0, 8).toString('latin1') !== MAGIC) throw new Error('not a lesbar asset file');
  const version = container.readUInt32LE(8);
  if (version !== FORMAT_VERSION) throw new Error(`asset format ${version}, expected ${FORMAT_VERSION}`);
  const count = container.readUInt32LE(12);
  const sections = [];
  for (let i = 0; i < count; i++) {
    const entry = HEADER_BYTES + ENTRY_BYTES * i;
    const name = container.subarray(entry, entry + NAME_BYTES).toString('latin1').replace(/\0+$/, '');
    const coding = container.readUInt32LE(entry + NAME_BYTES);
    const offset = container.readUInt32LE(entry + NAME_BYTES + 8);
    const stored = container.subarray(offset, offset + container.readUInt32LE(entry + NAME_BYTES + 12));
    sections.push({ name, coding, stored, bytes: decodeSection(stored, coding) });
  }
  return sections;
}

export function buildAsset(manifestPath, outputPath) {
  const sections = readManifest(manifestPath).map(({ name, file, coding }) =>
    ({ name, coding, bytes: encodeSection(readFileSync(file), coding, name) }));
  const container = packSections(sections);
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, container);
  return container;
}

/** First 8 hex digits of the SHA-256 of `bytes`: the cache-busting part of a file name. */
export const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);

/**
 * Copies `built` (e.g. build/wasm/lesbar-entities.dat) into `distDir` as
 * lesbar-entities.<hash>.dat, removes earlier hashed copies, and writes
 * `moduleName` (a small ES module the wrapper imports) naming the file with
 * the URL written out literally, so bundlers find and copy it.
 */
export function publishAsset(built, distDir, moduleName) {
  const bytes = readFileSync(built);
  const stem = basename(built, '.dat');
  const fileName = `${stem}.${contentHash(bytes)}.dat`;
  mkdirSync(distDir, { recursive: true });
  for (const old of readdirSync(distDir)) {
    if (old !== fileName && new RegExp(`^${stem}\\.[0-9a-f]{8}\\.dat$`).test(old)) rmSync(join(distDir, old));
  }
  writeFileSync(join(distDir, fileName), bytes);
  writeFileSync(join(distDir, moduleName),
    `// Generated by scripts/build-assets.mjs: the content-hashed name of ${stem}.dat.\n` +
    `export const entitiesFileName = '${fileName}';\n` +
    '// A function, so a build that inlines the asset (the demo\'s file:// page,\n' +
    '// where import.meta.url has no meaning) never evaluates it.\n' +
    `export const defaultEntitiesUrl = () => new URL('./${fileName}', import.meta.url);\n`);
  return { fileName, bytes: bytes.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [manifest, output] = process.argv.slice(2);
  if (!manifest || !output) {
    console.error('usage: build-assets.mjs MANIFEST OUTPUT');
    process.exit(2);
  }
  try {
    buildAsset(manifest, output);
  } catch (error) {
    console.error(`build-assets: ${error.message}`);
    process.exit(1);
  }
}
