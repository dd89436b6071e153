import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { resolveEnvVariables, type Manifest } from '../manifest'
import type { CloudState } from './state'

/** The files uploaded for a function: its bundle, its dependencies, its generated config.json. */
export const UPLOADED_FILES = ['index.js', 'package.json', 'config.json'] as const

/**
 * The environment the manifest describes, with variables filled from `env` (a missing one is
 * a ManifestError at its line) and each function's code hashed from its built folder.
 */
export function desiredState(manifest: Manifest, root: string, env: Readonly<Record<string, string | undefined>>): CloudState {
  return {
    functions: manifest.functions.map((fn) => ({
      name: fn.name,
      runtime: fn.runtime,
      timeout: fn.timeout,
      memorySize: fn.memorySize,
      envVariables: resolveEnvVariables(manifest, fn, env, 'fail'),
      triggers: fn.triggers,
      codeHash: codeHash(path.join(root, manifest.functionRoot, fn.name)),
      openapi: fn.permissions.openapi,
    })),
    collections: manifest.collections.map((c) => ({ name: c.name, acl: c.acl, indexes: c.indexes })),
    ...(manifest.storage ? { storageAcl: manifest.storage.acl } : {}),
  }
}

export function codeHash(folder: string): string {
  const hash = createHash('sha256')
  for (const file of UPLOADED_FILES) {
    const full = path.join(folder, file)
    if (!existsSync(full)) throw new Error(`${full} is missing: run npm run build:functions first`)
    hash.update(`${file}\0`).update(readFileSync(full)).update('\0')
  }
  return hash.digest('hex')
}
