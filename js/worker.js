// lesbar/worker: the same analysis in a Web Worker, off the UI thread.
// analyze() returns a Promise; results are the same plain objects.
import { checkCreateOptions } from './options.js';

export { serveAnalyzer } from './serve-port.js';

const ERROR_TYPES = { TypeError, RangeError };

/**
 * @param {{ worker?: Worker | MessagePort, maxInputLength?: number,
 *           wasmBinary?: ArrayBuffer | Uint8Array,
 *           entities?: boolean, entitiesAsset?: ArrayBuffer | Uint8Array | string,
 *           onStarted?: (info: { length: number }) => void }} [options]
 */
export async function createWorkerAnalyzer(options = {}) {
  const { worker: given, onStarted, ...coreOptions } = options ?? {};
  // Checked here, so a misspelt option is a TypeError before a worker starts.
  checkCreateOptions(coreOptions, 'createWorkerAnalyzer()');
  if (coreOptions.locateFile !== undefined) {
    throw new TypeError('lesbar: createWorkerAnalyzer() cannot hand locateFile (a function) to its worker: ' +
      'pass entitiesAsset as a URL, or wasmBinary');
  }
  if (onStarted !== undefined && typeof onStarted !== 'function') {
    throw new TypeError("lesbar: option 'onStarted' of createWorkerAnalyzer() must be a function");
  }
  const port = given ?? await startWorker();
  const pending = new Map();
  let nextId = 1;
  let disposed = false;

  const ready = new Promise((resolve, reject) => {
    port.onmessage = (event) => {
      const message = event.data ?? {};
      if (message.type === 'ready') resolve();
      else if (message.type === 'init-error') reject(new Error(message.message));
      else if (message.type === 'started') onStarted?.({ id: message.id, length: message.length });
      else if (message.type === 'result' || message.type === 'error') {
        const request = pending.get(message.id);
        if (!request) return;
        pending.delete(message.id);
        if (message.type === 'result') request.resolve(message.result);
        else request.reject(new (ERROR_TYPES[message.name] ?? Error)(message.message));
      }
    };
    if ('onerror' in port) {
      port.onerror = (event) => {
        event.preventDefault?.();
        const error = new Error(`lesbar: worker failed: ${event.message ?? 'could not start'}`);
        reject(error);
        for (const request of pending.values()) request.reject(error);
        pending.clear();
      };
    }
  });
  port.postMessage({ type: 'init', options: coreOptions });
  await ready;

  const call = (message) => {
    if (disposed) return Promise.reject(new Error('lesbar: analyzer has been disposed'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      port.postMessage({ ...message, id });
    });
  };

  return {
    /** @param {string} text @param {object | string} [analyzeOptions] as Analyzer.analyze */
    analyze: (text, analyzeOptions = {}) => call({ type: 'analyze', text, options: analyzeOptions }),
    memoryStats: () => call({ type: 'memoryStats' }),
    /** @param {ArrayBuffer | Uint8Array | string} [source] */
    loadEntityData: (source) => call({ type: 'loadEntityData', source: source instanceof URL ? source.href : source }),
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const request of pending.values()) request.reject(new Error('lesbar: analyzer has been disposed'));
      pending.clear();
      if (typeof port.terminate === 'function') port.terminate();
      else port.close?.();
    },
  };
}

const isNode =
  typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
// Not imported statically, so bundlers building for browsers leave it alone.
const NODE_WORKER_THREADS = 'node:worker_threads';

/** lesbar's own worker: a module Web Worker, or in Node a worker thread. */
async function startWorker() {
  if (typeof Worker === 'function') {
    // Written out literally so bundlers (Vite, webpack) find and bundle the worker.
    return new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module' });
  }
  if (!isNode) {
    throw new Error('lesbar: createWorkerAnalyzer() needs Web Workers (or Node worker_threads), which this ' +
      'environment lacks: use createAnalyzer() from lesbar, or pass a MessagePort as { worker }');
  }
  const { Worker: NodeWorker } = process.getBuiltinModule?.(NODE_WORKER_THREADS) ??
    await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_WORKER_THREADS);
  return webWorkerFacade(new NodeWorker(new URL('./worker-thread.js', import.meta.url)));
}

/**
 * A worker_threads Worker behind the part of the Web Worker interface
 * createWorkerAnalyzer uses: onmessage and onerror receive events with
 * `data` and `message`, terminate() ends the thread.
 */
function webWorkerFacade(worker) {
  const facade = {
    onmessage: null,
    onerror: null,
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    terminate: () => worker.terminate(),
  };
  worker.on('message', (data) => facade.onmessage?.({ data }));
  worker.on('error', (error) => facade.onerror?.({ message: error.message }));
  return facade;
}
