#!/usr/bin/env node
// npm test: builds what is missing, then runs every suite — GoogleTest on the
// native core (plain and under ASan+UBSan), node --test on the wasm build
// and the CLI, and the Chromium browser test. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(name);
  return result.status === 0;
}

if (!step('build', process.execPath, ['scripts/build.mjs', '--quiet', '--sanitize'])) {
  console.error('build failed; not running tests');
  process.exit(1);
}
step('GoogleTest (native)', 'ctest', ['--test-dir', 'build/native', '--output-on-failure', '-j2']);
step('GoogleTest (native, ASan + UBSan)', 'build/sanitize/lesbar_tests', ['--gtest_brief=1'], {
  ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=1',
  UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1',
});
for (const target of ['analyze', 'syllables']) {
  step(`fuzz regressions: ${target} (native, ASan + UBSan)`, `build/sanitize/lesbar_${target}_fuzz_replay`,
    [`tests/fuzz/${target}-regressions`], { ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=1' });
}
step('node --test (wasm, CLI, browser)', process.execPath, ['--test', '--test-concurrency=1', 'tests/js/', 'tests/browser/']);

if (failures.length > 0) {
  console.error(`\nFAILED: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nAll suites passed.');
