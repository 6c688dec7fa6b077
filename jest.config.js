// Jest runs the lib and component tests, compiled with Next's SWC transform (next/jest).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

// The MDX parser (unified, remark, micromark and their helpers) ships only as ES modules,
// which Jest on Node 20 cannot require: these packages are compiled like our own code.
const ESM_PACKAGES = [
  'unified',
  'bail',
  'ccount',
  'character-[a-z0-9-]+',
  'decode-named-character-reference',
  'escape-string-regexp',
  'devlop',
  'estree-util-[a-z0-9-]+',
  'is-(?:alphabetical|alphanumerical|decimal|hexadecimal|plain-obj)',
  'longest-streak',
  'markdown-table',
  'mdast-util-[a-z0-9-]+',
  'micromark(?:-[a-z0-9-]+)?',
  'parse-entities',
  'remark-[a-z0-9-]+',
  'stringify-entities',
  'trough',
  'unist-util-[a-z0-9-]+',
  'vfile(?:-[a-z0-9-]+)?',
  'zwitch',
].join('|');

const jestConfig = createJestConfig({
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/unit', '<rootDir>/tests/components'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^contentlayer/generated$': '<rootDir>/.contentlayer/generated',
    '^node-fetch$': '<rootDir>/tests/support/noFetch.cjs',
  },
});

// next/jest only appends to its own ignore list, so its `/node_modules/…` pattern is narrowed here.
module.exports = async () => {
  const config = await jestConfig();
  config.transformIgnorePatterns = config.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith('/node_modules/')
      ? pattern.replace('/node_modules/', `/node_modules/(?!(?:${ESM_PACKAGES})/)`)
      : pattern,
  );
  return config;
};
