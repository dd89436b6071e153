import { useMemo } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { formatMonthDay, formatWeekday } from './formatCivilDate'
import { formatHours } from '@shared/calendar'
import { holidayRow, type HolidayRow } from './holidayRow'
import { todaySentence } from './todaySentence'
import { unknownYearNotice } from './unknownYearNotice'
import type { UpcomingAnswer } from '@shared/calendar'

/** What the home page shows from `calendar.upcoming`. */
export interface HomeCalendarView {
  /** The server's civil date today, for the month calendar. */
  date: string
  /** `9月26日（周六）` */
  dateLabel: string
  sentence: string
  /** `上午8:30-12:00，下午13:30-17:00`, from the settings in force (R2). */
  walkInHours: string
  holidays: HolidayRow[]
  unknownNotice?: string
}

/** The home page's view of `calendar.upcoming`; every date from the server's strings (R2, R3, R4, R5, R6). */
export function homeCalendarView(answer: UpcomingAnswer): HomeCalendarView {
  const date = answer.today.date
  return {
    date,
    dateLabel: `${formatMonthDay(date)}（${formatWeekday(date)}）`,
    sentence: todaySentence(answer.today),
    walkInHours: formatHours(answer.walkInHours),
    holidays: answer.holidays.map((h) => holidayRow(h, answer.now)),
    unknownNotice: unknownYearNotice(answer.unknownFrom, date),
  }
}

/** Reads `calendar.upcoming` once and answers the home page's view of it. */
export function useHomeCalendar() {
  const query = useCloudQuery('catalog', 'calendar.upcoming')
  const view = useMemo(() => query.data && homeCalendarView(query.data), [query.data])
  return { view, loading: query.loading, error: query.error, reload: query.reload }
}
