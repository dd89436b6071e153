import type { Appointment } from '@shared/appointments'
import type { Database } from '../cloud'
import { collection } from '../db'

/**
 * An appointment as stored: the domain record (`_id` for `id`) plus two
 * bookkeeping fields the domain does not see. `capLedgerId` names the cap
 * ledger that counts it (see `capLedgerRepository`); `lastRequestId` is the
 * `requestId` of the last action saved on it, so that a repeated tap of that
 * action answers the result instead of `CONFLICT`.
 */
export type StoredAppointment = Appointment & { capLedgerId?: string; lastRequestId?: string }

/** How many of a citizen's own appointments `mine` answers, newest first. */
const MINE_LIMIT = 100

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The one place that reads and writes the `appointments` collection. */
export function appointmentRepository(db: Database) {
  const appointments = collection<StoredAppointment>(db, 'appointments')
  const _ = db.command
  return {
    get: (id: string) => appointments.get(id),

    /** Several by id (at most 1000), in no particular order. */
    findByIds: (ids: readonly string[]) => appointments.find({ _id: _.in([...ids]) }),

    /** A citizen's own appointments (by OPENID), newest first. */
    listOwn: (openid: string) => appointments.find({ applicantOpenid: openid }, { orderBy: [['createdAt', 'desc']], limit: MINE_LIMIT }),

    /**
     * Inserts a new appointment under its (deterministic) id, once: when the
     * id is taken — the same request sent again, or 50 copies at once — the
     * one already stored is answered with `created: false`. One request.
     */
    async create(appointment: StoredAppointment): Promise<{ appointment: StoredAppointment; created: boolean }> {
      const { stored, created } = await appointments.insertOnce(appointment)
      return { appointment: stored, created }
    },

    /**
     * Saves `next` over `prev` only if the stored version is still
     * `prev.version` (`where({ _id, version })`): false when someone else saved
     * first, never a silent overwrite. Objects are replaced whole (`set`), not
     * merged, and fields `next` no longer has are removed. One request.
     */
    async save(prev: StoredAppointment, next: StoredAppointment): Promise<boolean> {
      const { id, ...fields } = next
      const data: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(fields)) data[key] = isPlainObject(value) ? _.set(value) : value
      for (const key of Object.keys(prev)) if (key !== 'id' && !(key in fields)) data[key] = _.remove()
      return (await appointments.updateWhere({ _id: id, version: prev.version }, data)) === 1
    },
  }
}

export type AppointmentRepository = ReturnType<typeof appointmentRepository>
