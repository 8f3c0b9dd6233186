/**
 * Two tiers. `unit`: in-process tests of src/ and tools/ (the emulators over loopback), seconds.
 * `e2e`: the bundled dist/index.js run as the runner would, against the emulators; it refuses to run
 * when dist/ is older than src/ (see __fixtures__/dist-freshness.cjs).
 * @type {import('jest').Config}
 */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' }
}

export default {
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/__fixtures__/jest-summary-reporter.cjs'],
  verbose: false,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts', '<rootDir>/__tests__/tools/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts', '<rootDir>/bench/__tests__/**/*.test.ts'],
      globalSetup: '<rootDir>/__fixtures__/dist-freshness.cjs'
    }
  ]
}
