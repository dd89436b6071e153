import type { CivilDate } from '../time'

/**
 * A walk-in day closed for one window by the section's decision (当日不开放,
 * R21, R22, R23): the window has walk-in items but nobody to staff it, and no
 * colleague of its department can cover. The reason is the section's and is
 * what supervision reads instead of a duty gap (docs/rules.md, R23).
 */
export interface DutyClosure {
  id: string
  date: CivilDate
  windowId: string
  reason: string
  closedBy: string
  closedAt: number
}

/**
 * The one id a window's closed day can have: closing twice is one record.
 * @example dutyClosureId('2026-10-17', 'win-05') // 'closed-2026-10-17-win-05'
 */
export function dutyClosureId(date: CivilDate, windowId: string): string {
  return `closed-${date}-${windowId}`
}

/** The key `dutyGaps` and supervision use to skip a closed window-day. */
export function closedKey(date: CivilDate, windowId: string): string {
  return `${date}|${windowId}`
}
