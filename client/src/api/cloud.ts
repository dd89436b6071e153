import Taro from '@tarojs/taro'
import { fail, type ApiResult } from '@shared/api'
import type { ActionName, AnswerOf, Contract, FunctionName, InputOf } from '@shared/contract'
import { devGateway } from './devGateway'

declare const __CLOUD_ENV__: string

/** The input argument of an action: optional where the action needs none (`me`, `queue.list`). */
export type InputArg<F extends FunctionName, A extends ActionName<F>> = Record<never, never> extends InputOf<Contract[F][A]>
  ? [input?: InputOf<Contract[F][A]>]
  : [input: InputOf<Contract[F][A]>]

/** The `data` of an action's successful answer, as the contract (`shared/contract`) names it. */
export type Answer<F extends FunctionName, A extends ActionName<F>> = AnswerOf<Contract[F][A]>

/**
 * Calls one action of one cloud function and answers the contract's result.
 * The input and answer types come from the contract (`shared/contract`), so
 * a field renamed there fails to compile here as on the server. On a phone
 * it is `Taro.cloud.callFunction`; the H5 build has no `Taro.cloud`, so it
 * goes to the local emulator's dev gateway. A network failure is a result
 * too, never a throw.
 */
export async function callCloud<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  ...args: InputArg<F, A>
): Promise<ApiResult<Answer<F, A>>> {
  const input = args[0] ?? {}
  try {
    if (devGateway) return await devGateway.callViaGateway<Answer<F, A>>(name, action, input)
    return await viaWeChat<Answer<F, A>>(name, action, input)
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
