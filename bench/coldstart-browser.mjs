// Cold start in Debian's Chromium (playwright-core): a fresh browser context
// (empty HTTP and code caches) per run opens bench/browser/coldstart.html,
// which imports lesbar, creates an analyzer and analyses the sample article
// once. Prints the median of RUNS runs per case, in ms: import, create,
// first analyze(), their total, and the time since navigation started.
// Reports only; never fails on a number.
//
//   node bench/coldstart-browser.mjs [--runs N] [--json FILE]
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from '../tests/browser/chromium.mjs';

const TARGET_FIRST_RESULT_MS = 150;
const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: cli } = parseArgs({ options: { runs: { type: 'string', default: '7' }, json: { type: 'string' } } });
const runs = Number(cli.runs);
const sampleName = readdirSync(path.join(repoRoot, 'web-demo', 'samples')).find((name) => name.endsWith('.txt'));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const { server, url } = await startServer({ root: repoRoot });
const browser = await launchChromium();
const cases = { 'with entities': true, 'entities: false': false };
const rows = [];
try {
  for (const [name, entities] of Object.entries(cases)) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const query = `sample=${encodeURIComponent(`/web-demo/samples/${sampleName}`)}&entities=${entities}`;
      await page.goto(new URL(`/bench/browser/coldstart.html?${query}`, url).href);
      await page.waitForSelector('body[data-done="true"]', { state: 'attached', timeout: 60000 }).catch(() => {
        throw new Error(`the cold-start page did not finish: ${errors.join('; ') || 'no error reported'}`);
      });
      samples.push(await page.evaluate(() => ({ ...document.body.dataset })));
      await context.close();
    }
    const medianOf = (key) => median(samples.map((s) => Number(s[key])));
    rows.push({
      name,
      importMs: medianOf('importMs'),
      createMs: medianOf('createMs'),
      firstAnalyzeMs: medianOf('firstAnalyzeMs'),
      totalMs: medianOf('totalMs'),
      sinceNavigationMs: medianOf('sinceNavigationMs'),
      entities: Number(samples[0].entities),
    });
  }
} finally {
  await browser.close();
  server.close();
}

const fmt = (ms) => ms.toFixed(1);
console.log(`Cold start in Chromium (${path.basename(sampleName)}, fresh context per run, median of ${runs}), ms`);
console.log('| case | import | create | first analyze | import → result | since navigation | entities |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${fmt(r.importMs)} | ${fmt(r.createMs)} | ${fmt(r.firstAnalyzeMs)} | ${fmt(r.totalMs)} | ${fmt(r.sinceNavigationMs)} | ${r.entities} |`);
}
const withEntities = rows.find((r) => r.name === 'with entities');
console.log(`first result ≤ ${TARGET_FIRST_RESULT_MS} ms (import → result, with entities): ${withEntities.totalMs <= TARGET_FIRST_RESULT_MS ? 'met' : 'missed'}`);
if (cli.json) writeFileSync(cli.json, JSON.stringify({ runs, sample: sampleName, rows }, null, 2));
