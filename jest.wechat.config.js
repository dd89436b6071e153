// WeChat's own compile and code-quality audit of the weapp build
// (scripts/wechat-audit.mjs, miniprogram-ci, offline): `npm run build:weapp` first.
module.exports = {
  displayName: 'wechat',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  testMatch: ['<rootDir>/test/wechat/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Each case compiles the whole build (35–90 s here); the script itself gives
  // up after 300 s, so the test never outlives it.
  testTimeout: 330000,
}
