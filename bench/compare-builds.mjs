// Compares builds of lesbar on one machine in one session, alternately, so
// load from other processes hits every build alike: segmentation-only
// throughput on the benchmark corpora, and cold start in fresh processes.
//
//   node bench/compare-builds.mjs [--rounds N] [--cold N] DIR...
//
// Each DIR is a lesbar package with its build (js/ and dist/, as a copy of
// this repository after `node scripts/build.mjs`); give this repository's
// root for the current build. Prints medians per build, MB = 1e6 bytes of
// UTF-8 input.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: cli, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '7' }, cold: { type: 'string', default: '11' } },
});
if (dirs.length === 0) {
  console.error('usage: node bench/compare-builds.mjs [--rounds N] [--cold N] DIR...');
  process.exit(2);
}
const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sharedData = process.env.LESBAR_SHARED_DATA || path.join(repoRoot, '..', 'shared', 'data');
const corpusDir = path.join(sharedData, 'corpus');
const sample = path.join(sharedData, 'samples', readdirSync(path.join(sharedData, 'samples'))
  .find((name) => name.endsWith('.txt')));
const corpus = (prefix) => readFileSync(path.join(corpusDir,
  readdirSync(corpusDir).find((name) => name.startsWith(prefix) && name.endsWith('.txt'))), 'utf8');
const indexUrl = (dir) => pathToFileURL(path.join(path.resolve(dir), 'js', 'index.js')).href;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The corpus repeated as blank-line separated paragraphs, cut to `bytes`. */
function sized(unit, bytes) {
  const copies = Math.ceil(bytes / (Buffer.byteLength(unit) + 2));
  const buffer = Buffer.from(Array(copies).fill(unit).join('\n\n'));
  let end = Math.min(bytes, buffer.length);
  while (end > 0 && (buffer[end] & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString();
}

// ---- Throughput, segmentation only, the language given and 'auto'.
const texts = { de: sized(corpus('de_political_speeches'), 5e6), en: sized(corpus('en_gum'), 5e6) };
const modes = {
  given: (language) => ({ language, entities: false, readability: false }),
  auto: () => ({ entities: false, readability: false }),
};
const analyzers = [];
for (const dir of dirs) {
  const { createAnalyzer } = await import(indexUrl(dir));
  analyzers.push(await createAnalyzer({ entities: false }));
}
for (const analyzer of analyzers) {
  for (const [language, text] of Object.entries(texts)) {
    for (const options of Object.values(modes)) analyzer.analyze(text.slice(0, 200_000), options(language));
  }
}
const rates = {};
for (let round = 0; round < Number(cli.rounds); round++) {
  for (const [language, text] of Object.entries(texts)) {
    for (const [mode, options] of Object.entries(modes)) {
      analyzers.forEach((analyzer, i) => {
        const t0 = performance.now();
        analyzer.analyze(text, options(language));
        const ms = performance.now() - t0;
        (rates[`${language} ${mode}`] ??= dirs.map(() => [])) [i].push(Buffer.byteLength(text) / 1e6 / (ms / 1e3));
      });
    }
  }
}
for (const analyzer of analyzers) analyzer.dispose();
console.log(`Segmentation only (entities: false, readability: false), 5 MB, median of ${cli.rounds} alternating runs, MB/s`);
console.log(['', ...dirs].join('\t'));
for (const [key, perBuild] of Object.entries(rates)) {
  console.log([key, ...perBuild.map((xs) => median(xs).toFixed(2))].join('\t'));
}

// ---- Cold start: fresh process, import + createAnalyzer() + first analyze()
// of the sample article, timed from the child's first statement.
const coldCases = {
  'defaults': { create: '', options: '{}' },
  'entities off': { create: '{ entities: false }', options: '{ entities: false, readability: false }' },
};
const child = (dir, { create, options }) => `
const t0 = performance.now();
const { createAnalyzer } = await import(${JSON.stringify(indexUrl(dir))});
const analyzer = await createAnalyzer(${create});
const t1 = performance.now();
const text = (await import('node:fs')).readFileSync(${JSON.stringify(sample)}, 'utf8');
const t2 = performance.now();
analyzer.analyze(text, ${options});
const t3 = performance.now();
process.stdout.write(JSON.stringify({ total: t1 - t0 + t3 - t2, create: t1 - t0, first: t3 - t2 }));`;
console.log(`\nCold start on ${path.basename(sample)}, median of ${cli.cold} alternating processes, ms (total = create + first analyze)`);
console.log(['', ...dirs].join('\t'));
for (const [name, coldCase] of Object.entries(coldCases)) {
  const samples = dirs.map(() => ({ total: [], create: [], first: [] }));
  for (let run = 0; run < Number(cli.cold); run++) {
    dirs.forEach((dir, i) => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', child(dir, coldCase)], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`cold start of ${dir} failed: ${result.stderr}`);
      const times = JSON.parse(result.stdout);
      for (const key of Object.keys(times)) samples[i][key].push(times[key]);
    });
  }
  for (const key of ['total', 'create', 'first']) {
    console.log([`${name}: ${key}`, ...samples.map((s) => median(s[key]).toFixed(1))].join('\t'));
  }
}
