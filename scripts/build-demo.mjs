#!/usr/bin/env node
// Writes web-demo/dist/index.html: the demo as one file that works opened
// straight from disk (file://), e.g. from a USB stick. Chromium refuses ES
// modules and fetch() there, so everything is inlined into classic scripts:
// the styles, the sample article, the wasm and the entity data (base64) and
// the engine, which
// the page starts as a Blob-URL worker or, failing that, on its own thread.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const demo = join(root, 'web-demo');

async function bundle(entry, extra = {}) {
  const result = await build({
    entryPoints: [join(demo, 'classic', entry)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    charset: 'utf8',
    logLevel: 'error',
    // No module URL on a file:// page; the code that would use it is never
    // reached because the wasm bytes are handed over directly.
    define: { 'import.meta.url': 'undefined' },
    // Only reached under Node; left as a dynamic import that never runs here.
    external: ['node:*'],
    ...extra,
  });
  return result.outputFiles[0].text;
}

// A <script> element ends at the first "</script", wherever it stands.
const scriptSafe = (code) => code.replace(/<\/(script)/gi, '<\\/$1');

export async function buildDemo() {
  const engine = await bundle('engine.js', { globalName: 'LesbarEngine' });
  const ui = await bundle('main.js', { loader: { '.txt': 'text' } });
  const wasm = readFileSync(join(root, 'dist', 'lesbar-core.wasm')).toString('base64');
  const { entitiesFileName } = await import(pathToFileURL(join(root, 'dist', 'lesbar-entities.mjs')).href);
  const entities = readFileSync(join(root, 'dist', entitiesFileName)).toString('base64');
  const script = [
    `var LESBAR_WASM_BASE64="${wasm}";`,
    `var LESBAR_ENTITIES_BASE64="${entities}";`,
    `function lesbarEngine(){${engine}\nreturn LesbarEngine;}`,
    ui,
  ].join('\n');
  const css = readFileSync(join(demo, 'style.css'), 'utf8');
  let html = readFileSync(join(demo, 'index.html'), 'utf8');
  // No network from this page either: the policy only allows what is inline.
  const policy = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob:; " +
    "worker-src blob:; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const replacements = [
    ['<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`],
    ['<link rel="stylesheet" href="style.css">', `<style>\n${css}</style>`],
    ['<script type="module" src="app.js"></script>\n', ''],
    ['</body>', `<script>\n${scriptSafe(script)}\n</script>\n</body>`],
  ];
  for (const [from, to] of replacements) {
    if (!html.includes(from)) throw new Error(`build-demo: web-demo/index.html has no ${from}`);
    html = html.replace(from, () => to);
  }
  mkdirSync(join(demo, 'dist'), { recursive: true });
  const output = join(demo, 'dist', 'index.html');
  writeFileSync(output, html);
  return { output, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { output, bytes } = await buildDemo();
  if (!process.argv.includes('--quiet')) console.error(`[build] file:// demo: ${output} (${(bytes / 1024).toFixed(0)} KB)`);
}
