// CommonJS entry: `require('lesbar')`. Node 20.19+ and 22.12+ can require the
// ES module directly; older Node versions get an async createAnalyzer that
// imports it on first use.
'use strict';
try {
  module.exports = require('./index.js');
} catch (error) {
  if (error.code !== 'ERR_REQUIRE_ESM' && error.code !== 'ERR_REQUIRE_ASYNC_MODULE') throw error;
  // What the binding exports, as the build wrote it for js/result.js. The
  // Analyzer class lives in the ES module: here only createAnalyzer's
  // result is one.
  const contract = require('../dist/lesbar-contract.json');
  module.exports = {
    createAnalyzer: (options) => import('./index.js').then((lesbar) => lesbar.createAnalyzer(options)),
    DEFAULT_MAX_INPUT_LENGTH: contract.defaultMaxInputLength,
    TOKEN_KINDS: Object.freeze(contract.tokenKinds),
    ENTITY_TYPES: Object.freeze(contract.entityTypes),
  };
}
