// Segmentation benchmark for lesbar: throughput against Intl.Segmenter,
// linearity up to 50 MB, pathological inputs, cold start, bundle sizes and
// peak memory. Prints tables to stdout (progress goes to stderr) and never
// fails the process because a target is missed: it only reports.
//
//   node bench/segmentation.bench.mjs [--quick] [--json FILE]
//
//   --quick      skip the 50 MB run and the pathological inputs
//   --json FILE  also write all numbers as JSON to FILE
//
// analyze() runs with { readability: false, entities: false } here, so this
// measures segmentation (normalise, language, paragraphs, sentences, tokens,
// quotes); bench/readability.bench.mjs and bench/entities.bench.mjs measure
// the analyses on top.
//
// Units: 1 KB = 1e3 bytes, 1 MB = 1e6 bytes. Throughput is measured in UTF-8
// bytes of input, even though the core works on UTF-16, so that the numbers
// compare with other tools and with file sizes.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const SEGMENTATION_ONLY = Object.freeze({ readability: false, entities: false });

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sharedData = process.env.LESBAR_SHARED_DATA || path.join(repoRoot, '..', 'shared', 'data');
const corpusDir = path.join(sharedData, 'corpus');
const indexUrl = pathToFileURL(path.join(repoRoot, 'js', 'index.js')).href;

const { values: cli } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const KB = 1e3;
const MB = 1e6;

// Repetitions. Chosen so the full run stays around one minute on a
// 2-core CI box; the Intl baseline is the slow part, hence fewer runs.
const RUNS = {
  throughputLesbar: 7,
  throughputIntl: 3,
  linearity: 5,
  huge: 2, // 50 MB: each run takes seconds, two are enough to spot noise
  pathological: 3,
  coldStart: 5,
};
// Small inputs are timed in batches of at least this long, so that timer
// resolution and per-call overhead do not dominate.
const MIN_BATCH_MS = 100;

const THROUGHPUT_BYTES = 5 * MB;
const LINEARITY_SIZES = [1 * KB, 10 * KB, 100 * KB, 1 * MB, 10 * MB, ...(cli.quick ? [] : [50 * MB])];
const PATHOLOGICAL_BYTES = 10 * MB;

// The targets of the speed and size work: segmentation only at 20 MB/s and
// 6× Intl.Segmenter, cold start 50 ms, the core wasm at most 600 KiB brotli.
const TARGETS = {
  mbPerSec: 20,
  intlRatio: 6,
  linearityFactor: 2,
  coldStartMs: 50,
  // In KiB, as bench/sizes.mjs and the docs count sizes.
  wasmBrotliKiB: 600,
};

const startedAt = performance.now();
const progress = (msg) => process.stderr.write(`[bench] ${msg}\n`);

// ---------------------------------------------------------------- helpers

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Times fn() and returns the median milliseconds per call. A warm-up call
 * (optionally on a cheaper function) lets V8 tier up the JS glue first; its
 * duration also calibrates how many calls go into one timed sample.
 */
function timeIt(fn, { runs, warmup = fn, batch = true }) {
  let iterations = 1;
  if (warmup) {
    const t0 = performance.now();
    warmup();
    const once = performance.now() - t0;
    if (batch && warmup === fn) iterations = Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(once, 1e-3)));
  }
  const samples = [];
  let last;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) last = fn();
    samples.push((performance.now() - t0) / iterations);
  }
  return { ms: median(samples), samples, iterations, last };
}

const utf8Length = (s) => Buffer.byteLength(s, 'utf8');

/**
 * Repeats `unit` (by default joined by blank lines, so every copy is its own
 * paragraph) and cuts the result to exactly `bytes` UTF-8 bytes, or up to
 * three bytes less so the cut falls on a character boundary.
 */
