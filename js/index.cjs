// CommonJS entry: `require('lesbar')`. Node 20.19+ and 22.12+ can require the
// ES module directly; older Node versions get an async createAnalyzer that
// imports it on first use.
'use strict';
try {
  module.exports = require('./index.js');
} catch (error) {
  if (error.code !== 'ERR_REQUIRE_ESM' && error.code !== 'ERR_REQUIRE_ASYNC_MODULE') throw error;
  module.exports = {
    createAnalyzer: (options) => import('./index.js').then((lesbar) => lesbar.createAnalyzer(options)),
    DEFAULT_MAX_INPUT_LENGTH: 64 * 1024 * 1024,
    TOKEN_KINDS: Object.freeze(['word', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji']),
  };
}
