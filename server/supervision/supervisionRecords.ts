import type { Appointment } from '@shared/appointments'
import type { SupervisedClosure, SupervisedReview, SupervisedShift, SupervisedWalkIn, SupervisedWindow, SupervisionFinding } from '@shared/supervision'
import { addDays, beijingInstant, type CivilDate } from '@shared/time'
import { appointmentRepository } from '../appointments/appointmentRepository'
import type { Database } from '../cloud'
import { collection } from '../db'
import { findAll } from '../findAll'
import { FINDINGS } from './findingRepository'
import { periodAtOnce, type PeriodQueries } from './periodAtOnce'

/** What the supervision report reads for a period. */
export interface SupervisionRecords {
  windows: SupervisedWindow[]
  appointments: Appointment[]
  shifts: SupervisedShift[]
  reviews: SupervisedReview[]
  closures: SupervisedClosure[]
  walkIns: SupervisedWalkIn[]
  findings: SupervisionFinding[]
  /** True when a collection had more than the report reads (see `findAll`: 20 000 documents). */
  truncated: boolean
}

/**
 * Reads the records of a period for `supervisionReport` (R23) in one
 * database request (`periodAtOnce`, issue 8's read budget): appointments
 * and duty shifts (`dutyShifts`) by their civil date, reviews (`reviews`)
 * by their time within the period's Beijing days, the section's findings
 * (`supervisionFindings`, R23) by their date; `windows` whole; and the
 * active items, to know which windows' departments serve walk-in items on
 * weekends and so must keep duty (R2, R21). `windowId` narrows the duty
 * shifts and reviews; appointments name their windows in `parts`, which the
 * report filters. More requests only past 1000 documents of one collection
 * in the period (+1 per further 1000, up to 20 000: `findAll`), or when no
 * window exists at all (+6, the six collections side by side).
 */
export async function supervisionRecords(db: Database, period: { from: CivilDate; to: CivilDate; windowId?: string }): Promise<SupervisionRecords> {
  const _ = db.command
  const byDate = { date: _.gte(period.from).and(_.lte(period.to)) }
  const byWindow = period.windowId ? { windowId: period.windowId } : {}
  const startMs = beijingInstant(period.from).getTime()
  const endMs = beijingInstant(addDays(period.to, 1)).getTime()
  const queries: PeriodQueries = {
    appointments: byDate,
    dutyShifts: { ...byDate, ...byWindow },
    reviews: { at: _.gte(startMs).and(_.lt(endMs)), ...byWindow },
    findings: { ...byDate, ...byWindow },
    dutyClosures: { ...byDate, ...byWindow },
    walkInServices: { ...byDate, ...byWindow },
  }
  const first = await periodAtOnce(db, queries)
  const [appointments, shifts, reviews, findings, closures, walkIns] = await Promise.all([
    appointmentRepository(db).allWhere(queries.appointments, first?.appointments),
    findAll(collection<SupervisedShift>(db, 'dutyShifts'), queries.dutyShifts, first?.shifts),
    findAll(collection<SupervisedReview>(db, 'reviews'), queries.reviews, first?.reviews),
    findAll(collection<SupervisionFinding>(db, FINDINGS), queries.findings, first?.findings),
    findAll(collection<SupervisedClosure>(db, 'dutyClosures'), queries.dutyClosures, first?.closures),
    findAll(collection<SupervisedWalkIn>(db, 'walkInServices'), queries.walkInServices, first?.walkIns),
  ])
  const walkInDepartments = new Set((first?.activeItems ?? []).filter((item) => item.modes.includes('walk-in')).map((item) => item.departmentId))
  return {
    windows: (first?.windows ?? []).map((w) => ({ ...w, needsDuty: walkInDepartments.has(w.departmentId) })),
    appointments: appointments.docs,
    shifts: shifts.docs,
    reviews: reviews.docs,
    findings: findings.docs,
    closures: closures.docs,
    walkIns: walkIns.docs,
    truncated: appointments.truncated || shifts.truncated || reviews.truncated || findings.truncated || closures.truncated || walkIns.truncated,
  }
}
