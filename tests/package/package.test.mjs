// The packed tarball, installed into fresh projects, works everywhere it is
// meant to: Node (ESM, CommonJS, the CLI), a Vite build in Chromium (main
// thread and lesbar/worker), a plain <script type="module"> page, and a
// worker of the user's own. Every page is served under the demo's strict CSP
// with requests to anywhere but localhost refused.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { guardedPage, launchChromium } from '../browser/chromium.mjs';
import { repoRoot } from '../js/helpers.mjs';

const TEXT = 'Dr. Müller kam am 5. Mai nach Berlin. Er blieb.';
let work;
let project;
let packed;
let browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'lesbar-pack-'));
  [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work],
    { cwd: repoRoot, encoding: 'utf8' }));
  project = join(work, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "app", "private": true, "type": "module" }');
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(work, tarball)],
    { cwd: project, stdio: 'pipe' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the ESM entry, types, wasm, CLI, README and licences, nothing else', (t) => {
  const files = packed.files.map((f) => f.path);
  for (const required of ['js/index.js', 'js/index.cjs', 'js/index.d.ts', 'js/worker.js', 'js/worker.d.ts',
    'js/worker-thread.js', 'js/summary.js', 'js/summary.d.ts', 'js/difficulty-scale.js', 'dist/lesbar-core.mjs', 'dist/lesbar-core.wasm',
    'dist/lesbar-textstat.dat', 'dist/lesbar-entities.mjs', 'dist/lesbar-contract.mjs', 'dist/lesbar-contract.json',
    'bin/lesbar.js', 'README.md', 'THIRD_PARTY.md', 'LICENSE', 'package.json']) {
    assert.ok(files.includes(required), `${required} missing from the package`);
  }
  const entityData = files.filter((f) => /^dist\/lesbar-entities\.[0-9a-f]{8}\.dat$/.test(f));
  assert.equal(entityData.length, 1, `one content-hashed entity data file: ${entityData}`);
  for (const file of files) {
    assert.match(file, /^(js|bin|dist)\/|^(README\.md|THIRD_PARTY\.md|LICENSE|package\.json)$/, `${file} should not ship`);
  }
  const sizes = `npm pack: ${(packed.size / 1024).toFixed(0)} KB packed, ` +
    `${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked, ${files.length} files`;
  t.diagnostic(sizes);
  // The budget: the wasm module (ICU, the syllable and language models)
  // packs to about 0.75 MB, the entity data (name-tagger model and name
  // lists) to about 1.2 MB, the textstat data (loaded only in that mode) to
  // about 1.1 MB, everything else to a few hundred KB.
  const textstat = packed.files.find((f) => f.path === 'dist/lesbar-textstat.dat');
  assert.ok(textstat, 'dist/lesbar-textstat.dat is in the package');
  assert.ok(packed.size < 4 * 1024 * 1024, sizes);
});

test('Node: ESM import, CommonJS require, lesbar/worker and lesbar/summary, the CLI', () => {
  writeFileSync(join(project, 'esm.mjs'), `
    import { createAnalyzer } from 'lesbar';
    import { createWorkerAnalyzer, serveAnalyzer } from 'lesbar/worker';
    import { hardestSentences } from 'lesbar/summary';
    const analyzer = await createAnalyzer();
    const r = analyzer.analyze(${JSON.stringify(TEXT)}, { language: 'auto' });
    console.log(JSON.stringify({ language: r.language, sentences: r.sentences.length,
      worker: typeof createWorkerAnalyzer + typeof serveAnalyzer,
      hardest: hardestSentences(${JSON.stringify(TEXT)}, r, 1).items[0].index,
      mostDifficult: r.sentences.reduce((best, s, i, all) =>
        s.readability.difficulty > all[best].readability.difficulty ? i : best, 0) }));
  `);
  const esm = JSON.parse(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }));
  const { mostDifficult, ...rest } = esm;
  assert.deepEqual(rest, { language: 'de', sentences: 2, worker: 'functionfunction', hardest: mostDifficult });
  writeFileSync(join(project, 'cjs.cjs'), `
    const { createAnalyzer } = require('lesbar');
    createAnalyzer().then((analyzer) => {
      console.log(analyzer.analyze('Hallo Welt. Wie geht es?').sentences.length);
    });
  `);
  assert.equal(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' }).trim(), '2');
  const cli = execFileSync(join(project, 'node_modules', '.bin', 'lesbar'), ['analyze', '-', '--json'],
    { cwd: project, input: 'Hallo Welt. Wie geht es?', encoding: 'utf8' });
  assert.equal(JSON.parse(cli).sentences.length, 2);
});

