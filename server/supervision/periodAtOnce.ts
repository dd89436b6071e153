import type { Appointment } from '@shared/appointments'
import type { Item } from '@shared/items'
import type { ServiceWindow } from '@shared/org'
import type { SupervisedClosure, SupervisedReview, SupervisedShift, SupervisedWalkIn, SupervisionFinding } from '@shared/supervision'
import { FINDINGS } from './findingRepository'
import { appointmentsPipelineLookup } from '../appointments/appointmentRepository'
import type { Database } from '../cloud'
import { isMissingCollection } from '../db'
import type { Joined } from '../lookupList'
import { PAGE } from '../findAll'

/** The queries of a period, as `where` and a `$match` both take them. */
export interface PeriodQueries {
  appointments: Record<string, unknown>
  dutyShifts: Record<string, unknown>
  reviews: Record<string, unknown>
  /** The section's closed window-days (R21, R23) and logged walk-in services (R2), by civil date. */
  dutyClosures: Record<string, unknown>
  walkInServices: Record<string, unknown>
  /** The section's findings (R23), by their civil date. */
  findings: Record<string, unknown>
}

/** What one request reads: every window, the active items, and the first page (by `_id`) of each collection of the period. */
export interface PeriodAtOnce {
  windows: ServiceWindow[]
  activeItems: Pick<Item, 'departmentId' | 'modes'>[]
  appointments: Appointment[]
  shifts: SupervisedShift[]
  reviews: SupervisedReview[]
  closures: SupervisedClosure[]
  walkIns: SupervisedWalkIn[]
  findings: SupervisionFinding[]
}

/** `db.command.aggregate.pipeline()`: a `$lookup` sub-pipeline, which the SDK's typings leave out (docs/toolchain.md, 8). */
interface SubPipeline {
  match(query: Record<string, unknown>): SubPipeline
  sort(order: Record<string, 1 | -1>): SubPipeline
  limit(n: number): SubPipeline
  project(fields: Record<string, 0 | 1>): SubPipeline
  done(): Record<string, unknown>[]
}

const SHIFT_FIELDS = { date: 1, half: 1, windowId: 1, staffId: 1, leads: 1, checkInAt: 1, lateCheckIn: 1 } as const
const REVIEW_FIELDS = { windowId: 1, level: 1, at: 1, followUp: 1 } as const
const CLOSURE_FIELDS = { date: 1, windowId: 1 } as const
const WALK_IN_FIELDS = { date: 1, windowId: 1, count: 1, assisted: 1 } as const

interface Row {
  windows: Joined<ServiceWindow>[]
  items: Pick<Item, 'departmentId' | 'modes'>[]
  appointments: Joined<Appointment>[]
  shifts: Joined<SupervisedShift>[]
  reviews: Joined<SupervisedReview>[]
  closures: Joined<SupervisedClosure>[]
  walkIns: Joined<SupervisedWalkIn>[]
  findings: Joined<SupervisionFinding>[]
}

/**
 * Everything `supervision.report` reads, in **one** database request (issue
 * 8: a read takes at most 2, and the caller's staff record is the first): an
 * aggregation over `windows`, grouped into a single document, with one
 * uncorrelated `$lookup` sub-pipeline per other collection (the active
 * items; appointments, duty shifts, reviews, the section's findings, closed
 * window-days and walk-in services of the period, each sorted by
 * `_id` and limited to one page of 1000, as `findAll` reads them). Windows
 * and items are read here rather than from a per-instance cache so that a
 * window or item an admin has just added counts at once (R2, R23). Null when
 * there is no window at all (then nothing groups; `windows` missing reads
 * the same, `-502005`).
 */
export async function periodAtOnce(db: Database, queries: PeriodQueries): Promise<PeriodAtOnce | null> {
  const $ = db.command.aggregate
  const sub = () => ($ as unknown as { pipeline(): SubPipeline }).pipeline()
  const page = (query: Record<string, unknown>) => sub().match(query).sort({ _id: 1 }).limit(PAGE)
  const pipeline = db
    .collection('windows')
    .aggregate()
    .group({ _id: null, windows: $.push('$$ROOT') })
    .lookup({ from: 'items', pipeline: sub().match({ active: true }).limit(PAGE).project({ _id: 0, departmentId: 1, modes: 1 }).done(), as: 'items' })
    .lookup(appointmentsPipelineLookup({ pipeline: page(queries.appointments).done(), as: 'appointments' }))
    .lookup({ from: 'dutyShifts', pipeline: page(queries.dutyShifts).project(SHIFT_FIELDS).done(), as: 'shifts' })
    .lookup({ from: 'reviews', pipeline: page(queries.reviews).project(REVIEW_FIELDS).done(), as: 'reviews' })
    .lookup({ from: 'dutyClosures', pipeline: page(queries.dutyClosures).project(CLOSURE_FIELDS).done(), as: 'closures' })
    .lookup({ from: 'walkInServices', pipeline: page(queries.walkInServices).project(WALK_IN_FIELDS).done(), as: 'walkIns' })
    .lookup({ from: FINDINGS, pipeline: page(queries.findings).done(), as: 'findings' })
    .limit(1)
  let rows: Row[]
  try {
    rows = ((await pipeline.end()) as unknown as { list: Row[] }).list
  } catch (error) {
    if (isMissingCollection(error)) return null
    throw error
  }
  const row = rows[0]
  if (!row) return null
  const ided = <T extends { id: string }>(docs: Joined<T>[]) => docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }) as unknown as T)
  return {
    windows: ided(row.windows),
    activeItems: row.items,
    appointments: ided(row.appointments),
    shifts: ided(row.shifts),
    reviews: ided(row.reviews),
    closures: ided(row.closures ?? []),
    walkIns: ided(row.walkIns ?? []),
    findings: ided(row.findings ?? []),
  }
}
