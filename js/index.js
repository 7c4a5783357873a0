// lesbar: text analytics for pasted articles, in the browser and in Node.
export { createAnalyzer, Analyzer, DEFAULT_MAX_INPUT_LENGTH } from './analyzer.js';
export { TOKEN_KINDS } from './result.js';
export { ENTITY_TYPES } from './result.js';
