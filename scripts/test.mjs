#!/usr/bin/env node
// npm test: builds what is missing, then runs every suite — GoogleTest on the
// native core (plain and under ASan+UBSan), the fuzz regressions under
// ASan, node --test on the wasm build and the CLI, and the Chromium browser
// test, then the freshness check of generated files. Prints one closing line
// with the total; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// The shared dev data (../shared/data beside the checkout). A clone made
// elsewhere (CI clones into /tmp) finds it beside the repository it was
// cloned from. Every suite reads LESBAR_SHARED_DATA, so this is decided once.
function sharedDataDir() {
  if (process.env.LESBAR_SHARED_DATA) return process.env.LESBAR_SHARED_DATA;
  const candidates = [join(root, '..', 'shared', 'data')];
  const origin = spawnSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8' });
  const originPath = origin.status === 0 ? origin.stdout.trim() : '';
  if (originPath && !originPath.includes('://') && !originPath.includes('@')) {
    candidates.push(join(resolve(root, originPath), '..', 'shared', 'data'));
  }
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}
process.env.LESBAR_SHARED_DATA = sharedDataDir();
const failures = [];
const totals = { passed: 0, failed: 0 };

// Each parser reads a runner's own summary; a suite without one counts once.
const COUNTERS = {
  ctest: (out) => {
    const m = out.match(/(\d+)% tests passed, (\d+) tests failed out of (\d+)/);
    return m && { passed: Number(m[3]) - Number(m[2]), failed: Number(m[2]) };
  },
  gtest: (out) => {
    const passed = out.match(/\[ {2}PASSED {2}\] (\d+) tests?/);
    const failed = out.match(/\[ {2}FAILED {2}\] (\d+) tests?, listed below/);
    return passed && { passed: Number(passed[1]), failed: failed ? Number(failed[1]) : 0 };
  },
  node: (out) => {
    const passed = out.match(/^# pass (\d+)$/m);
    const failed = out.match(/^# fail (\d+)$/m);
    return passed && { passed: Number(passed[1]), failed: failed ? Number(failed[1]) : 0 };
  },
};

function step(name, command, args, { env = {}, counter = null } = {}) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: counter ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (counter) process.stdout.write(result.stdout ?? '');
  const ok = result.status === 0;
  if (!ok) failures.push(name);
  const counts = counter ? COUNTERS[counter](result.stdout ?? '') : null;
  totals.passed += counts ? counts.passed : ok ? 1 : 0;
  totals.failed += counts ? Math.max(counts.failed, ok ? 0 : 1) : ok ? 0 : 1;
  return ok;
}

if (!step('build', process.execPath, ['scripts/build.mjs', '--quiet', '--sanitize'])) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  console.error('build failed; not running tests');
  process.exit(1);
}
step('GoogleTest (native)', 'ctest', ['--test-dir', 'build/native', '--output-on-failure', '-j2'],
  { counter: 'ctest' });
step('GoogleTest (native, ASan + UBSan)', 'build/sanitize/lesbar_tests', ['--gtest_brief=1'], {
  env: { ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=1', UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1' },
  counter: 'gtest',
});
for (const target of ['analyze', 'syllables']) {
  step(`fuzz regressions: ${target} (native, ASan + UBSan)`, `build/sanitize/lesbar_${target}_fuzz_replay`,
    [`tests/fuzz/${target}-regressions`], { env: { ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=1' } });
}
step('node --test (wasm, CLI, demo render, package environments, browser)', process.execPath,
  ['--test', '--test-concurrency=1', 'tests/js/', 'tests/package/', 'tests/browser/'], { counter: 'node' });
// The committed generated files that are cheap to rebuild must be what their
// generators make now (the rest: npm run regen).
step('generated artefacts are fresh', process.execPath, ['scripts/regen.mjs', '--check', '--ci']);

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
if (failures.length > 0) {
  console.error(`FAILED: ${failures.join(', ')}`);
  process.exit(1);
}
