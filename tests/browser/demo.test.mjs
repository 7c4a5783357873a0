// The demo page in Debian's Chromium (playwright-core), with the real wasm:
// over http under the strict CSP, and as the file:// build. Every request
// that would leave the machine fails the test. Screenshots go to tests/output/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { createAnalyzer } from '../../js/index.js';
import { DIFFICULTY_LABELS, difficultyLabel, sentenceWordCounts } from '../../js/summary.js';
import { PANEL_IDS } from '../../web-demo/lib/panels.js';
import { startServer } from '../../scripts/serve.mjs';
import { repoRoot, sampleArticle } from '../js/helpers.mjs';
import { guardedPage, launchChromium } from './chromium.mjs';

const outputDir = join(repoRoot, 'tests', 'output');
const distPage = join(repoRoot, 'web-demo', 'dist', 'index.html');
const sample = readFileSync(sampleArticle, 'utf8');
let server;
let url;
let browser;
let analyzer;

before(async () => {
  mkdirSync(outputDir, { recursive: true });
  ({ server, url } = await startServer({ root: repoRoot }));
  browser = await launchChromium();
  analyzer = await createAnalyzer();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const screenshot = (page, name) => page.screenshot({ path: join(outputDir, name), fullPage: true });

// The page follows the browser's language: these tests read German unless they ask otherwise.
async function openDemo(t, options = {}) {
  const guarded = await guardedPage(browser, { viewport: { width: 1400, height: 1000 }, locale: 'de-DE', ...options });
  t.after(() => guarded.context.close());
  const response = await guarded.page.goto(url);
  await guarded.page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { ...guarded, response };
}

/** Runs `action` and waits until the page has shown the analysis it caused. */
async function analysed(page, action) {
  const before = await page.evaluate(() => document.body.dataset.analysis ?? '0');
  await action();
  await page.waitForFunction((previous) => document.body.dataset.analysis !== previous &&
    document.body.dataset.busy === 'false', before, { timeout: 60000 });
}

async function assertClean(page, { problems, foreignRequests }) {
  assert.deepEqual(foreignRequests, [], 'requests left the page');
  assert.deepEqual(problems, [], 'console errors or warnings');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
}

const uniqueCount = (page, selector, attribute) => page.evaluate(([s, a]) =>
  new Set([...document.querySelectorAll(s)].map((e) => e.getAttribute(a))).size, [selector, attribute]);

/** The page shows exactly what analyze() returns for the same text. */
async function assertShows(page, text, expected) {
  assert.equal(await page.textContent('#textview .textview'), text);
  assert.equal(await uniqueCount(page, '#textview [data-sentence]', 'data-sentence'), expected.sentences.length);
  assert.equal(await uniqueCount(page, '#textview mark[data-entity]', 'data-entity'), expected.entities?.length ?? 0);
  const validQuotes = (expected.quotes ?? []).filter((q) => q.end > q.start).length;
  assert.equal(await uniqueCount(page, '#textview [data-quote]', 'data-quote'), validQuotes);
  const dataset = await page.evaluate(() => ({ ...document.body.dataset }));
  assert.equal(dataset.entities, expected.entities ? String(expected.entities.length) : 'unavailable');
  assert.equal(dataset.quotes, expected.quotes ? String(expected.quotes.length) : 'unavailable');
  assert.equal(dataset.language, expected.language);
}

test('pasting the sample article: highlights and panels match the result, under the CSP, offline', async (t) => {
  const guarded = await openDemo(t);
  const { page, response } = guarded;
  const policy = response.headers()['content-security-policy'];
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'/);
  assert.equal(await page.getAttribute('body', 'data-engine'), 'worker');

  // Waiting for the clear's own analysis too: else on a slow first run it
  // can end after the fill and be taken for the sample's.
  await analysed(page, () => page.click('#clear'));
  await analysed(page, () => page.fill('#text', sample));
  const expected = analyzer.analyze(sample, { language: 'auto' });
  await assertShows(page, sample, expected);

  for (const id of ['panel-readability', 'panel-counts', 'panel-entities', 'panel-quotes', 'panel-charts']) {
    assert.equal(await page.locator(`#${id} h2`).count(), 1, id);
  }
  const notAvailable = async (id) => (await page.textContent(`#${id}`)).includes('nicht verfügbar');
  assert.equal(await notAvailable('panel-readability'), expected.readability === undefined);
  assert.equal(await notAvailable('panel-entities'), expected.entities === undefined);
  assert.equal(await notAvailable('panel-quotes'), expected.quotes === undefined);
  if (expected.readability) assert.equal(await page.locator('#panel-readability svg.gauge').count(), 1);
  // The histogram holds every sentence that has words.
  const bars = await page.$$eval('#panel-charts svg.histogram rect.bar', (rects) =>
    rects.reduce((sum, rect) => sum + Number(rect.getAttribute('data-count')), 0));
  assert.equal(bars, sentenceWordCounts(expected).filter((n) => n > 0).length);
  assert.match(await page.textContent('#panel-counts'), /Deutsch/);
  await screenshot(page, 'demo-sample.png');
  await assertClean(page, guarded);
});

test('the served demo fetches the entity data from dist/, alongside the wasm rather than after it', async (t) => {
  const guarded = await guardedPage(browser);
  t.after(() => guarded.context.close());
  const events = [];
  guarded.context.on('request', (request) => events.push(['request', request.url()]));
  guarded.context.on('requestfinished', (request) => events.push(['finished', request.url()]));
  await guarded.page.goto(url);
  await guarded.page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const index = (kind, pattern) => events.findIndex(([k, u]) => k === kind && pattern.test(u));
  const entityData = /\/dist\/lesbar-entities\.[0-9a-f]{8}\.dat$/;
  const wasm = /\/dist\/lesbar-core\.wasm$/;
  assert.ok(index('finished', entityData) >= 0, `entity data not fetched: ${JSON.stringify(events)}`);
  assert.ok(index('request', wasm) >= 0, 'wasm not fetched');
  // Started before the wasm has finished downloading (let alone compiling).
  assert.ok(index('request', entityData) < index('finished', wasm), JSON.stringify(events));
  await assertClean(guarded.page, guarded);
});

test('hovering or focusing a mention lights up every mention of its cluster', async (t) => {
  const expected = analyzer.analyze(sample, { language: 'auto' });
  // Schoigu: "Sergej Schoigu", "Shoigu", "Schoigu".
  const cluster = expected.clusters.find((c) => c.type === 'PER' && c.mentions.length >= 3);
  assert.ok(cluster, 'the sample has a person cluster with three or more mentions');
  const guarded = await openDemo(t);
  const { page } = guarded;
  const mention = `#textview mark[data-cluster="${cluster.id}"]`;
  const lit = () => uniqueCount(page, '#textview mark.active', 'data-entity');
  await page.hover(mention);
  assert.equal(await lit(), cluster.mentions.length);
  await screenshot(page, 'demo-cluster-hover.png');
  await page.keyboard.press('Escape');
  assert.equal(await lit(), 0);
  // The pointer leaves the text, so scrolling the panel into view cannot
  // put another mention under it.
  await page.mouse.move(1, 1);
  await page.focus(`#panels button.cluster[data-cluster="${cluster.id}"]`);
  assert.equal(await lit(), cluster.mentions.length);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.cluster), String(cluster.id));
  assert.equal(await lit(), cluster.mentions.length);
  await assertClean(page, guarded);
});

