import { YEAR_END_TAIL_FROM } from '@shared/calendar/dayInfo'
import { addDays, type CivilDate } from '@shared/time'

/** How far ahead the home page warns that a year's arrangement is missing. */
const UNKNOWN_NOTICE_DAYS = 120

/**
 * The line the home page shows when the calendar runs out soon: from
 * `unknownFrom` on, the next year's State Council notice is not entered, so
 * no holiday there can be booked yet. The last days of December are unknown
 * because they wait for the next year's notice (they may join its 元旦), so
 * the year named is the next one. Nothing when the gap is further away than
 * `UNKNOWN_NOTICE_DAYS`.
 *
 * @example unknownYearNotice('2026-12-29', '2026-11-27') // '2027年节假日安排尚未公布，公布后即可预约'
 */
export function unknownYearNotice(unknownFrom: CivilDate, today: CivilDate): string | undefined {
  if (unknownFrom > addDays(today, UNKNOWN_NOTICE_DAYS)) return undefined
  const year = Number(unknownFrom.slice(0, 4)) + (unknownFrom.slice(5) >= YEAR_END_TAIL_FROM ? 1 : 0)
  return `${year}年节假日安排尚未公布，公布后即可预约`
}
