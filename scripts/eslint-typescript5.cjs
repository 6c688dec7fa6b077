/**
 * typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 (the native
 * compiler this project type-checks with) no longer ships. This preload points the
 * `typescript` that typescript-eslint's packages require at the `typescript5` alias
 * (npm:typescript@5.9), and leaves every other `typescript` import alone.
 */
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const fromTsEslint =
    parent?.filename &&
    /[\\/]node_modules[\\/](@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/.test(parent.filename);
  if (fromTsEslint && (request === 'typescript' || request.startsWith('typescript/'))) {
    return resolve.call(this, request.replace(/^typescript/, 'typescript5'), parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};
