import type { UpcomingAnswer, UpcomingHoliday } from '@shared/calendar'
import { civilDateOf, civilTimeOf } from '@shared/time'
import { formatDateRange, formatMonthDay } from '../calendar/formatCivilDate'
import { unknownYearNotice } from '../calendar/unknownYearNotice'

/** The holidays the book page offers, and in plain words why the others are not offered. */
export interface HolidayChoices {
  /** Holidays a self-service request can be made for now (R6). */
  open: UpcomingHoliday[]
  /** One sentence per coming holiday that cannot be booked now. */
  closed: string[]
  /** The next year's arrangement is not entered yet (明年节假日安排尚未公布). */
  unknownNotice?: string
}

/**
 * Splits `calendar.upcoming` into the holidays that can be booked now and
 * the reasons the others cannot: the deadline (17:00 of the last working day
 * before, R6) has passed, or the days before it are unknown. The server
 * decides again on the request; this only keeps the form from offering a
 * holiday it would refuse.
 *
 * @example holidayChoices(upcomingAt('2026-09-30T17:01:00+08:00')).closed
 * // ['国庆节（10月1日—10月7日）的预约已于9月30日 17:00截止']
 */
export function holidayChoices(upcoming: UpcomingAnswer): HolidayChoices {
  const open = upcoming.holidays.filter((h) => h.open)
  const closed = upcoming.holidays.filter((h) => !h.open).map(closedReason)
  return { open, closed, unknownNotice: unknownYearNotice(upcoming.unknownFrom, civilDateOf(upcoming.now)) }
}

function closedReason(holiday: UpcomingHoliday): string {
  const name = `${holiday.name}（${formatDateRange(holiday.start, holiday.end)}）`
  if (!holiday.bookingDeadline) return `${name}前的工作日尚未公布，暂不能预约`
  const deadline = holiday.bookingDeadline
  return `${name}的预约已于${formatMonthDay(civilDateOf(deadline))} ${civilTimeOf(deadline)}截止`
}
