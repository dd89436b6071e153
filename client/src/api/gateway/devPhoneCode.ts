/**
 * The H5 build's stand-in for WeChat's phone-number button: the local
 * emulator mints the one-use code (`/__dev/phonecode`, emulator/README.md)
 * that `Button openType="getPhoneNumber"` hands a page on a phone, so the
 * server's exchange runs as it would there. Undefined when it cannot.
 */
export async function devPhoneCode(): Promise<string | undefined> {
  try {
    const res = await fetch('/__dev/phonecode', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    if (!res.ok) return undefined
    const body = (await res.json()) as { code?: unknown }
    return typeof body.code === 'string' ? body.code : undefined
  } catch {
    return undefined
  }
}
