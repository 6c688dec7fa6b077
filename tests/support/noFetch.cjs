// citation-js can fetch remote inputs with node-fetch (ESM only, which jest's CommonJS runtime
// cannot load). The site never fetches: it formats local records, so tests get a stub that fails loudly.
module.exports = function fetch() {
  throw new Error('network access is not used by the site');
};
