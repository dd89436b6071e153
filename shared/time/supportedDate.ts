import * as v from 'valibot'
import { isCivilDate } from './beijing'

/**
 * The years the system answers for: the holiday calendar starts with 2000 and
 * an admin may enter a year up to 2100 (`yearCalendarSchema`). A date outside
 * them is bad input, not a day to compute: `9999-12-31` + 1 is `10000-01-01`,
 * which sorts before it as text and never ends a loop over days.
 */
export const SUPPORTED_YEARS = { first: 2000, last: 2100 } as const

/** True for a real civil date `YYYY-MM-DD` inside `SUPPORTED_YEARS`. */
export function isSupportedDate(value: string): boolean {
  if (!isCivilDate(value)) return false
  const year = Number(value.slice(0, 4))
  return year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last
}

/**
 * The check every date field of every input adds after its format check,
 * with a message naming the field; a malformed date is the format check's to
 * report, so the field carries one message.
 * @example v.pipe(v.string(), v.check(isCivilDate, '…'), supportedDate('预约日期'))
 */
export const supportedDate = (label: string) =>
  v.check<string, string>(
    (value) => !isCivilDate(value) || isSupportedDate(value),
    `${label}须在${SUPPORTED_YEARS.first}年至${SUPPORTED_YEARS.last}年之间`,
  )
