import type { ApiResult } from '@shared/api'
import { fail } from '@shared/api'
import { devOpenid, setDevOpenid } from './devIdentity'

/**
 * The H5 build has no `Taro.cloud`: it posts the call to the local emulator's dev gateway,
 * naming the caller with `X-OpenId` (emulator/README.md); the emulator names a new caller
 * itself, and that OPENID is kept for the next calls.
 */
export async function callViaGateway<T>(name: string, action: string, input: unknown): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const openid = devOpenid()
  if (openid) headers['x-openid'] = openid
  const res = await fetch(`/__dev/call/${name}`, { method: 'POST', headers, body: JSON.stringify({ action, input }) })
  const assigned = res.headers.get('x-openid')
  if (assigned && !openid) setDevOpenid(assigned)
  if (!res.ok) return fail('INTERNAL', '网络不稳定，请稍后重试')
  return (await res.json()) as ApiResult<T>
}
