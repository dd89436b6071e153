import type { LiveInvocation } from './functionHost'

/**
 * The environment wx-server-sdk reads for one invocation: getWXContext() takes the keys
 * listed in WX_CONTEXT_KEYS (stripping `WX_`), plus TCB_ENV and TCB_SOURCE; the node SDK
 * sends every request to TCB_CONTEXT_CNFG.URL, here unique to the invocation.
 */
export function invocationEnv(invocation: LiveInvocation, appid: string, serviceUrl: string): Record<string, string | null> {
  const { identity } = invocation
  return {
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    WX_OPENID: identity.openid ?? null,
    WX_APPID: appid,
    WX_UNIONID: identity.unionid ?? null,
    WX_CLIENTIP: identity.clientIp ?? null,
    TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TCB_SOURCE',
    TCB_SOURCE: identity.source,
    TCB_SEQID: invocation.requestId,
    TRIGGER_SRC: identity.trigger ? 'timer' : 'tcb',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: serviceUrl }),
  }
}
