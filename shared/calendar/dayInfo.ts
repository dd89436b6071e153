import { isCivilDate, weekdayOf, type CivilDate } from '../time'
import type { Calendar } from './buildCalendar'
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings, type TimeSpan } from './settings'

/**
 * What kind of day a date is: an ordinary working day, a weekend, a statutory
 * holiday (法定节假日), a make-up working day (调休上班), or unknown because its
 * year's notice is not in the calendar.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup' | 'unknown'

/** How the centre serves on that day. */
export type DayService = 'normal' | 'walk-in' | 'appointment' | 'unknown'

/** One day as `calendar.range` answers it. */
export interface DayInfo {
  date: CivilDate
  kind: DayKind
  holidayName?: string
  service: DayService
  /** Walk-in hours, on walk-in days only (R2). */
  hours?: TimeSpan[]
}

/**
 * From this day of December on, a year's days also depend on the next year's
 * notice, which may put them into its 元旦 or make them working days: the 2019
 * notice made 2018-12-29 a working day and 2018-12-30/31 holidays, the 2023
 * notice made 2022-12-31 a holiday, the 2024 one joined 2023-12-30/31 to 元旦.
 * While the next year is unknown these days are unknown too, never guessed.
 */
export const YEAR_END_TAIL_FROM = '12-29'

/**
 * The kind of `date` and the service the centre gives on it (R2, R3, R4, R5).
 *
 * - a day inside a holiday period, weekends included, is `holiday` with
 *   service `appointment` (R3, R4, and the Decision on 与周末连休);
 * - a make-up weekend day is `makeup` with service `normal`, never walk-in (R5);
 * - another Saturday or Sunday is `weekend`, walk-in during `walkInHours` (R2);
 * - Monday–Friday is `workday`, service `normal` (R5);
 * - a date the calendar cannot answer is `unknown`, never guessed as Mon–Fri.
 *
 * @example dayInfo('2024-06-08', calendar) // { date, kind: 'holiday', holidayName: '端午节', service: 'appointment' }
 */
export function dayInfo(date: CivilDate, calendar: Calendar, settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS): DayInfo {
  if (!isCivilDate(date)) throw new RangeError(`not a civil date: ${date}`)
  const declared = calendar.declared.get(date)
  if (declared?.kind === 'holiday') return { date, kind: 'holiday', holidayName: declared.period.name, service: 'appointment' }
  if (declared?.kind === 'makeup') return { date, kind: 'makeup', service: 'normal' }

  const year = Number(date.slice(0, 4))
  const inUnknownTail = date.slice(5) >= YEAR_END_TAIL_FROM && !calendar.years.has(year + 1)
  if (!calendar.years.has(year) || inUnknownTail) return { date, kind: 'unknown', service: 'unknown' }

  const weekday = weekdayOf(date)
  if (weekday === 0 || weekday === 6) {
    return { date, kind: 'weekend', service: 'walk-in', hours: settings.walkInHours.map((span) => ({ ...span })) }
  }
  return { date, kind: 'workday', service: 'normal' }
}

/** True on a day the centre works normally: a workday or a make-up day (R5, R6). */
export function isWorkingDay(info: DayInfo): boolean {
  return info.kind === 'workday' || info.kind === 'makeup'
}
