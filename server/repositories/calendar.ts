import { buildCalendar, SHIPPED_YEARS, type Calendar, type YearCalendar } from '@shared/calendar'
import type { Database } from '../cloud'
import { collection } from '../db'

/** A year an admin entered or corrected, stored over the shipped one. */
export interface SavedYear {
  id: string
  calendar: YearCalendar
  version: number
  updatedAt: number
  updatedBy: string
}

/** Every change to a year, kept for good: who saved what, when. */
export interface CalendarChange {
  id: string
  year: number
  calendar: YearCalendar
  version: number
  at: number
  by: string
}

const yearId = (year: number) => `year-${year}`

/** The `calendarYears` and `calendarChanges` collections. */
export function calendarRepository(db: Database) {
  const years = collection<SavedYear>(db, 'calendarYears')
  const changes = collection<CalendarChange>(db, 'calendarChanges')
  return {
    async savedYears(): Promise<SavedYear[]> {
      return years.find({}, { orderBy: [['calendar.year', 'asc']] })
    },

    /** The calendar in force: the shipped years with the saved ones over them (one read). */
    async load(): Promise<Calendar> {
      const saved = await this.savedYears()
      return buildCalendar(
        SHIPPED_YEARS,
        saved.map((s) => s.calendar),
      )
    },

    /**
     * Saves a year if it is still at `version` (0: never saved). Answers false
     * when someone else saved it first; the change log gets every save.
     */
    async save(calendar: YearCalendar, version: number, by: string, at: number): Promise<boolean> {
      const id = yearId(calendar.year)
      const next = version + 1
      if (version === 0) {
        try {
          await years.insert({ id, calendar, version: next, updatedAt: at, updatedBy: by })
        } catch {
          return false
        }
      } else {
        const changed = await years.updateWhere({ _id: id, version }, { calendar, version: next, updatedAt: at, updatedBy: by })
        if (changed !== 1) return false
      }
      await changes.insert({ id: `${id}-v${next}`, year: calendar.year, calendar, version: next, at, by })
      return true
    },

    async history(year: number): Promise<CalendarChange[]> {
      return changes.find({ year }, { orderBy: [['version', 'desc']], limit: 50 })
    },
  }
}
