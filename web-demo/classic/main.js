// Entry of the demo's file:// build (web-demo/dist/index.html): one classic
// script, because Chromium refuses ES modules and fetch() on file:// pages.
// The build script puts three globals before this code: LESBAR_WASM_BASE64 and
// LESBAR_ENTITIES_BASE64 (the wasm and the entity data, inlined) and
// lesbarEngine() (the engine bundle wrapped in a function,
// so its source can start a Blob-URL worker without any eval).
import { createWorkerAnalyzer } from '../../js/worker.js';
import { startApp } from '../lib/app-main.js';
import sample from '../samples/article-de-russland-iran.txt';

const WORKER_START_TIMEOUT_MS = 15000;

function bytesOf(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function withTimeout(promise, milliseconds) {
  return Promise.race([promise, new Promise((_, reject) =>
    setTimeout(() => reject(new Error('worker did not start')), milliseconds))]);
}

async function inWorker({ wasmBinary, entitiesAsset }, onStarted) {
  const source = `(${globalThis.lesbarEngine.toString()})().serveAnalyzer(self);`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  try {
    return await withTimeout(createWorkerAnalyzer({ worker, wasmBinary, entitiesAsset, onStarted }), WORKER_START_TIMEOUT_MS);
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function onMainThread({ wasmBinary, entitiesAsset }, onStarted) {
  const channel = new MessageChannel();
  globalThis.lesbarEngine().serveAnalyzer(channel.port2);
  return createWorkerAnalyzer({ worker: channel.port1, wasmBinary, entitiesAsset, onStarted });
}

startApp({
  document,
  async createEngine(onStarted) {
    const bytes = {
      wasmBinary: bytesOf(globalThis.LESBAR_WASM_BASE64),
      entitiesAsset: bytesOf(globalThis.LESBAR_ENTITIES_BASE64),
    };
    try {
      return { analyzer: await inWorker(bytes, onStarted), where: 'blob-worker' };
    } catch (error) {
      console.info(`lesbar: no worker here (${error.message}); analysing on the page's thread`);
      return { analyzer: await onMainThread(bytes, onStarted), where: 'main-thread' };
    }
  },
  loadSample: async () => sample,
});
