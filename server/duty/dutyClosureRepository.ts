import { fail, ok, type ApiResult } from '@shared/api'
import { dutyClosureId, type DutyClosure } from '@shared/duty'
import type { CivilDate } from '@shared/time'
import type { Database } from '../cloud'
import { collection, isMissingDocument } from '../db'
import { inTransaction } from '../inTransaction'
import { readInTransaction, writeInTransaction } from '../timebank/transactionLike'
import { readDutyDay, writeDutyDay } from './dutyDays'

/** The collection of window-days closed by the section (R21, R23). */
export const DUTY_CLOSURES = 'dutyClosures'

/** Said when someone is rostered for the window that day (R23). */
export const HAS_SHIFTS_MESSAGE = '该窗口当天已有人值班，不能设为不开放；如需不开放，请先移除当天的值班人员'

/** A closure as stored, and whether this call made it. */
interface ClosedDay {
  stored: DutyClosure
  created: boolean
}

/** The one place that reads and writes `dutyClosures`. */
export function dutyClosureRepository(db: Database) {
  const closures = collection<DutyClosure>(db, DUTY_CLOSURES)
  return {
    get: (date: CivilDate, windowId: string) => closures.get(dutyClosureId(date, windowId)),
    /**
     * Closes a window's day once, unless someone is rostered for it, in one
     * transaction with the window's day (`dutyDays`): a schedule of that day
     * at the same instant meets this write, so never both (R23). A second
     * close answers the first record; `INVALID_TRANSITION` when the day has
     * a shift; `CONFLICT` when it stayed contended.
     */
    async close(closure: DutyClosure): Promise<ApiResult<ClosedDay>> {
      return inTransaction(db, async (tx): Promise<ApiResult<ClosedDay>> => {
        const existing = await readInTransaction<DutyClosure>(tx, DUTY_CLOSURES, closure.id)
        if (existing) return ok({ stored: existing, created: false })
        const day = await readDutyDay(tx, closure.date, closure.windowId)
        if (day.shiftIds.length > 0) return fail('INVALID_TRANSITION', HAS_SHIFTS_MESSAGE)
        await writeDutyDay(tx, day)
        await writeInTransaction(tx, DUTY_CLOSURES, closure)
        return ok({ stored: closure, created: true })
      })
    },
    /** Opens the day again; true when there was something to remove. */
    async reopen(date: CivilDate, windowId: string): Promise<boolean> {
      try {
        const res = (await db.collection(DUTY_CLOSURES).doc(dutyClosureId(date, windowId)).remove()) as unknown as { stats?: { removed?: number } }
        return (res.stats?.removed ?? 0) > 0
      } catch (error) {
        if (isMissingDocument(error)) return false
        throw error
      }
    },
  }
}