function sizedText(unit, bytes, separator = '\n\n') {
  const unitBytes = utf8Length(unit) + utf8Length(separator);
  const copies = Math.ceil(bytes / unitBytes);
  const buf = Buffer.from(Array(copies).fill(unit).join(separator), 'utf8');
  let end = Math.min(bytes, buf.length);
  // Never end inside a multi-byte sequence (continuation bytes are 10xxxxxx).
  while (end > 0 && end < buf.length && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

/** Paragraphs as the Intl baseline sees them: split on blank lines. */
const splitParagraphs = (text) => text.split(/\n[ \t]*\n/);

/**
 * Word + sentence segmentation with Intl.Segmenter, per paragraph: on one
 * long string Node 20's Segmenter gets super-linear, which would make the
 * comparison meaningless.
 */
function intlSegment(words, sentences, paragraphs) {
  let tokens = 0;
  let sentenceCount = 0;
  for (const p of paragraphs) {
    for (const seg of words.segment(p)) {
      if (seg.isWordLike || /\S/.test(seg.segment)) tokens++;
    }
    for (const _ of sentences.segment(p)) sentenceCount++;
  }
  return { tokens, sentences: sentenceCount };
}

const mbps = (bytes, ms) => bytes / MB / (ms / 1e3);
const perSec = (count, ms) => count / (ms / 1e3);

function fmt(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const fmtInt = (x) => fmt(x, 0);
const fmtBytes = (b) => (b >= MB ? `${fmt(b / MB, b % MB ? 2 : 0)} MB` : `${fmt(b / KB, b % KB ? 1 : 0)} KB`);
const passMiss = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');

/** Prints an aligned text table; columns whose cells look numeric are right-aligned. */
function printTable(title, headers, rows) {
  const cells = [headers, ...rows.map((r) => r.map((c) => String(c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const numeric = headers.map((_, i) => rows.every((r) => /^[-+–]?[\d.,]+\s*(×|%|ms|KB|MB)?$|^–?$/.test(String(r[i]))));
  const line = (r) =>
    r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

// ----------------------------------------------------------------- corpus

function findCorpus(prefix) {
  const name = readdirSync(corpusDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`bench: no ${prefix}*.txt in ${corpusDir}`);
  return { file: name, text: readFileSync(path.join(corpusDir, name), 'utf8') };
}

const corpora = [
  { language: 'de', ...findCorpus('de_political_speeches') },
  { language: 'en', ...findCorpus('en_gum') },
];

/** Informational only: the ICU data the wasm build filtered and embedded. */
function findIcuDataCache() {
  const file = path.join(repoRoot, 'build', 'wasm', 'icu-data', 'icudt72l.dat');
  return existsSync(file) ? { path: file, bytes: statSync(file).size } : null;
}

// ------------------------------------------------------------------- main

const results = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    nodeIcu: process.versions.icu,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    quick: cli.quick,
    units: { KB: 1e3, MB: 1e6, throughput: 'UTF-8 bytes of input' },
    corpus: Object.fromEntries(corpora.map((c) => [c.language, { file: c.file, bytes: utf8Length(c.text) }])),
    icuDataCache: findIcuDataCache(),
  },
};

const { createAnalyzer } = await import(indexUrl);
const analyzer = await createAnalyzer();

// 2 + 3. Throughput on ~5 MB, lesbar and Intl.Segmenter side by side.
results.throughput = [];
for (const { language, text: corpus } of corpora) {
  const text = sizedText(corpus, THROUGHPUT_BYTES);
  const bytes = utf8Length(text);
  const options = { language, ...SEGMENTATION_ONLY };

  progress(`throughput lesbar ${language} (${fmtBytes(bytes)})`);
  // Warm up on one corpus copy: enough for the JIT, a fraction of the cost.
  const lesbar = timeIt(() => analyzer.analyze(text, options), {
    runs: RUNS.throughputLesbar,
    warmup: () => analyzer.analyze(corpus, options),
  });
  const lesbarTokens = lesbar.last.tokens.length;
  const lesbarSentences = lesbar.last.sentences.length;
  lesbar.last = null;

  progress(`throughput Intl.Segmenter ${language}`);
  const words = new Intl.Segmenter(language, { granularity: 'word' });
  const sentences = new Intl.Segmenter(language, { granularity: 'sentence' });
  const paragraphs = splitParagraphs(text);
  const intl = timeIt(() => intlSegment(words, sentences, paragraphs), {
    runs: RUNS.throughputIntl,
    warmup: () => intlSegment(words, sentences, splitParagraphs(corpus)),
  });

  const row = {
    language,
    bytes,
    lesbar: {
      ms: lesbar.ms,
      mbPerSec: mbps(bytes, lesbar.ms),
      tokens: lesbarTokens,
      tokensPerSec: perSec(lesbarTokens, lesbar.ms),
      sentences: lesbarSentences,
      samplesMs: lesbar.samples,
    },
    intl: {
      ms: intl.ms,
      mbPerSec: mbps(bytes, intl.ms),
      tokens: intl.last.tokens,
      tokensPerSec: perSec(intl.last.tokens, intl.ms),
      sentences: intl.last.sentences,
      samplesMs: intl.samples,
    },
  };
  row.ratio = row.lesbar.mbPerSec / row.intl.mbPerSec;
  results.throughput.push(row);
}

// 4. Linearity: the same German prose at growing sizes.
results.linearity = [];
const linearityBase = corpora[0];
let prose10MB = null;
for (const size of LINEARITY_SIZES) {
  const text = sizedText(linearityBase.text, size);
  const bytes = utf8Length(text);
  const options = { language: linearityBase.language, ...SEGMENTATION_ONLY };
  progress(`linearity ${fmtBytes(size)}`);
  const huge = size > 10 * MB;
  const t = timeIt(() => analyzer.analyze(text, options).tokens.length, {
    runs: huge ? RUNS.huge : RUNS.linearity,
    // The big runs are warm already from the smaller sizes; a warm-up there
    // would only add seconds.
    warmup: size >= 10 * MB ? null : undefined,
  });
  const row = {
    bytes,
    ms: t.ms,
    mbPerSec: mbps(bytes, t.ms),
    tokens: t.last,
    tokensPerSec: perSec(t.last, t.ms),
    callsPerSample: t.iterations,
    samplesMs: t.samples,
  };
  if (size === 10 * MB) prose10MB = row;
  results.linearity.push(row);
}
// Peak RSS right after the largest run, before anything else allocates.
results.memory = { maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB, afterBytes: results.linearity.at(-1).bytes };

// 4b. Pathological inputs at 10 MB, relative to ordinary prose at 10 MB.
results.pathological = [];
if (!cli.quick) {
  const repeated = (unit) => sizedText(unit, PATHOLOGICAL_BYTES, '');
  const cases = [
    ["one character ('a' × 10M)", () => repeated('a')],
    // Real prose with every whitespace removed: one giant "word" mix of
    // letters, digits and punctuation, but no place to break on spaces.
    ['no spaces (prose, whitespace removed)', () => repeated(linearityBase.text.replace(/\s+/g, ''))],
    ["no sentence end ('wort ' × 2M)", () => repeated('wort ')],
    ["repeated punctuation ('!?' × 5M)", () => repeated('!?')],
    ['mixed marks (\'(.?!„“«»-\' repeated)', () => repeated('(.?!„“«»-')],
    ['binary junk (random UTF-16 code units)', () => {
      let seed = 12345;
      const units = new Uint16Array(PATHOLOGICAL_BYTES / 3);
      for (let i = 0; i < units.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        units[i] = seed & 0xffff;
      }
      let text = '';
      for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.subarray(i, i + 4096));
      return text;
    }],
    ['combining marks (U+0301 repeated)', () => repeated('\u0301')],
    ['emoji ZWJ families repeated', () => repeated('👨‍👩‍👧‍👦 ')],
    ['right-to-left (Arabic and Hebrew prose)', () => repeated('مرحبا بالعالم. שלום עולם! ')],
    // Kanji and kana alternate: without the CJK dictionary (filtered out for
    // size) ICU's fallback engine used to rebuild a script set at each switch.
    ['Japanese (kanji and kana)', () => repeated('東京は日本の首都です。カタカナもあります。')],
  ];
  for (const [name, make] of cases) {
    const text = make();
    const bytes = utf8Length(text);
    progress(`pathological: ${name}`);
    const t = timeIt(() => {
      const r = analyzer.analyze(text, { language: 'de', ...SEGMENTATION_ONLY });
      return { tokens: r.tokens.length, sentences: r.sentences.length };
    }, { runs: RUNS.pathological, warmup: null });
    const rate = mbps(bytes, t.ms);
    results.pathological.push({
      name,
      bytes,
      ms: t.ms,
      mbPerSec: rate,
      tokens: t.last.tokens,
      sentences: t.last.sentences,
      relativeToProse: prose10MB ? rate / prose10MB.mbPerSec : null,
      samplesMs: t.samples,
    });
  }
}

// 5. Cold start in a fresh process: import + createAnalyzer + first analyze.
// performance.now() in the child counts from its own start, so t0 taken as
// the first statement excludes Node's boot; the wall time of the whole
// process is reported alongside for context.
progress('cold start');
const childScript = `
const t0 = performance.now();
const { createAnalyzer } = await import(${JSON.stringify(indexUrl)});
const analyzer = await createAnalyzer();
analyzer.analyze('Guten Tag. Das ist ein kurzer Text.', { language: 'auto' });
const t1 = performance.now();
process.stdout.write(JSON.stringify({ ms: t1 - t0 }));
`;
const coldSamples = [];
const wallSamples = [];
let coldError = null;
for (let i = 0; i < RUNS.coldStart && coldError === null; i++) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', childScript], { encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (child.status !== 0) {
    // Keep the report readable: the first error line says enough.
    coldError = child.stderr.split('\n').find((l) => /Error/.test(l))?.trim() ?? `exit status ${child.status}`;
    progress(`cold start child failed: ${coldError}`);
    break;
  }
  coldSamples.push(JSON.parse(child.stdout).ms);
  wallSamples.push(wall);
}
results.coldStart = {
  ms: coldSamples.length ? median(coldSamples) : null,
  processWallMs: wallSamples.length ? median(wallSamples) : null,
  samplesMs: coldSamples,
  error: coldError,
};

// 6. Sizes. The ICU data is embedded in the wasm, so the wasm alone is "wasm + data".
progress('sizes');
results.sizes = {};
for (const name of ['lesbar-core.wasm', 'lesbar-core.mjs']) {
  const buf = readFileSync(path.join(repoRoot, 'dist', name));
  results.sizes[name] = {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}
const wasmSize = results.sizes['lesbar-core.wasm'];
const jsSize = results.sizes['lesbar-core.mjs'];
results.sizes.total = {
  raw: wasmSize.raw + jsSize.raw,
  gzip: wasmSize.gzip + jsSize.gzip,
  brotli: wasmSize.brotli + jsSize.brotli,
};

// 8. Targets.
const linA = results.linearity.find((r) => r.bytes === 100 * KB);
const linB = results.linearity.at(-1);
const linearityFactor = linA && linB ? linA.mbPerSec / linB.mbPerSec : null;
results.targets = [
  ...results.throughput.map((r) => ({
    name: `throughput ${r.language} (wasm)`,
    target: `≥ ${TARGETS.mbPerSec} MB/s`,
    value: `${fmt(r.lesbar.mbPerSec)} MB/s`,
    pass: r.lesbar.mbPerSec >= TARGETS.mbPerSec,
  })),
  ...results.throughput.map((r) => ({
    name: `vs Intl.Segmenter ${r.language}`,
    target: `≥ ${TARGETS.intlRatio}×`,
    value: `${fmt(r.ratio, 2)}×`,
    pass: r.ratio >= TARGETS.intlRatio,
  })),
  {
    name: `linearity 100 KB → ${fmtBytes(linB.bytes)}${cli.quick ? ' (quick)' : ''}`,
    target: `slowdown ≤ ${TARGETS.linearityFactor}×`,
    value: `${fmt(linearityFactor, 2)}×`,
    pass: linearityFactor === null ? null : linearityFactor <= TARGETS.linearityFactor,
  },
  ...(results.pathological.length ? [(() => {
    const slowest = results.pathological.reduce((a, b) => (a.relativeToProse <= b.relativeToProse ? a : b));
    return {
      name: `slowest bad input per byte: ${slowest.name.split(' (')[0]}`,
      target: '≤ 3× slower than prose',
      value: `${fmt(1 / slowest.relativeToProse, 2)}× slower`,
      pass: slowest.relativeToProse >= 1 / 3,
    };
  })()] : []),
  {
    name: 'cold start (import → first analyze)',
    target: `≤ ${TARGETS.coldStartMs} ms`,
    value: results.coldStart.ms === null ? 'failed' : `${fmt(results.coldStart.ms)} ms`,
    pass: results.coldStart.ms === null ? null : results.coldStart.ms <= TARGETS.coldStartMs,
  },
  {
    name: 'wasm + ICU data, brotli',
    target: `≤ ${TARGETS.wasmBrotliKiB} KiB`,
    value: `${fmt(wasmSize.brotli / 1024)} KiB`,
    pass: wasmSize.brotli / 1024 <= TARGETS.wasmBrotliKiB,
  },
];

// ----------------------------------------------------------------- report

const m = results.meta;
console.log(`lesbar segmentation benchmark${cli.quick ? ' (--quick)' : ''}`);
console.log(`Node ${m.node} (ICU ${m.nodeIcu}), ${m.cpu}, ${m.cores} cores, ${m.date}`);
console.log('Units: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes; throughput counts UTF-8 bytes of input; times are medians.');
console.log(`Corpus: ${corpora.map((c) => `${c.language} = ${c.file} (${fmtBytes(utf8Length(c.text))})`).join(', ')}`);

printTable(
  `Throughput on ~5 MB (corpus repeated, blank-line separated); lesbar ${RUNS.throughputLesbar} runs, Intl ${RUNS.throughputIntl} runs`,
  ['lang', 'engine', 'input', 'ms', 'MB/s', 'tokens/s', 'tokens', 'sentences'],
  results.throughput.flatMap((r) => [
    [r.language, 'lesbar analyze()', fmtBytes(r.bytes), fmt(r.lesbar.ms), fmt(r.lesbar.mbPerSec, 2), fmtInt(r.lesbar.tokensPerSec), fmtInt(r.lesbar.tokens), fmtInt(r.lesbar.sentences)],
    [r.language, 'Intl.Segmenter word+sentence', fmtBytes(r.bytes), fmt(r.intl.ms), fmt(r.intl.mbPerSec, 2), fmtInt(r.intl.tokensPerSec), fmtInt(r.intl.tokens), fmtInt(r.intl.sentences)],
    [r.language, 'ratio lesbar / Intl', '', '', `${fmt(r.ratio, 2)}×`, `${fmt(r.lesbar.tokensPerSec / r.intl.tokensPerSec, 2)}×`, '', ''],
  ]),
);
console.log('Intl.Segmenter runs per paragraph (split on blank lines); tokens = segments that are word-like or non-whitespace.');

printTable(
  `Linearity: analyze() on German prose (${linearityBase.file}) at growing sizes`,
  ['input', 'calls/sample', 'ms', 'MB/s', 'tokens/s', 'tokens'],
  results.linearity.map((r) => [fmtBytes(r.bytes), fmtInt(r.callsPerSample), fmt(r.ms, 2), fmt(r.mbPerSec, 2), fmtInt(r.tokensPerSec), fmtInt(r.tokens)]),
);

if (results.pathological.length) {
  printTable(
    `Pathological inputs at 10 MB (language 'de'), relative to prose at 10 MB (${fmt(prose10MB?.mbPerSec, 2)} MB/s)`,
    ['input', 'ms', 'MB/s', 'vs prose', 'tokens', 'sentences'],
    results.pathological.map((r) => [r.name, fmt(r.ms), fmt(r.mbPerSec, 2), `${fmt(r.relativeToProse, 2)}×`, fmtInt(r.tokens), fmtInt(r.sentences)]),
  );
}

printTable(
  `Cold start in a fresh process (median of ${RUNS.coldStart})`,
  ['measure', 'ms'],
  [
    ['import + createAnalyzer() + first analyze()', fmt(results.coldStart.ms)],
    ['whole child process, wall clock (info)', fmt(results.coldStart.processWallMs)],
  ],
);
if (results.coldStart.error) console.log(`Cold start failed: ${results.coldStart.error}`);

printTable(
  'Sizes (ICU data is embedded in the wasm)',
  ['file', 'raw KB', 'gzip -9 KB', 'brotli 11 KB'],
  [
    ['dist/lesbar-core.wasm', wasmSize],
    ['dist/lesbar-core.mjs', jsSize],
    ['total wasm + js', results.sizes.total],
  ].map(([name, s]) => [name, fmt(s.raw / KB), fmt(s.gzip / KB), fmt(s.brotli / KB)]),
);
if (m.icuDataCache) {
  console.log(`Info: raw ICU data before embedding: ${m.icuDataCache.path} (${fmt(m.icuDataCache.bytes / KB)} KB)`);
}

printTable(
  'Memory',
  ['measure', 'MB'],
  [[`peak RSS (maxRSS) after the ${fmtBytes(results.memory.afterBytes)} run`, fmt(results.memory.maxRssMB)]],
);
console.log('The wasm heap is not reachable through the public API; peak RSS includes the JS result objects.');

printTable(
  'Targets',
  ['check', 'target', 'measured', 'result'],
  results.targets.map((t) => [t.name, t.target, t.value, passMiss(t.pass)]),
);

results.meta.totalSeconds = (performance.now() - startedAt) / 1e3;
console.log(`\nTotal bench time: ${fmt(results.meta.totalSeconds)} s`);

if (cli.json) {
  writeFileSync(cli.json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`JSON written to ${cli.json}`);
}
