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
 * The year is written where a reader could mistake it: a holiday crossing
 * into the next year (元旦 from 31 December) names both years, and one that
 * lies in another year than `today` names its own.
 * @example formatDateRange('2026-10-01', '2026-10-07') // '10月1日—10月7日'
 * @example formatDateRange('2026-12-31', '2027-01-02') // '2026年12月31日—2027年1月2日'
 * @example formatDateRange('2027-01-01', '2027-01-03', '2026-12-20') // '2027年1月1日—1月3日'
 */
export function formatDateRange(start: CivilDate, end: CivilDate, today?: CivilDate): string {
  const startYear = start.slice(0, 4)
  if (startYear !== end.slice(0, 4)) return `${formatFullDate(start)}—${formatFullDate(end)}`
  const first = today && today.slice(0, 4) !== startYear ? formatFullDate(start) : formatMonthDay(start)
  return start === end ? first : `${first}—${formatMonthDay(end)}`
}

/**
 * A civil date with its year, as a form or a record reads it.
 * @example formatFullDate('2026-10-01') // '2026年10月1日'
 */
export function formatFullDate(date: CivilDate): string {
  return chineseDate(date)
}
