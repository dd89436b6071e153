import type { Manifest } from './manifest'
import { resolveEnvVariables } from './resolveEnvVariables'

/**
 * What the emulator takes from the manifest: the deployed functions with their timeouts and
 * environment variables (templates filled from `env`, empty when unset), and the declared
 * collections.
 */
export function emulatorOptions(manifest: Manifest, env: Readonly<Record<string, string | undefined>> = {}) {
  return {
    functions: Object.fromEntries(
      manifest.functions.map((fn) => [fn.name, { timeout: fn.timeout, envVariables: resolveEnvVariables(manifest, fn, env, 'empty') }]),
    ),
    collections: manifest.collections.map((c) => c.name),
  }
}
