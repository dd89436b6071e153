import type { DayInfo, TimeSpan, UpcomingHoliday, YearCalendar } from '@shared/calendar'

/** `catalog` `calendar.upcoming`: what today is at the center and the coming holidays (R2–R6). */
export interface UpcomingAnswer {
  /** The server's clock, ISO at +08:00. */
  now: string
  today: DayInfo
  /** The weekend walk-in hours in force (R2, a setting). */
  walkInHours: TimeSpan[]
  holidays: UpcomingHoliday[]
  /** The first date the calendar cannot answer: next year's notice is not entered yet. */
  unknownFrom: string
}

/** `catalog` `calendar.range`. */
export interface RangeAnswer {
  days: DayInfo[]
}

/** One year of `admin` `calendar.years`: shipped with the app, or saved by an admin over it. */
export interface YearEntry {
  calendar: YearCalendar
  saved: boolean
  /** 0 for a year never saved: the version `calendar.setYear` starts from. */
  version: number
}

/** One save of a year, from `admin` `calendar.history`. */
export interface YearChange {
  version: number
  /** Epoch milliseconds. */
  at: number
  by: string
  calendar: YearCalendar
}
