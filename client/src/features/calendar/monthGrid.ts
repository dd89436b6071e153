import { addDays, weekdayOf, type CivilDate } from '@shared/time'

/** A month `YYYY-MM`. */
export type CivilMonth = string

/** One month laid out in weeks from Monday, with blanks (`null`) before the 1st and after the last day. */
export interface MonthGrid {
  month: CivilMonth
  /** The first and the last day of the month: the `calendar.range` to ask for. */
  from: CivilDate
  to: CivilDate
  weeks: (CivilDate | null)[][]
}

/** The month of a civil date. @example monthOf('2026-10-01') // '2026-10' */
export function monthOf(date: CivilDate): CivilMonth {
  return date.slice(0, 7)
}

/**
 * The month `delta` months after `month`, by arithmetic on the string.
 * @example shiftMonth('2026-12', 1) // '2027-01'
 */
export function shiftMonth(month: CivilMonth, delta: number): CivilMonth {
  const [year, m] = month.split('-').map(Number)
  const index = year * 12 + (m - 1) + delta
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * The weeks of `month`, Monday first as Chinese wall calendars print them.
 * Built from civil-date strings with `addDays`/`weekdayOf`, so the phone's
 * time zone cannot shift a day.
 *
 * @example monthGrid('2026-10').weeks[0] // [null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']
 */
export function monthGrid(month: CivilMonth): MonthGrid {
  const from = `${month}-01`
  const to = addDays(`${shiftMonth(month, 1)}-01`, -1)
  const cells: (CivilDate | null)[] = Array.from({ length: (weekdayOf(from) + 6) % 7 }, () => null)
  for (let date = from; date <= to; date = addDays(date, 1)) cells.push(date)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (CivilDate | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return { month, from, to, weeks }
}

/** `2026-10` → `2026年10月` */
export function formatMonth(month: CivilMonth): string {
  const [year, m] = month.split('-').map(Number)
  return `${year}年${m}月`
}
