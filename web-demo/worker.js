// The demo's analysis worker: lesbar's own worker entry, serving the page.
import { serveAnalyzer } from '../js/worker.js';

serveAnalyzer(self);
