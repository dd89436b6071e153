import { addDays, type CivilDate } from '../time'
import type { HolidayPeriod } from './holidayPeriod'
import type { YearCalendar } from './yearCalendar'

/** What a notice says about one date explicitly. */
export type DeclaredDay = { kind: 'holiday'; period: HolidayPeriod } | { kind: 'makeup'; year: number }

/**
 * The statutory calendar the app answers from: the known years and, per date,
 * what their notices declare. Build it with `buildCalendar`; read it with
 * `dayInfo`, `holidayPeriods` and the booking functions.
 */
export interface Calendar {
  readonly years: ReadonlyMap<number, YearCalendar>
  readonly declared: ReadonlyMap<CivilDate, DeclaredDay>
  /** All holiday periods, sorted by start. */
  readonly periods: readonly HolidayPeriod[]
}

/**
 * The calendar from the shipped years merged with the years admins saved
 * (Decision under R5: a new or corrected year without a release). A saved
 * year replaces the shipped year of the same number as a whole. Where two
 * notices speak of one date (the 2023 notice puts 2022-12-31 into its 元旦),
 * the later year's notice wins.
 *
 * @example buildCalendar(SHIPPED_YEARS, await repo.savedYears())
 */
export function buildCalendar(shippedYears: readonly YearCalendar[], savedYears: readonly YearCalendar[] = []): Calendar {
  const years = new Map<number, YearCalendar>()
  for (const year of [...shippedYears, ...savedYears]) years.set(year.year, year)

  const declared = new Map<CivilDate, DeclaredDay>()
  const periods: HolidayPeriod[] = []
  for (const year of [...years.values()].sort((a, b) => a.year - b.year)) {
    for (const date of year.makeupDays) declared.set(date, { kind: 'makeup', year: year.year })
    for (const { name, start, end } of year.holidays) {
      const period: HolidayPeriod = { name, start, end, year: year.year }
      periods.push(period)
      for (let date = start; date <= end; date = addDays(date, 1)) declared.set(date, { kind: 'holiday', period })
    }
  }
  periods.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  return { years, declared, periods }
}
