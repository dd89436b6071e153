import type { Manifest } from './manifest'

/** What a function's bundle reaches for: the openapi it calls and the environment variables it reads. */
export interface BundleUse {
  openapi: string[]
  envVariables: string[]
}

/**
 * Read from a function's bundle (all its own code, `wx-server-sdk` outside it), so code
 * shared in server/ counts only for the functions that really include it. Give it the bundle
 * unminified: minification renames the `openapi` the calls are found by.
 */
export function bundleUse(code: string): BundleUse {
  const openapi = [...code.matchAll(/\bopenapi\.([A-Za-z]+)\.([A-Za-z]+)\b/g)].map((m) => `${m[1]}.${m[2]}`)
  const envVariables = [...code.matchAll(/\bprocess\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]\s*\])/g)].map((m) => m[1] ?? m[2])
  return { openapi: [...new Set(openapi)].sort(), envVariables: [...new Set(envVariables)].sort() }
}

/**
 * Where the manifest and the functions' code disagree, one line each naming the manifest
 * line: an openapi called without the permission (the platform answers -604101), a
 * permission held and never used, an environment variable read but not declared (it would
 * be empty in production), or declared and never read; a function folder not in the
 * manifest, or a manifest function with no bundle.
 */
export function codeMismatches(manifest: Manifest, bundles: Readonly<Record<string, string>>): string[] {
  const problems: string[] = []
  for (const name of Object.keys(bundles)) {
    if (!manifest.functions.some((fn) => fn.name === name)) problems.push(`cloudfunctions/${name} is not in cloudbaserc.json`)
  }
  manifest.functions.forEach((fn, i) => {
    const at = (pointer: string) => manifest.where('cloudbaserc.json', `/functions/${i}${pointer}`)
    const code = bundles[fn.name]
    if (code === undefined) {
      problems.push(`${at('/name')}: ${fn.name} has no built bundle`)
      return
    }
    const use = bundleUse(code)
    for (const api of use.openapi) {
      if (!fn.permissions.openapi.includes(api)) problems.push(`${at('/permissions')}: ${fn.name} calls openapi ${api} but its permissions do not list it`)
    }
    fn.permissions.openapi.forEach((api, j) => {
      if (!use.openapi.includes(api)) problems.push(`${at(`/permissions/openapi/${j}`)}: ${fn.name} holds ${api} and never calls it`)
    })
    for (const name of use.envVariables) {
      if (!(name in fn.envVariables)) problems.push(`${at('/envVariables')}: ${fn.name} reads process.env.${name}, which is not declared`)
    }
    for (const name of Object.keys(fn.envVariables)) {
      if (!use.envVariables.includes(name)) problems.push(`${at(`/envVariables/${name}`)}: ${fn.name} declares ${name} and never reads it`)
    }
  })
  return problems
}
