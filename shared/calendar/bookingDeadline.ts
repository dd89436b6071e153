import { fail, ok, type ApiResult } from '../api'
import { addDays, beijingInstant, formatBeijingIso, type CivilDate } from '../time'
import type { Calendar } from './buildCalendar'
import { dayInfo, isWorkingDay } from './dayInfo'
import type { HolidayPeriod } from './holidayPeriod'
import type { CalendarSettings } from './settings'

/** The moment self-service requests for one holiday close (R6). */
export interface BookingDeadline {
  /** The last working day before the holiday. */
  date: CivilDate
  /** The deadline as ISO text at +08:00, e.g. `2026-09-30T17:00:00+08:00`. */
  iso: string
  epochMs: number
}

/** No holiday in the notices is preceded by this many non-working days; beyond it the data is wrong. */
const MAX_DAYS_BACK = 31

/**
 * R6 and its Decision: requests for a holiday are accepted until
 * `bookingCutoff` (17:00) Beijing time of the last working day (a workday or
 * a make-up day, 调休上班) before the period starts, so that the window can
 * still reach the applicant. Answers `CALENDAR_UNKNOWN` when the days before
 * the period are not known.
 *
 * @example bookingDeadline(国庆2026, calendar, settings) // ok: { date: '2026-09-30', iso: '2026-09-30T17:00:00+08:00', … }
 */
export function bookingDeadline(period: HolidayPeriod, calendar: Calendar, settings: CalendarSettings): ApiResult<BookingDeadline> {
  for (let back = 1; back <= MAX_DAYS_BACK; back++) {
    const info = dayInfo(addDays(period.start, -back), calendar, settings)
    if (info.kind === 'unknown') break
    if (isWorkingDay(info)) {
      const at = beijingInstant(info.date, settings.bookingCutoff)
      return ok({ date: info.date, iso: formatBeijingIso(at), epochMs: at.getTime() })
    }
  }
  return fail('CALENDAR_UNKNOWN')
}