// The app both pages run: the analyzer on the page, the packaged worker, and
// a worker of the user's own that imports lesbar.
const appSource = (lesbar, worker, ownWorkerUrl) => `
import { createAnalyzer } from '${lesbar}';
import { createWorkerAnalyzer } from '${worker}';
const text = ${JSON.stringify(TEXT)};
const summary = (r) => ({ language: r.language, sentences: r.sentences.length, tokens: r.tokens.length });
(async () => {
  const out = {};
  try {
    const analyzer = await createAnalyzer();
    out.main = summary(analyzer.analyze(text));
    const worker = await createWorkerAnalyzer();
    out.worker = summary(await worker.analyze(text));
    out.workerError = await worker.analyze(42).then(() => 'none', (e) => e.name);
    worker.dispose();
    ${ownWorkerUrl ? `
    const own = new Worker(new URL('${ownWorkerUrl}', import.meta.url), { type: 'module' });
    out.ownWorker = await new Promise((resolve, reject) => {
      own.onmessage = (event) => resolve(event.data);
      own.onerror = (event) => reject(new Error(event.message));
      own.postMessage(text);
    });` : ''}
  } catch (error) {
    out.error = String(error?.stack ?? error);
  }
  document.body.dataset.result = JSON.stringify(out);
})();
`;

async function runPage(root, index) {
  const { server, url } = await startServer({ root, index });
  const { context, page, problems, foreignRequests } = await guardedPage(browser);
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-result]', { state: 'attached', timeout: 30000 });
    const result = JSON.parse(await page.getAttribute('body', 'data-result'));
    const violations = await page.evaluate(() => window.__cspViolations);
    return { result, problems, foreignRequests, violations };
  } finally {
    await context.close();
    server.close();
  }
}

const EXPECTED = { language: 'de', sentences: 2, tokens: 12 };

test('Vite: a built app analyses in Chromium, on the page and in lesbar/worker', async () => {
  const app = join(project, 'vite-app');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    '<script type="module" src="./main.js"></script></head><body></body></html>');
  writeFileSync(join(app, 'main.js'), appSource('lesbar', 'lesbar/worker', null));
  const { build } = await import('vite');
  const warnings = [];
  await build({
    root: app, configFile: false, logLevel: 'silent',
    customLogger: { info() {}, warn: (m) => warnings.push(m), warnOnce: (m) => warnings.push(m), error: (m) => warnings.push(m),
      clearScreen() {}, hasErrorLogged: () => false, hasWarned: false },
    build: { outDir: join(app, 'dist'), emptyOutDir: true },
  });
  assert.deepEqual(warnings, [], 'Vite warned');
  const assets = readdirSync(join(app, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `Vite did not emit the wasm: ${assets}`);
  assert.ok(assets.some((f) => /^lesbar-entities\..*\.dat$/.test(f)), `Vite did not emit the entity data: ${assets}`);
  const { result, problems, foreignRequests, violations } = await runPage(join(app, 'dist'), '/index.html');
  assert.deepEqual(result, { main: EXPECTED, worker: EXPECTED, workerError: 'TypeError' });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(violations, []);
});

test('Vite dev server, with lesbar excluded from dependency pre-bundling as documented', async () => {
  const app = join(project, 'vite-app');
  const { createServer } = await import('vite');
  const server = await createServer({
    root: app, configFile: false, logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
    // Pre-bundling copies lesbar into .vite/deps, away from its .wasm and worker files.
    optimizeDeps: { exclude: ['lesbar'] },
  });
  await server.listen();
  const { context, page, problems, foreignRequests } = await guardedPage(browser);
  try {
    await page.goto(server.resolvedUrls.local[0]);
    await page.waitForSelector('body[data-result]', { state: 'attached', timeout: 30000 });
    const result = JSON.parse(await page.getAttribute('body', 'data-result'));
    assert.deepEqual(result, { main: EXPECTED, worker: EXPECTED, workerError: 'TypeError' });
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('plain <script type="module"> page with no bundler, lesbar/worker and a worker of its own', async () => {
  writeFileSync(join(project, 'plain.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    '<script type="module" src="./plain.js"></script></head><body></body></html>');
  writeFileSync(join(project, 'plain.js'),
    appSource('./node_modules/lesbar/js/index.js', './node_modules/lesbar/js/worker.js', './own-worker.js'));
  writeFileSync(join(project, 'own-worker.js'), `
    import { createAnalyzer } from './node_modules/lesbar/js/index.js';
    const ready = createAnalyzer();
    self.onmessage = async (event) => {
      const r = (await ready).analyze(event.data);
      self.postMessage({ language: r.language, sentences: r.sentences.length, tokens: r.tokens.length });
    };
  `);
  const { result, problems, foreignRequests, violations } = await runPage(project, '/plain.html');
  assert.deepEqual(result, { main: EXPECTED, worker: EXPECTED, workerError: 'TypeError', ownWorker: EXPECTED });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(violations, []);
});
