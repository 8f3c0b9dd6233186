/**
 * The unit tests that kill mutants of the planning core and the plan phase (`npm run mutate`): the
 * `unit` project of jest.config.js narrowed to __tests__/unit/core and __tests__/unit/phases, so that
 * each mutant runs seconds of tests, not the emulator and e2e tiers.
 * @type {import('jest').Config}
 */
import base from './jest.config.js'

const unit = base.projects.find(project => project.displayName === 'unit')
if (!unit) throw new Error('jest.config.js has no project named "unit"')

const { displayName: _displayName, ...config } = unit

export default {
  ...config,
  testTimeout: base.testTimeout,
  // Stop a failing property at its first counterexample (no shrinking): a kill, not a timeout.
  setupFilesAfterEnv: ['<rootDir>/__fixtures__/mutate-setup.ts'],
  testMatch: ['<rootDir>/__tests__/unit/core/**/*.test.ts', '<rootDir>/__tests__/unit/phases/**/*.test.ts']
}
