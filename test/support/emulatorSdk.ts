import cloud from 'wx-server-sdk'
import type { Emulator } from '../../emulator/src/gateway'

type Sdk = typeof cloud

/**
 * wx-server-sdk used from outside a function (a test, as a maintenance script would) against
 * one emulator: an SDK instance of its own that signs every request with the emulator's key
 * pair, since `/tcb` refuses unsigned requests that carry no invocation token. Not
 * `cloud.init`: the SDK keeps the options of its first `init` for good, so a second emulator
 * in one test file (a restart draws a new key) would be sent the first one's.
 * `createNewInstance` is missing from the SDK's typings (docs/toolchain.md, gotcha 8).
 */
export function emulatorSdk(emulator: Pick<Emulator, 'sdkOptions'>): Sdk {
  return (cloud as unknown as { createNewInstance(options: object): Sdk }).createNewInstance(emulator.sdkOptions)
}
