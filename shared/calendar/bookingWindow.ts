import { addDays, civilDateOf, toBeijing, type CivilDate, type Instant } from '../time'
import type { Calendar } from './buildCalendar'
import { bookingDeadline, type BookingDeadline } from './bookingDeadline'
import { dayInfo, isWorkingDay } from './dayInfo'
import type { HolidayPeriod } from './holidayPeriod'
import type { CalendarSettings } from './settings'

/** Whether a self-service request for a holiday can be made now (R6). */
export interface BookingWindow {
  open: boolean
  reason?: 'BOOKING_CLOSED' | 'CALENDAR_UNKNOWN'
  deadline?: BookingDeadline
  /**
   * When open: the working day from which the window handles the request —
   * today when `now` is a working day before the cutoff, otherwise the next
   * working day (a request made on a weekend or holiday waits for it).
   */
  handledFrom?: CivilDate
}

/**
 * R6: a holiday request must reach the centre on a working day before the
 * holiday. Precisely, with D the last working day before the period:
 *
 * - `handledFrom` is today if today is a working day and `now` is before the
 *   cutoff (17:00), else the first working day after today;
 * - the request is open iff `handledFrom` ≤ D, i.e. a working day (before its
 *   cutoff) still lies between `now` and the holiday.
 *
 * This is the same as `now` < the deadline (17:00 of D): a request on a
 * Saturday for a holiday starting the next Thursday is open and handled from
 * Monday; on a Saturday for a holiday starting Monday it is closed, the
 * Friday before having passed; during a holiday for that same holiday it is
 * closed. The tests check the two formulations agree.
 */
export function bookingWindow(period: HolidayPeriod, now: Instant, calendar: Calendar, settings: CalendarSettings): BookingWindow {
  const found = bookingDeadline(period, calendar, settings)
  if (!found.ok) return { open: false, reason: 'CALENDAR_UNKNOWN' }
  const deadline = found.data

  const today = civilDateOf(now)
  const beforeCutoffToday = toBeijing(now).format('HH:mm') < settings.bookingCutoff
  let handledFrom: CivilDate | undefined
  for (let date = beforeCutoffToday ? today : addDays(today, 1); date <= deadline.date; date = addDays(date, 1)) {
    if (isWorkingDay(dayInfo(date, calendar, settings))) {
      handledFrom = date
      break
    }
  }
  if (handledFrom === undefined) return { open: false, reason: 'BOOKING_CLOSED', deadline }
  return { open: true, deadline, handledFrom }
}
