import Taro from '@tarojs/taro'
import type { ApiResult } from '@shared/api'
import { fail } from '@shared/api'
import { devOpenid, setDevOpenid } from './devIdentity'

declare const __API_MODE__: 'cloud' | 'gateway'
declare const __CLOUD_ENV__: string

/** The names of the project's cloud functions (architecture.md). */
export type FunctionName = 'catalog' | 'booking' | 'counter' | 'section' | 'admin'


/**
 * Calls one action of one cloud function and answers the contract's result.
 * On a phone it is `Taro.cloud.callFunction`; the H5 build has no
 * `Taro.cloud`, so it posts to the local emulator's dev gateway, naming the
 * caller with `X-OpenId`. A network failure is a result too, never a throw.
 */
export async function callCloud<T>(name: FunctionName, action: string, input: unknown = {}): Promise<ApiResult<T>> {
  try {
    if (__API_MODE__ === 'cloud') return await viaWeChat<T>(name, action, input)
    return await viaGateway<T>(name, action, input)
  } catch {
    return fail('INTERNAL', '网络不稳定，请稍后重试')
  }
}

let cloudReady = false

async function viaWeChat<T>(name: FunctionName, action: string, input: unknown): Promise<ApiResult<T>> {
  if (!cloudReady) {
    Taro.cloud.init(__CLOUD_ENV__ ? { env: __CLOUD_ENV__ } : {})
    cloudReady = true
  }
  const res = await Taro.cloud.callFunction({ name, data: { action, input } })
  return res.result as unknown as ApiResult<T>
}

async function viaGateway<T>(name: FunctionName, action: string, input: unknown): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const openid = devOpenid()
  if (openid) headers['x-openid'] = openid
  const res = await fetch(`/__dev/call/${name}`, { method: 'POST', headers, body: JSON.stringify({ action, input }) })
  const assigned = res.headers.get('x-openid')
  if (assigned && !openid) setDevOpenid(assigned)
  if (!res.ok) return fail('INTERNAL', '网络不稳定，请稍后重试')
  return (await res.json()) as ApiResult<T>
}
