// Reliability suites (issue 8): concurrency, bad input, the authorization table,
// kill -9 of the emulator, message faults. They start emulators and build the
// cloud functions, so they have their own config:  npm run test:reliability
// (once, under TZ=UTC: the unit suites already run in three zones).
module.exports = {
  displayName: 'reliability',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1', '^@server/(.*)$': '<rootDir>/server/$1' },
  testMatch: ['<rootDir>/test/reliability/**/*.test.ts'],
  globalSetup: '<rootDir>/test/reliability/support/globalSetup.ts',
  setupFiles: ['<rootDir>/test/support/sdkInTestProcess.ts'],
  testTimeout: 120000,
  // two cores: one suite per core; each suite's emulator runs its own function instances
  maxWorkers: 2,
}
