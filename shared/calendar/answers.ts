import type { DayInfo } from './dayInfo'
import type { TimeSpan } from './settings'
import type { UpcomingHoliday } from './upcomingHolidays'
import type { YearCalendar } from './yearCalendar'

/** The template ids the app asks users to allow, one ask per audience (`calendar.upcoming`). */
export interface SubscribeTemplateIds {
  citizen: string[]
  staff: string[]
  section: string[]
  /** The answer to a complaint (R20), asked where a citizen complains; absent from answers made before it. */
  complainant?: string[]
  /** The ids above that are long-term: one accept keeps them coming, so the app says so. */
  longTerm: string[]
}

/** `catalog` `calendar.upcoming`: what today is at the center and the coming holidays (R2, R3, R4, R5, R6). */
export interface UpcomingAnswer {
  /** The server's clock, ISO at +08:00. */
  now: string
  today: DayInfo
  /** The weekend walk-in hours in force (R2, a setting). */
  walkInHours: readonly TimeSpan[]
  subscribeTemplates: SubscribeTemplateIds
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

/** One save of a year, from `admin` `calendar.history`: who by name, never their OPENID. */
export interface YearChange {
  version: number
  /** Epoch milliseconds. */
  at: number
  by: string
  calendar: YearCalendar
}
