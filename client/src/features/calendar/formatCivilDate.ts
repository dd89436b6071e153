import { chineseDate, weekdayOf, type CivilDate } from '@shared/time'

const WEEKDAY_NAMES = '日一二三四五六'

/**
 * A civil date as a citizen reads it, from the string alone (never through
 * the phone's `Date`, whose zone may not be Beijing).
 * @example formatMonthDay('2026-10-01') // '10月1日'
 */
export function formatMonthDay(date: CivilDate): string {
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日`
}

/** @example formatWeekday('2026-10-01') // '周四' */
export function formatWeekday(date: CivilDate): string {
  return `周${WEEKDAY_NAMES[weekdayOf(date)]}`
}

/**
 * A holiday's days, both included; one day alone when start and end agree.
 * @example formatDateRange('2026-10-01', '2026-10-07') // '10月1日—10月7日'
 */
export function formatDateRange(start: CivilDate, end: CivilDate): string {
  return start === end ? formatMonthDay(start) : `${formatMonthDay(start)}—${formatMonthDay(end)}`
}

/**
 * A civil date with its year, as a form or a record reads it.
 * @example formatFullDate('2026-10-01') // '2026年10月1日'
 */
export function formatFullDate(date: CivilDate): string {
  return chineseDate(date)
}
