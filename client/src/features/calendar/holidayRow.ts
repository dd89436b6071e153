import type { UpcomingHoliday } from '@shared/calendar'
import { civilDateOf } from '@shared/time'
import { formatDateRange } from './formatCivilDate'
import { formatDeadline } from './formatDeadline'

/** One coming holiday as the home page lists it. */
export interface HolidayRow {
  name: string
  dates: string
  deadline: string
  badge: { label: '可预约' | '已截止' | '待公布'; tone: 'open' | 'closed' | 'unknown' }
  /** Whether the row is a way into the booking form for this holiday (R6). */
  open: boolean
}

/**
 * A coming holiday for the home page: its days (with the year where it could
 * be mistaken), its booking deadline (R6) in Beijing time with the time left
 * on the last day, and whether booking is open as the server says. Without a
 * deadline (the days before it are not in the calendar yet) nothing is offered.
 *
 * @example holidayRow({ name: '国庆节', start: '2026-10-01', end: '2026-10-07', bookingDeadline: '2026-09-30T17:00:00+08:00', open: true }, '2026-09-26T10:00:00+08:00')
 * // { name: '国庆节', dates: '10月1日—10月7日', deadline: '9月30日 17:00 前预约', badge: { label: '可预约', tone: 'open' }, open: true }
 */
export function holidayRow(holiday: UpcomingHoliday, now: string): HolidayRow {
  const dates = formatDateRange(holiday.start, holiday.end, civilDateOf(now))
  if (holiday.bookingDeadline === null) {
    return { name: holiday.name, dates, deadline: '预约时间待节假日安排公布后确定', badge: { label: '待公布', tone: 'unknown' }, open: false }
  }
  return {
    name: holiday.name,
    dates,
    deadline: formatDeadline(holiday.bookingDeadline, holiday.open ? now : undefined),
    badge: holiday.open ? { label: '可预约', tone: 'open' } : { label: '已截止', tone: 'closed' },
    open: holiday.open,
  }
}
