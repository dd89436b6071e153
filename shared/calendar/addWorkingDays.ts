import { addDays, type CivilDate } from '../time'
import type { Calendar } from './buildCalendar'
import { dayInfo, isWorkingDay } from './dayInfo'

/** How far ahead to look before giving up: the longest holiday plus its weekends is far below this. */
const MAX_SCAN_DAYS = 366

/**
 * The civil date `days` working days after `date` (`date` itself does not
 * count). Workdays and 调休 make-up weekend days count (R5); weekends and
 * statutory holidays do not. Answers null when the count runs into a day the
 * calendar does not know (its year's notice is not in), never a guess.
 * Used for the section's follow-up deadline (R20).
 *
 * @example addWorkingDays('2026-09-30', 3, calendar) // '2026-10-10' (国庆 skipped; Saturday 10 October is a make-up day)
 */
export function addWorkingDays(date: CivilDate, days: number, calendar: Calendar): CivilDate | null {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`not a count of working days: ${days}`)
  let current = date
  let left = days
  for (let scanned = 0; left > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS) return null
    current = addDays(current, 1)
    const info = dayInfo(current, calendar)
    if (info.kind === 'unknown') return null
    if (isWorkingDay(info)) left--
  }
  return current
}
