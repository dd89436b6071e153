// Render tests of the weapp build: `npm run build:weapp` first.
// They load client/dist/weapp with Tencent's WXML compiler (wcc) and component
// framework (exparser) through miniprogram-simulate; see test/weapp/harness.ts.
module.exports = {
  displayName: 'weapp',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['<rootDir>/test/weapp/renderLayer.ts'],
  testTimeout: 20000,
}
