import { addDays, beijingInstant, civilDateOf } from '../time'
import { addWorkingDays, type Calendar } from '../calendar'

/** The hour the deadline day ends for the section: the close of the centre's afternoon hours (R7). */
const DUE_TIME = '17:00'

/**
 * When the section must have followed up a bad review or a complaint filed at
 * `at` (R20): 17:00 Beijing time on the `workingDays`-th working day after the
 * day it was filed (setting `followUpWorkingDays`). Weekends and holidays do
 * not count, 调休 make-up days do (`addWorkingDays`). **Decision:** where the
 * calendar does not know the days ahead, calendar days are counted instead: a
 * deadline never later than the true one, never a silent guess of Mon–Fri.
 *
 * @example followUpDueAt(Date.parse('2026-09-30T10:00:00+08:00'), 5, calendar) // 2026-10-13T17:00+08:00
 */
export function followUpDueAt(at: number, workingDays: number, calendar: Calendar): number {
  const filedOn = civilDateOf(at)
  const due = addWorkingDays(filedOn, workingDays, calendar) ?? addDays(filedOn, workingDays)
  return beijingInstant(due, DUE_TIME).getTime()
}

/** True once a follow-up's deadline has passed while it is still open. */
export function isOverdue(dueAt: number, now: number, resolved: boolean): boolean {
  return !resolved && now > dueAt
}
