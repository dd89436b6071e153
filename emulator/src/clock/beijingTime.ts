const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/** An instant as an ISO string in Beijing time, e.g. `2026-09-24T10:00:00.000+08:00`. */
export function toBeijingIso(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().replace('Z', '+08:00')
}

/**
 * The wall-clock fields of an instant in UTC+8 (no daylight saving), read through UTC
 * getters so the host's time zone never matters.
 */
export function beijingFields(ms: number) {
  const d = new Date(ms + BEIJING_OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }
}

/** The instant of a Beijing wall-clock time. */
export function fromBeijingFields(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) - BEIJING_OFFSET_MS
}
