import { fail, ok } from '@shared/api'
import { buildCalendar, SHIPPED_YEARS, type Calendar, type YearCalendar } from '@shared/calendar'
import type { Database } from '../cloud'
import { collection } from '../db'
import { inTransaction } from '../inTransaction'
import { readInTransaction } from '../timebank/transactionLike'

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
     * Saves a year if it is still at `version` (0: never saved), and its entry
     * in the change log, in one transaction: either both are written or
     * neither. Answers false when someone else saved the year first, or is
     * saving it still (the transaction stayed contended).
     */
    async save(calendar: YearCalendar, version: number, by: string, at: number): Promise<boolean> {
      const id = yearId(calendar.year)
      const next = version + 1
      const saved = await inTransaction(db, async (tx) => {
        const current = await readInTransaction<SavedYear>(tx, 'calendarYears', id)
        if ((current?.version ?? 0) !== version) return fail('CONFLICT')
        await tx.collection('calendarYears').doc(id).set({ data: { calendar, version: next, updatedAt: at, updatedBy: by } })
        await tx.collection('calendarChanges').add({ data: { _id: `${id}-v${next}`, year: calendar.year, calendar, version: next, at, by } })
        return ok(null)
      })
      return saved.ok
    },

    async history(year: number): Promise<CalendarChange[]> {
      return changes.find({ year }, { orderBy: [['version', 'desc']], limit: 50 })
    },
  }
}
