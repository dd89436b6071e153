import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface TimerTriggerConfig {
  name: string
  type: 'timer'
  config: string
}

/** A function's `config.json`, as WeChat reads it on deployment. */
export interface FunctionConfig {
  permissions: { openapi: string[] }
  triggers: TimerTriggerConfig[]
  /** seconds; WeChat's default is 3 */
  timeout: number
}

export const DEFAULT_TIMEOUT_SECONDS = 3

/**
 * What the manifest (cloudbaserc.json) gives a deployed function beyond its config.json:
 * the platform takes these from the management API, never from config.json.
 */
export interface FunctionSettings {
  /** seconds */
  timeout: number
  envVariables: Record<string, string>
}

/** config.json keys the platform ignores, and where each setting really lives. */
const SET_ELSEWHERE: Record<string, string> = {
  timeout: 'cloudbaserc.json (functions[].timeout)',
  memorySize: 'cloudbaserc.json (functions[].memorySize)',
  runtime: 'cloudbaserc.json (functions[].runtime)',
  envVariables: 'cloudbaserc.json (functions[].envVariables)',
  handler: 'cloudbaserc.json (functions[].handler)',
}

/** Function names are folder names, as WeChat deploys them; nothing else may name one. */
export function isValidFunctionName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,59}$/.test(name)
}

export function functionEntry(functionsRoot: string, name: string): string {
  return join(functionsRoot, name, 'index.js')
}

/** Names of the deployable functions under the root: folders with a built index.js. */
export function listFunctions(functionsRoot: string): string[] {
  if (!existsSync(functionsRoot)) return []
  return readdirSync(functionsRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && isValidFunctionName(d.name) && existsSync(functionEntry(functionsRoot, d.name)))
    .map((d) => d.name)
    .sort()
}

export function readFunctionConfig(functionsRoot: string, name: string): FunctionConfig {
  const file = join(functionsRoot, name, 'config.json')
  const raw: Record<string, unknown> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  // The platform reads permissions and triggers only; anything else here would be a setting
  // that silently never takes effect in production (docs/platform.md, cloud functions).
  for (const key of Object.keys(raw)) {
    if (key === 'permissions' || key === 'triggers') continue
    const home = SET_ELSEWHERE[key]
    throw new Error(
      home
        ? `"${key}" in config.json is not read by the platform; it is set in ${home}`
        : `"${key}" in config.json is not read by the platform, which reads only "permissions" and "triggers"`,
    )
  }
  const permissions = (raw.permissions ?? {}) as { openapi?: unknown }
  const triggers = Array.isArray(raw.triggers) ? raw.triggers : []
  const timeout = Number(raw.timeout)
  return {
    permissions: { openapi: Array.isArray(permissions.openapi) ? permissions.openapi.map(String) : [] },
    triggers: triggers
      .filter((t): t is TimerTriggerConfig => t && t.type === 'timer' && typeof t.config === 'string')
      .map((t) => ({ name: String(t.name), type: 'timer', config: t.config })),
    timeout: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_SECONDS,
  }
}

/** Changes whenever the built bundle is rewritten, so stale instances can be retired. */
export function bundleVersion(functionsRoot: string, name: string): string {
  const s = statSync(functionEntry(functionsRoot, name))
  return `${s.mtimeMs}:${s.size}`
}
