import { devOpenid } from './devIdentity'

/**
 * The H5 build's stand-in for `Taro.requestSubscribeMessage`: the local emulator records
 * the grants (`/__dev/subscribe`, emulator/README.md), so its subscription checks behave as
 * WeChat's do. Answers each template's `accept` or `reject` as the emulator gave it.
 */
export async function subscribeViaGateway(tmplIds: string[]): Promise<Record<string, string>> {
  const res = await fetch('/__dev/subscribe', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid: devOpenid(), tmplIds }),
  })
  if (!res.ok) return {}
  return (await res.json()) as Record<string, string>
}
