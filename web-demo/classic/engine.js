// Entry of the analysis engine in the file:// build (scripts/build-demo.mjs
// bundles it as a classic script). It runs in a Blob-URL worker, or on the
// page's own thread when the browser refuses workers for file:// pages.
export { serveAnalyzer } from '../../js/serve-port.js';
