import Taro from '@tarojs/taro'
import type { ApiResult } from '@shared/api'
import { fail } from '@shared/api'
import { devGateway } from './devGateway'

declare const __CLOUD_ENV__: string

/** The names of the project's cloud functions (architecture.md). */
export type FunctionName = 'catalog' | 'booking' | 'counter' | 'section' | 'admin'

/**
 * Calls one action of one cloud function and answers the contract's result.
 * On a phone it is `Taro.cloud.callFunction`; the H5 build has no
 * `Taro.cloud`, so it goes to the local emulator's dev gateway. A network
 * failure is a result too, never a throw.
 */
export async function callCloud<T>(name: FunctionName, action: string, input: unknown = {}): Promise<ApiResult<T>> {
  try {
    if (devGateway) return await devGateway.callViaGateway<T>(name, action, input)
    return await viaWeChat<T>(name, action, input)
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
