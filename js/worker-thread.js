// Runs inside the worker that lesbar/worker starts (a Web Worker, or a Node
// worker thread): serves analyze requests.
import { serveAnalyzer } from './serve-port.js';

// Not imported statically, so bundlers building for browsers leave it alone;
// no top-level await either, which bundlers' classic workers cannot hold.
const NODE_WORKER_THREADS = 'node:worker_threads';

if (typeof self !== 'undefined') {
  serveAnalyzer(self);
} else {
  const threads = process.getBuiltinModule?.(NODE_WORKER_THREADS);
  if (threads) serveAnalyzer(threads.parentPort);
  else import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_WORKER_THREADS).then((t) => serveAnalyzer(t.parentPort));
}
