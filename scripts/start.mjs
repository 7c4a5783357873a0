#!/usr/bin/env node
// npm start: builds what is missing, prints the CLI report of the bundled
// sample article, and serves the offline demo on localhost.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const step = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step(['scripts/build.mjs', '--quiet', '--wasm-only']);
console.log('\n=== lesbar analyze web-demo/samples/article-de-russland-iran.txt ===\n');
step(['bin/lesbar.js', 'analyze', join('web-demo', 'samples', 'article-de-russland-iran.txt')]);

const wanted = Number(process.env.PORT ?? 8080);
let started;
for (const port of [wanted, wanted + 1, wanted + 2, 0]) {
  try {
    started = await startServer({ root, port });
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
console.log(`\nDemo (offline, localhost only): ${started.url}\n` +
  `Without a server, open web-demo/dist/index.html straight from disk.\nPress Ctrl+C to stop.`);
