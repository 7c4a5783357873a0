// Runs inside the Worker that lesbar/worker starts: serves analyze requests.
import { serveAnalyzer } from './serve-port.js';

serveAnalyzer(self);
