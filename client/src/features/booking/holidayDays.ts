import type { UpcomingHoliday } from '@shared/calendar'
import { addDays, type CivilDate } from '@shared/time'

/**
 * Every day of a holiday, first to last, weekends inside it included (R3).
 * @example holidayDays({ start: '2026-10-01', end: '2026-10-03' }) // ['2026-10-01', '2026-10-02', '2026-10-03']
 */
export function holidayDays(holiday: Pick<UpcomingHoliday, 'start' | 'end'>): CivilDate[] {
  const days: CivilDate[] = []
  for (let day = holiday.start; day <= holiday.end; day = addDays(day, 1)) days.push(day)
  return days
}
