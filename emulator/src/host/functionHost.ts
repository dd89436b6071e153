import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'

import { toBeijingIso } from '../clock/beijingTime'
import type { Clock } from '../clock/clock'
import { bundleVersion, functionEntry, isValidFunctionName, listFunctions, readFunctionConfig, type FunctionConfig, type FunctionSettings } from './functionConfig'
import { FunctionInstance } from './functionInstance'
import { InstancePool } from './instancePool'
import { invocationEnv } from './invocationEnv'

/** Who an invocation runs for, as `cloud.getWXContext()` will report it. */
export interface CallerIdentity {
  openid?: string
  unionid?: string
  /** `wx_client` for the mini-program, `wx_trigger` for timers, `<caller's source>,scf` for function-to-function */
  source: string
  clientIp?: string
  trigger?: boolean
}

/** A running invocation, found again from the token in the service URL its SDK calls. */
export interface LiveInvocation {
  token: string
  requestId: string
  functionName: string
  identity: CallerIdentity
  dbRequests: number
}

/** WeChat answers a failed or timed-out function with -504002 and the function's message. */
export const FUNCTIONS_EXECUTE_FAIL = { code: 'FUNCTIONS_EXECUTE_FAIL', errCode: -504002 } as const
export const FUNCTION_NOT_FOUND = { code: 'ResourceNotFound.Function', errCode: -501000 } as const

export type InvocationResult = {
  requestId: string
  functionName: string
  openid: string | null
  source: string
  /** emulator time of the start */
  at: string
  durationMs: number
  dbRequests: number
} & (
  | { ok: true; value: unknown }
  | { ok: false; code: string; errCode: number; message: string; timedOut: boolean }
)

export interface FunctionHostOptions {
  functionsRoot: string
  /** base of the per-invocation service URL, e.g. `http://127.0.0.1:8080/tcb` */
  serviceUrl: () => string
  /**
   * variables pointing a function at the emulator's stand-ins for other cloud services (the
   * SMS endpoint and its key pair), set over the manifest's, as TCB_CONTEXT_CNFG is
   */
  standInEnv?: () => Record<string, string>
  clock: Clock
  appid: string
  envId: string
  /** default 4 */
  maxInstancesPerFunction?: number
  /** an instance idle this long is stopped; default 5 minutes */
  maxIdleMs?: number
  statsSize?: number
  /** the deployed functions with their manifest settings; absent: every built folder, 3 s, no variables */
  functions?: Readonly<Record<string, FunctionSettings>>
  onOutput?: (functionName: string, chunk: string, stream: 'stdout' | 'stderr') => void
}

export interface FunctionHost {
  list(): string[]
  exists(name: string): boolean
  config(name: string): FunctionConfig
  invoke(name: string, event: unknown, identity: CallerIdentity): Promise<InvocationResult>
  /** the running invocation a `/tcb/<token>` request belongs to */
  live(token: string): LiveInvocation | undefined
  stats(): InvocationResult[]
  clearStats(): void
  instanceCount(name: string): number
  close(): void
}