test('clicking a name in the entity list keeps its mentions lit, with a ring, until Escape or a click elsewhere', async (t) => {
  const expected = analyzer.analyze(sample, { language: 'auto' });
  const cluster = expected.clusters.find((c) => c.type === 'PER' && c.mentions.length >= 3);
  // Reduced motion: the jump is instant, so the test waits for no animation.
  const guarded = await openDemo(t, { reducedMotion: 'reduce' });
  const { page } = guarded;
  const button = `#panels button.cluster[data-cluster="${cluster.id}"]`;
  const lit = () => uniqueCount(page, '#textview mark.active', 'data-entity');
  const jump = async () => {
    await page.click(button);
    await page.waitForFunction((id) => document.activeElement?.dataset?.cluster === id, String(cluster.id));
  };
  await jump();
  assert.equal(await lit(), cluster.mentions.length);
  // The scroll leaves the pointer over something else: the highlight stays.
  await page.hover('#panel-counts h2');
  assert.equal(await lit(), cluster.mentions.length);
  const focused = await page.evaluate(() => ({
    pinned: document.activeElement.classList.contains('pinned'),
    outline: getComputedStyle(document.activeElement).outlineWidth,
  }));
  assert.deepEqual(focused, { pinned: true, outline: '3px' }, 'the mention jumped to shows a focus ring');
  await screenshot(page, 'demo-cluster-click.png');
  await page.keyboard.press('Escape');
  assert.equal(await lit(), 0);
  assert.equal(await page.locator('#textview mark.pinned').count(), 0);
  await jump();
  await page.click('#panel-counts h2');
  assert.equal(await lit(), 0, 'a click elsewhere ends it');
  await assertClean(page, guarded);
});

