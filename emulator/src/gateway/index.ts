export { createEmulator } from './createEmulator'
export type { Emulator, EmulatorOptions } from './createEmulator'