export function createFunctionHost(options: FunctionHostOptions): FunctionHost {
  const { functionsRoot, clock, appid, envId } = options
  const maxInstances = options.maxInstancesPerFunction ?? 4
  const maxIdleMs = options.maxIdleMs ?? 5 * 60_000
  const statsSize = options.statsSize ?? 200
  const pools = new Map<string, InstancePool>()
  const live = new Map<string, LiveInvocation>()
  const recent: InvocationResult[] = []
  let closed = false
  const reaper = setInterval(() => pools.forEach((pool) => pool.reapIdle(maxIdleMs)), Math.min(maxIdleMs, 30_000))
  reaper.unref()

  const baseEnv = (name: string): Record<string, string> => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    // WeChat's cloud functions run in UTC, whatever the host's zone
    TZ: 'UTC',
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SCF_NAMESPACE: envId,
    SCF_FUNCTIONNAME: name,
    TCB_ENV: envId,
    // the SDK signs every request and refuses to send without a key pair; the emulator ignores the signature
    TENCENTCLOUD_SECRETID: 'emulator',
    TENCENTCLOUD_SECRETKEY: 'emulator',
    ...settingsOf(name)?.envVariables,
    ...options.standInEnv?.(),
  })
  const settingsOf = (name: string): FunctionSettings | undefined =>
    options.functions && Object.prototype.hasOwnProperty.call(options.functions, name) ? options.functions[name] : undefined
  const configOf = (name: string): FunctionConfig => {
    const config = readFunctionConfig(functionsRoot, name)
    const settings = settingsOf(name)
    return settings ? { ...config, timeout: settings.timeout } : config
  }
  const deployed = (name: string) => !options.functions || settingsOf(name) !== undefined

  const poolOf = (name: string): InstancePool => {
    let pool = pools.get(name)
    if (!pool) {
      pool = new InstancePool(
        (version) =>
          new FunctionInstance(functionEntry(functionsRoot, name), version, baseEnv(name), (chunk, stream) =>
            options.onOutput?.(name, chunk, stream),
          ),
        maxInstances,
      )
      pools.set(name, pool)
    }
    return pool
  }

  const remember = (result: InvocationResult) => {
    recent.push(result)
    if (recent.length > statsSize) recent.splice(0, recent.length - statsSize)
    return result
  }

  const exists = (name: string) => isValidFunctionName(name) && deployed(name) && existsSync(functionEntry(functionsRoot, name))

  async function invoke(name: string, event: unknown, identity: CallerIdentity): Promise<InvocationResult> {
    const requestId = randomBytes(16).toString('hex')
    const startedReal = Date.now()
    const base = { requestId, functionName: name, openid: identity.openid ?? null, source: identity.source, at: toBeijingIso(clock.nowMs()) }
    if (closed || !exists(name)) {
      return remember({
        ...base, durationMs: 0, dbRequests: 0, ok: false, ...FUNCTION_NOT_FOUND, timedOut: false,
        message: `[ResourceNotFound.Function] FunctionName ${name} could not be found.`,
      })
    }
    let config: FunctionConfig
    try {
      config = configOf(name)
    } catch (error) {
      // WeChat would refuse to deploy it; here the call fails with the reason
      return remember({
        ...base, durationMs: 0, dbRequests: 0, ok: false, ...FUNCTIONS_EXECUTE_FAIL, timedOut: false,
        message: `${name}/config.json: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
    const version = bundleVersion(functionsRoot, name)
    const pool = poolOf(name)
    const instance = await pool.acquire(version)
    const token = randomBytes(12).toString('hex')
    const invocation: LiveInvocation = { token, requestId, functionName: name, identity, dbRequests: 0 }
    live.set(token, invocation)
    try {
      const env = invocationEnv(invocation, appid, `${options.serviceUrl()}/${token}`)
      const outcome = await instance.invoke({
        event,
        env,
        clockOffsetMs: clock.offsetMs(),
        timeoutMs: config.timeout * 1000,
        context: {
          callbackWaitsForEmptyEventLoop: false,
          memory_limit_in_mb: 256,
          time_limit_in_ms: config.timeout * 1000,
          request_id: requestId,
          function_name: name,
          function_version: '$LATEST',
          namespace: envId,
          environment: JSON.stringify(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== null))),
        },
      })
      const done = { ...base, durationMs: Date.now() - startedReal, dbRequests: invocation.dbRequests }
      return remember(
        outcome.ok
          ? { ...done, ok: true, value: outcome.value }
          : { ...done, ok: false, ...FUNCTIONS_EXECUTE_FAIL, message: outcome.message, timedOut: outcome.timedOut },
      )
    } finally {
      live.delete(token)
      pool.release(instance, existsSync(functionEntry(functionsRoot, name)) ? bundleVersion(functionsRoot, name) : '')
    }
  }

  return {
    list: () => listFunctions(functionsRoot).filter(deployed),
    exists,
    config: configOf,
    invoke,
    live: (token) => live.get(token),
    stats: () => [...recent],
    clearStats: () => void recent.splice(0),
    instanceCount: (name) => pools.get(name)?.size ?? 0,
    close() {
      closed = true
      clearInterval(reaper)
      for (const pool of pools.values()) pool.closeAll()
      pools.clear()
    },
  }
}
