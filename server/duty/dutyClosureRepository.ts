import { dutyClosureId, type DutyClosure } from '@shared/duty'
import type { CivilDate } from '@shared/time'
import type { Database } from '../cloud'
import { collection, isMissingDocument } from '../db'

/** The collection of window-days closed by the section (R21, R23). */
export const DUTY_CLOSURES = 'dutyClosures'

/** The one place that reads and writes `dutyClosures`. */
export function dutyClosureRepository(db: Database) {
  const closures = collection<DutyClosure>(db, DUTY_CLOSURES)
  return {
    get: (date: CivilDate, windowId: string) => closures.get(dutyClosureId(date, windowId)),
    /** Closes a window's day once: a second close answers the first record. */
    close: (closure: DutyClosure) => closures.insertOnce(closure),
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
