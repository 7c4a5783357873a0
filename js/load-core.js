// Loads the Emscripten module (dist/lesbar-core.mjs + .wasm) in Node, in
// browsers, in workers and through bundlers.
import createLesbarCore from '../dist/lesbar-core.mjs';

const isNode =
  typeof process !== 'undefined' && process.versions != null && process.versions.node != null;

// Written out literally so bundlers (Vite, webpack) find and copy the asset.
const wasmUrl = new URL('../dist/lesbar-core.wasm', import.meta.url);

/**
 * @param {{ wasmBinary?: ArrayBuffer | Uint8Array, locateFile?: (path: string) => string }} [options]
 */
export async function loadCore(options = {}) {
  const moduleArgs = {};
  if (options.wasmBinary) {
    moduleArgs.wasmBinary = options.wasmBinary;
  } else if (isNode && wasmUrl.protocol === 'file:') {
    // Emscripten 3.1.6's web loader would fetch() a file path under Node 20.
    const { readFile } = await import('node:fs/promises');
    moduleArgs.wasmBinary = await readFile(wasmUrl);
  } else {
    moduleArgs.locateFile = options.locateFile ?? ((path) =>
      path.endsWith('.wasm') ? wasmUrl.href : path);
  }
  return createLesbarCore(moduleArgs);
}
