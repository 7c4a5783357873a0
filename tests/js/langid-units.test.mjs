// The language profiles are trained on the units `lesbar_langid features`
// emits; here `lesbar_langid parity` holds them to what the identifier
// accumulates at run time, on the Debian manual pages that scripts/setup.sh
// installs (every trained language with pages, Japanese and Chinese too):
// every line's evidence must be the sum of its units' table rows. The
// native test (language_units_test.cc) does the same on committed text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from './helpers.mjs';

const tool = join(repoRoot, 'build/native/lesbar_langid');
const MAN = '/usr/share/man';
const LOCALES = ['', 'de', 'fr', 'es', 'it', 'nl', 'pt_BR', 'pl', 'ru', 'uk', 'tr', 'sv', 'da', 'nb', 'fi',
  'cs', 'hu', 'ro', 'ja', 'zh_CN'];

// The first few section-1 pages of each language, as raw lines.
function manText() {
  const lines = [];
  for (const locale of LOCALES) {
    const dir = join(MAN, locale, 'man1');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gz')).sort().slice(0, 4)) {
      try {
        lines.push(...gunzipSync(readFileSync(join(dir, file))).toString('utf8').split('\n'));
      } catch { /* a dangling link */ }
    }
  }
  return lines;
}

test('units emitted for training add up to the identifier\'s evidence on Debian manual pages', (t) => {
  if (!existsSync(tool)) return t.skip('build/native/lesbar_langid is missing (node scripts/build.mjs --native-only)');
  const lines = manText();
  if (lines.length < 1000) return t.skip('the manual pages of scripts/setup.sh are not installed');
  const run = spawnSync(tool, ['parity'], { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const summary = run.stdout.match(/(\d+) lines, (\d+) units \((\d+) listed\), (\d+) lines differ/);
  assert.ok(summary, run.stdout);
  assert.equal(Number(summary[4]), 0);
  assert.ok(Number(summary[3]) > 50000, `only ${summary[3]} listed units: too little text to tell`);
});
