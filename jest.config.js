// Unit and integration tests: `npm run test:unit` (runs them under several TZ).
// The weapp render tests and the browser tests need builds first and have
// their own configs (jest.weapp.config.js, jest.e2e.config.js).
const common = {
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
}

module.exports = {
  // A global option (jest ignores it inside a project): tests that start the
  // emulator and its function instances need room on a loaded 2-core machine.
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'shared', testEnvironment: 'node', testMatch: ['<rootDir>/shared/**/*.test.ts'] },
    {
      ...common,
      displayName: 'cloudfunctions',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/cloudfunctions/*/src/**/*.test.ts', '<rootDir>/server/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'emulator',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/emulator/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/sdkInTestProcess.ts'],
    },
    { ...common, displayName: 'deploy', testEnvironment: 'node', testMatch: ['<rootDir>/deploy/**/*.test.ts'] },
    { ...common, displayName: 'repo', testEnvironment: 'node', testMatch: ['<rootDir>/test/*.test.ts'] },
    // The cloud functions, bundled, on the emulator.
    {
      ...common,
      displayName: 'functions',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/functions/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/sdkInTestProcess.ts'],
    },
    {
      ...common,
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/client/src/**/*.test.ts?(x)'],
      // Taro's runtime cannot load in jsdom; small stand-ins in test/support
      // say why. The real builds are tested in test/weapp and e2e/.
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/test/support/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/support/taroComponents.tsx',
      },
      setupFiles: ['<rootDir>/test/support/clientGlobals.ts'],
    },
  ],
}
