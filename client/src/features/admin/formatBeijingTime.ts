const BEIJING_OFFSET_MS = 8 * 3_600_000

/**
 * A moment as Beijing wall time (UTC+8, no daylight saving), whatever the
 * phone's time zone: `formatBeijingTime(Date.UTC(2026, 10, 30, 6, 5))` is
 * `2026年11月30日 14:05`.
 */
export function formatBeijingTime(epochMs: number): string {
  const d = new Date(epochMs + BEIJING_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
