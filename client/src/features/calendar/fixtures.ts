import { buildCalendar, calendarRange, dayInfo, DEFAULT_CALENDAR_SETTINGS, SHIPPED_YEARS, upcomingHolidays, type UpcomingAnswer } from '@shared/calendar'
import { civilDateOf, formatBeijingIso } from '@shared/time'

const calendar = buildCalendar(SHIPPED_YEARS)

/**
 * What `catalog` `calendar.upcoming` answers at `now` with the shipped years,
 * computed by the same shared code the server runs: tests see real answers.
 */
export function upcomingAt(now: string): UpcomingAnswer {
  return {
    now: formatBeijingIso(now),
    today: dayInfo(civilDateOf(now), calendar),
    walkInHours: [...DEFAULT_CALENDAR_SETTINGS.walkInHours],
    subscribeTemplates: { citizen: [], staff: [], section: [], longTerm: [] },
    ...upcomingHolidays(now, calendar, DEFAULT_CALENDAR_SETTINGS),
  }
}

/** What `catalog` `calendar.range` answers for `{ from, to }` with the shipped years. */
export function rangeOf({ from, to }: { from: string; to: string }) {
  return calendarRange(from, to, calendar)
}
