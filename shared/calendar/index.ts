/**
 * The statutory holiday calendar (R2, R3, R4, R5, R6): which days are working days,
 * weekend walk-in days, holiday appointment days or unknown; holiday booking
 * deadlines; and the admin's tools to enter a year from the State Council's
 * notice. Pure: "now" and the calendar data are always parameters.
 */
export { addWorkingDays } from './addWorkingDays'
export { buildCalendar, type Calendar } from './buildCalendar'
export { bookingDeadline, type BookingDeadline } from './bookingDeadline'
export { bookingWindow, type BookingWindow } from './bookingWindow'
export { calendarRange, calendarRangeInputSchema } from './calendarRange'
export { checkYear } from './checkYear'
export { dayInfo, isWorkingDay, type DayInfo, type DayKind, type DayService } from './dayInfo'
export type { HolidayPeriod } from './holidayPeriod'
export { holidayPeriods, periodOf } from './holidayPeriods'
export { parseNotice, parseNoticeInputSchema, type NoticeProposal } from './parseNotice'
export { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings, type TimeSpan } from './settings'
export { upcomingHolidays, type UpcomingHoliday, type UpcomingHolidays } from './upcomingHolidays'
export { validateYear, type YearProblem } from './validateYear'
export { workingMinutesBetween } from './workingMinutesBetween'
export { SHIPPED_YEARS } from './years'
export type { HolidaySpec, NoticeSource, YearCalendar } from './yearCalendar'
export { yearCalendarSchema } from './yearCalendarSchema'
export { setYearInputSchema, yearRefSchema } from './calendarInputs'
export type { RangeAnswer, SubscribeTemplateIds, UpcomingAnswer, YearChange, YearEntry } from './answers'
export { formatHours } from './formatHours'
