/** The local emulator's dev endpoints, used by the H5 build's dev bar only. */
export interface DevIdentity {
  openid: string
  label: string
  roles: string[]
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status}`)
  return (await res.json()) as T
}

export async function fetchIdentities(): Promise<DevIdentity[]> {
  return json(await fetch('/__dev/identities'))
}

export async function fetchClock(): Promise<{ now: string }> {
  return json(await fetch('/__dev/clock'))
}

/** Sets (`{ now }`), advances (`{ advanceMinutes }`) or resets (`{ reset: true }`) the emulator's clock. */
export async function moveClock(body: { now: string } | { advanceMinutes: number } | { reset: true }): Promise<{ now: string }> {
  return json(await fetch('/__dev/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }))
}
