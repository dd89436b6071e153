import type { Database } from '../cloud'
import { collection } from '../db'

/**
 * One applicant's active appointments for one holiday period: the ids that
 * hold a place under `perApplicantCap`, their `count`, and `rev`, raised by
 * every change.
 */
export interface CapLedger {
  id: string
  periodStart: string
  ids: string[]
  count: number
  rev: number
}

/** What a reservation found. */
export type Reservation = { kind: 'reserved' } | { kind: 'held' } | { kind: 'full'; ledger: CapLedger }

/**
 * The per-applicant cap per holiday (settings `perApplicantCap`), enforced so
 * that concurrent requests cannot both pass it, without a transaction.
 *
 * Why this is sound: a place is taken by ONE atomic single-document write —
 * the ledger's insert (the applicant's first appointment of the holiday: the
 * `_id` can be inserted once) or the conditional update
 * `where({ _id, count: lt(cap), ids: neq(appointmentId) }).update({ count: inc(1), ids: push })`.
 * The database evaluates the filter and applies the update to a document as
 * one step, so of N concurrent requests at `count = cap - 1` exactly one
 * matches. The ledger is a superset of the applicant's active appointments:
 * a place is taken before the appointment is inserted and given back when the
 * appointment leaves the active states (`runEvent`); if a give-back is lost
 * the ledger only over-counts, and `replace` repairs it from the
 * appointments' real states when it looks full (compare-and-set on `rev`).
 *
 * Why not a transaction (`inTransaction`): it costs start + read + writes +
 * commit (5 requests or more); the request path has a budget of 5, 2 of
 * them for the reference number (`referenceNumbers`).
 */
export function capLedgerRepository(db: Database) {
  const ledgers = collection<CapLedger>(db, 'appointmentCaps')
  const _ = db.command
  return {
    /**
     * Takes a place for `appointmentId`: `reserved` (1 request for the
     * holiday's first appointment, 2 after), `held` when the place is already
     * this appointment's (a repeated request), or `full` with the ledger.
     */
    async reserve(id: string, periodStart: string, appointmentId: string, cap: number): Promise<Reservation> {
      return reserveOnce(id, periodStart, appointmentId, cap, true)
    },

    /** Rewrites the ledger's places as `ids` if nobody changed it since `ledger` was read. */
    async replace(ledger: CapLedger, ids: string[]): Promise<boolean> {
      const changed = await ledgers.updateWhere({ _id: ledger.id, rev: ledger.rev }, { ids, count: ids.length, rev: ledger.rev + 1 })
      return changed === 1
    },

    /** Gives back the place of an appointment that is no longer active (cancelled, completed, …). */
    async release(id: string, appointmentId: string): Promise<void> {
      await ledgers.updateWhere({ _id: id, ids: appointmentId }, { ids: _.pull(appointmentId), count: _.inc(-1), rev: _.inc(1) })
    },
  }

  async function reserveOnce(id: string, periodStart: string, appointmentId: string, cap: number, firstTry: boolean): Promise<Reservation> {
    // A failed insert is settled below by reading the ledger back, whatever its error said (docs/platform.md).
    let insertError: unknown
    try {
      await ledgers.insert({ id, periodStart, ids: [appointmentId], count: 1, rev: 1 })
      return { kind: 'reserved' }
    } catch (error) {
      insertError = error
    }
    const taken = await ledgers.updateWhere(
      { _id: id, count: _.lt(cap), ids: _.neq(appointmentId) },
      { ids: _.push([appointmentId]), count: _.inc(1), rev: _.inc(1) },
    )
    if (taken === 1) return { kind: 'reserved' }
    const ledger = await ledgers.get(id)
    // Taken by an insert, yet not readable: the platform's collection was just created; try once more.
    if (!ledger) {
      if (firstTry) return reserveOnce(id, periodStart, appointmentId, cap, false)
      throw insertError
    }
    return ledger.ids.includes(appointmentId) ? { kind: 'held' } : { kind: 'full', ledger }
  }
}
