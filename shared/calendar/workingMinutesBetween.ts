import { addDays, beijingInstant, civilDateOf } from '../time'
import type { Calendar } from './buildCalendar'
import { dayInfo, isWorkingDay } from './dayInfo'
import type { TimeSpan } from './settings'

/** The centre's hours on a working day (R7: 08:30–12:00 and 13:30–17:00, Beijing time). */
const WORKING_HOURS: readonly TimeSpan[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
]

const MINUTE_MS = 60_000

/**
 * The working minutes between two instants: only the hours of working days
 * (workdays and 调休 make-up days, R5) count; lunch breaks, evenings,
 * weekends, holidays and days the calendar does not know count nothing.
 * Used for the section's alert on requests left undispatched (R9).
 *
 * @example workingMinutesBetween(Date.parse('2026-09-28T11:00:00+08:00'), Date.parse('2026-09-28T14:00:00+08:00'), calendar) // 90
 */
export function workingMinutesBetween(from: number, to: number, calendar: Calendar, hours: readonly TimeSpan[] = WORKING_HOURS): number {
  if (to <= from) return 0
  let total = 0
  const last = civilDateOf(to)
  for (let date = civilDateOf(from); date <= last; date = addDays(date, 1)) {
    if (!isWorkingDay(dayInfo(date, calendar))) continue
    for (const span of hours) {
      const start = Math.max(from, beijingInstant(date, span.start).getTime())
      const end = Math.min(to, beijingInstant(date, span.end).getTime())
      if (end > start) total += end - start
    }
  }
  return Math.floor(total / MINUTE_MS)
}
