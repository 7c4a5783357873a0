#!/usr/bin/env node
// Builds what is missing: system packages (scripts/setup.sh), ICU for wasm
// (cached outside the clone by scripts/build-icu-wasm.sh), the wasm module
// into dist/, the demo's file:// page (web-demo/dist/index.html), and the
// native library with its GoogleTest suite.
//
//   node scripts/build.mjs [--quiet] [--wasm-only] [--native-only] [--sanitize]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishAsset } from './build-assets.mjs';
import { writeContract } from './write-contract.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const env = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };

function log(message) {
  if (!quiet) console.error(`[build] ${message}`);
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    env,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(`[build] failed: ${command} ${commandArgs.join(' ')}`);
    if (options.capture && result.stdout) console.error(result.stdout);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

// Re-runs CMake's configure step only when its inputs changed.
function configure(buildDir, configureArgs, wrapper) {
  const stamp = join(root, buildDir, '.lesbar-configure');
  const wanted = JSON.stringify(configureArgs);
  if (existsSync(join(root, buildDir, 'build.ninja')) && existsSync(stamp) &&
      readFileSync(stamp, 'utf8') === wanted) {
    return;
  }
  const cmake = ['cmake', '-S', '.', '-B', buildDir, '-G', 'Ninja', ...configureArgs];
  if (wrapper) run(wrapper, cmake);
  else run(cmake[0], cmake.slice(1));
  writeFileSync(stamp, wanted);
}

run('bash', ['scripts/setup.sh']);

if (!args.has('--native-only')) {
  const started = Date.now();
  const icuDir = run('bash', ['scripts/build-icu-wasm.sh'], { capture: true }).trim().split('\n').pop();
  log(`ICU for wasm: ${icuDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  configure('build/wasm', [
    '-DCMAKE_BUILD_TYPE=Release',
    '-DCMAKE_CXX_FLAGS_RELEASE=-O3',
    `-DLESBAR_ICU_WASM_DIR=${icuDir}`,
  ], 'emcmake');
  run('ninja', ['-C', 'build/wasm']);
  mkdirSync(join(root, 'dist'), { recursive: true });
  for (const file of ['lesbar-core.mjs', 'lesbar-core.wasm']) {
    copyFileSync(join(root, 'build/wasm', file), join(root, 'dist', file));
  }
  log('wasm module: dist/lesbar-core.{mjs,wasm}');
  // The binding's record layouts and enum names, for the JS wrapper.
  await writeContract(join(root, 'dist'));
  log('contract: dist/lesbar-contract.{mjs,json}');
  // The entity data, under a content-hashed name (docs/assets.md).
  const entities = publishAsset(join(root, 'build/wasm/lesbar-entities.dat'), join(root, 'dist'), 'lesbar-entities.mjs');
  log(`entity data: dist/${entities.fileName}`);
  // The demo as one file for file:// (needs esbuild from npm ci).
  run(process.execPath, ['scripts/build-demo.mjs', ...(quiet ? ['--quiet'] : [])]);
  log('file:// demo: web-demo/dist/index.html');
  // textstat compat data, fetched by the wrapper only in that mode.
  copyFileSync(join(root, 'build/wasm/lesbar-textstat.dat'), join(root, 'dist/lesbar-textstat.dat'));
  log('textstat compat data: dist/lesbar-textstat.dat');
}

if (!args.has('--wasm-only')) {
  configure('build/native', ['-DCMAKE_BUILD_TYPE=RelWithDebInfo']);
  run('ninja', ['-C', 'build/native']);
  log('native: build/native/lesbar_tests');
  if (args.has('--sanitize')) {
    configure('build/sanitize', ['-DCMAKE_BUILD_TYPE=Debug', '-DLESBAR_SANITIZE=ON']);
    run('ninja', ['-C', 'build/sanitize']);
    log('sanitizers: build/sanitize/lesbar_tests');
  }
}
