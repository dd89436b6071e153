// Browser tests: the H5 build in Debian's headless Chromium, against the
// local emulator. Run after `npm run build`:  npm run test:e2e
module.exports = {
  displayName: 'e2e',
  // Node's, plus which test failed: a failed test keeps a screenshot and the page's log.
  testEnvironment: '<rootDir>/e2e/support/environment.ts',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1', '^@server/(.*)$': '<rootDir>/server/$1' },
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
}
