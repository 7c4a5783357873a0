// Download sizes of what lesbar ships: raw, gzip -9 and brotli -q 11 of the
// wasm module, the entity data (fetched beside it unless entities are off),
// the textstat data (fetched only in that mode) and the file:// demo page.
// Needs a build (node scripts/build.mjs --wasm-only). Reports only.
//
//   node bench/sizes.mjs [--json FILE]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: cli } = parseArgs({ options: { json: { type: 'string' } } });
const dist = path.join(repoRoot, 'dist');
const { entitiesFileName } = await import(new URL('../dist/lesbar-entities.mjs', import.meta.url));

const ASSETS = [
  ['wasm module', path.join(dist, 'lesbar-core.wasm')],
  ['JS glue', path.join(dist, 'lesbar-core.mjs')],
  ['entity data', path.join(dist, entitiesFileName)],
  ['textstat data', path.join(dist, 'lesbar-textstat.dat')],
  ['file:// demo page', path.join(repoRoot, 'web-demo', 'dist', 'index.html')],
];

// The command-line tools when installed (`gzip -9`, `brotli -q 11`, the
// commands docs/measurements.md's figures name; apt-get install brotli),
// else Node's zlib at the same levels, whose output differs from theirs by
// about 1 %.
const hasTool = (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
const TOOLS = { gzip: hasTool('gzip'), brotli: hasTool('brotli') };
const viaTool = (tool, args, file) =>
  spawnSync(tool, [...args, '-c', file], { maxBuffer: 1 << 30 }).stdout.length;
const measure = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: TOOLS.gzip ? viaTool('gzip', ['-9'], file) : gzipSync(bytes, { level: 9 }).length,
    brotli: TOOLS.brotli ? viaTool('brotli', ['-q', '11'], file) : brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};

const kb = (n) => `${(n / 1024).toFixed(0)} KB`.padStart(9);
const rows = [];
console.log(`sizes in KiB; gzip -9 via ${TOOLS.gzip ? 'gzip' : 'zlib'}, brotli -q 11 via ${TOOLS.brotli ? 'brotli' : 'zlib'}`);
console.log(`${'asset'.padEnd(20)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}  file`);
for (const [name, file] of ASSETS) {
  if (!existsSync(file)) {
    console.log(`${name.padEnd(20)}   (missing: ${path.relative(repoRoot, file)})`);
    continue;
  }
  const size = measure(file);
  rows.push({ name, file: path.relative(repoRoot, file), ...size });
  console.log(`${name.padEnd(20)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}  ${path.relative(repoRoot, file)}`);
}
const [wasm, , entities] = rows;
if (wasm && entities) {
  console.log(`default download (wasm + entity data), brotli: ${kb(wasm.brotli + entities.brotli).trim()}; ` +
    `with entities: false: ${kb(wasm.brotli).trim()}`);
}
if (cli.json) writeFileSync(cli.json, `${JSON.stringify(rows, null, 2)}\n`);
