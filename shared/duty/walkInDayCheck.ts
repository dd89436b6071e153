import { fail, ok, type ApiResult } from '../api'
import { dayInfo, type Calendar, type CalendarSettings } from '../calendar'
import { civilDateOf, type CivilDate } from '../time'

/** Said when the date is a working day or a holiday, not a weekend walk-in day (R2, R3, R4, R5). */
const NOT_WALK_IN_MESSAGE = '所选日期不是周末无休日（调休上班日和节假日不安排周末值班）'

/**
 * Whether weekend duty can be scheduled on `date` (R2): only a day the
 * calendar says is a walk-in day — a make-up working Saturday (R5) or a
 * weekend inside a holiday (R3) is not — and not before today (Beijing).
 * A year the calendar does not know is `CALENDAR_UNKNOWN`, never a guess.
 * @example walkInDayCheck('2026-10-10', calendar, settings, now) // INVALID_INPUT: 10 Oct 2026 is a make-up working day
 */
export function walkInDayCheck(date: CivilDate, calendar: Calendar, settings: CalendarSettings, now: number): ApiResult<true> {
  if (date < civilDateOf(now)) return fail('INVALID_INPUT', '不能为已经过去的日期排班', { date: '不能为已经过去的日期排班' })
  const info = dayInfo(date, calendar, settings)
  if (info.service === 'unknown') return fail('CALENDAR_UNKNOWN')
  if (info.service !== 'walk-in') return fail('INVALID_INPUT', NOT_WALK_IN_MESSAGE, { date: NOT_WALK_IN_MESSAGE })
  return ok(true)
}
