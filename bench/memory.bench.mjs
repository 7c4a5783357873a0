// Peak memory of one analyze() call on 1, 10 and 50 MB of German prose, each
// in a fresh Node process: segmentation only (the target: peak ≤ 20 × input
// + 16 MB above the process before the call) and the defaults. Prints the
// process's peak RSS (maxRSS), the same above its RSS before the call, the
// wasm linear memory after the call and after releaseMemory(), and the
// target. Reports only; never fails on a number.
//
//   node bench/memory.bench.mjs [--sizes 1,10,50] [--json FILE]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MB = 1e6;
const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sharedData = process.env.LESBAR_SHARED_DATA || path.join(repoRoot, '..', 'shared', 'data');
const corpus = path.join(sharedData, 'corpus', 'de_political_speeches_barbaresi_excerpt.txt');
const indexUrl = pathToFileURL(path.join(repoRoot, 'js', 'index.js')).href;
const { values: cli } = parseArgs({ options: { sizes: { type: 'string', default: '1,10,50' }, json: { type: 'string' } } });
const sizes = cli.sizes.split(',').map(Number);

// The child builds the text, settles, then analyses once. maxRSS covers the
// whole process, so the text and the JS result are in it too, as they are
// for a user.
const child = (megabytes, options) => `
import { readFileSync } from 'node:fs';
const { createAnalyzer } = await import(${JSON.stringify(indexUrl)});
const unit = readFileSync(${JSON.stringify(corpus)}, 'utf8');
// One join, not a growing string: its garbage would raise maxRSS before the
// call and hide the call's own peak.
const copies = Math.ceil((${megabytes} * 1e6) / (Buffer.byteLength(unit) + 2));
const text = Array(copies).fill(unit).join('\\n\\n');
const analyzer = await createAnalyzer();
analyzer.analyze('Ein kurzer Satz.', ${JSON.stringify(options)});
globalThis.gc?.();
const before = process.memoryUsage().rss;
const beforeMax = process.resourceUsage().maxRSS * 1024;
const result = analyzer.analyze(text, ${JSON.stringify(options)});
const peak = process.resourceUsage().maxRSS * 1024;
const wasmAfter = analyzer.memoryStats().wasmMemoryBytes;
await analyzer.releaseMemory();
process.stdout.write(JSON.stringify({
  bytes: Buffer.byteLength(text), tokens: result.tokens.length, before, beforeMax, peak,
  wasmAfter, wasmReleased: analyzer.memoryStats().wasmMemoryBytes,
}));
`;

const cases = {
  'segmentation only': { language: 'de', readability: false, entities: false },
  defaults: { language: 'de' },
};
const rows = [];
for (const [name, options] of Object.entries(cases)) {
  for (const megabytes of sizes) {
    process.stderr.write(`memory: ${name}, ${megabytes} MB\n`);
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child(megabytes, options)],
      { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`memory child failed: ${run.stderr.split('\n').find((l) => /Error/.test(l)) ?? run.status}`);
    const r = JSON.parse(run.stdout);
    // maxRSS is a high-water mark: when building the text reached higher
    // than the call, the call's own peak is not seen (then marked).
    rows.push({ name, megabytes, ...r, aboveBefore: r.peak - r.before, hidden: r.beforeMax >= r.peak,
      target: 20 * r.bytes + 16 * MB });
  }
}

const fmt = (bytes) => (bytes / MB).toFixed(0);
console.log('Peak memory of one analyze() on German prose, fresh process each, MB (1e6 bytes)');
console.log('| case | input | peak RSS | peak above the process before the call | target (segmentation: 20 × input + 16) | wasm memory after / after releaseMemory() |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const target = r.name === 'segmentation only' ? `${fmt(r.target)} ${r.aboveBefore <= r.target ? 'met' : 'missed'}` : '–';
  console.log(`| ${r.name} | ${fmt(r.bytes)} | ${fmt(r.peak)}${r.hidden ? ' (before the call)' : ''} | ${fmt(r.aboveBefore)} | ${target} | ${fmt(r.wasmAfter)} / ${fmt(r.wasmReleased)} |`);
}
if (cli.json) writeFileSync(cli.json, JSON.stringify(rows, null, 2));
