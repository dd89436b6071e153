declare const __API_MODE__: 'cloud' | 'gateway'

/**
 * The local emulator's dev gateway (./gateway), or null in the mini-program. `__API_MODE__`
 * is a build-time constant (client/config/index.ts): in the weapp build the condition is
 * `false`, so webpack never bundles the module, and no dev route, `X-OpenId` header or
 * `dev.openid` storage key ships to phones (test/weapp/noDevCode.test.ts checks the build).
 */
export const devGateway: typeof import('./gateway') | null =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  __API_MODE__ === 'gateway' ? require('./gateway') : null
