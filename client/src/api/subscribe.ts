import Taro from '@tarojs/taro'
import { devGateway } from './devGateway'

export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter'

/**
 * Asks the user to allow one message per template (at most 3 per call).
 * On a phone this must be the first thing a tap handler does: an `await`
 * before it loses the tap (docs/platform.md). In the H5 build the local emulator
 * records the grant, so its subscription checks behave as WeChat's do.
 */
export async function requestSubscribe(tmplIds: string[]): Promise<Record<string, SubscribeAnswer>> {
  const ids = tmplIds.slice(0, 3)
  if (ids.length === 0) return {}
  try {
    const res = devGateway
      ? await devGateway.subscribeViaGateway(ids)
      : ((await Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>)
    return Object.fromEntries(ids.map((id) => [id, (res[id] ?? 'reject') as SubscribeAnswer]))
  } catch {
    // Declining or a failed dialog is an answer, not an error: the appointment stands without messages.
    return Object.fromEntries(ids.map((id) => [id, 'reject' as const]))
  }
}
