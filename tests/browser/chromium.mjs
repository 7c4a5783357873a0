// Debian's Chromium driven by playwright-core (no browser download), with
// every request that would leave the machine refused and recorded.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.LESBAR_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium() {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} missing: run npm run setup`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|file:|blob:|data:)/;

/**
 * A page whose requests to anywhere but this machine fail, and which records
 * them, its console errors and warnings, page errors and CSP violations.
 */
export async function guardedPage(browser, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const foreignRequests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // Requests from workers do not always pass through context.route.
  context.on('request', (request) => {
    if (!LOCAL.test(request.url()) && !foreignRequests.includes(request.url())) foreignRequests.push(request.url());
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems, foreignRequests };
}
