// lesbar/worker: the same analysis in a Web Worker, off the UI thread.
// analyze() returns a Promise; results are the same plain objects.
export { serveAnalyzer } from './serve-port.js';

const ERROR_TYPES = { TypeError, RangeError };

/**
 * @param {{ worker?: Worker | MessagePort, maxInputLength?: number,
 *           wasmBinary?: ArrayBuffer | Uint8Array,
 *           entities?: boolean, entitiesAsset?: ArrayBuffer | Uint8Array | string,
 *           onStarted?: (info: { length: number }) => void }} [options]
 */
export async function createWorkerAnalyzer(options = {}) {
  const { worker: given, onStarted, ...coreOptions } = options;
  // Written out literally so bundlers (Vite, webpack) find and bundle the worker.
  const port = given ?? new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module' });
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
    /** @param {string} text @param {object} [analyzeOptions] */
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
