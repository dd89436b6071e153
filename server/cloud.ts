import cloud from 'wx-server-sdk'

/**
 * The `wx-server-sdk` handle, initialised once per instance for the current
 * environment. Heavy work stays out of module load for cold starts.
 */
let initialised = false

export function getCloud(): typeof cloud {
  if (!initialised) {
    // DYNAMIC_CURRENT_ENV is missing from the SDK's typings (docs/toolchain.md, 8).
    cloud.init({ env: (cloud as unknown as { DYNAMIC_CURRENT_ENV: string }).DYNAMIC_CURRENT_ENV })
    initialised = true
  }
  return cloud
}

export type Database = ReturnType<typeof cloud.database>

/** Who called: OPENID from WeChat's context, the only source of identity. */
export interface Caller {
  openid: string | null
  source: string
}

export function currentCaller(): Caller {
  const context = getCloud().getWXContext() as { OPENID?: string; SOURCE?: string }
  return { openid: context.OPENID || null, source: context.SOURCE ?? '' }
}
