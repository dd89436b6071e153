import type { DutyClosure, DutyShift, WalkInService } from '@shared/duty'
import type { Database } from '../cloud'
import { isMissingCollection } from '../db'
import type { Joined } from '../lookupList'
import { DUTY_CLOSURES } from './dutyClosureRepository'
import { WALK_IN_SERVICES } from './walkInServiceRepository'

/** `db.command.aggregate.pipeline()`: a `$lookup` sub-pipeline, which the SDK's typings leave out (docs/toolchain.md, 8). */
interface SubPipeline {
  match(query: Record<string, unknown>): SubPipeline
  limit(n: number): SubPipeline
  done(): Record<string, unknown>[]
}

/** What one request may read of weekend duty: each part only when asked. */
export interface DutyQueries {
  shifts?: Record<string, unknown>
  closures?: Record<string, unknown>
  services?: Record<string, unknown>
}

export interface DutyRecords {
  shifts: DutyShift[]
  closures: DutyClosure[]
  services: WalkInService[]
}

/** At most this many of each: the roster's 31 days of every window, as one `find` read them before. */
const LIMIT = 1000

/**
 * Duty shifts, closed window-days and walk-in services matching their
 * queries, in **one** database request, so that the roster, the citizen's
 * weekend view and the walk-in log stay within a read's budget of 2 (the
 * caller's staff record is the other; docs/numbers.md): an aggregation over
 * `windows` (one document kept, which always exists where duty does) with one
 * uncorrelated `$lookup` sub-pipeline per collection, as `periodAtOnce`
 * reads the supervision period. No window at all reads as nothing.
 */
export async function dutyAtOnce(db: Database, queries: DutyQueries): Promise<DutyRecords> {
  const $ = db.command.aggregate
  const sub = () => ($ as unknown as { pipeline(): SubPipeline }).pipeline()
  let pipeline = db.collection('windows').aggregate().limit(1).project({ _id: 1 })
  const parts: [keyof DutyQueries, string][] = [
    ['shifts', 'dutyShifts'],
    ['closures', DUTY_CLOSURES],
    ['services', WALK_IN_SERVICES],
  ]
  for (const [as, from] of parts) {
    const query = queries[as]
    if (query) pipeline = pipeline.lookup({ from, pipeline: sub().match(query).limit(LIMIT).done(), as })
  }
  let rows: Partial<Record<keyof DutyQueries, Joined<{ id: string }>[]>>[]
  try {
    rows = ((await pipeline.end()) as unknown as { list: typeof rows }).list
  } catch (error) {
    if (isMissingCollection(error)) return { shifts: [], closures: [], services: [] }
    throw error
  }
  const row = rows[0] ?? {}
  const ided = <T>(docs: Joined<{ id: string }>[] | undefined): T[] => (docs ?? []).map(({ _id, ...rest }) => ({ ...rest, id: _id }) as unknown as T)
  return {
    shifts: ided<DutyShift>(row.shifts).sort((a, b) => a.date.localeCompare(b.date)),
    closures: ided<DutyClosure>(row.closures).sort((a, b) => a.date.localeCompare(b.date)),
    services: ided<WalkInService>(row.services).sort((a, b) => b.at - a.at),
  }
}
