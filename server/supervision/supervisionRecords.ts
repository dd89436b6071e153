import type { Appointment } from '@shared/appointments'
import type { SupervisedReview, SupervisedShift, SupervisedWindow } from '@shared/supervision'
import { addDays, beijingInstant, type CivilDate } from '@shared/time'
import type { Database } from '../cloud'
import { collection } from '../db'
import { itemRepository } from '../repositories/items'
import { windowRepository } from '../repositories/org'
import { findAll } from './findAll'

/** What the supervision report reads for a period. */
export interface SupervisionRecords {
  windows: SupervisedWindow[]
  appointments: Appointment[]
  shifts: SupervisedShift[]
  reviews: SupervisedReview[]
  /** True when a collection had more than the report reads (see `findAll`). */
  truncated: boolean
}

/**
 * Reads the records of a period for `supervisionReport` (R23), five
 * collections side by side: 5 database requests in one round trip, more
 * only past 1000 documents of one collection in the period. Appointments
 * and duty shifts (`dutyShifts`) by their civil date, reviews (`reviews`)
 * by their time within the period's Beijing days; `windows` whole; and the
 * active items, to know which windows' departments serve walk-in items
 * on weekends and so must keep duty (R2, R21). `windowId` narrows the duty
 * shifts and reviews; appointments name their windows in `parts`, which the
 * report filters.
 */
export async function supervisionRecords(db: Database, period: { from: CivilDate; to: CivilDate; windowId?: string }): Promise<SupervisionRecords> {
  const _ = db.command
  const byDate = { date: _.gte(period.from).and(_.lte(period.to)) }
  const byWindow = period.windowId ? { windowId: period.windowId } : {}
  const startMs = beijingInstant(period.from).getTime()
  const endMs = beijingInstant(addDays(period.to, 1)).getTime()
  const [windows, items, appointments, shifts, reviews] = await Promise.all([
    windowRepository(db).find({}),
    itemRepository(db).find({ active: true }),
    findAll(collection<Appointment>(db, 'appointments'), byDate),
    findAll(collection<SupervisedShift>(db, 'dutyShifts'), { ...byDate, ...byWindow }),
    findAll(collection<SupervisedReview>(db, 'reviews'), { at: _.gte(startMs).and(_.lt(endMs)), ...byWindow }),
  ])
  const walkInDepartments = new Set(items.filter((item) => item.modes.includes('walk-in')).map((item) => item.departmentId))
  return {
    windows: windows.map((w) => ({ ...w, needsDuty: walkInDepartments.has(w.departmentId) })),
    appointments: appointments.docs,
    shifts: shifts.docs,
    reviews: reviews.docs,
    truncated: appointments.truncated || shifts.truncated || reviews.truncated,
  }
}
