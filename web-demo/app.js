// The demo page as ES modules (npm start, any static server): the analysis
// runs in web-demo/worker.js through the package's own lesbar/worker API.
import { createWorkerAnalyzer } from '../js/worker.js';
import { startApp } from './lib/app-main.js';

const SAMPLE_URL = new URL('samples/article-de-russland-iran.txt', import.meta.url);

startApp({
  document,
  async createEngine(onStarted) {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    return { analyzer: await createWorkerAnalyzer({ worker, onStarted }), where: 'worker' };
  },
  async loadSample() {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${SAMPLE_URL.pathname}`);
    return response.text();
  },
});
