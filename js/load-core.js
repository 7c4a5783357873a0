// Loads the Emscripten module (dist/lesbar-core.mjs + .wasm) in Node, in
// browsers, in workers and through bundlers.
import createLesbarCore from '../dist/lesbar-core.mjs';

const isNode =
  typeof process !== 'undefined' && process.versions != null && process.versions.node != null;

// Written out literally so bundlers (Vite, webpack) find and copy the asset.
// A function, so a build that inlines the wasm (the demo's file:// page,
// where import.meta.url has no meaning) never evaluates it.
const defaultWasmUrl = () => new URL('../dist/lesbar-core.wasm', import.meta.url);

// Node's fs without a static import of it, so bundlers building for the
// browser do not warn about (or try to polyfill) a module that is never used
// there.
const NODE_FS = 'node:fs/promises';
async function nodeFs() {
  return process.getBuiltinModule?.(NODE_FS) ??
    import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_FS);
}

/**
 * @param {{ wasmBinary?: ArrayBuffer | Uint8Array, locateFile?: (path: string) => string }} [options]
 */
export async function loadCore(options = {}) {
  const moduleArgs = {};
  if (options.wasmBinary) {
    moduleArgs.wasmBinary = options.wasmBinary;
    // Keeps the glue from resolving a .wasm URL against import.meta.url.
    moduleArgs.locateFile = (path) => path;
  } else if (isNode && defaultWasmUrl().protocol === 'file:') {
    // Emscripten 3.1.6's web loader would fetch() a file path under Node 20.
    moduleArgs.wasmBinary = await (await nodeFs()).readFile(defaultWasmUrl());
  } else {
    moduleArgs.locateFile = options.locateFile ?? ((path) =>
      path.endsWith('.wasm') ? defaultWasmUrl().href : path);
  }
  return createLesbarCore(moduleArgs);
}

// Written out literally for bundlers, like the wasm URL above.
const defaultTextstatUrl = () => new URL('../dist/lesbar-textstat.dat', import.meta.url);

/**
 * The textstat compat data (hyphenation patterns and CMUdict counts, about
 * 0.9 MB brotli), loaded only when that mode is asked for.
 * @param {ArrayBuffer | Uint8Array | string | URL | undefined} source bytes, or where to fetch them
 * @returns {Promise<Uint8Array>}
 */
export async function loadTextstatBytes(source) {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  const url = source === undefined ? defaultTextstatUrl() : new URL(source, defaultTextstatUrl());
  if (isNode && url.protocol === 'file:') {
    return new Uint8Array(await (await nodeFs()).readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`lesbar: cannot load the textstat data from ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
