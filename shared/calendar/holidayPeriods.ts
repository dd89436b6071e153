import type { CivilDate } from '../time'
import type { Calendar } from './buildCalendar'
import type { HolidayPeriod } from './holidayPeriod'

/** Every holiday period the calendar knows, sorted by start (R4). */
export function holidayPeriods(calendar: Calendar): readonly HolidayPeriod[] {
  return calendar.periods
}

/**
 * The holiday period that contains `date`, if any (R3, R4): what a holiday
 * appointment is booked against. A date outside every period gets `undefined`
 * (the caller answers `NOT_A_HOLIDAY`, or `CALENDAR_UNKNOWN` when `dayInfo`
 * says the date is unknown).
 */
export function periodOf(date: CivilDate, calendar: Calendar): HolidayPeriod | undefined {
  const declared = calendar.declared.get(date)
  return declared?.kind === 'holiday' ? declared.period : undefined
}
