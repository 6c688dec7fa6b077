// Jest runs the lib and component tests, compiled with Next's SWC transform (next/jest).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

module.exports = createJestConfig({
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/unit', '<rootDir>/tests/components'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^contentlayer/generated$': '<rootDir>/.contentlayer/generated',
    '^node-fetch$': '<rootDir>/tests/support/noFetch.cjs',
  },
});