test('after a jump from the entity list, names the scroll brings under a still pointer do not end it; moving onto one does', async (t) => {
  const expected = analyzer.analyze(sample, { language: 'auto' });
  // The last person mentioned, so the jump scrolls a long way.
  const cluster = expected.clusters.filter((c) => c.type === 'PER').at(-1);
  const guarded = await openDemo(t, { viewport: { width: 1400, height: 500 }, reducedMotion: 'no-preference' });
  const { page } = guarded;
  const state = () => page.evaluate(() => ({
    lit: [...new Set([...document.querySelectorAll('#textview mark.active')].map((m) => m.dataset.cluster))],
    pinned: document.querySelector('#textview mark.pinned')?.dataset.cluster ?? null,
  }));
  const button = page.locator(`#panels button.cluster[data-cluster="${cluster.id}"]`);
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A real pointer, with smooth scrolling: it stays where it clicked while the page scrolls under it.
  await page.mouse.click(pointer.x, pointer.y);
  await page.waitForTimeout(1500);
  const jumped = { lit: [String(cluster.id)], pinned: String(cluster.id) };
  assert.deepEqual(await state(), jumped, 'still lit after the smooth scroll');
  // The page scrolls on (the wheel, a touchpad) and brings another name of
  // the list under the pointer, which has not moved.
  const other = await page.evaluate(({ x, y, id }) => {
    const middle = (element) => { const rect = element.getBoundingClientRect(); return rect.top + rect.height / 2; };
    const [target] = [...document.querySelectorAll('#panels button.cluster')].filter((b) => {
      const rect = b.getBoundingClientRect();
      return b.dataset.cluster !== String(id) && rect.left < x && rect.right > x;
    }).sort((a, b) => Math.abs(middle(a) - y) - Math.abs(middle(b) - y));
    window.scrollBy(0, middle(target) - y);
    return { under: document.elementFromPoint(x, y)?.closest('button.cluster') === target, cluster: target.dataset.cluster };
  }, { ...pointer, id: cluster.id });
  assert.equal(other.under, true, 'the scroll brought another name under the pointer');
  await page.waitForTimeout(500);
  assert.deepEqual(await state(), jumped, 'a name under a still pointer is no hover');
  // Moving the pointer on that name is a hover: it ends the jump.
  await page.mouse.move(pointer.x + 1, pointer.y);
  assert.deepEqual(await state(), { lit: [other.cluster], pinned: null });
  await assertClean(page, guarded);
});

test('with no text the page says so and offers nothing to export', async (t) => {
  const guarded = await openDemo(t);
  const { page } = guarded;
  assert.equal(await page.isDisabled('#export-json'), false);
  await analysed(page, () => page.click('#clear'));
  assert.equal(await page.locator('#panel-empty h2').textContent(), 'Noch kein Text');
  assert.doesNotMatch(await page.textContent('#panels'), /nicht verfügbar/);
  assert.equal(await page.isDisabled('#export-json'), true);
  assert.equal(await page.isDisabled('#export-csv'), true);
  await analysed(page, () => page.fill('#text', 'Ein Satz.'));
  assert.equal(await page.isDisabled('#export-json'), false);
  assert.equal(await page.locator('#panel-empty').count(), 0);
  await assertClean(page, guarded);
});

test('keyboard: controls in order, buttons work with Enter, language switch de/en', async (t) => {
  const guarded = await openDemo(t);
  const { page } = guarded;
  await page.focus('#text');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'language');
  await analysed(page, () => page.selectOption('#language', 'en'));
  assert.equal(await page.getAttribute('body', 'data-language'), 'en');
  await assertShows(page, sample, analyzer.analyze(sample, { language: 'en' }));
  await page.focus('#clear');
  await analysed(page, () => page.keyboard.press('Enter'));
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
  await assertClean(page, guarded);
});

