#!/usr/bin/env node
// Regenerates core/analyses/entities/value_lexicon.cc (the month, weekday,
// currency, unit and scale words of the value-entity finder) from the CLDR
// data of the native ICU, using tests/tools/gen_value_lexicon.cc.
//
//   node scripts/gen-value-lexicon.mjs
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const run = (command, args, capture) => {
  const result = spawnSync(command, args, {
    cwd: root, encoding: 'utf8', maxBuffer: 1 << 26,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result.stdout;
};
run('node', ['scripts/build.mjs', '--quiet', '--native-only']);
const out = join(root, 'core/analyses/entities/value_lexicon.cc');
// Formatted as the committed C++ is, so a fresh file has no diff.
const generated = run(join(root, 'build/native/lesbar_gen_value_lexicon'), [], true);
const formatted = spawnSync('clang-format', ['--style=file', '--assume-filename=' + out], {
  cwd: root, input: generated, encoding: 'utf8', maxBuffer: 1 << 26,
});
if (formatted.status !== 0) {
  console.error(`gen-value-lexicon: clang-format failed: ${formatted.stderr}`);
  process.exit(1);
}
writeFileSync(out, formatted.stdout);
console.log(`wrote ${out}`);
