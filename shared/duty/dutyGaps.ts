import type { CivilDate } from '../time'
import { closedKey } from './dutyClosure'
import { DUTY_HALVES, type DutyHalf, type DutyShift } from './dutyShift'

/** A walk-in half-day on which a window serving walk-in items has nobody, or no leader, scheduled. */
export interface DutyGap {
  date: CivilDate
  half: DutyHalf
  windowId: string
  /** `nobody`: no staff at all (R2, R23 脱岗); `noLeader`: staff but no leader in charge (R22). */
  missing: 'nobody' | 'noLeader'
}

/**
 * The gaps of a roster: for each walk-in day and half-day, each window that
 * serves walk-in items and has nobody scheduled, or nobody leading. A day
 * the section closed for a window (`closed`, keys of `closedKey`) is no gap
 * of that window (R21, R23).
 * @example dutyGaps(['2026-10-17'], ['win-04'], []) // two gaps: am and pm, nobody
 */
export function dutyGaps(
  walkInDays: readonly CivilDate[],
  windowIds: readonly string[],
  shifts: readonly Pick<DutyShift, 'date' | 'half' | 'windowId' | 'leads'>[],
  closed: ReadonlySet<string> = new Set(),
): DutyGap[] {
  const key = (date: string, half: string, windowId: string) => `${date}|${half}|${windowId}`
  const staffed = new Set(shifts.map((s) => key(s.date, s.half, s.windowId)))
  const led = new Set(shifts.filter((s) => s.leads).map((s) => key(s.date, s.half, s.windowId)))
  const gaps: DutyGap[] = []
  for (const date of walkInDays) {
    for (const half of DUTY_HALVES) {
      for (const windowId of windowIds) {
        if (closed.has(closedKey(date, windowId))) continue
        const k = key(date, half, windowId)
        if (!staffed.has(k)) gaps.push({ date, half, windowId, missing: 'nobody' })
        else if (!led.has(k)) gaps.push({ date, half, windowId, missing: 'noLeader' })
      }
    }
  }
  return gaps
}
