import type { FunctionSpec, Manifest } from './manifest'
import { ManifestError } from './manifestError'

const TEMPLATE = /\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g

/**
 * A function's environment variables with `{{env.NAME}}` filled from `env`, as the
 * CloudBase CLI fills them. A name `env` does not hold is a `ManifestError` at the line
 * that asks for it when `missing` is 'fail' (the deploy); the emulator passes 'empty'.
 */
export function resolveEnvVariables(
  manifest: Manifest,
  fn: FunctionSpec,
  env: Readonly<Record<string, string | undefined>>,
  missing: 'fail' | 'empty',
): Record<string, string> {
  const index = manifest.functions.indexOf(fn)
  return Object.fromEntries(
    Object.entries(fn.envVariables).map(([key, value]) => [
      key,
      value.replace(TEMPLATE, (_whole, name: string) => {
        const found = env[name]
        if (found !== undefined && found !== '') return found
        if (missing === 'empty') return ''
        throw new ManifestError(
          manifest.where('cloudbaserc.json', `/functions/${index}/envVariables/${key}`),
          `${fn.name}'s ${key} asks for the environment variable ${name}, which is not set`,
        )
      }),
    ]),
  )
}

/** The names of the deploy's own environment variables a manifest value asks for. */
export function templateNames(value: string): string[] {
  return [...value.matchAll(TEMPLATE)].map((m) => m[1])
}
