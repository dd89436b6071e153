/**
 * The emulator's clock: real time plus a settable offset. Functions, `serverDate` in the
 * database and timer triggers all read it. The offset is kept in the dev store, so a set
 * clock stays set across restarts (and keeps running from there); `/__dev/reset` puts it
 * back to real time.
 */
export interface Clock {
  nowMs(): number
  now(): Date
  /** emulator time minus real time */
  offsetMs(): number
  /** Sets the time; answers the previous and new `nowMs`. */
  set(instant: number): { from: number; to: number }
  advance(ms: number): { from: number; to: number }
  reset(): void
}

export interface ClockPersistence {
  getValue(key: string): string | undefined
  setValue(key: string, value: string | undefined): void
}

const OFFSET_KEY = 'clock.offsetMs'

export function createClock(persistence: ClockPersistence, realNow: () => number = Date.now): Clock {
  let offset = Number(persistence.getValue(OFFSET_KEY) ?? 0) || 0
  const save = () => persistence.setValue(OFFSET_KEY, offset === 0 ? undefined : String(offset))
  const nowMs = () => realNow() + offset
  return {
    nowMs,
    now: () => new Date(nowMs()),
    offsetMs: () => offset,
    set(instant) {
      const from = nowMs()
      offset = instant - realNow()
      save()
      return { from, to: nowMs() }
    },
    advance(ms) {
      const from = nowMs()
      offset += ms
      save()
      return { from, to: nowMs() }
    },
    reset() {
      offset = 0
      save()
    },
  }
}
