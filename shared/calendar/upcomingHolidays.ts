import { addDays, civilDateOf, type CivilDate, type Instant } from '../time'
import type { Calendar } from './buildCalendar'
import { bookingWindow } from './bookingWindow'
import { dayInfo, YEAR_END_TAIL_FROM } from './dayInfo'
import type { CalendarSettings } from './settings'

/** One coming holiday as `calendar.upcoming` lists it. */
export interface UpcomingHoliday {
  name: string
  start: CivilDate
  end: CivilDate
  /** ISO at +08:00; `null` when the days before the holiday are unknown. */
  bookingDeadline: string | null
  /** Whether a self-service request can be made now (R6). */
  open: boolean
}

export interface UpcomingHolidays {
  holidays: UpcomingHoliday[]
  /**
   * The first date from today on that the calendar cannot answer, because
   * the next year's notice is not yet entered (e.g. `2026-12-29` while 2027
   * is unknown, see `YEAR_END_TAIL_FROM`). Holidays from then on are missing
   * from `holidays`: the app says "next year's arrangement is not yet
   * published" (明年节假日安排尚未公布) instead of showing none.
   */
  unknownFrom: CivilDate
}

/** The first date on or after `today` whose kind is unknown. */
function firstUnknownFrom(today: CivilDate, calendar: Calendar): CivilDate {
  let year = Number(today.slice(0, 4))
  let candidate: CivilDate
  for (;;) {
    if (!calendar.years.has(year)) {
      candidate = `${year}-01-01`
      break
    }
    if (!calendar.years.has(year + 1)) {
      candidate = `${year}-${YEAR_END_TAIL_FROM}`
      break
    }
    year += 1
  }
  if (candidate < today) candidate = today
  while (dayInfo(candidate, calendar).kind !== 'unknown') candidate = addDays(candidate, 1)
  return candidate
}

/**
 * The next `count` holiday periods that have not ended by `now` (Beijing
 * date), each with its booking deadline and whether booking is open now (R6),
 * for `calendar.upcoming`; and from when the calendar is unknown.
 *
 * @example upcomingHolidays('2026-09-24T10:00:00+08:00', calendar, settings)
 * // { holidays: [{ name: '中秋节', start: '2026-09-25', …, open: true }, { name: '国庆节', … }], unknownFrom: '2026-12-29' }
 */
export function upcomingHolidays(now: Instant, calendar: Calendar, settings: CalendarSettings, count = 3): UpcomingHolidays {
  const today = civilDateOf(now)
  const holidays = calendar.periods
    .filter((period) => period.end >= today)
    .slice(0, count)
    .map((period): UpcomingHoliday => {
      const window = bookingWindow(period, now, calendar, settings)
      return {
        name: period.name,
        start: period.start,
        end: period.end,
        bookingDeadline: window.deadline?.iso ?? null,
        open: window.open,
      }
    })
  return { holidays, unknownFrom: firstUnknownFrom(today, calendar) }
}
