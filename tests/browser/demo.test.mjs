// Debian's Chromium, driven by playwright-core, loads the demo page, which
// imports the module and analyzes the sample article. No downloaded browser.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { createAnalyzer } from '../../js/index.js';
import { startServer } from '../../scripts/serve.mjs';
import { repoRoot, sampleArticle } from '../js/helpers.mjs';

const CHROMIUM = process.env.LESBAR_CHROMIUM ?? '/usr/bin/chromium';
const outputDir = join(repoRoot, 'tests', 'output');
let server;
let url;
let browser;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} missing: run npm run setup`);
  ({ server, url } = await startServer({ root: repoRoot }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the demo analyzes the sample article with zero console errors', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const foreignRequests = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(url).origin)) foreignRequests.push(request.url());
  });

  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });

  const analyzer = await createAnalyzer();
  const expected = analyzer.analyze(readFileSync(sampleArticle, 'utf8'), { language: 'auto' });
  const sentenceCount = Number(await page.getAttribute('body', 'data-sentences'));
  assert.equal(sentenceCount, expected.sentences.length);
  assert.equal(await page.locator('#sentences > li').count(), expected.sentences.length);
  assert.match(await page.textContent('#counts'), /de/);
  const firstWords = await page.locator('#sentences > li:nth-child(3) .token').allTextContents();
  assert.deepEqual(firstWords.slice(0, 6), ['Der', 'russische', 'Verteidigungsminister', 'Sergej', 'Schoigu', 'hat']);
  // "Wer sagte was" (#7): one row per quotation, with its cue.
  assert.equal(await page.locator('#quotes > li').count(), expected.quotes.length);
  assert.match(await page.textContent('#quotes > li:first-child'), /erklärte: erreicht ein völlig neues Niveau/);

  mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, 'demo-sample.png'), fullPage: false });

  // Typed HTML is shown as text and runs nothing.
  await page.fill('#text', '<img src=x onerror="document.body.dataset.pwned=1"> Hallo Welt.');
  await page.waitForFunction(() => document.querySelector('#sentences li')?.textContent.includes('img'));
  assert.equal(await page.getAttribute('body', 'data-pwned'), null);
  assert.equal(await page.locator('#sentences img').count(), 0);

  await page.screenshot({ path: join(outputDir, 'demo-html-as-text.png'), fullPage: false });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});
