import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { ActionTable } from '@shared/api'
import { root } from './reliabilityCloud'

export interface FunctionActions {
  fn: string
  actions: ActionTable<any>
}

/**
 * Every function's action table, read from `cloudfunctions/<name>/src/index.ts` (its
 * `actions` export), so an action added later is covered without editing the suites.
 * A function without one (`scheduler`: timer only) is left out.
 */
export function enumerateActions(): FunctionActions[] {
  const dir = path.join(root, 'cloudfunctions')
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'src', 'index.ts')))
    // found on disk, so a new function is covered too: a static import would have to be added by hand
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((d) => ({ fn: d.name, module: require(path.join(dir, d.name, 'src', 'index.ts')) as { actions?: ActionTable<any> } }))
    .filter((m) => m.module.actions !== undefined)
    .map((m) => ({ fn: m.fn, actions: m.module.actions as ActionTable<any> }))
}

/** `fn action` for every action of every function. */
export function allActionNames(): string[] {
  return enumerateActions().flatMap(({ fn, actions }) => Object.keys(actions).map((action) => `${fn} ${action}`))
}