test('pasted HTML is shown as text and runs nothing', async (t) => {
  const guarded = await openDemo(t);
  const { page } = guarded;
  const payload = 'Hallo <img src=x onerror="document.body.dataset.pwned=1"> Welt.\n' +
    '<script>document.body.dataset.pwned=2</script> <svg onload="document.body.dataset.pwned=3"></svg>\n' +
    '"><iframe src="javascript:parent.document.body.dataset.pwned=4"></iframe> Ende.';
  await analysed(page, () => page.fill('#text', payload));
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('body', 'data-pwned'), null);
  assert.equal(await page.locator('#textview img, #textview script, #textview svg, #textview iframe').count(), 0);
  assert.equal(await page.textContent('#textview .textview'), payload);
  await screenshot(page, 'demo-html-as-text.png');
  // The image would have been a request to /web-demo/x: none happened.
  await assertClean(page, guarded);
});

test('load file (UTF-8, UTF-16 with a BOM), refuse a binary one; export JSON and the entity CSV', async (t) => {
  const guarded = await openDemo(t);
  const { page } = guarded;
  const text = 'Der Bundestag tagte am Montag in Berlin. Angela Merkel sprach lange.';
  await analysed(page, () => page.setInputFiles('#file',
    { name: 'artikel.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }));
  assert.equal(await page.inputValue('#text'), text);
  // UTF-16 with a byte order mark (what Windows editors save as "Unicode") is
  // decoded as the CLI decodes it, in both byte orders.
  for (const [name, utf16, bytes] of [
    ['utf16le.txt', 'Grüße aus Köln. 😀', (t) => Buffer.from(`\ufeff${t}`, 'utf16le')],
    ['utf16be.txt', 'Grüße aus Bonn. 😀', (t) => Buffer.from(`\ufeff${t}`, 'utf16le').swap16()]]) {
    await analysed(page, () => page.setInputFiles('#file', { name, mimeType: 'text/plain', buffer: bytes(utf16) }));
    assert.equal(await page.inputValue('#text'), utf16, name);
    assert.doesNotMatch(await page.textContent('#status'), /keine Textdatei/, name);
  }
  await analysed(page, () => page.setInputFiles('#file',
    { name: 'artikel.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }));
  await page.setInputFiles('#file', { name: 'bild.png', mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await page.waitForSelector('#status.error');
  assert.match(await page.textContent('#status'), /bild\.png ist keine Textdatei/);
  assert.equal(await page.inputValue('#text'), text);

  const expected = analyzer.analyze(text, { language: 'auto' });
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(exported.text, text);
  assert.deepEqual(exported.sentences, expected.sentences);
  assert.deepEqual(exported.tokens, expected.tokens);
  if (expected.entities) {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const lines = readFileSync(await csvDownload.path(), 'utf8').trim().split('\r\n');
    assert.equal(lines.length, expected.entities.length + 1);
  } else {
    assert.equal(await page.isDisabled('#export-csv'), true);
  }
  await assertClean(page, guarded);
});

test('a text over 1 MB shows progress, stays within the page and is analysed in the worker', async (t) => {
  const guarded = await openDemo(t);
  const { page } = guarded;
  const big = `${sample}\n\n`.repeat(Math.ceil((1.2 * 1024 * 1024) / (sample.length + 2)));
  const sawProgress = page.waitForSelector('#progress:not([hidden])', { timeout: 30000 });
  await analysed(page, () => page.evaluate((text) => {
    const input = document.getElementById('text');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, big));
  await sawProgress;
  assert.match(await page.textContent('#status'), /Analysiert in .* Web Worker/);
  assert.match(await page.textContent('#textview'), /Hervorgehoben sind die ersten/);
  const expected = analyzer.analyze(big, { language: 'auto' });
  assert.equal(await page.getAttribute('body', 'data-sentences'), String(expected.sentences.length));
  await page.screenshot({ path: join(outputDir, 'demo-large.png') });
  await assertClean(page, guarded);
});

test('narrow screen layout', async (t) => {
  const guarded = await openDemo(t, { viewport: { width: 420, height: 900 } });
  await screenshot(guarded.page, 'demo-narrow.png');
  await assertClean(guarded.page, guarded);
});

test('file:// build: opens from disk, analyses in a Blob-URL worker, no requests', async (t) => {
  assert.ok(existsSync(distPage), 'web-demo/dist/index.html missing: run npm run build');
  for (const workers of [true, false]) {
    const guarded = await guardedPage(browser, { viewport: { width: 1400, height: 1000 } });
    t.after(() => guarded.context.close());
    const { page } = guarded;
    // Without workers (as some browsers treat file://) it analyses on the page's thread.
    if (!workers) await guarded.context.addInitScript(() => { delete window.Worker; });
    await page.goto(pathToFileURL(distPage).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    assert.equal(await page.getAttribute('body', 'data-engine'), workers ? 'blob-worker' : 'main-thread');
    await assertShows(page, sample, analyzer.analyze(sample, { language: 'auto' }));
    await analysed(page, () => page.fill('#text', 'It was fine. Really fine, said Mr. Smith.'));
    assert.equal(await page.getAttribute('body', 'data-sentences'), '2');
    if (workers) await screenshot(page, 'demo-file-dist.png');
    assert.deepEqual(guarded.foreignRequests, []);
    const info = workers ? [] : ["lesbar: no worker here (Worker is not defined); analysing on the page's thread"];
    assert.deepEqual(guarded.problems.filter((p) => !info.includes(p)), []);
  }
});

/** How many Tab presses from `start` until the focus is inside `selector` (at most `limit`). */
async function tabsUntil(page, start, selector, limit = 60) {
  await page.focus(start);
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.closest(s) !== null, selector)) return presses;
  }
  return Infinity;
}

const activeElement = (page) => page.evaluate(() => {
  const element = document.activeElement;
  return { id: element.id, tag: element.tagName, entity: element.dataset.entity ?? null, text: element.textContent };
});

test('UI language: follows the browser, switches, and the level labels follow it', async (t) => {
  const expected = analyzer.analyze(sample, { language: 'auto' });
  for (const [browserLocale, language] of [['en-US', 'en'], ['de-DE', 'de'], ['fr-FR', 'en']]) {
    const guarded = await openDemo(t, { locale: browserLocale });
    const { page } = guarded;
    assert.equal(await page.getAttribute('html', 'lang'), language, browserLocale);
    assert.equal(await page.inputValue('#ui-language'), language);
    assert.equal(await page.textContent('#panel-readability .headline strong'),
      difficultyLabel(expected.readability.difficulty, language));
    await guarded.context.close();
  }
  const guarded = await openDemo(t, { locale: 'en-US' });
  const { page } = guarded;
  assert.equal(await page.textContent('#clear'), 'Clear');
  assert.match(await page.textContent('#panel-counts'), /Language: German \(de\)/);
  await page.selectOption('#ui-language', 'de');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.textContent('#clear'), 'Leeren');
  assert.match(await page.textContent('#panel-counts'), /Sprache: Deutsch \(de\)/);
  assert.match(await page.textContent('#status'), /^Analysiert in /);
  // Every level label on the page is a German one, in the headline, the tooltips and the charts.
  const label = difficultyLabel(expected.readability.difficulty, 'de');
  assert.equal(await page.textContent('#panel-readability .headline strong'), label);
  const titles = await page.$$eval('#textview [data-sentence][title]', (spans) => spans.map((s) => s.title));
  assert.ok(titles.length > 0);
  for (const title of titles) assert.ok(DIFFICULTY_LABELS.de.includes(title.split(': ')[1].split(' (')[0]), title);
  const everything = await page.evaluate(() => document.body.innerText +
    [...document.querySelectorAll('[aria-label], [title], title')].map((e) => e.getAttribute('aria-label') ?? e.getAttribute('title') ?? e.textContent).join('\n'));
  for (const english of DIFFICULTY_LABELS.en) {
    assert.doesNotMatch(everything, new RegExp(`\\b${english}\\b`), `English label "${english}" on the German page`);
  }
  // The choice is kept.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await screenshot(page, 'demo-ui-de.png');
  await assertClean(page, guarded);
});

test('numbers in the UI language, aria-labels included', async (t) => {
  for (const [language, decimal, wrong, words] of [['de', ',', /\d\.\d(?!\d)/, /Schwierigkeit \d,\d von 7/],
    ['en', '.', /\d,\d(?!\d)/, /Difficulty \d\.\d of 7/]]) {
    const guarded = await openDemo(t, { locale: language === 'de' ? 'de-DE' : 'en-GB' });
    const { page } = guarded;
    const labels = await page.$$eval('[aria-label]', (elements) => elements.map((e) => e.getAttribute('aria-label')));
    const numeric = labels.filter((label) => /\d[.,]\d/.test(label));
    assert.ok(numeric.length >= 2, `labels with decimals: ${JSON.stringify(labels)}`);
    for (const label of numeric) assert.doesNotMatch(label, wrong, `${language}: ${label}`);
    assert.match(await page.getAttribute('#panel-readability svg.gauge', 'aria-label'), words);
    const chart = await page.getAttribute('#panel-charts svg.difficulty', 'aria-label');
    assert.match(chart, new RegExp(`\\d\\${decimal}\\d von 7|\\d\\${decimal}\\d of 7`), chart);
    assert.ok((await page.textContent('#panel-readability .headline')).includes(decimal));
    await guarded.context.close();
  }
});

test('keyboard: the text is one Tab stop, arrow keys rove its names, the panels are a few Tab presses away', async (t) => {
  const guarded = await openDemo(t);
  const { page } = guarded;
  // About 50 KB: a thousand mentions and more.
  const long = `${sample}\n\n`.repeat(Math.ceil(50_000 / (sample.length + 2)));
  await analysed(page, () => page.fill('#text', long));
  const mentions = await page.locator('#textview mark.ent[tabindex]').count();
  assert.ok(mentions > 500, `${mentions} mentions`);
  assert.equal(await page.locator('#textview [tabindex="0"]').count(), 1);
  const presses = await tabsUntil(page, '#text', '#panels');
  assert.ok(presses <= 12, `${presses} Tab presses from the text box to the panels`);
  // Into the text: the first mention, then the arrow keys.
  assert.ok(await tabsUntil(page, '#text', '#textview') <= 10);
  const first = await activeElement(page);
  assert.equal(first.tag, 'MARK');
  await page.keyboard.press('ArrowRight');
  const second = await activeElement(page);
  assert.equal(second.tag, 'MARK');
  assert.notEqual(second.entity, first.entity);
  await page.keyboard.press('End');
  const last = await page.evaluate(() => [...document.querySelectorAll('#textview mark.ent[tabindex]')].at(-1).dataset.entity);
  assert.equal((await activeElement(page)).entity, last);
  await page.keyboard.press('Home');
  assert.equal((await activeElement(page)).entity, first.entity);
  await page.keyboard.press('ArrowLeft');
  assert.equal((await activeElement(page)).entity, first.entity, 'stays at the first');
  // The mention reached stays the text's one Tab stop; the next Tab leaves the text.
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute(`#textview mark[data-entity="${second.entity}"][tabindex]`, 'tabindex'), '0');
  assert.equal(await page.locator('#textview [tabindex="0"]').count(), 1);
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.closest('#panels') !== null), 'one Tab from the text to the panels');
  await assertClean(page, guarded);
});

test('skip links: the first Tab stops on the page, one per panel, each moves the focus into its panel', async (t) => {
  const guarded = await openDemo(t);
  const { page } = guarded;
  const targets = await page.$$eval('a.skip-link', (links) => links.map((link) => link.hash.slice(1)));
  assert.deepEqual(targets, ['textview', ...PANEL_IDS]);
  // As after loading the page: the next Tab press starts from its top.
  const fromTop = () => page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.addEventListener('blur', () => start.remove(), { once: true });
  });
  for (const [index, target] of targets.entries()) {
    if (index > 0) await fromTop(); // the first round starts as the page loaded
    await page.keyboard.press('Tab');
    for (let i = 0; i < index; i++) await page.keyboard.press('Tab');
    const link = await page.evaluate(() => ({
      hash: document.activeElement.hash, visible: document.activeElement.getBoundingClientRect().left >= 0,
    }));
    assert.deepEqual(link, { hash: `#${target}`, visible: true }, `Tab ${index + 1}`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), target);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate((id) => document.activeElement.closest(`#${id}`) !== null ||
      document.getElementById(id).querySelector('a, button, [tabindex="0"]') === null, target), `${target}: Tab goes on inside`);
  }
  // The entity list: Enter on the skip link, Tab, and the first name has the focus.
  await fromTop();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#panel-entities button.cluster')));
  await screenshot(page, 'demo-skip-links.png');
  await assertClean(page, guarded);
});
