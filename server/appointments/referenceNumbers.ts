import { formatArchiveNo, formatReferenceNo } from '@shared/appointments'
import type { Database } from '../cloud'
import { collection } from '../db'

/** One year's numbering: the appointment ids in the order they took their number. */
interface ReferenceCounter {
  id: string
  year: number
  ids: string[]
  count: number
}

/** The collection, said here only. */
const COUNTERS = 'referenceCounters'

/**
 * Reference numbers (预约编号, R8) and filing numbers (归档号, R19), unique and
 * never reused, without a
 * transaction. A number is taken by ONE atomic single-document update of
 * the year's counter, `where({ _id, ids: neq(appointmentId) }).update({ ids:
 * push(appointmentId), count: inc(1) })`: the database applies concurrent
 * updates of one document one after another, so each id lands at its own
 * place in `ids`, and the number is that place (1-based). A repeated request
 * (same appointment id) matches nothing and keeps the place it has, so a retry
 * answers the same number.
 *
 * Why not `inTransaction`: a counter every request writes is the one hot
 * document; transactions on it meet each other's writes and fail (the emulator
 * and CloudBase alike, docs/platform.md), so 20 requests at once would retry
 * into `CONFLICT`. The push never conflicts and costs 2 requests (the update
 * and reading the place back); the first request of a year adds the insert.
 * The array grows by one id per appointment of the year (28 characters),
 * a few hundred KB in a very busy year, well under a document's limit.
 *
 * A number taken by a request whose insert then fails stays taken (a gap),
 * never given to another appointment.
 */
export function referenceNumbers(db: Database) {
  const counters = collection<ReferenceCounter>(db, COUNTERS)
  const _ = db.command

  const push = (id: string, appointmentId: string) =>
    counters.updateWhere({ _id: id, ids: _.neq(appointmentId) }, { ids: _.push([appointmentId]), count: _.inc(1) })

  /** The 1-based place of `appointmentId` in counter `id`, taken now or earlier. */
  async function placeOf(id: string, year: number, appointmentId: string): Promise<number> {
    if ((await push(id, appointmentId)) === 0) {
      // No counter yet (the year's first), or this id already has its place.
      try {
        await counters.insert({ id, year, ids: [appointmentId], count: 1 })
      } catch {
        // Another request created it first: take a place in it (a no-op when the id has one).
        await push(id, appointmentId)
      }
    }
    const counter = await counters.get(id)
    const place = counter ? counter.ids.indexOf(appointmentId) : -1
    if (place < 0) throw new Error(`reference counter ${id} lost ${appointmentId}`)
    return place + 1
  }

  return {
    /** The reference number (预约编号) of `appointmentId` in `year`, taken now or earlier. */
    take: async (year: number, appointmentId: string) => formatReferenceNo(year, await placeOf(`ref-${year}`, year, appointmentId)),
    /** The filing number (归档号, R19) of `appointmentId` filed in `year`: the archive's own sequence, by the same means. */
    takeArchiveNo: async (year: number, appointmentId: string) => formatArchiveNo(year, await placeOf(`file-${year}`, year, appointmentId)),
  }
}
